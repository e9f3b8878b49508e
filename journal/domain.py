"""The nouns of Amends: incidents, clients and what the service reports back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from journal.fields import Kind, Shown, Step, declared_in, described
from journal.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # amounts are read when an incident is, not while the window opens
    from decimal import Decimal


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


def unreadable_lines(incident: Incident) -> list[str]:
    """What the user typed where Amends could not read it: “When: last Tuesday”."""
    labels = {field.path: field.about.label for field in INCIDENT_FIELDS}
    return [f"{labels.get(name, name)}: {text}" for name, text in incident.unreadable]


HAPPENED, WHY, FIX, MAKE, CALL, FOLLOW, AFTER = Step
FACT, WITH = Shown.FACT, Shown.WITH

# How long a deleted incident waits in the Trash before it is removed for good.
TRASH_DAYS = 30

# How a draft kept before it has a title and a client is shown, wherever it is listed.

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

    def overdue(self, today: dt.date) -> bool:
        """THE rule for "overdue", wherever it is shown or counted: not done, and due before
        `today` (the journal's `today()`). A step due today is not overdue yet; one with no
        due date never is. journal/storage/records.py's OVERDUE_STEP is this rule in SQL."""
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class Question:
    """A question the client may ask on the call, with the prepared answer."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class Compensation:
    """What the user offers to make up for it."""

    offer: str = described(
        QT_TRANSLATE_NOOP("Fields", "What you offer"), Kind.TEXT, default="", step=MAKE,
        searchable=True,
    )  # fmt: skip
    # exactly as written: 12345.67 stays 12345.67
    value: Decimal | None = described(
        QT_TRANSLATE_NOOP("Fields", "Value"), Kind.AMOUNT, step=MAKE, hint="150", shown=WITH,
        with_field="compensation.offer", unit="compensation.currency",
    )  # fmt: skip
    currency: str = described(
        QT_TRANSLATE_NOOP("Fields", "Currency"), Kind.LINE, default="", step=MAKE,
        hint=QT_TRANSLATE_NOOP("Fields", "EUR"), shown=Shown.HIDDEN,
    )  # fmt: skip
    delivered_on: dt.date | None = described(
        QT_TRANSLATE_NOOP("Fields", "Delivered on"), Kind.DATE, step=MAKE, shown=WITH,
        with_field="compensation.offer",
    )  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What happened after the call."""

    notes: str = described(
        QT_TRANSLATE_NOOP("Fields", "How it went"), Kind.TEXT, default="", step=AFTER,
        searchable=True, column="outcome_notes",
    )  # fmt: skip
    client_stayed: bool | None = described(
        QT_TRANSLATE_NOOP("Fields", "The client stayed"), Kind.FLAG, step=AFTER,
        column="client_stayed", shown=WITH, with_field="outcome.notes",
    )  # fmt: skip
    advocate: bool | None = described(
        QT_TRANSLATE_NOOP("Fields", "They became an advocate"), Kind.FLAG, step=AFTER,
        column="advocate", shown=WITH, with_field="outcome.notes",
    )  # fmt: skip


# Every field of an incident is declared here, once: what it holds (Kind), the worksheet step
# that asks for it, its label, whether it is searchable and how an incident laid out to read
# shows it. The journal's columns, the search index, the JSON format, the exports, the layouts
# and the worksheet are made from these declarations (journal/fields.py). Labels and hints are
# English, marked for the catalogue; About.label and About.hint give them in the user's language.
@dataclass(frozen=True)
class Incident:
    """Everything the worksheet asks about one mistake; `id` is None until saved."""

    client: Client = described(
        QT_TRANSLATE_NOOP("Fields", "Client"), Kind.CLIENT, factory=lambda: Client(""),
        step=HAPPENED, hint=QT_TRANSLATE_NOOP("Fields", "Who was let down?"), shown=FACT,
        searchable=True, required=True,
    )  # fmt: skip
    title: str = described(
        QT_TRANSLATE_NOOP("Fields", "Title"), Kind.LINE, default="", step=HAPPENED,
        hint=QT_TRANSLATE_NOOP("Fields", "A few words: “Missed the launch date”"),
        shown=Shown.HEADING, required=True,
    )  # fmt: skip
    project: str = described(
        QT_TRANSLATE_NOOP("Fields", "Project"), Kind.LINE, default="", step=HAPPENED,
        shown=FACT, searchable=True,
    )  # fmt: skip
    occurred_on: dt.date | None = described(
        QT_TRANSLATE_NOOP("Fields", "When"), Kind.DATE, step=HAPPENED,
        hint=QT_TRANSLATE_NOOP("Fields", "2026-03-02, today, yesterday…"), shown=FACT,
    )  # fmt: skip
    category: str = described(
        QT_TRANSLATE_NOOP("Fields", "Kind of mistake"), Kind.CATEGORY,
        default=FALLBACK_CATEGORY, step=HAPPENED, shown=FACT, searchable=True,
    )  # fmt: skip
    severity: Severity = described(
        QT_TRANSLATE_NOOP("Fields", "Severity"), Kind.CHOICE, default=Severity.MODERATE,
        step=HAPPENED, choices=Severity, shown=FACT,
    )  # fmt: skip
    tags: tuple[str, ...] = described(
        QT_TRANSLATE_NOOP("Fields", "Tags"), Kind.TAGS, default=(), step=HAPPENED,
        hint=QT_TRANSLATE_NOOP("Fields", "A word, then Enter"), shown=FACT,
    )  # fmt: skip
    what_happened: str = described(
        QT_TRANSLATE_NOOP("Fields", "What happened"), Kind.TEXT, default="", step=HAPPENED,
        hint=QT_TRANSLATE_NOOP("Fields", "The events, in order."), searchable=True,
    )  # fmt: skip
    impact: str = described(
        QT_TRANSLATE_NOOP("Fields", "Impact on the client"), Kind.TEXT, default="",
        step=HAPPENED, hint=QT_TRANSLATE_NOOP("Fields", "What did it cost them?"),
        searchable=True,
    )  # fmt: skip
    whys: tuple[str, ...] = described(
        QT_TRANSLATE_NOOP("Fields", "Why"), Kind.LINES, default=(), step=WHY,
        hint=QT_TRANSLATE_NOOP("Fields", "Why? One answer per line, each a “why” deeper."),
        searchable=True,
    )  # fmt: skip
    root_cause: str = described(
        QT_TRANSLATE_NOOP("Fields", "Root cause"), Kind.TEXT, default="", step=WHY,
        searchable=True,
    )  # fmt: skip
    ownership: str = described(
        QT_TRANSLATE_NOOP("Fields", "What was in your control"), Kind.TEXT, default="",
        step=WHY, hint=QT_TRANSLATE_NOOP("Fields", "“I chose the host…”"), searchable=True,
    )  # fmt: skip
    fix: str = described(
        QT_TRANSLATE_NOOP("Fields", "What you are doing now"), Kind.TEXT, default="", step=FIX,
        searchable=True,
    )  # fmt: skip
    fix_status: FixStatus = described(
        QT_TRANSLATE_NOOP("Fields", "Fix status"), Kind.CHOICE, default=FixStatus.PLANNED,
        step=FIX, choices=FixStatus, shown=WITH, with_field="fix",
    )  # fmt: skip
    prevention: str = described(
        QT_TRANSLATE_NOOP("Fields", "Why it won't happen again"), Kind.TEXT, default="",
        step=FIX, searchable=True,
    )  # fmt: skip
    actions: tuple[Action, ...] = described(
        QT_TRANSLATE_NOOP("Fields", "Prevention steps"), Kind.ACTIONS, default=(), step=FIX,
        searchable=True,
    )  # fmt: skip
    compensation: Compensation = described(
        QT_TRANSLATE_NOOP("Fields", "Make it right"), Kind.GROUP, factory=Compensation
    )
    surprise: str = described(
        QT_TRANSLATE_NOOP("Fields", "An unexpected gesture"), Kind.TEXT, default="", step=MAKE,
        searchable=True,
    )  # fmt: skip
    summary: str = described(
        QT_TRANSLATE_NOOP("Fields", "What you will say"), Kind.COACHED, default="", step=CALL,
        hint=QT_TRANSLATE_NOOP("Fields", "One or two sentences: sorry, the mistake, the fix."),
        searchable=True,
    )  # fmt: skip
    apology: str = described(
        QT_TRANSLATE_NOOP("Fields", "The apology"), Kind.COACHED, default="", step=CALL,
        searchable=True,
    )  # fmt: skip
    empathy: str = described(
        QT_TRANSLATE_NOOP("Fields", "Show you see their side"), Kind.COACHED, default="",
        step=CALL, searchable=True,
    )  # fmt: skip
    questions: tuple[Question, ...] = described(
        QT_TRANSLATE_NOOP("Fields", "Likely questions"), Kind.QUESTIONS, default=(), step=CALL,
        searchable=True,
    )  # fmt: skip
    call_at: dt.datetime | None = described(
        QT_TRANSLATE_NOOP("Fields", "Call date and time"), Kind.DATETIME, step=CALL,
        hint="2026-03-04 10:00", shown=FACT,
    )  # fmt: skip
    follow_up: str = described(
        QT_TRANSLATE_NOOP("Fields", "Follow-up message"), Kind.COACHED, default="",
        step=FOLLOW, searchable=True,
        hint=QT_TRANSLATE_NOOP("Fields", "What you write to the client after the call."),
    )  # fmt: skip
    follow_up_sent_on: dt.date | None = described(
        QT_TRANSLATE_NOOP("Fields", "Sent on"), Kind.DATE, step=FOLLOW, shown=WITH,
        with_field="follow_up",
    )  # fmt: skip
    outcome: Outcome = described(
        QT_TRANSLATE_NOOP("Fields", "Afterwards"), Kind.GROUP, factory=Outcome
    )
    status: Status = described(
        QT_TRANSLATE_NOOP("Fields", "Status"), Kind.CHOICE, default=Status.DRAFT, step=AFTER,
        choices=Status, shown=FACT,
    )  # fmt: skip
    # What the user typed where a date or an amount was asked for and Amends could not read
    # it, by the field's name ("occurred_on", "compensation.value", "call_at"): kept, shown
    # beside the field, never silently dropped.
    unreadable: tuple[tuple[str, str], ...] = ()
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def missing(self) -> tuple[str, ...]:
        """What a draft still lacks before it can be briefed: "title", "client", both or none."""
        no_client = not (self.client.name.strip() or self.client.id)
        return ("title",) * (not self.title.strip()) + ("client",) * no_client

    @property
    def unfinished(self) -> bool:
        """A draft kept before it has a title and a client: listed, but not yet briefable."""
        return bool(self.missing)

    def unreadable_text(self, name: str) -> str | None:
        """What was typed for the field `name` that could not be read, if anything."""
        return dict(self.unreadable).get(name)


INCIDENT_FIELDS = tuple(declared_in(Incident))


# What the service reports back (what a write touched here; the rows, filters and search
# results of journal.listing) are immutable NamedTuples: they are made in bulk, and a
# NamedTuple class costs the start-up a seventh of a frozen dataclass's. The nouns the user
# writes about stay frozen dataclasses.


class Changes(NamedTuple):
    """What a write touched, so each view can decide whether to reload."""

    incidents: frozenset[int] = frozenset()  # written: created, edited or back from the Trash
    deleted: frozenset[int] = frozenset()  # moved to the Trash
    clients: bool = False  # a client was added, renamed or left with no incident
    categories: bool = False  # the categories to choose from
    trash: bool = False  # what is in the Trash
    everything: bool = False  # any of it (a restored backup, a renamed category)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            incidents=self.incidents | other.incidents,
            deleted=self.deleted | other.deleted,
            clients=self.clients or other.clients,
            categories=self.categories or other.categories,
            trash=self.trash or other.trash,
            everything=self.everything or other.everything,
        )


class Saved(NamedTuple):
    """The incident as stored, and what the write touched."""

    incident: Incident
    changes: Changes
