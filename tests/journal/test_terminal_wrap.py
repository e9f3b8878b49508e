"""The command line's output on a terminal: lines wrapped to its width, tables fitted to it."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from journal import cli
from journal.briefing.thai_words import words as thai_words
from journal.service import Journal
from journal.terminal import say
from journal.terminal_width import display_width
from journal.terminal_wrap import wrapped
from tests.conftest import full_incident

ENGLISH = (
    "  The import of her old customer records failed on the Saturday before launch, so "
    "the portal went live four days late."
)
THAI = "ผมส่งไฟล์โลโก้เวอร์ชันเก่าให้โรงพิมพ์แทนเวอร์ชันที่คุณพิมพ์ชนกอนุมัติกล่องขนมล็อตแรกจึงพิมพ์ออกมาด้วยสีเดิม"


class Terminal(io.StringIO):
    """Standard output as a terminal has it."""

    def isatty(self) -> bool:
        return True


def test_a_long_line_breaks_between_words_under_its_own_indent() -> None:
    lines = wrapped(ENGLISH, 30).split("\n")
    assert len(lines) > 3
    assert all(display_width(line) <= 30 for line in lines)
    assert all(line.startswith("  ") and not line.startswith("   ") for line in lines)
    assert " ".join(line.strip() for line in lines) == ENGLISH.strip()


def test_a_numbered_step_continues_under_its_text_not_its_number() -> None:
    lines = wrapped("  1. Move data imports to the first week of every project plan", 30).split(
        "\n"
    )
    assert len(lines) > 1 and lines[0].startswith("  1. Move")
    assert all(line.startswith("     ") and line[5] != " " for line in lines[1:])


def test_thai_breaks_between_its_words() -> None:
    lines = wrapped(THAI, 24).split("\n")
    assert len(lines) > 2 and "".join(lines) == THAI
    assert all(display_width(line) <= 24 for line in lines)
    boundaries = {0}
    for word in thai_words(THAI):
        boundaries.add(max(boundaries) + len(word))
    ends = [sum(len(line) for line in lines[: index + 1]) for index in range(len(lines))]
    assert set(ends) <= boundaries


def test_a_word_wider_than_the_terminal_is_cut_between_letters() -> None:
    word = "https://example.com/" + "a" * 60
    lines = wrapped(f"  see {word}", 25).split("\n")
    assert all(display_width(line) <= 25 for line in lines)
    assert "".join(line.strip() for line in lines) == f"see{word}"


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300), st.integers(20, 90))
def test_wrapping_keeps_every_letter_and_fits(text: str, width: int) -> None:
    shown = wrapped(text, width)
    assert "".join(shown.split()) == "".join(text.split())
    for line in shown.split("\n"):
        # a single grapheme wider than what is left (a wide letter at a line's end) may run on
        assert display_width(line) <= width + 2


def test_say_wraps_for_a_terminal_and_leaves_a_pipe_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    terminal, pipe = Terminal(), io.StringIO()
    say(ENGLISH, stream=terminal, wrap=True)
    say(ENGLISH, stream=pipe, wrap=True)
    assert max(map(display_width, terminal.getvalue().splitlines())) <= 40
    assert pipe.getvalue() == ENGLISH + "\n"


def test_what_the_coach_marks_is_measured_as_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """In [brackets] (NO_COLOR) each bracket takes a column; in bold, none."""
    monkeypatch.setenv("COLUMNS", "36")
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    text = "Sorry if the files upset you, but the courier lost them on the way to your office."
    assert cli.main(["check", text]) == 0
    lines = terminal.getvalue().splitlines()
    assert any("[but]" in line for line in lines)
    assert max(map(display_width, lines)) <= 36


def test_list_fits_the_titles_to_the_terminal(
    monkeypatch: pytest.MonkeyPatch, journal_path: Path
) -> None:
    title = "Missed the shop launch because the import was left until the last weekend"
    with Journal(journal_path) as journal:
        journal.incidents.create(full_incident(title=title))
    for columns in (60, 90, 200):
        monkeypatch.setenv("COLUMNS", str(columns))
        terminal = Terminal()
        monkeypatch.setattr("sys.stdout", terminal)
        assert cli.main(["--db", str(journal_path), "list"]) == 0
        lines = terminal.getvalue().splitlines()
        assert max(map(display_width, lines)) <= columns
        assert (title in lines[1]) is (columns == 200)
        assert lines[1].endswith("…") is (columns < 200)
        assert ("SEVERITY" in lines[0]) is (columns > 60)  # left out before the title is


@pytest.mark.parametrize("language", ["th", "en"])
def test_what_the_coach_found_is_quoted_in_whole_words(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setenv("AMENDS_LANGUAGE", language)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    text = "ขอโทษนะครับ แต่ช่วงนี้งานเยอะมากจริงๆ เลยส่งงานช้าไปหน่อย ถ้าทำให้คุณไม่พอใจก็ขออภัยด้วยครับ"
    assert cli.main(["check", "--lang", "th", text]) == 0
    quoted = [line.strip() for line in sys.stdout.getvalue().splitlines() if "[" in line]
    assert len(quoted) >= 3
    edges = {0, len(text)}
    for word in thai_words(text):
        edges.add(max(edges - {len(text)}) + len(word))
    for line in quoted:
        shown = line.replace("[", "").replace("]", "")
        if shown.startswith("…"):
            assert text.index(shown[1:].split("…")[0]) in edges  # starts where a word does
        if shown.endswith("…"):
            kept = shown.rstrip("…").lstrip("…")
            assert text.index(kept) + len(kept) in edges  # and stops where one ends


def test_thai_help_breaks_between_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMENDS_LANGUAGE", "th")
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr("sys.stdout", io.StringIO())
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    lines = sys.stdout.getvalue().splitlines()
    assert max(map(display_width, lines)) <= 60
    assert not [
        line
        for line in lines
        if line.strip() and unicodedata.category(line.strip()[0]).startswith("M")
    ]
    assert not [line for line in lines if line.rstrip().endswith("(")]


def test_a_row_of_columns_goes_on_under_its_last_column() -> None:
    row = "  2025-03      2  (missed deadline 1, vendor or tool failure 1)"
    first, second = wrapped(row, 50).split("\n")
    assert "".join((first + second).split()) == "".join(row.split())
    assert len(second) - len(second.lstrip()) == row.index("(")


@pytest.mark.parametrize("width", range(30, 60))
def test_no_line_is_left_with_one_short_word(width: int) -> None:
    line = "  Karin Sjöberg: SEK 2,400 over 1 incident; delivered SEK 0 (0)"
    lines = wrapped(line, width).split("\n")
    assert all(display_width(shown) <= width for shown in lines)
    assert len(lines) == 1 or " " in lines[-1].strip()


@given(
    st.lists(
        st.tuples(
            st.text("abcdéöčćđ", min_size=1, max_size=15), st.sampled_from([" ", "  ", "\u3000"])
        ),
        max_size=40,
    ),
    st.integers(20, 90),
)
@example([("a", " "), ("a", " "), ("a", "  "), ("aaaaaaaaaaaaaa", " ")], 20)
def test_words_are_never_glued_or_split(parts: list[tuple[str, str]], width: int) -> None:
    text = "".join(word + space for word, space in parts).rstrip()
    assert wrapped(text, width).split() == text.split()


def test_thai_carried_to_the_last_line_gets_no_space() -> None:
    for width in range(12, 18):
        shown = wrapped("Note: ผมส่งไฟล์โลโก้", width)
        assert shown.replace("\n", "") in ("Note: ผมส่งไฟล์โลโก้", "Note:ผมส่งไฟล์โลโก้")
        assert "ไฟล์ โลโก้" not in shown


def test_two_spaces_after_a_full_stop_are_prose_not_a_column() -> None:
    line = "  Called Åsa.  Left a message, she will ring back on Monday about the proofs."
    assert all(
        shown.startswith("  ") and shown[2] != " " for shown in wrapped(line, 40).split("\n")
    )
