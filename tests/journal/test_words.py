"""A stored value reads as words wherever it is shown ("Call held", not call_held), the words of
journal/words.py; files read by programs (JSON, CSV) keep the stored value."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal import cli
from journal.briefing.render import render
from journal.domain import INCIDENT_FIELDS, FixStatus, Outcome, Severity, Status
from journal.exporters import write_csv, write_markdown
from journal.incidents import NO_REPEATS
from journal.service import Journal
from journal.words import CHOICE_WORDS, choice_from_word, choice_word
from tests.conftest import full_incident

RAW = ("call_held", "in_progress")  # what no person should read
# full_incident: major, the call held, the fix in progress, the client stayed, no advocate.
INCIDENT = full_incident(outcome=Outcome("She booked the next project.", True, None))


def test_every_declared_choice_has_its_words_and_reads_back() -> None:
    choices: set[type[StrEnum]] = {
        field.about.choices for field in INCIDENT_FIELDS if field.about.choices is not None
    }
    assert choices == {Severity, Status, FixStatus}
    for choices_of in choices:
        for choice in choices_of:
            words = choice_word(choice)
            assert words and "_" not in words and words[0].isupper()
            assert choice_from_word(choices_of, words) is choice
            assert choice_from_word(choices_of, choice.value) is choice
    assert len(set(CHOICE_WORDS.values())) == len(CHOICE_WORDS)


def test_markdown_shows_words() -> None:
    out = io.StringIO()
    write_markdown([INCIDENT], out)
    text = out.getvalue()
    for expected in (
        "**Severity:** Major",
        "**Status:** Call held",
        "Fix status: In progress",
        "The client stayed: Yes",
        "They became an advocate: Not known yet",
    ):
        assert expected in text
    assert not any(raw in text for raw in RAW)


def test_csv_and_json_keep_the_stored_values(journal: Journal) -> None:
    saved = journal.incidents.create(INCIDENT).incident
    out = io.StringIO()
    write_csv([saved], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["severity"], row["status"], row["fix_status"]) == ("major", *RAW)
    out = io.StringIO()
    journal.transfer.export(out, "json")
    (incident,) = json.loads(out.getvalue())["incidents"]
    assert (incident["severity"], incident["status"], incident["fix_status"]) == ("major", *RAW)


def test_show_and_list_on_the_command_line_show_words(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    with Journal(journal_path) as opened:
        opened.incidents.create(INCIDENT)
    assert cli.main(["--db", str(journal_path), "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "Severity: Major" in shown and "Status: Call held" in shown
    assert "Fix status: In progress" in shown and "The client stayed: Yes" in shown
    assert cli.main(["--db", str(journal_path), "list"]) == 0
    _header, line = capsys.readouterr().out.splitlines()
    assert line.split()[4:7] == ["Major", "Call", "held"]  # after the id and "Mar 2, 2026"
    assert not any(raw in shown + line for raw in RAW)


def test_the_briefing_shows_words(tmp_path: Path) -> None:
    briefing = render(
        full_incident(id=7, severity=Severity.CRITICAL), NO_REPEATS, tmp_path / "b.pdf"
    )
    text = "".join(page.extract_text() for page in PdfReader(briefing.path).pages)
    assert "Critical" in text and "What I’m doing now (In progress)" in text
    assert "critical" not in text and "in_progress" not in text
