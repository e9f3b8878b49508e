"""The follow-up step: a message drafted from the worksheet, checked by the coach, copied or
opened in the mail app, and the day it was sent kept on the incident."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal.domain import Client
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import type_text
from ui.follow_up import FollowUpTools
from ui.main_window import MainWindow
from ui.worksheet import Worksheet

FOLLOW_UP_STEP = 5


def opened(window: MainWindow, journal: Journal, **changes: object) -> Worksheet:
    saved = journal.incidents.create(full_incident(**changes)).incident
    window.open_incident(saved.id)
    window.worksheet.move_step(FOLLOW_UP_STEP)
    return window.worksheet


def tools_of(sheet: Worksheet) -> FollowUpTools:
    found = sheet.findChild(FollowUpTools)  # under the message, on the follow-up step
    assert isinstance(found, FollowUpTools)
    return found


def message(sheet: Worksheet) -> QPlainTextEdit:
    editor = sheet.widgets["follow_up"]
    assert isinstance(editor, QPlainTextEdit)
    return editor


def test_a_draft_is_made_from_the_worksheet_and_saved(window: MainWindow, journal: Journal) -> None:
    sheet = opened(window, journal)
    tools_of(sheet).draft()
    text = message(sheet).toPlainText()
    assert "I am sorry: I missed the launch date we agreed on." in text
    assert "Book payment tests a week before launch (by Mar 20, 2026)" in text
    assert sheet.save()
    assert journal.incidents.get(sheet.incident_id() or 0).follow_up == text


def test_drafting_over_a_written_message_can_be_undone(
    window: MainWindow, journal: Journal
) -> None:
    sheet = opened(window, journal, follow_up="Mine, written by hand.")
    tools_of(sheet).draft()
    assert message(sheet).toPlainText() != "Mine, written by hand."
    message(sheet).undo()
    assert message(sheet).toPlainText() == "Mine, written by hand."


def test_nothing_to_draft_from_says_so(window: MainWindow, journal: Journal, qtbot: QtBot) -> None:
    sheet = opened(window, journal, apology="", summary="")
    with qtbot.waitSignal(sheet.status) as said:
        tools_of(sheet).draft()
    assert "Write the apology" in said.args[0] and said.args[1] is True
    assert message(sheet).toPlainText() == ""


def test_the_coach_reads_the_message_like_an_apology(window: MainWindow, journal: Journal) -> None:
    sheet = opened(window, journal)
    editor = message(sheet)
    editor.setFocus()
    type_text(editor, "Sorry if the launch upset you, but the provider was slow.")
    kinds = {finding.kind.value for finding in sheet.highlighters["follow_up"].findings}
    assert {"conditional", "but"} <= kinds
    listed = [sheet.side.findings.item(row).text() for row in range(sheet.side.findings.count())]
    assert "Follow-up message" in listed


def test_copy_puts_the_message_on_the_clipboard(window: MainWindow, journal: Journal) -> None:
    sheet = opened(window, journal, follow_up="Hej Åsa,\n\nförlåt. ขอโทษ 🙏")
    tools_of(sheet).copy()
    assert QApplication.clipboard().text() == "Hej Åsa,\n\nförlåt. ขอโทษ 🙏"


def test_open_in_mail_app_writes_to_the_client(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)
    sheet = opened(window, journal, follow_up="Hej Åsa & team,\nförlåt?")
    tools_of(sheet).open_mail()
    (url,) = asked
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto" and unquote(parts.path) == "asa@example.se"
    assert query["body"] == ["Hej Åsa & team,\nförlåt?"]
    assert query["subject"] == ["About Missed the shop launch"]


def test_a_client_without_an_address_is_said_and_where_to_give_one(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)
    sheet = opened(window, journal, client=Client("Zoran Petković"), follow_up="Pozdrav Zorane,")
    tools_of(sheet).open_mail()
    (url,) = asked
    assert url.path() == ""
    said = window.statusBar().currentMessage()
    assert "no e-mail address" in said and "Edit details" in said


def test_sent_today_is_kept_on_the_incident(window: MainWindow, journal: Journal) -> None:
    sheet = opened(window, journal, follow_up="Hello Åsa, …")
    tools_of(sheet).sent_today()
    assert sheet.save()
    stored = journal.incidents.get(sheet.incident_id() or 0)
    assert stored.follow_up_sent_on == journal.today()
    assert dataclasses.replace(stored, follow_up_sent_on=None).follow_up == "Hello Åsa, …"


def test_preview_briefing_in_the_worksheet_opens_the_briefing(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(MainWindow, "save_briefing", lambda self: asked.append(True))
    sheet = opened(window, journal)
    sheet.briefing_requested.emit()
    assert asked == [True]
