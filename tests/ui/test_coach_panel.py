"""The coach's list beside the worksheet: always the underlines' findings, grouped by field,
each once, scrolling when long, and a click on one puts the cursor on its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.worksheet import Worksheet
from ui.worksheet_side import FINDING


def listed(sheet: Worksheet) -> list[str]:
    found = sheet.side.findings
    return [found.item(row).text() for row in range(found.count())]


def underlined(editor: QPlainTextEdit) -> list[str]:
    return sorted(s.cursor.selectedText() for s in editor.extraSelections())


def quoted(sheet: Worksheet) -> list[str]:
    """The words each listed finding quotes, in the order listed."""
    items = (sheet.side.findings.item(row) for row in range(sheet.side.findings.count()))
    return [item.text()[1:].split("”")[0] for item in items if item.text().startswith("“")]


def call_step(window: MainWindow) -> Worksheet:
    window.new_incident()
    sheet = window.worksheet
    sheet.move_step(4)
    return sheet


def shown_call_step(window: MainWindow, qtbot: QtBot, width: int, height: int) -> Worksheet:
    """The call's step of a new incident, in a window of this size on the screen."""
    sheet = call_step(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return sheet


def test_the_list_follows_every_keystroke(window: MainWindow, qtbot: QtBot) -> None:
    sheet = call_step(window)
    apology = sheet.widgets["apology"]
    assert isinstance(apology, QPlainTextEdit)
    apology.setFocus()
    for char in "I'm sorry if you were upset":
        type_text(apology, char)
        assert sorted(quoted(sheet)) == underlined(apology)  # never a keystroke behind
    assert "if" in quoted(sheet)
    for _ in " if you were upset":
        qtbot.keyClick(apology, Qt.Key.Key_Backspace)
        assert sorted(quoted(sheet)) == underlined(apology)
    assert quoted(sheet) == [] and underlined(apology) == []


def test_findings_are_grouped_under_their_fields(window: MainWindow) -> None:
    sheet = call_step(window)
    type_text(sheet.widgets["summary"], "Sorry if the delay hurt.")
    type_text(sheet.widgets["apology"], "I'm sorry, but it was just a small thing.")
    shown = listed(sheet)
    summary, apology = shown.index("What you will say"), shown.index("The apology")
    assert summary < apology
    heading = sheet.side.findings.item(apology).flags()  # in the text's colour, not greyed out
    assert heading & Qt.ItemFlag.ItemIsEnabled and not heading & Qt.ItemFlag.ItemIsSelectable
    between = shown[summary + 1 : apology]
    assert any("“if”" in line or "“Sorry if”" in line for line in between)
    assert any("“but”" in line for line in shown[apology + 1 :])
    assert not any("“but”" in line for line in between)


def test_the_same_blame_is_listed_once(window: MainWindow) -> None:
    sheet = call_step(window)
    type_text(sheet.widgets["apology"], "I'm sorry. The hosting company caused it, not me.")
    blames = [line for line in listed(sheet) if "company" in line or "caused" in line]
    assert len(blames) == 1


def test_a_long_list_scrolls_and_a_click_goes_to_the_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    sheet = shown_call_step(window, qtbot, 1024, 640)
    apology = sheet.widgets["apology"]
    assert isinstance(apology, QPlainTextEdit)
    faults = (
        "I'm sorry if you were upset, but it was just a small delay. "
        "Mistakes were made. The courier lost the parcel. Sorry you feel that way. "
        "It was only a tiny typo. Your team never sent the copy. The server was down, so "
        "I missed it. Sorry if that hurt, but it was a minor slip. "
    )
    type_text(apology, faults)
    found = sheet.side.findings
    assert found.count() >= 10
    bar = found.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)  # longer than the panel: it scrolls
    last = found.item(found.count() - 1)
    found.scrollToItem(last)
    assert bar.value() > 0
    name, (index,) = last.data(FINDING)
    finding = sheet.highlighters[name].findings[index]
    found.itemClicked.emit(last)
    cursor = apology.textCursor()
    assert cursor.selectedText() == faults[finding.start : finding.end]
    assert apology.hasFocus() or window.focusWidget() is apology


def test_the_same_words_found_again_and_again_are_one_line_that_goes_to_each(
    window: MainWindow, qtbot: QtBot
) -> None:
    sheet = call_step(window)
    apology = sheet.widgets["apology"]
    assert isinstance(apology, QPlainTextEdit)
    type_text(apology, "The courier lost the parcel. " * 3 + "It was just a small delay.")
    said = [sheet.side.findings.item(i).text() for i in range(sheet.side.findings.count())]
    blamed = [line for line in said if "someone else" in line]
    assert len(blamed) == 1 and "(×3)" in blamed[0]
    assert blamed[0].startswith("“The courier lost” (×3): ")  # beside the words, where seen
    line = sheet.side.findings.item(said.index(blamed[0]))
    starts = []
    for _ in range(4):  # each click, the next place it recurs; after the last, the first
        sheet.side.findings.itemClicked.emit(line)
        starts.append(apology.textCursor().selectionStart())
    assert starts[0] < starts[1] < starts[2] and starts[3] == starts[0]
    assert apology.textCursor().selectedText() == "The courier lost"


def test_with_nothing_found_the_notes_beside_the_step_stay_together_at_the_top(
    window: MainWindow, qtbot: QtBot
) -> None:
    sheet = shown_call_step(window, qtbot, 1280, 800)
    summary = sheet.widgets["summary"]
    assert isinstance(summary, QPlainTextEdit)
    type_text(summary, "I missed the launch date we agreed on. I have fixed the site.")
    side = sheet.side
    qtbot.waitUntil(lambda: side.meter.isVisible())
    assert not side.findings.isVisible()
    guidance, meter = side.guidance.geometry(), side.meter.geometry()
    assert guidance.height() <= side.guidance.sizeHint().height() + 2
    assert meter.top() - guidance.bottom() < 30  # not spread over the panel's height
