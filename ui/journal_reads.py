"""What the journal view reads on the reader's thread, each with a result of its own type."""

from __future__ import annotations

from typing import NamedTuple

from journal.listing import IncidentFilter, IncidentRow, SnippetPart
from journal.service import Journal

FIRST_ROWS = 100  # the rows read with a list's or a search's ids: the first screenful and more


class Found(NamedTuple):
    """A search's ids, best first, the text searched for, and the rows of the first ids."""

    text: str
    ids: list[int]
    rows: list[IncidentRow]


class IdsRead(NamedTuple):
    """All the ids of a long list, for the list of that generation."""

    generation: int
    ids: list[int]


class RowsRead(NamedTuple):
    """The rows of these ids (those not found are gone), for the list of that generation."""

    generation: int
    ids: list[int]
    rows: list[IncidentRow]


class SnippetsRead(NamedTuple):
    """The marked text of a screenful of results of a search for `text`."""

    text: str
    ids: list[int]
    snippets: dict[int, tuple[SnippetPart, ...]]


class PageRead(NamedTuple):
    """An incident laid out to read beside the list."""

    incident_id: int
    html: str


def search(journal: Journal, text: str, selection: IncidentFilter, limit: int) -> Found:
    """The ids found, best first, and the first rows: the quick part, so results show at
    once."""
    ids = journal.search.ids(text, selection, limit=limit)
    return Found(text, ids, journal.incidents.rows_for(ids[:FIRST_ROWS]))


def rows(journal: Journal, generation: int, ids: list[int]) -> RowsRead:
    return RowsRead(generation, ids, journal.incidents.rows_for(ids))


def all_ids(journal: Journal, generation: int, selection: IncidentFilter) -> IdsRead:
    return IdsRead(generation, journal.incidents.list_ids(selection))


def snippets(journal: Journal, text: str, ids: list[int]) -> SnippetsRead:
    """The marked text of a screenful of results (snippets take longer than the search)."""
    return SnippetsRead(text, ids, journal.search.snippets(text, ids))


def page(journal: Journal, incident_id: int, overdue_color: str) -> PageRead:
    """The incident, its parts as they were at one moment, laid out as HTML."""
    from ui.incident_page import incident_html

    html = incident_html(journal.incidents.get(incident_id), journal.today(), overdue_color)
    return PageRead(incident_id, html)
