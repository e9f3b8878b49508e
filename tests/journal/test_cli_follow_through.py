"""`amends done` and `amends delivered`: a promise kept (or not after all), as `show` and
`patterns` then tell it, and one clear line for each mistake."""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from pathlib import Path

import pytest

from journal import cli
from journal.domain import Changes, Compensation
from journal.service import Journal
from tests.conftest import TODAY, full_incident

LATE_STEP = "2. Book payment tests a week before launch"
STEPS_BEFORE = "Prevention steps: 1 done on time, 0 done late, 1 overdue, 0 not due yet."
NOTHING_DELIVERED = "Åsa Lindqvist: €150 over 1 incident; delivered €0 (0)"


@pytest.fixture
def db(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Incident 1 with two steps (the first done on time, the second overdue) and an offer
    of 150 EUR; incident 2 with neither. The command line's today is TODAY."""
    monkeypatch.setattr("journal.service.Journal", functools.partial(Journal, today=lambda: TODAY))
    with Journal(journal_path) as opened:
        opened.incidents.create(full_incident())
        opened.incidents.create(
            full_incident(title="Nothing promised", actions=(), compensation=Compensation())
        )
    return journal_path


def amends(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def shown(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code, out, err = amends(capsys, db, *args)
    assert code == 0 and err == ""
    return out


def test_done_marks_a_step_done_today_in_show_and_patterns(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert f"{LATE_STEP} (due Mar 20, 2026) — overdue" in shown(capsys, db, "show", "1")
    assert STEPS_BEFORE in shown(capsys, db, "patterns")
    said = shown(capsys, db, "done", "1", "2")
    assert (
        said
        == "Step 2 of incident 1 is done, on 2026-11-01: Book payment tests a week before launch\n"
    )
    assert f"{LATE_STEP} (due Mar 20, 2026, done Nov 1, 2026)\n" in shown(capsys, db, "show", "1")
    figures = shown(capsys, db, "patterns")
    assert "Prevention steps: 1 done on time, 1 done late, 0 overdue, 0 not due yet." in figures
    assert "Prevention steps overdue:" not in figures
    assert "overdue" not in shown(capsys, db, "list", "--overdue")


def test_done_on_a_day_changes_the_date_of_a_step_already_done(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert "1. Write a launch checklist (due Mar 9, 2026, done Mar 8, 2026)" in shown(
        capsys, db, "show", "1"
    )
    said = shown(capsys, db, "done", "1", "1", "--on", "2026-03-12")
    assert said.startswith("Step 1 of incident 1 is done, on 2026-03-12: Write a launch")
    assert "1. Write a launch checklist (due Mar 9, 2026, done Mar 12, 2026)" in shown(
        capsys, db, "show", "1"
    )
    assert "0 done on time, 1 done late, 1 overdue" in shown(capsys, db, "patterns")


def test_done_undo_makes_a_step_not_done_again(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    said = shown(capsys, db, "done", "1", "1", "--undo")
    assert said == "Step 1 of incident 1 is not done: Write a launch checklist\n"
    assert "1. Write a launch checklist (due Mar 9, 2026) — overdue" in shown(
        capsys, db, "show", "1"
    )
    assert "0 done on time, 0 done late, 2 overdue" in shown(capsys, db, "patterns")


def test_only_the_step_changes(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    before = json.loads(shown(capsys, db, "show", "1", "--json"))
    shown(capsys, db, "done", "1", "2", "--on", "2026-03-19")
    after = json.loads(shown(capsys, db, "show", "1", "--json"))
    assert after["actions"][1]["done_on"] == "2026-03-19"
    after["actions"][1]["done_on"] = None
    for incident in (before, after):
        incident.pop("updated_at", None)
    assert after == before


def test_delivered_counts_in_patterns_and_shows_in_the_incident(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert NOTHING_DELIVERED in shown(capsys, db, "patterns")
    said = shown(capsys, db, "delivered", "1")
    assert said == (
        "The compensation of incident 1 is delivered, on 2026-11-01: Refund of the wasted ad "
        "spend\n"
    )
    assert "Value: €150\n  Delivered on: Nov 1, 2026" in shown(capsys, db, "show", "1")
    assert "delivered €150 (1)" in shown(capsys, db, "patterns")
    shown(capsys, db, "delivered", "1", "--on", "2026-03-10")
    assert "Delivered on: Mar 10, 2026" in shown(capsys, db, "show", "1")
    said = shown(capsys, db, "delivered", "1", "--undo")
    assert said.startswith("The compensation of incident 1 is not delivered: Refund")
    assert "Delivered on" not in shown(capsys, db, "show", "1")
    assert NOTHING_DELIVERED in shown(capsys, db, "patterns")


def test_an_offer_of_an_amount_alone_can_be_delivered(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as opened:
        offer = Compensation(value=Decimal("80"), currency="EUR")
        opened.incidents.create(full_incident(title="Amount only", compensation=offer))
    said = shown(capsys, db, "delivered", "3")
    assert said == "The compensation of incident 3 is delivered, on 2026-11-01: €80\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["done", "99", "1"], "amends: There is no incident 99."),
        (["done", "1", "3"], "amends: Incident 1 has no prevention step 3: it has 2."),
        (["done", "1", "3", "--undo"], "amends: Incident 1 has no prevention step 3: it has 2."),
        (["done", "2", "1"], "amends: Incident 2 has no prevention steps."),
        (["delivered", "99"], "amends: There is no incident 99."),
        (
            ["delivered", "2"],
            "amends: Incident 2 offers no compensation, so there is nothing to deliver.",
        ),
        (
            ["delivered", "2", "--undo"],
            "amends: Incident 2 offers no compensation, so there is nothing to deliver.",
        ),
    ],
)
def test_a_mistake_the_journal_shows_is_one_line_and_exit_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, args: list[str], message: str
) -> None:
    before = shown(capsys, db, "show", "1", "--json")
    code, out, err = amends(capsys, db, *args)
    assert (code, out, err) == (1, "", message + "\n")
    assert shown(capsys, db, "show", "1", "--json") == before


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["done", "1", "0"], "argument STEP: expected a whole number of at least 1, got '0'"),
        (["done", "one", "1"], "argument ID: expected a whole number of at least 1, got 'one'"),
        (
            ["done", "1", "1", "--on", "2026-13-01"],
            "argument --on: expected a date as YYYY-MM-DD, got '2026-13-01'",
        ),
        (
            ["delivered", "1", "--on", "yesterday"],
            "argument --on: expected a date as YYYY-MM-DD, got 'yesterday'",
        ),
        (
            ["done", "1", "1", "--on", "2026-03-01", "--undo"],
            "argument --undo: not allowed with argument --on",
        ),
        (["delivered"], "the following arguments are required: ID"),
    ],
)
def test_a_mistake_in_the_command_exits_2_as_every_command_does(
    capsys: pytest.CaptureFixture[str], db: Path, args: list[str], problem: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == ""
    usage, error = err.splitlines()  # argparse's usage line, then the one line that says what
    assert usage.startswith(f"usage: amends {args[0]} ")
    assert error == f"amends {args[0]}: error: {problem}"


@pytest.mark.parametrize(
    ("command", "lines"),
    [
        (
            "done",
            [
                "usage: amends done [-h] [--on YYYY-MM-DD | --undo] ID STEP",
                "Mark prevention step STEP of incident ID done: today, or on the day --on",
                "the step's number, as `show ID` lists it",
                "--on YYYY-MM-DD  the day it was done (default: today)",
                "--undo           mark it not done after all",
            ],
        ),
        (
            "delivered",
            [
                "usage: amends delivered [-h] [--on YYYY-MM-DD | --undo] ID",
                "Mark the compensation offered in incident ID delivered: today, or on the day",
                "--on YYYY-MM-DD  the day it was delivered (default: today)",
                "--undo           mark it not delivered after all",
            ],
        ),
    ],
)
def test_help_says_what_each_does(
    capsys: pytest.CaptureFixture[str], command: str, lines: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    for line in lines:
        assert line in out


def test_the_window_s_calls_return_what_changed(journal: Journal) -> None:
    first = journal.incidents.create(full_incident()).incident
    assert first.id is not None
    saved = journal.incidents.mark_step_done(first.id, 2)
    assert saved.changes == Changes(incidents=frozenset({first.id}))
    assert saved.incident.actions[1].done_on == TODAY
    assert saved.incident.actions[0] == first.actions[0]
    undone = journal.incidents.mark_step_not_done(first.id, 2).incident
    assert undone.actions == first.actions
    delivered = journal.incidents.mark_delivered(first.id).incident
    assert delivered.compensation.delivered_on == TODAY
    cleared = journal.incidents.mark_not_delivered(first.id).incident
    assert cleared.compensation == first.compensation
