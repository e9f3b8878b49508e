"""Pattern figures: repeats with the same client, overdue steps, counts and compensation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from journal.domain import Action, Client, Compensation
from journal.service import Journal
from tests.conftest import SAMPLES, full_incident


def test_patterns_of_an_empty_journal_are_empty(journal: Journal) -> None:
    found = journal.patterns.figures()
    assert found.repeats == () and found.by_category == () and found.overdue_actions == ()


def test_failing_the_same_client_the_same_way_twice_is_a_repeat(journal: Journal) -> None:
    first = journal.incidents.create(full_incident(occurred_on=dt.date(2026, 1, 10))).incident
    second = journal.incidents.create(full_incident(occurred_on=dt.date(2026, 3, 2))).incident
    journal.incidents.create(full_incident(category="billing error"))
    journal.incidents.create(full_incident(client=Client("Marko Horvat")))
    (repeat,) = journal.patterns.figures().repeats
    assert (repeat.client, repeat.category, repeat.incidents) == (
        "Åsa Lindqvist",
        "missed deadline",
        2,
    )
    assert repeat.last_on == dt.date(2026, 3, 2)
    assert {row.id for row in journal.incidents.list_rows(repeat.selection)} == {
        first.id,
        second.id,
    }


def test_counts_by_category_client_and_month(journal: Journal) -> None:
    journal.incidents.create(full_incident(occurred_on=dt.date(2026, 1, 10)))
    journal.incidents.create(full_incident(occurred_on=dt.date(2026, 1, 20), client=Client("Nong")))
    journal.incidents.create(full_incident(occurred_on=None, category="data loss"))
    found = journal.patterns.figures()
    assert [(c.label, c.incidents) for c in found.by_category] == [
        ("missed deadline", 2),
        ("data loss", 1),
    ]
    assert [(c.label, c.incidents) for c in found.by_client] == [("Åsa Lindqvist", 2), ("Nong", 1)]
    assert [(c.label, c.incidents) for c in found.by_month] == [("2026-01", 2)]


def test_overdue_steps_are_those_past_due_and_not_done(journal: Journal) -> None:
    # The journal fixture's today is 2026-11-01.
    journal.incidents.create(
        full_incident(
            actions=(
                Action("Done in time", dt.date(2026, 3, 1), dt.date(2026, 2, 28)),
                Action("Overdue", dt.date(2026, 10, 31)),
                Action("Due today", dt.date(2026, 11, 1)),
                Action("No date"),
            )
        )
    )
    (overdue,) = journal.patterns.figures().overdue_actions
    assert (overdue.text, overdue.due_on) == ("Overdue", dt.date(2026, 10, 31))


def test_compensation_is_totalled_per_client_and_currency(journal: Journal) -> None:
    journal.incidents.create(
        full_incident(compensation=Compensation("refund", Decimal("150.0"), "EUR"))
    )
    journal.incidents.create(
        full_incident(compensation=Compensation("discount", Decimal("50.5"), "EUR"))
    )
    journal.incidents.create(
        full_incident(compensation=Compensation("gift", Decimal("300.0"), "SEK"))
    )
    journal.incidents.create(full_incident(compensation=Compensation("an apology card")))
    totals = [
        (c.client, c.currency, c.total, c.incidents)
        for c in journal.patterns.figures().compensation
    ]
    assert totals == [("Åsa Lindqvist", "EUR", 200.5, 2), ("Åsa Lindqvist", "SEK", 300.0, 1)]


def test_the_counts_behind_the_patterns_follow_every_kind_of_change(journal: Journal) -> None:
    def counted_by_triggers() -> list[tuple[object, ...]]:
        return journal._db.rows(
            "SELECT client_id, category_id, incidents, last_on FROM incident_group ORDER BY 1, 2"
        )

    def counted_directly() -> list[tuple[object, ...]]:
        return journal._db.rows(
            "SELECT client_id, category_id, count(*), max(occurred_on) FROM incident "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        )

    a = journal.incidents.create(full_incident(occurred_on=dt.date(2026, 1, 1))).incident
    b = journal.incidents.create(full_incident(occurred_on=dt.date(2026, 5, 1))).incident
    journal.incidents.create(full_incident(occurred_on=None, client=Client("Nong")))
    journal.incidents.update(dataclasses.replace(b, occurred_on=dt.date(2025, 1, 1)))
    journal.incidents.update(
        dataclasses.replace(a, category="billing error", client=Client("Nong"))
    )
    journal.transfer.import_json((SAMPLES / "journal_small.json").read_bytes())
    assert counted_by_triggers() == counted_directly()
    journal.categories.remove("billing error", move_to="missed deadline")
    journal.incidents.delete(b.id or 0)
    assert counted_by_triggers() == counted_directly()
    for row in journal.incidents.list_rows():
        journal.incidents.delete(row.id)
    assert counted_by_triggers() == [] == counted_directly()


def test_long_lists_are_cut_to_the_largest_and_the_totals_tell_how_many(
    journal: Journal,
) -> None:
    for name, times in (("Busiest", 4), ("Second", 3), ("Third", 2), ("Once", 1)):
        for n in range(times):
            journal.incidents.create(
                full_incident(
                    client=Client(name),
                    occurred_on=dt.date(2026, 1, 1 + n),
                    actions=(Action("Overdue step", dt.date(2026, 2, 1 + n)),),
                )
            )
    top = journal.patterns.figures(limit=2)
    assert [(r.client, r.incidents) for r in top.repeats] == [("Busiest", 4), ("Second", 3)]
    assert top.repeats_total == 3 and top.clients_total == 4
    assert [c.label for c in top.by_client] == ["Busiest", "Second"]
    assert len(top.overdue_actions) == 2 and top.overdue_total == 10
    assert [a.due_on for a in top.overdue_actions] == [dt.date(2026, 2, 1)] * 2
    everything = journal.patterns.figures(limit=None)
    assert len(everything.repeats) == 3 and len(everything.overdue_actions) == 10
    assert len(everything.by_client) == 4 and everything.compensated_total == 4


def test_kinds_of_mistake_tied_in_a_month_come_in_the_order_names_sort_in(
    journal: Journal,
) -> None:
    for category in ("Zebra lapses", "ärende glömt", "Brief misread"):
        journal.incidents.create(full_incident(category=category, occurred_on=dt.date(2026, 3, 2)))
    march = [
        entry.category
        for entry in journal.patterns.figures().by_month_category
        if entry.month == "2026-03"
    ]
    assert march == ["ärende glömt", "Brief misread", "Zebra lapses"]
