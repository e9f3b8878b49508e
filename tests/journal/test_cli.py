"""The `amends` command: help everywhere, clear one-line errors, the right exit codes."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal import cli
from journal.domain import Client
from journal.errors import InvalidInput
from journal.service import Journal
from tests.conftest import SAMPLES, full_incident


@pytest.fixture
def db(journal_path: Path) -> Path:
    with Journal(journal_path) as opened:
        opened.incidents.create(full_incident())
        opened.incidents.create(full_incident(title="Second time late", occurred_on=None, tags=()))
    return journal_path


def amends(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_every_command_and_option_has_help_text() -> None:
    parser = cli.build_parser()
    helped = {
        choice.dest: choice.help for choice in parser._subparsers._group_actions[0]._choices_actions
    }  # type: ignore[union-attr]
    commands = _subcommands()
    assert set(commands) == {
        "import", "export", "list", "show", "search", "patterns", "done", "delivered",
        "check", "language", "brief", "backup", "restore",
    }  # fmt: skip
    missing = [name for name in commands if not helped.get(name)]
    missing += [
        f"{name} {action.dest}"
        for name, sub in commands.items()
        for action in sub._actions
        if not action.help and not isinstance(action, argparse._HelpAction)
    ]
    assert missing == []


def test_without_a_command_it_opens_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[tuple[object, bool]] = []
    monkeypatch.setattr("ui.app.run_window", lambda db, demo=False: opened.append((db, demo)) or 0)
    assert amends(capsys, "--db", tmp_path / "j.amends")[0] == 0
    assert amends(capsys, "--demo")[0] == 0
    assert opened == [(tmp_path / "j.amends", False), (None, True)]
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "import" in capsys.readouterr().out


WORDS = ["--demo", "--db", "--db=j.amends", "--db=", "j.amends", "-j", "", "list", "--de", "-h"]


@given(st.lists(st.sampled_from(WORDS), max_size=5))
def test_the_window_s_arguments_read_as_argparse_reads_them(argv: list[str]) -> None:
    quick = cli.window_arguments(argv)
    if quick is None:
        return  # argparse reads them
    parsed = cli.build_parser().parse_args(argv)
    assert (quick.db, quick.demo, quick.command) == (parsed.db, parsed.demo, parsed.command)


def test_anything_but_the_window_s_arguments_goes_to_argparse() -> None:
    for argv in (["list"], ["--help"], ["--de"], ["--db"], ["--demo", "--demo"], ["--db="]):
        assert cli.window_arguments(argv) is None, argv
    assert cli.window_arguments(["--db", "a b.amends", "--demo"]) == argparse.Namespace(
        db=Path("a b.amends"), demo=True, command=None
    )


def test_a_usage_mistake_exits_2(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--db", str(db), "list", "--severity", "apocalyptic"])
    assert exited.value.code == 2


def test_list_show_search_and_patterns(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = amends(capsys, "--db", db, "list")
    assert code == 0 and "Missed the shop launch" in out and "Åsa Lindqvist" in out
    code, out, _ = amends(capsys, "--db", db, "list", "--json", "--client", "åsa lindqvist".title())
    assert [row["title"] for row in json.loads(out)] == [
        "Missed the shop launch",
        "Second time late",
    ]
    code, out, _ = amends(capsys, "--db", db, "show", "1")
    assert "What happened" in out and "Refund of the wasted ad spend\n  Value: €150" in out
    code, out, _ = amends(capsys, "--db", db, "show", "1", "--json")
    assert json.loads(out)["title"] == "Missed the shop launch"
    code, out, _ = amends(capsys, "--db", db, "search", "checklist", "--json")
    assert len(json.loads(out)) == 2 and "checklist" in json.loads(out)[0]["snippet"]
    code, out, _ = amends(capsys, "--db", db, "search", "launch")
    assert "[launch]" in out.lower()
    code, out, _ = amends(capsys, "--db", db, "patterns")
    assert "2× missed deadline with Åsa Lindqvist" in out
    code, out, _ = amends(capsys, "--db", db, "patterns", "--json")
    assert json.loads(out)["repeats"][0]["incidents"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "99"], "no incident 99"),
        (["import", "missing.json"], "Cannot read"),
        (["restore", "missing.backup"], "no backup"),
    ],
)
def test_a_problem_is_one_line_on_stderr_and_exit_1(
    capsys: pytest.CaptureFixture[str], db: Path, args: list[str], message: str
) -> None:
    code, out, err = amends(capsys, "--db", db, *args)
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_bad_import_file_names_the_file_and_the_place(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "amends", "version": 1, "incidents": [{"title": "x"}]}')
    code, _, err = amends(capsys, "--db", db, "import", bad)
    assert code == 1 and "bad.json was not imported" in err and "client" in err


def test_a_locked_or_corrupt_journal_is_one_line_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.amends"
    junk.write_bytes(b"not a journal" * 500)
    code, _, err = amends(capsys, "--db", junk, "list")
    assert code == 1 and "not an Amends journal" in err and err.count("\n") == 1


def test_import_then_export_in_every_format(
    capsys: pytest.CaptureFixture[str], journal_path: Path, tmp_path: Path
) -> None:
    code, out, _ = amends(capsys, "--db", journal_path, "import", SAMPLES / "journal_small.json")
    assert code == 0 and "Imported 12 incidents" in out
    exported = tmp_path / "out.json"
    assert amends(capsys, "--db", journal_path, "export", "-o", exported)[0] == 0
    assert len(json.loads(exported.read_text(encoding="utf-8"))["incidents"]) == 12
    code, out, _ = amends(capsys, "--db", journal_path, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 12 and all(row["title"] for row in rows)
    code, out, _ = amends(capsys, "--db", journal_path, "export", "--format", "md")
    assert out.startswith("# Amends journal") and out.count("\n## ") == 12


def test_an_export_to_an_unwritable_place_says_so(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, _, err = amends(capsys, "--db", db, "export", "-o", tmp_path / "no" / "such" / "x.json")
    assert code == 1 and "Cannot write" in err
    assert not list(tmp_path.glob("**/.x.json*"))


def test_backup_list_and_restore(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = amends(capsys, "--db", db, "backup", "--keep", "2")
    assert code == 0 and "Backed up to" in out
    backup = out.split("Backed up to ")[1].split(" (")[0]
    amends(capsys, "--db", db, "backup")
    amends(capsys, "--db", db, "backup")
    code, out, _ = amends(capsys, "--db", db, "backup", "--list")
    assert "2 backups; keeping the newest 2" in out
    assert not Path(backup).exists()  # pruned
    newest = out.splitlines()[0].split("  ")[0]
    code, out, _ = amends(capsys, "--db", db, "restore", newest)
    assert code == 0 and "Restored" in out


def test_the_installed_command_runs(db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "journal.cli", "--db", str(db), "list", "--limit", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.count("\n") == 2


def test_a_large_import_shows_progress_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    journal_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.samples.generator import generate

    big = tmp_path / "big.json"
    big.write_text(json.dumps(generate(2500, seed=3), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = amends(capsys, "--db", journal_path, "import", big)
    assert code == 0 and "Imported 2500 incidents" in out
    assert "Importing… 2,000 of 2,500" in err and err.endswith("2,500 of 2,500 incidents\n")


def test_export_refuses_to_overwrite_the_journal(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _, err = amends(capsys, "--db", db, "export", "-o", db)
    assert code == 1 and "is the journal" in err
    assert amends(capsys, "--db", db, "list")[0] == 0


def test_restore_repairs_a_journal_too_damaged_to_open(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, _ = amends(capsys, "--db", db, "backup")
    backup = out.split("Backed up to ")[1].split(" (")[0]
    db.write_bytes(b"scrambled" * 1000)
    assert amends(capsys, "--db", db, "list")[0] == 1
    code, out, _ = amends(capsys, "--db", db, "restore", backup)
    assert code == 0 and "-damaged" in out
    code, out, _ = amends(capsys, "--db", db, "list")
    assert code == 0 and "Missed the shop launch" in out


def test_patterns_says_how_many_more_there_are(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as opened:
        opened.incidents.create(full_incident(client=Client("Nong")))
        opened.incidents.create(full_incident(client=Client("Nong")))
    code, out, _ = amends(capsys, "--db", db, "patterns", "--limit", "1")
    assert code == 0 and "… and 1 more (patterns --all)" in out
    code, out, _ = amends(capsys, "--db", db, "patterns", "--all")
    assert "… and" not in out and "2× missed deadline with Nong" in out


def test_check_a_text_an_incident_or_standard_input(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = amends(capsys, "--db", db, "check", "I'm sorry if you were upset.")
    assert code == 0 and "[if]" in out and "Try:" in out
    code, out, _ = amends(capsys, "--db", db, "check", "--json", "Mistakes were made.")
    (finding,) = json.loads(out)
    assert finding["kind"] == "passive" and finding["text"] == "Mistakes were made"
    code, out, _ = amends(capsys, "--db", db, "check", "--id", "1")
    assert out.startswith("Summary") and "Apology" in out and "Empathy" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("Förlåt, men det var bara en liten miss."))
    code, out, _ = amends(capsys, "--db", db, "check", "--json")
    assert {item["kind"] for item in json.loads(out)} == {"but", "minimising"}
    code, _, err = amends(capsys, "--db", db, "check", "x", "--id", "1")
    assert code == 1 and "not both" in err
    # A bare text is only read for weakening words: nothing says it owns a mistake it never
    # names.
    out = amends(capsys, "--db", db, "check", "I'm sorry. I will call you tomorrow.")[1]
    assert "none of these words weakens it" in out and "owns the mistake" not in out


def test_the_coach_language_is_kept_per_journal(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert "auto" in amends(capsys, "--db", db, "language")[1]
    assert "hr" in amends(capsys, "--db", db, "language", "hr")[1]
    code, out, _ = amends(capsys, "--db", db, "check", "--json", "Ispričavam se ako ste ljuti.")
    assert code == 0
    assert [item["kind"] for item in json.loads(out)] == ["conditional"]
    with Journal(db) as opened:
        assert opened.settings.language == "hr"
        opened.settings.set_language(None)
        assert opened.settings.language is None
        with pytest.raises(InvalidInput):
            opened.settings.set_language("xx")


def test_brief_writes_one_page_and_tells_what_was_cut(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = amends(capsys, "--db", db, "brief", "1", "--paper", "letter")
    assert code == 0 and "briefing-1.pdf (US Letter, one page)" in out
    assert (tmp_path / "briefing-1.pdf").stat().st_size > 1000
    with Journal(db) as opened:
        opened.incidents.update(dataclasses.replace(
            opened.incidents.get(1), what_happened="long " * 30_000,
            whys=tuple("why " * 80 for _ in range(40)),
        ))  # fmt: skip
    code, out, _ = amends(capsys, "--db", db, "brief", "1", "-o", tmp_path / "long.pdf")
    assert code == 0 and "left for your journal" in out
    code, _, err = amends(capsys, "--db", db, "brief", "99")
    assert code == 1 and "no incident 99" in err
    code, _, err = amends(capsys, "--db", db, "brief", "1", "-o", db)
    assert code == 1 and "is the journal" in err


def test_patterns_prints_causes_kept_promises_and_delivered_offers(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as opened:
        for _ in range(2):
            opened.incidents.create(full_incident(client=Client("Nong")))
    code, out, _ = amends(capsys, "--db", db, "patterns")
    assert code == 0
    assert "Root causes you gave again and again:\n      4  No launch checklist" in out
    assert "Prevention steps: 4 done on time, 0 done late, 4 overdue, 0 not due yet." in out
    assert "Nong: €300 over 2 incidents; delivered €0 (0)" in out
    assert "2026-03      3  (missed deadline 3)" in out


def test_list_shows_only_incidents_with_overdue_steps(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as opened:
        opened.incidents.create(full_incident(title="All kept", actions=()))
    code, out, _ = amends(capsys, "--db", db, "list", "--overdue", "--sort", "title", "--asc")
    assert code == 0 and "All kept" not in out and "Missed the shop launch" in out


def test_an_unfinished_draft_is_listed_as_such_and_not_briefed(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as journal:
        draft = journal.incidents.create(full_incident(title="", client=Client(""))).incident
    code, out, _ = amends(capsys, "--db", db, "list")
    line = next(line for line in out.splitlines() if line.split()[0] == str(draft.id))
    assert code == 0 and "Unfinished" in line and "(no title yet)" in line
    code, out, _ = amends(capsys, "--db", db, "list", "--status", "unfinished")
    assert code == 0 and [line.split()[0] for line in out.splitlines()[1:]] == [str(draft.id)]
    code, out, _ = amends(capsys, "--db", db, "list", "--status", "draft")
    assert code == 0 and str(draft.id) not in [line.split()[0] for line in out.splitlines()[1:]]
    code, out, err = amends(capsys, "--db", db, "brief", str(draft.id), "-o", db.parent / "b.pdf")
    assert code == 1 and "unfinished draft" in err and err.count("\n") == 1
    assert not (db.parent / "b.pdf").exists()


def test_totals_of_exact_amounts_show_cents_not_float_noise(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    from decimal import Decimal

    from journal.domain import Compensation

    with Journal(journal_path) as journal:
        for value in ("0.10", "0.20"):
            journal.incidents.create(
                full_incident(compensation=Compensation("refund", Decimal(value), "EUR"))
            )
    code, out, _ = amends(capsys, "--db", journal_path, "patterns")
    assert code == 0 and "€0.30" in out and "0.3000000" not in out


def test_show_gives_what_could_not_be_read(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    with Journal(journal_path) as journal:
        saved = journal.incidents.create(
            full_incident(unreadable=(("compensation.value", "soonish"),))
        )
    code, out, _ = amends(capsys, "--db", journal_path, "show", str(saved.incident.id))
    assert code == 0 and "Written where Amends could not read it\n  - Value: soonish" in out


def test_a_journal_path_typed_wrong_is_said_when_a_new_one_is_started_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Journal(tmp_path / "journal.amends") as journal:
        journal.incidents.create(full_incident())
    typo = tmp_path / "journal.amnds"
    code, out, err = amends(capsys, "--db", typo, "list", "--json")
    assert code == 0 and json.loads(out) == []  # the output stays what it promises
    assert "no journal" in err and str(typo) in err and "new, empty" in err
    code, out, err = amends(capsys, "--db", typo, "list")  # there now: nothing more to say
    assert code == 0 and err == ""
    code, out, err = amends(capsys, "--db", tmp_path / "journal.amends", "list")
    assert code == 0 and err == "" and "Missed the shop launch" in out


def test_a_month_or_a_year_bounds_the_list_as_the_window_s_filter_does(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with Journal(db) as journal:
        for title, day in (("Winter", dt.date(2026, 1, 31)), ("Spring", dt.date(2026, 3, 31))):
            journal.incidents.create(full_incident(title=title, occurred_on=day))
        journal.incidents.create(full_incident(title="Last year", occurred_on=dt.date(2025, 12, 1)))
    code, out, _ = amends(capsys, "--db", db, "list", "--from", "2026", "--to", "2026-03")
    assert code == 0 and "Winter" in out and "Spring" in out and "Last year" not in out
    code, out, _ = amends(capsys, "--db", db, "list", "--to", "2026-01")  # to its last day
    assert "Winter" in out and "Spring" not in out and "Last year" in out
    with pytest.raises(SystemExit) as exited:
        amends(capsys, "--db", db, "list", "--from", "March")
    assert exited.value.code == 2
    assert "YYYY-MM-DD, YYYY-MM or YYYY" in capsys.readouterr().err
