"""A whole incident, every step and field, written with the keyboard alone, in reading order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.domain import FixStatus, Severity, Status
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
    "actions": "2026-06-01 Lägg till en veckas buffert i varje tidplan",
    "offer": "Rabatt på nästa katalog",
    "value": "1500",
    "currency": "SEK",
    "surprise": "Ett handskrivet kort.",
    "summary": "Katalogen kom en vecka sent för att jag lovade fel datum. "
    "Den är levererad och jag lägger nu alltid in en buffert.",
    "apology": "Förlåt, jag lovade ett datum jag inte kunde hålla.",
    "empathy": "Du hade planerat hela vårens försäljning kring katalogen.",
    "questions": "Händer det igen? — Nej, varje tidplan har nu en veckas buffert.",
    "call_at": "2026-05-06 10:00",
    "notes": "Hon tog emot rabatten.",
    "client_stayed": "y",
    "advocate": "y",
    "status": "r",  # resolved
}


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
            type_text(focused, TYPED.get(spec.name) or _any_value(spec))
            press(focused, Qt.Key.Key_Tab)
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
    assert saved.actions[0].due_on == dt.date(2026, 6, 1)
    assert (saved.compensation.value, saved.compensation.currency) == (1500.0, "SEK")
    assert saved.summary == TYPED["summary"] and saved.empathy == TYPED["empathy"]
    assert saved.questions[0].answer.startswith("Nej")
    assert saved.call_at is not None and saved.call_at.hour == 10
    assert saved.outcome.client_stayed is True and saved.outcome.advocate is True
    assert saved.status is Status.RESOLVED
    assert all(sheet.steps.item(row).text().startswith("✓") for row in range(len(STEPS)))


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
        "&Incident",
        "&View",
        "&Worksheet",
    ]
    assert len(entries) == 21
    assert entries["&Open journal…"] == "Ctrl+O" and entries["&Import…"] == "Ctrl+Shift+I"
    assert entries["&New incident"] == "Ctrl+N" and entries["&Patterns"] == "Ctrl+3"
    assert all(entries.values()), entries
