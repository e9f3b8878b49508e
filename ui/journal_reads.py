"""What the journal view reads on the reader's thread, each with a result of its own type."""

from __future__ import annotations

from typing import NamedTuple

from journal.domain import IncidentFilter, IncidentRow, SnippetPart
from journal.service import Journal


class Found(NamedTuple):
    """A search's ids, best first, and the text searched for."""

    text: str
    ids: list[int]


class IdsRead(NamedTuple):
    """All the ids of a long list, for the list of that generation."""

    generation: int
    ids: list[int]


class RowsRead(NamedTuple):
    """The rows a screenful of the list shows, for the list of that generation."""

    generation: int
    rows: list[IncidentRow]


class SnippetsRead(NamedTuple):
    """The marked text of a screenful of results of a search for `text`."""

    text: str
    ids: list[int]
    snippets: dict[int, tuple[SnippetPart, ...]]


def search(journal: Journal, text: str, selection: IncidentFilter, limit: int) -> Found:
    """The ids found, best first: the quick part, so results show at once."""
    return Found(text, journal.search_ids(text, selection, limit=limit))


def rows(journal: Journal, generation: int, ids: list[int]) -> RowsRead:
    return RowsRead(generation, journal.rows_for(ids))


def all_ids(journal: Journal, generation: int, selection: IncidentFilter) -> IdsRead:
    return IdsRead(generation, journal.list_ids(selection))


def snippets(journal: Journal, text: str, ids: list[int]) -> SnippetsRead:
    """The marked text of a screenful of results (snippets take longer than the search)."""
    return SnippetsRead(text, ids, journal.snippets(text, ids))
