"""The pattern figures and client summaries: what the journal shows the user about themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from journal.listing import IncidentFilter

# The figures are immutable NamedTuples rather than frozen dataclasses: a large journal has
# tens of thousands of them, and they are three times quicker to create.


class Count(NamedTuple):
    label: str
    incidents: int


class MonthCount(NamedTuple):
    """Incidents of one category in one month ("2026-03")."""

    month: str
    category: str
    incidents: int

    @property
    def selection(self) -> IncidentFilter:
        year, month = int(self.month[:4]), int(self.month[5:7])
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return IncidentFilter(
            category=self.category,
            occurred_from=first,
            occurred_to=following - dt.timedelta(days=1),
        )


class Repeat(NamedTuple):
    """The same client and category more than once: the pattern that loses clients."""

    client: str
    category: str
    incidents: int
    last_on: dt.date | None
    client_id: int
    category_id: int

    @property
    def selection(self) -> IncidentFilter:
        """The list filter that shows these incidents."""
        return IncidentFilter(client=self.client, category=self.category)


class CauseCount(NamedTuple):
    """A root cause, as the user wrote it (case and spacing aside), and where it was given."""

    cause: str
    incidents: int
    ids: tuple[int, ...]

    @property
    def selection(self) -> IncidentFilter:
        return IncidentFilter(ids=self.ids)


class SimilarCause(NamedTuple):
    """A recent incident whose why reads like earlier ones of the same client, whatever
    category each was filed under: the same failure in other words."""

    incident_id: int
    title: str
    client: str
    earlier_ids: tuple[int, ...]
    categories: tuple[str, ...]  # of all of them, most frequent first

    @property
    def selection(self) -> IncidentFilter:
        return IncidentFilter(ids=(self.incident_id, *self.earlier_ids))


class OverdueAction(NamedTuple):
    incident_id: int
    incident_title: str
    client: str
    text: str
    due_on: dt.date


class ActionTally(NamedTuple):
    """Prevention actions by how the promise went."""

    done_on_time: int = 0  # done by the due date, or done with no due date
    done_late: int = 0
    overdue: int = 0  # not done, due date passed
    open: int = 0  # not done, not due yet (or no due date)


class CompensationTotal(NamedTuple):
    """What was offered to one client in one currency, and how much of it was delivered."""

    client: str
    currency: str
    total: float
    incidents: int
    delivered: float = 0.0
    delivered_incidents: int = 0


class ClientSummary(NamedTuple):
    """One client at a glance: how often it went wrong, how, and how they took it."""

    id: int
    name: str
    company: str
    incidents: int
    categories: tuple[str, ...]  # most frequent first
    last_on: dt.date | None
    compensation: tuple[tuple[str, float, float], ...]  # (currency, offered, delivered of it)
    stayed: bool | None  # after the latest incident with a known outcome
    advocate: bool | None  # recommended the user after any incident

    @property
    def selection(self) -> IncidentFilter:
        return IncidentFilter(client=self.name)


@dataclass(frozen=True)
class Patterns:
    """The figures, largest first. Long lists hold at most the limit asked for; the totals
    say how many there are in all (the list views show every one)."""

    by_category: tuple[Count, ...]
    by_client: tuple[Count, ...]
    by_month: tuple[Count, ...]
    repeats: tuple[Repeat, ...]
    overdue_actions: tuple[OverdueAction, ...]
    compensation: tuple[CompensationTotal, ...]
    clients_total: int = 0
    repeats_total: int = 0
    overdue_total: int = 0
    compensated_total: int = 0  # client and currency pairs
    by_month_category: tuple[MonthCount, ...] = ()
    root_causes: tuple[CauseCount, ...] = ()
    similar_causes: tuple[SimilarCause, ...] = ()
    actions: ActionTally = field(default_factory=ActionTally)
