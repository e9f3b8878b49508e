"""One rule for "overdue" (Action.overdue, and OVERDUE_STEP, the same rule in SQL): a step
not done and due before the journal's today. Due today is not overdue yet. Every place that
shows or counts it agrees: the list's flag and filter, Patterns, the layout's mark."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from journal import cli_output
from journal.domain import Action
from journal.layout import laid_out, step_entry
from journal.listing import IncidentFilter, SortKey
from journal.service import Journal
from journal.storage.records import OVERDUE_STEP, overdue_step
from tests.conftest import TODAY, full_incident

DAY = dt.timedelta(days=1)
# (step, overdue on TODAY)
STEPS = {
    "due today": (Action("due today", TODAY), False),
    "due yesterday": (Action("due yesterday", TODAY - DAY), True),
    "due tomorrow": (Action("due tomorrow", TODAY + DAY), False),
    "done late": (Action("done late", TODAY - 5 * DAY, TODAY - DAY), False),
    "done on time": (Action("done on time", TODAY - 5 * DAY, TODAY - 6 * DAY), False),
    "done, due today": (Action("done, due today", TODAY, TODAY), False),
    "no due date": (Action("no due date"), False),
    "no due date, done": (Action("no due date, done", None, TODAY - DAY), False),
}


@pytest.mark.parametrize("name", STEPS)
def test_the_rule_where_it_lives(name: str) -> None:
    step, overdue = STEPS[name]
    assert step.overdue(TODAY) is overdue
    # The day after its due date, an undone step is overdue; on the due date it is not.
    if step.due_on is not None and step.done_on is None:
        assert not step.overdue(step.due_on) and step.overdue(step.due_on + DAY)


@pytest.mark.parametrize("name", STEPS)
def test_the_sql_rule_is_the_same_rule(name: str) -> None:
    step, _ = STEPS[name]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE action (due_on TEXT, done_on TEXT)")
    db.execute(
        "INSERT INTO action VALUES (?, ?)",
        (step.due_on and step.due_on.isoformat(), step.done_on and step.done_on.isoformat()),
    )
    for sql in (
        f"SELECT count(*) FROM action WHERE {OVERDUE_STEP}",
        f"SELECT total({OVERDUE_STEP}) FROM action",
        f"SELECT EXISTS (SELECT 1 FROM action a WHERE {overdue_step('a.')})",
    ):
        assert bool(db.execute(sql, (TODAY.isoformat(),)).fetchone()[0]) is step.overdue(TODAY)


@pytest.mark.parametrize("name", STEPS)
def test_list_patterns_and_layout_agree_on_one_step(journal: Journal, name: str) -> None:
    """The journal's today (the fixture's TODAY) is the day counted from, everywhere."""
    step, overdue = STEPS[name]
    incident = journal.incidents.create(full_incident(actions=(step,))).incident
    assert incident.id is not None
    today = journal.today()
    assert today == TODAY

    (row,) = journal.incidents.rows_for([incident.id])
    listed = journal.incidents.list_ids(IncidentFilter(overdue=True))
    figures = journal.patterns.figures()
    sections = laid_out(incident, today).sections
    (entry,) = (e for s in sections for e in s.entries if e.text == step.text)
    shown = cli_output.incident_text(incident, today)

    assert row.overdue is overdue
    assert (listed == [incident.id]) is overdue
    assert journal.incidents.count(IncidentFilter(overdue=True)) == int(overdue)
    assert figures.overdue_total == int(overdue)
    assert len(figures.overdue_actions) == int(overdue)
    assert figures.actions.overdue == int(overdue)
    assert figures.actions.open == int(step.done_on is None and not overdue)
    assert entry.late is overdue and step_entry(step, today).late is overdue
    assert ("— overdue" in shown) is overdue


def test_every_count_agrees_on_a_journal_of_all_the_cases(journal: Journal) -> None:
    ids: dict[str, int] = {}
    for name, (step, _) in STEPS.items():
        made = journal.incidents.create(full_incident(title=name, actions=(step,))).incident
        assert made.id is not None
        ids[name] = made.id
    overdue = {ids[name] for name, (_, late) in STEPS.items() if late}
    rows = journal.incidents.rows_for(list(ids.values()))
    figures = journal.patterns.figures()
    assert {row.id for row in rows if row.overdue} == overdue
    assert set(journal.incidents.list_ids(IncidentFilter(overdue=True))) == overdue
    assert {a.incident_id for a in figures.overdue_actions} == overdue
    assert figures.overdue_total == figures.actions.overdue == len(overdue)
    done = sum(step.done_on is not None for step, _ in STEPS.values())
    assert figures.actions.open == len(STEPS) - done - len(overdue)
    by_overdue = journal.incidents.list_ids(IncidentFilter(sort=SortKey.OVERDUE))
    assert set(by_overdue[: len(overdue)]) == overdue  # descending: overdue ones first
