"""Hostile input to `amends`: one clear line instead of a traceback, and no terminal tricks."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal import cli
from journal.domain import Client, Incident
from journal.errors import InvalidInput
from journal.service import Journal
from tests.conftest import full_incident

# What must never reach a terminal from the user's text: C0 controls but tab, newline and a
# carriage return before one, DEL and C1 controls. The only escape sequences allowed out are
# our own bold and plain.
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
BOLD, PLAIN = "\033[1m", "\033[0m"
HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\x7f"  # retitle the window, bell, clear, 8-bit CSI, DEL
TITLE = f"Late {HOSTILE}\r launch"  # a carriage return would overwrite the line
BEYOND_SQLITE = [str(2**63), str(2**64), "1" + "0" * 30]


def amends(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def fails(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    """Run amends, which must fail as promised: exit 1, one line on stderr, nothing else."""
    code, out, err = amends(capsys, *args)
    assert (code, out) == (1, ""), (code, out, err)
    assert err.startswith("amends: ") and err.count("\n") == 1, err
    return err


def usage_mistake(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exited:
        cli.main(list(args))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and not RAW_CONTROL.search(err), err
    return err


def shown_safely(text: str) -> str:
    """`text`, checked to hold no control character of the user's; our bold taken out."""
    plain = text.replace(BOLD, "").replace(PLAIN, "")
    assert not RAW_CONTROL.search(plain), repr(plain)
    return plain


@pytest.fixture
def db(journal_path: Path, fresh_journal: Callable[[Path], Path]) -> Path:
    with Journal(fresh_journal(journal_path)) as opened:
        opened.incidents.create(full_incident())
    return journal_path


@pytest.fixture
def hostile_db(journal_path: Path, fresh_journal: Callable[[Path], Path]) -> Path:
    """A journal whose every kind of text carries terminal escape codes."""
    with Journal(fresh_journal(journal_path)) as opened:
        for _ in range(2):  # twice: a pattern to show
            opened.incidents.create(
                full_incident(
                    title=TITLE,
                    client=Client(f"Åsa {HOSTILE}"),
                    category=f"missed {HOSTILE}",
                    tags=(f"tag{HOSTILE}",),
                    what_happened=f"The launch {HOSTILE} was late.",
                    root_cause=f"No checklist {HOSTILE}",
                    apology=f"I am sorry if {HOSTILE} you were upset.",
                )
            )
    return journal_path


def strings(value: object) -> Iterator[str]:
    """Every text in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from strings(list(value.values()))
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def document(**incident: object) -> str:
    incidents = [{"title": "x", "client": {"name": "a"}, **incident}]
    return json.dumps({"format": "amends", "version": 1, "incidents": incidents})


# Import files -----------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 1_000, 100_000])
def test_a_deeply_nested_file_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, depth: int
) -> None:
    deep = write(tmp_path, "deep.json", document().replace('"x"', "[" * depth + "]" * depth))
    err = fails(capsys, "--db", db, "import", deep)
    assert "deep.json was not imported" in err and "nested too deeply" in err


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "amends", "version": N, "incidents": []}',
        '{"format": "amends", "version": 1, "incidents": [{"id": N, "title": "x"}]}',
        '{"format": "amends", "version": 1, "incidents": [{"title": "x", "tags": [-N]}]}',
    ],
)
def test_a_number_too_long_for_python_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, text: str
) -> None:
    big = write(tmp_path, "big.json", text.replace("N", "7" * 4_400))
    err = fails(capsys, "--db", db, "import", big)
    assert "big.json was not imported" in err and "4,300 digits" in err


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("created_at", "0001-01-01T00:00:00+05:00"),
        ("updated_at", "9999-12-31T23:59:59-05:00"),
        ("call_at", "9999-12-31T23:00:00-01:00"),
        ("call_at", "0001-01-01T03:00:00+14:00"),
    ],
)
def test_a_date_time_beyond_utc_s_years_names_the_incident_and_key(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, key: str, value: str
) -> None:
    edge = write(tmp_path, "edge.json", document(**{key: value}))
    err = fails(capsys, "--db", db, "import", edge)
    assert f"""incident 1 ("x"), key '{key}'""" in err and "outside the years 1 to 9999" in err
    assert value in err


def test_a_date_time_near_the_edge_that_fits_is_kept_as_given(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    early, late = "0001-01-01T12:00:00+05:00", "9999-12-31T10:00:00-05:00"
    edge = write(tmp_path, "edge.json", document(created_at=early, call_at=late))
    assert amends(capsys, "--db", db, "import", edge)[0] == 0
    with Journal(db) as opened:
        (kept,) = [i for i in opened.incidents.all() if i.title == "x"]
    assert kept.created_at == dt.datetime.fromisoformat(early)
    assert kept.call_at == dt.datetime.fromisoformat(late)


@pytest.mark.parametrize("field", ["call_at", "created_at", "updated_at"])
def test_the_library_refuses_such_a_date_time_too(journal: Journal, field: str) -> None:
    too_early = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    draft = Incident(title="Edge", client=Client("Edgar"), **{field: too_early})
    with pytest.raises(InvalidInput, match="outside the years 1 to 9999"):
        journal.incidents.create(draft)
    saved = journal.incidents.create(Incident(title="Edge", client=Client("Edgar"))).incident
    too_late = dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-2)))
    with pytest.raises(InvalidInput, match="outside the years 1 to 9999"):
        journal.incidents.update(
            Incident(title="Edge", client=Client("Edgar"), id=saved.id, call_at=too_late)
        )


# Numbers and paths on the command line ------------------------------------------------------


@pytest.mark.parametrize("number", BEYOND_SQLITE)
@pytest.mark.parametrize("command", [["show"], ["brief"], ["check", "--id"]])
def test_an_incident_number_beyond_sqlite_s_does_not_exist(
    capsys: pytest.CaptureFixture[str], db: Path, command: list[str], number: str
) -> None:
    assert f"There is no incident {number}." in fails(capsys, "--db", db, *command, number)


@pytest.mark.parametrize("number", BEYOND_SQLITE)
@pytest.mark.parametrize(
    "command", [["list"], ["search", "launch"], ["patterns"], ["list", "--json"]]
)
def test_a_limit_beyond_sqlite_s_is_no_limit(
    capsys: pytest.CaptureFixture[str], db: Path, command: list[str], number: str
) -> None:
    code, out, _ = amends(capsys, "--db", db, *command, "--limit", number)
    assert code == 0 and ("Missed the shop launch" in out or "missed deadline" in out)


def test_digits_of_any_script_count_and_odd_numbers_are_usage_mistakes(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    arabic_indic_12, arabic_indic_1 = "\u0661\u0662", "\u0661"
    assert "There is no incident 12." in fails(capsys, "--db", db, "show", arabic_indic_12)
    assert amends(capsys, "--db", db, "list", "--limit", arabic_indic_1)[0] == 0
    for odd in ("²", "0", "-1", "", " 1", "1.0", "9" * 5_000):
        usage_mistake(capsys, "--db", str(db), "show", odd)
        usage_mistake(capsys, "--db", str(db), "list", "--limit", odd)


def test_a_journal_path_that_is_no_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for place in (tmp_path, fifo, Path("")):
        for command in (["list"], ["restore", tmp_path / "x.amends-backup"]):
            assert "not a journal" in fails(capsys, "--db", place, *command)
    assert amends(capsys, "--db", tmp_path / "new" / "folder" / "j.amends", "list")[0] == 0


def test_an_output_that_is_no_file_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for place in (tmp_path, fifo):
        assert "choose a file to write to" in fails(capsys, "--db", db, "export", "-o", place)
        assert "choose a file to write to" in fails(capsys, "--db", db, "brief", "1", "-o", place)
    assert fifo.exists() and not fifo.is_file()


def test_text_that_is_not_utf8_is_no_traceback(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    undecodable = os.fsdecode(b"launch\xff")  # as Python reads bytes the terminal sent
    assert amends(capsys, "--db", db, "search", undecodable)[1].startswith("Nothing found")
    assert amends(capsys, "--db", db, "list", "--client", undecodable)[1] == "No incidents match.\n"
    code, out, _ = amends(capsys, "--db", db, "check", f"Sorry if {undecodable} upset you.")
    assert code == 0 and "\\udcff" in shown_safely(out)
    stdin = io.TextIOWrapper(io.BytesIO(b"sorry \xff if"), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert "not UTF-8" in fails(capsys, "--db", db, "check")


def test_a_very_long_title_is_listed_as_quickly_as_any(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    with Journal(journal_path) as opened:
        opened.incidents.create(Incident(title="T" * 10_000, client=Client("C" * 10_000)))
    started = time.perf_counter()
    code, out, _ = amends(capsys, "--db", journal_path, "list")
    assert time.perf_counter() - started < 5  # cut to its column a letter at a time: minutes
    assert code == 0 and f"{'C' * 19}…  {'T' * 59}…" in out


# What reaches the terminal ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "1"], ["search", "launch"], ["patterns"], ["check", "--id", "1"]],
)
@pytest.mark.parametrize("terminal", [False, True])
def test_the_user_s_control_characters_are_shown_not_obeyed(
    capsys: pytest.CaptureFixture[str],
    hostile_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    terminal: bool,
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)
    code, out, _ = amends(capsys, "--db", hostile_db, *command)
    assert code == 0 and "\\u001b" in shown_safely(out)


def test_search_and_check_keep_our_bold_on_a_terminal(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = amends(capsys, "--db", hostile_db, "search", "launch")[1]
    assert f"{BOLD}launch{PLAIN}" in out and "[launch]" not in shown_safely(out)
    out = amends(capsys, "--db", hostile_db, "check", f"I'm sorry if {HOSTILE} you were upset.")[1]
    assert f"{BOLD}if{PLAIN}" in out and "\\u009b" in shown_safely(out)
    monkeypatch.setenv("NO_COLOR", "1")
    out = amends(capsys, "--db", hostile_db, "search", "launch")[1]
    assert BOLD not in out and "[launch]" in shown_safely(out)


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["search", "launch"], ["patterns"]])
def test_json_output_keeps_the_text_exactly(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, command: list[str]
) -> None:
    out = shown_safely(amends(capsys, "--db", hostile_db, *command, "--json")[1])
    assert any(HOSTILE in text for text in strings(json.loads(out)))
    assert "\\u001b" in out


@pytest.mark.parametrize("file_format", ["json", "md", "csv"])
def test_an_export_to_a_terminal_is_shown_safely_and_to_a_file_exactly(
    capsys: pytest.CaptureFixture[str],
    hostile_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    file_format: str,
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    out = shown_safely(amends(capsys, "--db", hostile_db, "export", "--format", file_format)[1])
    if file_format == "json":
        assert json.loads(out)["incidents"][0]["title"] == TITLE
    written = tmp_path / f"out.{file_format}"
    assert (
        amends(capsys, "--db", hostile_db, "export", "--format", file_format, "-o", written)[0] == 0
    )
    text = written.read_text(encoding="utf-8")
    assert HOSTILE in (json.loads(text)["incidents"][0]["title"] if file_format == "json" else text)


def test_messages_naming_files_and_titles_are_shown_safely(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = write(
        tmp_path, f"bad{HOSTILE}.json", document(title=f"two\nlines{HOSTILE}", severity=1)
    )
    err = shown_safely(fails(capsys, "--db", db, "import", named))
    assert "was not imported" in err and "two lines" in err and "key 'severity'" in err
    shown_safely(fails(capsys, "--db", db, "import", tmp_path / f"missing{HOSTILE}.json"))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)  # "Checking NAME…", and progress
    good = write(tmp_path, f"ok{HOSTILE}.json", document())
    code, out, err = amends(capsys, "--db", db, "import", good)
    assert code == 0 and "Imported 1 incident" in shown_safely(out)
    assert "Checking ok\\u001b" in shown_safely(err.replace("\r\033[K", ""))
    err = usage_mistake(capsys, "--db", str(db), "list", HOSTILE)
    assert "unrecognized arguments" in err and "\\u001b" in err
