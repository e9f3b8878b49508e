"""The nouns of Amends: incidents, clients and what the service reports back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # amounts are read when an incident is, not while the window opens
    from decimal import Decimal


def format_money(value: Decimal | float) -> str:
    """12,345.67 — never 1.5e+06, never a rounded-away cent. An amount as written keeps every
    digit; a total (a float from SQLite's sum) shows cents, not the float's noise."""
    if value == int(value):
        return f"{value:,.0f}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{value:,.{places}f}"


def history_note(client: str, category: str, earlier: Sequence[IncidentRow]) -> str:
    """“You have been here before”: the earlier incidents of this client in this category."""
    if not earlier:
        return ""
    dates = sorted(row.occurred_on for row in earlier if row.occurred_on)
    last = f", last on {dates[-1].isoformat()}" if dates else ""
    times = "1 earlier incident" if len(earlier) == 1 else f"{len(earlier)} earlier incidents"
    return f"You have been here before: {times} of “{category}” with {client}{last}."


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"
    CRITICAL = "critical"


class Status(StrEnum):
    """Where the user is with an incident: writing, ready for the call, called, done."""

    DRAFT = "draft"
    PREPARED = "prepared"
    CALL_HELD = "call_held"
    RESOLVED = "resolved"


class FixStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


# The parts of an incident read from what the user types (a day, a time, an amount), by the
# names Incident.unreadable keeps them under, with the name the user knows them by.
READ_PARTS = {"occurred_on": "When", "compensation.value": "Value", "call_at": "Call date and time"}


def unreadable_lines(incident: Incident) -> list[str]:
    """What the user typed where Amends could not read it: “When: last Tuesday”."""
    return [f"{READ_PARTS.get(name, name)}: {text}" for name, text in incident.unreadable]


# How long a deleted incident waits in the Trash before it is removed for good.
TRASH_DAYS = 30

# How a draft kept before it has a title and a client is shown, wherever it is listed.
UNTITLED = "(no title yet)"
UNFINISHED = "unfinished"

# The default categories are seeded by the first migration; the journal holds the list,
# which the user can edit. Incidents without a category get this one.
FALLBACK_CATEGORY = "other"


@dataclass(frozen=True)
class Client:
    """A person or company the user works for; incidents of the same client are linked."""

    name: str
    company: str = ""
    email: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Category:
    """A kind of mistake, from the journal's user-editable list."""

    name: str
    id: int | None = None
    incident_count: int = 0


@dataclass(frozen=True)
class Action:
    """A prevention step: what will stop it happening again, and by when."""

    text: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True)
class Question:
    """A question the client may ask on the call, with the prepared answer."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class Compensation:
    """What the user offers to make up for it."""

    offer: str = ""
    value: Decimal | None = None  # exactly as written: 12345.67 stays 12345.67
    currency: str = ""
    delivered_on: dt.date | None = None


@dataclass(frozen=True)
class Outcome:
    """What happened after the call."""

    notes: str = ""
    client_stayed: bool | None = None
    advocate: bool | None = None


@dataclass(frozen=True)
class Incident:
    """Everything the worksheet asks about one mistake; `id` is None until saved."""

    title: str
    client: Client
    project: str = ""
    occurred_on: dt.date | None = None
    severity: Severity = Severity.MODERATE
    category: str = FALLBACK_CATEGORY
    tags: tuple[str, ...] = ()
    what_happened: str = ""
    impact: str = ""
    whys: tuple[str, ...] = ()
    root_cause: str = ""
    ownership: str = ""
    fix: str = ""
    fix_status: FixStatus = FixStatus.PLANNED
    prevention: str = ""
    actions: tuple[Action, ...] = ()
    compensation: Compensation = field(default_factory=Compensation)
    surprise: str = ""
    summary: str = ""
    apology: str = ""
    empathy: str = ""
    questions: tuple[Question, ...] = ()
    call_at: dt.datetime | None = None
    status: Status = Status.DRAFT
    outcome: Outcome = field(default_factory=Outcome)
    # What the user typed where a date or an amount was asked for and Amends could not read
    # it, by the field's name ("occurred_on", "compensation.value", "call_at"): kept, shown
    # beside the field, never silently dropped.
    unreadable: tuple[tuple[str, str], ...] = ()
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def unfinished(self) -> bool:
        """A draft kept before it has a title and a client: listed, but not yet briefable."""
        return not self.title.strip() or not (self.client.name.strip() or self.client.id)

    def unreadable_text(self, name: str) -> str | None:
        """What was typed for the field `name` that could not be read, if anything."""
        return dict(self.unreadable).get(name)


# What the service reports back (rows, filters, search results, what a write touched) are
# immutable NamedTuples: they are made in bulk, and a NamedTuple class costs the start-up a
# seventh of a frozen dataclass's. The nouns the user writes about stay frozen dataclasses.


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

    @property
    def unfinished(self) -> bool:
        return not self.title.strip() or self.client_id is None


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


class IncidentFilter(NamedTuple):
    """Which incidents a list shows; empty fields do not filter."""

    client: str | None = None
    category: str | None = None
    severity: Severity | None = None
    status: Status | None = None
    tag: str | None = None
    occurred_from: dt.date | None = None
    occurred_to: dt.date | None = None
    overdue: bool = False  # only incidents with a prevention action past its due date
    ids: tuple[int, ...] | None = None  # only these incidents (a chart's bar, a similar group)
    sort: SortKey = SortKey.OCCURRED
    descending: bool = True

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


class SimilarIncident(NamedTuple):
    """A past incident like a draft, and why it was picked."""

    row: IncidentRow
    reason: str  # "same client and category", "same client", "similar words"


class Changes(NamedTuple):
    """What a write touched, so each view can decide whether to reload."""

    incidents: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    clients: bool = False
    categories: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            incidents=self.incidents | other.incidents,
            deleted=self.deleted | other.deleted,
            clients=self.clients or other.clients,
            categories=self.categories or other.categories,
            everything=self.everything or other.everything,
        )


class Saved(NamedTuple):
    """The incident as stored, and what the write touched."""

    incident: Incident
    changes: Changes
