"""Browsing: the filters a user combines, every column sorts, and overdue promises show."""

from __future__ import annotations

import datetime as dt

from journal.domain import Action, Client, Severity, Status
from journal.listing import IncidentFilter, SortKey
from journal.service import Journal
from journal.storage import reads
from tests.conftest import full_incident

LATE = Action("Send the style guide", dt.date(2026, 10, 1))  # the journal's today is 11-01
KEPT = Action("Add a calendar reminder", dt.date(2026, 10, 1), dt.date(2026, 9, 30))


def add(journal: Journal, title: str, **changes: object) -> int:
    changes.setdefault("actions", (KEPT,))  # full_incident's own actions include a late one
    saved = journal.incidents.create(full_incident(title=title, **changes))
    assert saved.incident.id is not None
    return saved.incident.id


def titles(journal: Journal, selection: IncidentFilter) -> list[str]:
    return [row.title for row in journal.incidents.list_rows(selection)]


def test_a_row_is_flagged_when_a_promised_step_is_overdue(journal: Journal) -> None:
    late = add(journal, "Late", actions=(KEPT, LATE))
    kept = add(journal, "Kept", actions=(KEPT,))
    rows = {row.id: row for row in journal.incidents.rows_for([late, kept])}
    assert rows[late].overdue and not rows[kept].overdue
    assert titles(journal, IncidentFilter(overdue=True)) == ["Late"]


def test_filters_combine(journal: Journal) -> None:
    other = Client("Marko Horvat")
    add(journal, "A", severity=Severity.CRITICAL, tags=("launch",))
    add(journal, "B", severity=Severity.CRITICAL, client=other, tags=("launch",))
    add(journal, "C", severity=Severity.MINOR, client=other, actions=(LATE,))
    add(journal, "D", severity=Severity.CRITICAL, client=other, occurred_on=dt.date(2025, 1, 5))
    combined = IncidentFilter(
        client="Marko Horvat",
        severity=Severity.CRITICAL,
        tag="launch",
        occurred_from=dt.date(2026, 1, 1),
    )
    assert titles(journal, combined) == ["B"]
    assert titles(journal, IncidentFilter(client="Marko Horvat", overdue=True)) == ["C"]


def test_only_the_given_incidents(journal: Journal) -> None:
    ids = [add(journal, title) for title in "ABC"]
    assert sorted(titles(journal, IncidentFilter(ids=(ids[0], ids[2])))) == ["A", "C"]
    assert titles(journal, IncidentFilter(ids=())) == []
    assert not IncidentFilter(ids=()).is_empty
    assert IncidentFilter(sort=SortKey.TITLE).is_empty


def test_every_column_sorts_both_ways(journal: Journal) -> None:
    add(journal, "Zeta", category="quality defect", status=Status.DRAFT)
    add(journal, "Alpha", category="billing error", status=Status.RESOLVED)
    add(journal, "Mid", category="data loss", status=Status.PREPARED)
    by_category = IncidentFilter(sort=SortKey.CATEGORY, descending=False)
    assert titles(journal, by_category) == ["Alpha", "Mid", "Zeta"]
    by_status = IncidentFilter(sort=SortKey.STATUS, descending=True)
    assert titles(journal, by_status) == ["Alpha", "Mid", "Zeta"]  # resolved, prepared, draft
    assert titles(journal, by_status._replace(descending=False)) == [
        "Zeta",
        "Mid",
        "Alpha",
    ]


def test_search_honours_the_new_filters(journal: Journal) -> None:
    add(journal, "Launch late again", actions=(LATE,))
    add(journal, "Launch late")
    hits = journal.search.find("launch", IncidentFilter(overdue=True))
    assert [hit.row.title for hit in hits] == ["Launch late again"]


def test_sorting_by_overdue_steps_puts_them_first_or_last(journal: Journal) -> None:
    add(journal, "Kept", actions=(KEPT,))
    add(journal, "Late", actions=(LATE,))
    add(journal, "Also kept", actions=())
    first = titles(journal, IncidentFilter(sort=SortKey.OVERDUE, descending=True))
    assert first[0] == "Late"
    last = titles(journal, IncidentFilter(sort=SortKey.OVERDUE, descending=False))
    assert last[-1] == "Late"
    narrowed = IncidentFilter(category="missed deadline", sort=SortKey.OVERDUE)
    assert titles(journal, narrowed)[0] == "Late"  # with a filter's own parameters too


def test_the_newest_first_list_is_read_in_index_order_without_sorting(journal: Journal) -> None:
    """The list the window opens on: a sort of every incident would delay it (7 ms at 10,000)."""
    for day in (3, 1, 2, 2):
        add(journal, f"Day {day}", occurred_on=dt.date(2026, 5, day))
    add(journal, "Undated", occurred_on=None)
    newest_first = IncidentFilter()
    sql = "SELECT i.id FROM incident i" + reads.order_sql(newest_first)
    plan = " ".join(row[3] for row in journal._db.rows("EXPLAIN QUERY PLAN " + sql))
    assert "TEMP B-TREE" not in plan, plan
    assert titles(journal, newest_first) == ["Day 3", "Day 2", "Day 2", "Day 1", "Undated"]
    ids = journal.incidents.list_ids(newest_first)
    assert ids[1] > ids[2]  # ties: the later written first


def test_the_first_ids_and_the_count_agree_with_the_whole_list(journal: Journal) -> None:
    other = Client("Marko Horvat")
    add(journal, "A", severity=Severity.CRITICAL, tags=("launch",))
    add(journal, "B", client=other, actions=(LATE,))
    add(journal, "C", client=other, occurred_on=None)
    for selection in (
        IncidentFilter(),
        IncidentFilter(client="Marko Horvat", sort=SortKey.TITLE),
        IncidentFilter(overdue=True, sort=SortKey.OVERDUE),
        IncidentFilter(tag="launch"),
        IncidentFilter(severity=Severity.MINOR),
    ):
        whole = journal.incidents.list_ids(selection)
        assert journal.incidents.count(selection) == len(whole)
        assert journal.incidents.list_ids(selection, 2) == whole[:2]
