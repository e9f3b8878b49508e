"""What the Patterns view shows beyond counts: causes, months by category, kept promises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from journal.domain import Action, Client, Compensation, Outcome
from journal.service import Journal
from tests.conftest import full_incident

SV_CAUSE = "Jag testade betalningarna först sista dagen och hade ingen checklista."
SV_CAUSE_AGAIN = "Jag testade betalningarna först sista dagen, och jag hade ingen checklista!"
TH_CAUSE = "ผมไม่ได้ทดสอบระบบชำระเงินก่อนวันเปิดร้าน เพราะไม่มีรายการตรวจสอบ"
TH_CAUSE_AGAIN = "ผมไม่ได้ทดสอบระบบชำระเงินก่อนวันเปิดตัว เพราะไม่มีรายการตรวจสอบเลย"
UNRELATED = "The hosting provider changed its API without notice."


def test_the_same_cause_in_other_case_and_spacing_counts_once(journal: Journal) -> None:
    ids = [
        journal.incidents.create(full_incident(root_cause=cause)).incident.id
        for cause in ("No launch checklist.", "no  launch checklist", "No launch checklist", "x")
    ]
    (top,) = journal.patterns.figures().root_causes  # a cause given once is not a pattern
    assert top.cause == "No launch checklist." or top.cause == "No launch checklist"
    assert top.incidents == 3
    assert {row.id for row in journal.incidents.list_rows(top.selection)} == set(ids[:3])


def test_a_cause_in_other_words_under_another_category_is_found(journal: Journal) -> None:
    kwargs = {"whys": (), "occurred_on": dt.date(2026, 1, 5)}
    first = journal.incidents.create(full_incident(root_cause=SV_CAUSE, **kwargs)).incident
    journal.incidents.create(full_incident(root_cause=UNRELATED, category="vendor or tool failure"))
    journal.incidents.create(
        full_incident(root_cause=SV_CAUSE_AGAIN, client=Client("Nong"), whys=())
    )
    latest = journal.incidents.create(
        full_incident(
            root_cause=SV_CAUSE_AGAIN,
            category="quality defect",
            occurred_on=dt.date(2026, 9, 1),
            whys=(),
        )
    ).incident
    (similar,) = journal.patterns.figures().similar_causes
    assert similar.incident_id == latest.id
    assert similar.earlier_ids == (first.id,)  # not the other client's, not the unrelated one
    assert set(similar.categories) == {"quality defect", "missed deadline"}


def test_thai_causes_written_without_spaces_read_alike(journal: Journal) -> None:
    client = Client("สมชาย ใจดี")
    journal.incidents.create(full_incident(client=client, root_cause=TH_CAUSE, whys=()))
    journal.incidents.create(
        full_incident(
            client=client, root_cause=TH_CAUSE_AGAIN, whys=(), occurred_on=dt.date(2026, 10, 1)
        )
    )
    assert len(journal.patterns.figures().similar_causes) == 1


def test_months_are_stacked_by_category(journal: Journal) -> None:
    for day, category in (
        (dt.date(2026, 1, 3), "missed deadline"),
        (dt.date(2026, 1, 30), "missed deadline"),
        (dt.date(2026, 1, 9), "billing error"),
        (dt.date(2026, 2, 1), "billing error"),
    ):
        journal.incidents.create(full_incident(occurred_on=day, category=category))
    found = journal.patterns.figures().by_month_category
    assert [(m.month, m.category, m.incidents) for m in found] == [
        ("2026-01", "missed deadline", 2),
        ("2026-01", "billing error", 1),
        ("2026-02", "billing error", 1),
    ]
    january = found[0].selection
    assert (january.occurred_from, january.occurred_to) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 31),
    )
    assert len(journal.incidents.list_rows(january)) == 2
    december = found[2]._replace(month="2025-12").selection
    assert december.occurred_to == dt.date(2025, 12, 31)


def test_promises_are_tallied_by_how_they_went(journal: Journal) -> None:
    journal.incidents.create(
        full_incident(
            actions=(
                Action("On time", dt.date(2026, 3, 1), dt.date(2026, 3, 1)),
                Action("Done, no date", None, dt.date(2026, 3, 1)),
                Action("Late", dt.date(2026, 3, 1), dt.date(2026, 3, 9)),
                Action("Overdue", dt.date(2026, 10, 1)),
                Action("Not due yet", dt.date(2026, 12, 1)),
                Action("Someday"),
            )
        )
    )
    assert tuple(journal.patterns.figures().actions) == (2, 1, 1, 2)


def test_delivered_compensation_is_told_apart_from_offered(journal: Journal) -> None:
    journal.incidents.create(
        full_incident(
            compensation=Compensation("refund", Decimal("150.0"), "EUR", dt.date(2026, 3, 9))
        )
    )
    journal.incidents.create(
        full_incident(compensation=Compensation("discount", Decimal("50.0"), "EUR"))
    )
    (total,) = journal.patterns.figures().compensation
    assert (total.total, total.delivered, total.incidents, total.delivered_incidents) == (
        200.0,
        150.0,
        2,
        1,
    )


def test_each_client_at_a_glance(journal: Journal) -> None:
    nong = Client("Nong")
    journal.incidents.create(
        full_incident(occurred_on=dt.date(2026, 1, 1), outcome=Outcome("", True, True))
    )
    journal.incidents.create(
        full_incident(
            occurred_on=dt.date(2026, 5, 1),
            category="billing error",
            outcome=Outcome("", False, None),
            compensation=Compensation("credit", Decimal("40.0"), "EUR"),
        )
    )
    journal.incidents.create(full_incident(occurred_on=dt.date(2026, 2, 1), outcome=Outcome()))
    journal.incidents.create(full_incident(client=nong, outcome=Outcome()))
    first, second = journal.clients.summaries()
    assert (first.name, first.incidents, first.last_on) == ("Åsa Lindqvist", 3, dt.date(2026, 5, 1))
    assert first.categories == ("missed deadline", "billing error")
    assert first.compensation == (("EUR", 340.0, 0.0),)  # full_incident offers 150 EUR too
    assert (first.stayed, first.advocate) == (False, True)  # the latest outcome; ever advocated
    assert (second.name, second.stayed, second.advocate) == ("Nong", None, None)
    assert [row.client_name for row in journal.incidents.list_rows(second.selection)] == ["Nong"]
