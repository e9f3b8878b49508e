"""What the service reports when it lists and searches incidents: rows, filters, hits."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import NamedTuple

from journal.domain import Severity, Status

# Rows, filters and search results are immutable NamedTuples, as journal.domain explains.


class IncidentRow(NamedTuple):
    """The few fields a list or table shows for one incident."""

    id: int
    title: str
    client_id: int | None  # None: an unfinished draft without a client yet
    client_name: str
    project: str
    occurred_on: dt.date | None
    severity: Severity
    category: str
    status: Status
    tags: tuple[str, ...]
    updated_at: dt.datetime
    overdue: bool = False  # a prevention action is past its due date and not done
    unfinished: bool = False  # no title or no client yet (storage.records.UNFINISHED)


class SortKey(StrEnum):
    OCCURRED = "occurred"
    UPDATED = "updated"
    CREATED = "created"
    TITLE = "title"
    CLIENT = "client"
    SEVERITY = "severity"
    CATEGORY = "category"
    STATUS = "status"
    OVERDUE = "overdue"  # incidents with a prevention step past its date, apart from the rest


UNFINISHED = "unfinished"  # the stage a filter names for drafts without a title or a client
STAGES = (UNFINISHED, *(status.value for status in Status))  # as the list names them, in order


def stage_filter(stage: str | None) -> tuple[Status | None, bool]:
    """A chosen stage (one of STAGES, or None for any) as IncidentFilter's `status` and
    `unfinished`."""
    return (Status(stage) if stage not in (None, UNFINISHED) else None), stage == UNFINISHED


class IncidentFilter(NamedTuple):
    """Which incidents a list shows; empty fields do not filter."""

    client: str | None = None
    category: str | None = None
    severity: Severity | None = None
    status: Status | None = None  # incidents at this stage that are not unfinished
    tag: str | None = None
    occurred_from: dt.date | None = None
    occurred_to: dt.date | None = None
    overdue: bool = False  # only incidents with a prevention action past its due date
    ids: tuple[int, ...] | None = None  # only these incidents (a chart's bar, a similar group)
    sort: SortKey = SortKey.OCCURRED
    descending: bool = True
    unfinished: bool = False  # only drafts kept before they have a title and a client

    @property
    def is_empty(self) -> bool:
        """Whether it shows every incident (sorting aside)."""
        return self == IncidentFilter(sort=self.sort, descending=self.descending)


class SnippetPart(NamedTuple):
    """A piece of a search snippet, marked when it is what matched."""

    text: str
    is_match: bool


class SearchHit(NamedTuple):
    """One incident found by a search, with the text around the match."""

    row: IncidentRow
    snippet: tuple[SnippetPart, ...]
    rank: float

    @property
    def snippet_text(self) -> str:
        return "".join(part.text for part in self.snippet)
