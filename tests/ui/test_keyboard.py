"""A whole incident, every step and field, written with the keyboard alone, in reading order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from journal.domain import Action, FixStatus, Question, Severity, Status
from journal.service import Journal
from tests.ui.conftest import press, type_text
from ui.fields import STEPS, FieldSpec
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = {
    "client": "Ingrid Ström",
    "title": "Katalogen kom en vecka för sent",
    "project": "Vårkatalog",
    "occurred_on": "2026-05-04",
    "category": "missed deadline",
    "severity": "c",  # a closed list: the first letter picks "critical"
    "what_happened": "ส่งไฟล์แคตตาล็อกให้โรงพิมพ์ช้าไปหนึ่งสัปดาห์",
    "impact": "ক্লায়েন্টের বসন্তের বিক্রি এক সপ্তাহ পিছিয়ে গেল।",
    "whys": "Jag lovade ett datum utan att fråga tryckeriet.\nJag hade ingen buffert.",
    "root_cause": "Inga marginaler i tidplanen.",
    "ownership": "Jag satte datumet själv.",
    "fix": "Katalogen är tryckt och levererad.",
    "fix_status": "d",  # done
    "prevention": "Jag frågar tryckeriet innan jag lovar ett datum.",
    "tags": "tryck,katalog",  # a comma ends a tag, Tab ends the last
    "actions": "Lägg till en veckas buffert i varje tidplan",
    "offer": "Rabatt på nästa katalog",
    "value": "1500",
    "currency": "SEK",
    "surprise": "Ett handskrivet kort.",
    "summary": "Katalogen kom en vecka sent för att jag lovade fel datum. "
    "Den är levererad och jag lägger nu alltid in en buffert.",
    "apology": "Förlåt, jag lovade ett datum jag inte kunde hålla.",
    "empathy": "Du hade planerat hela vårens försäljning kring katalogen.",
    "questions": "Händer det igen?",
    "call_at": "2026-05-06 10:00",
    "delivered_on": "2026-05-10",
    "notes": "Hon tog emot rabatten.",
    "client_stayed": "y",
    "advocate": "y",
    "status": "r",  # resolved
}


ANSWER = "Nej, varje tidplan har nu en veckas buffert."
STEP_DUE = "2026-06-01"


def _write(focused: QWidget, spec: FieldSpec, text: str) -> None:
    """Type `text` into the field as a person would, with the keyboard alone; the focus ends
    on the field's last stop, so Tab goes on to the next field."""
    if spec.kind == "actions":  # Add step, the step, its due day, ticked done, on to Add step
        press(focused, Qt.Key.Key_Space)
        for keys in (text, Qt.Key.Key_Tab, STEP_DUE, Qt.Key.Key_Tab, Qt.Key.Key_Space):
            _key_or_text(keys)
        for _ in range(3):  # the done day, the step's remove button, Add step
            press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget().objectName() == "add"
    elif spec.kind == "questions":  # Add question, the question, its answer, on to Add question
        press(focused, Qt.Key.Key_Space)
        for keys in (text, Qt.Key.Key_Tab, ANSWER, Qt.Key.Key_Tab, Qt.Key.Key_Tab):
            _key_or_text(keys)
        assert QApplication.focusWidget().objectName() == "add"
    elif spec.name == "delivered_on":  # then the Delivered tick beside it, ticked by the day
        type_text(focused, text)
        press(focused, Qt.Key.Key_Tab)
        tick = QApplication.focusWidget()
        assert isinstance(tick, QCheckBox) and tick.isChecked()
    else:
        type_text(focused, text)


def _key_or_text(keys: str | Qt.Key) -> None:
    if isinstance(keys, str):
        type_text(QApplication.focusWidget(), keys)
    else:
        press(QApplication.focusWidget(), keys)


def _any_value(spec: FieldSpec) -> str:
    """What to type into a field declared since the test was written, by its kind."""
    others = {"date": "2026-05-04", "datetime": "2026-05-06 10:00", "amount": "10"}
    if spec.kind == "choice":
        return spec.choices[-1][:1] if spec.choices else "o"
    return others.get(spec.kind, "Skrivet med tangentbordet.")


def test_every_step_is_written_with_the_keyboard_in_reading_order(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    press(window, Qt.Key.Key_N, CTRL)
    sheet = window.worksheet
    for number, step in enumerate(STEPS):
        if number:
            press(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
        assert sheet.steps.currentRow() == number
        for spec in step.fields:
            focused = QApplication.focusWidget()
            owner = sheet.widgets[spec.name]
            assert focused is owner or owner.isAncestorOf(focused), spec.name
            _write(focused, spec, TYPED.get(spec.name) or _any_value(spec))
            press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: journal.incidents.count() == 1, timeout=5000)
    press(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)  # back to the journal: saved now
    saved = journal.incidents.get(journal.incidents.list_ids()[0])
    assert (saved.client.name, saved.title, saved.project) == (
        "Ingrid Ström",
        TYPED["title"],
        "Vårkatalog",
    )
    assert (saved.occurred_on, saved.category, saved.severity) == (
        dt.date(2026, 5, 4),
        "missed deadline",
        Severity.CRITICAL,
    )
    assert saved.what_happened == TYPED["what_happened"] and saved.impact == TYPED["impact"]
    assert len(saved.whys) == 2 and saved.root_cause == TYPED["root_cause"]
    assert saved.fix_status is FixStatus.DONE
    assert saved.tags == ("tryck", "katalog")
    assert saved.actions == (Action(TYPED["actions"], dt.date(2026, 6, 1), journal.today()),)
    assert saved.compensation.delivered_on == dt.date(2026, 5, 10)
    assert (saved.compensation.value, saved.compensation.currency) == (1500.0, "SEK")
    assert saved.summary == TYPED["summary"] and saved.empathy == TYPED["empathy"]
    assert saved.questions == (Question(TYPED["questions"], ANSWER),)
    assert saved.call_at is not None and saved.call_at.hour == 10
    assert saved.outcome.client_stayed is True and saved.outcome.advocate is True
    assert saved.status is Status.RESOLVED
    assert all(sheet.step_ticked(row) for row in range(len(STEPS)))


def test_every_menu_entry_has_a_shortcut_once_the_list_shows(window: MainWindow) -> None:
    entries = {
        action.text(): action.shortcut().toString()
        for menu in window.menus
        for action in menu.actions()
        if not action.isSeparator()
        and not action.menu()  # the Appearance submenu's choices are for the mouse and Alt
    }
    assert [menu.title() for menu in window.menus] == [
        "&File",
        "&Edit",
        "&Incident",
        "&View",
        "&Worksheet",
        "&Help",
    ]
    assert len(entries) == 32
    # Read once, from the Help menu: the sample incidents, and About.
    for once in ("&Look around with sample incidents", "&About Amends"):
        assert entries.pop(once) == ""
    assert entries["&Guide to the method"] == "F1" and entries["&Keyboard shortcuts"] == "Ctrl+/"
    assert entries["&Copy"] == "Ctrl+C" and entries["Select &all"] == "Ctrl+A"
    assert entries["&Settings…"] == "Ctrl+,"
    assert entries["&Open journal…"] == "Ctrl+O" and entries["&Import…"] == "Ctrl+Shift+I"
    assert entries["&New incident"] == "Ctrl+N" and entries["&Patterns"] == "Ctrl+3"
    assert all(entries.values()), entries
