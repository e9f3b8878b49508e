"""The coach's underlines and tooltips land on the flagged words after an emoji (Qt counts
UTF-16 units, the coach counts code points)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip
from pytestqt.qtbot import QtBot

from journal import checker
from journal.reports import DraftField, Finding, FindingKind
from tests.strategies import awkward_text
from tests.ui.conftest import type_text
from ui.coach_view import CoachHighlighter
from ui.main_window import MainWindow
from ui.text_positions import TextPositions


def units(text: str) -> int:
    """How many UTF-16 units Qt counts in a text."""
    return len(text.encode("utf-16-le")) // 2


def underlined(editor: QPlainTextEdit) -> list[tuple[int, int, str]]:
    """Each wavy underline in the editor: its range in the document and the text under it."""
    found = []
    for selection in editor.extraSelections():
        cursor = selection.cursor
        style = selection.format.underlineStyle()
        assert style == QTextCharFormat.UnderlineStyle.WaveUnderline
        found.append((cursor.selectionStart(), cursor.selectionEnd(), cursor.selectedText()))
    return sorted(found)


def tooltip_at(editor: QPlainTextEdit, position: int) -> str:
    """Hover the mouse over a character of the document (a position in UTF-16 units) and
    read the tooltip that shows."""
    for label in QApplication.topLevelWidgets():  # the last tooltip, at once (hideText fades)
        if label.objectName() == "qtooltip_label":
            label.hide()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center() + QPoint(1, 0)
    global_point = editor.viewport().mapToGlobal(point)
    event = QHelpEvent(QEvent.Type.ToolTip, point, global_point)
    QApplication.sendEvent(editor.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def spans(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.end > f.start and f.kind is not FindingKind.TOO_LONG]


def assert_underlines_cover_the_findings(
    editor: QPlainTextEdit, highlighter: CoachHighlighter
) -> None:
    text = editor.toPlainText()
    flagged = spans(highlighter.findings)
    assert flagged, "the coach found nothing to underline in this text"
    expected = sorted(
        (units(text[: f.start]), units(text[: f.end]), text[f.start : f.end]) for f in flagged
    )
    assert underlined(editor) == expected
    for finding in flagged:
        inside = units(text[: finding.start]) + 1  # just after the first character's start
        assert finding.message in tooltip_at(editor, inside)


@pytest.fixture
def coached(qtbot: QtBot) -> tuple[QPlainTextEdit, CoachHighlighter]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(1200, 300)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, CoachHighlighter(editor, DraftField.APOLOGY, "en")


def test_the_coach_flags_if_in_a_conditional_apology_after_emoji() -> None:
    """The example the tests below rely on: the coach itself counts code points."""
    text = "🙂🙂 I'm sorry if you were upset"
    flagged = spans(checker.check(text, "en", DraftField.APOLOGY))
    assert [text[f.start : f.end] for f in flagged] == ["if"]
    assert flagged[0].kind is FindingKind.CONDITIONAL


def test_typed_emoji_before_a_flagged_word_leave_its_underline_and_tooltip_on_it(
    window: MainWindow,
) -> None:
    window.new_incident()
    sheet = window.worksheet
    sheet.move_step(4)
    apology = sheet.widgets["apology"]
    assert isinstance(apology, QPlainTextEdit)
    apology.setFocus()
    type_text(apology, "🙂🙂 I'm sorry if you were upset")
    # "if" is code points 13–15 of the text, and UTF-16 units 15–17 in the document.
    assert underlined(apology) == [(15, 17, "if")]
    tip = tooltip_at(apology, 16)
    assert "“If” makes the apology depend on how they took it" in tip
    assert tooltip_at(apology, 13) == ""  # "y " before it, where the underline used to be
    listed = sheet.side.findings
    assert any(listed.item(row).text().startswith("“if”") for row in range(listed.count()))


@pytest.mark.parametrize(
    "text",
    [
        "🙂🙂 I'm sorry if you were upset, but it was just a small delay.",
        "I'm sorry if you were 𠀋 upset, but 😊 it was just \U0001d49c\U0001d49c a small delay.",
        "I'm sorry if you were upset, but it was just a small delay 😊",
        "😊 I was sorry, but",
        "👩‍💻🇸🇪 I'm sorry if you were upset 👩‍💻, but it was just a small delay.",
    ],
    ids=["before", "middle", "at-the-end", "flagged-word-ends-the-text", "joined-emoji"],
)
def test_underlines_and_tooltips_cover_exactly_the_flagged_words(
    coached: tuple[QPlainTextEdit, CoachHighlighter], text: str
) -> None:
    editor, highlighter = coached
    editor.setPlainText(text)
    assert_underlines_cover_the_findings(editor, highlighter)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ขอโทษครับ แต่ไฟล์ที่ส่งมาไม่ครบ แค่ล่าช้านิดหน่อย", "th"),
        ("আমি দুঃখিত, কিন্তু শুধু একটু দেরি হয়েছে।", "bn"),
        ("🙂 ขอโทษครับ แต่ไฟล์ที่ส่งมาไม่ครบ แค่ล่าช้านิดหน่อย 🙂", "th"),
    ],
    ids=["thai-marks", "bengali-marks", "thai-marks-and-emoji"],
)
def test_combining_marks_are_counted_alike_by_qt_and_the_coach(
    qtbot: QtBot, text: str, language: str
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(1200, 300)
    editor.show()
    qtbot.waitExposed(editor)
    highlighter = CoachHighlighter(editor, DraftField.APOLOGY, language)
    editor.setPlainText(text)
    assert_underlines_cover_the_findings(editor, highlighter)


def test_with_many_findings_those_near_the_cursor_are_underlined_after_emoji(
    coached: tuple[QPlainTextEdit, CoachHighlighter],
) -> None:
    """Which 40 are nearest the cursor is reckoned in one unit: emoji early in the text
    would otherwise push the cursor, as the coach reads it, far past its place."""
    editor, highlighter = coached
    editor.setPlainText("😊😊😊😊 Sorry if it was late, but it was just a small thing. " * 60)
    cursor = editor.textCursor()
    cursor.setPosition(units(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    editor.insertPlainText(" ")
    text = editor.toPlainText()
    where = len(text.encode("utf-16-le")[: 2 * editor.textCursor().position()].decode("utf-16-le"))
    shown = underlined(editor)
    nearest = sorted(spans(highlighter.findings), key=lambda f: abs((f.start + f.end) // 2 - where))
    expected = sorted((units(text[: f.start]), units(text[: f.end]), text[f.start : f.end])
                      for f in nearest[: len(shown)])  # fmt: skip
    assert shown == expected


def test_a_long_field_full_of_emoji_maps_every_position_both_ways() -> None:
    text = ("Sorry 😊 if \U0001d49c it was late 𠀋 ขอโทษ " * 4000)[:100_000]
    positions = TextPositions(text)
    qt = 0
    for index, char in enumerate(text):
        assert positions.to_qt(index) == qt
        assert positions.from_qt(qt) == index
        if ord(char) > 0xFFFF:
            assert positions.from_qt(qt + 1) == index  # between the halves: the emoji itself
        qt += 2 if ord(char) > 0xFFFF else 1
    assert positions.to_qt(len(text)) == qt == units(text)
    assert positions.from_qt(qt) == len(text)


@given(
    st.lists(
        st.one_of(awkward_text, st.sampled_from(["😊", "𠀋", "\U0001d49c", "\U0010ffff"]))
    ).map("".join)
)
def test_positions_agree_with_utf16_counts(text: str) -> None:
    positions = TextPositions(text)
    for index in range(len(text) + 1):
        unit = units(text[:index])
        assert positions.to_qt(index) == unit
        assert positions.from_qt(unit) == index
