"""Alt and a letter: in every language, one letter opens one menu or presses one button."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QTabWidget
from pytestqt.qtbot import QtBot

from journal import i18n
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import open_window
from ui.follow_up import FollowUpTools
from ui.translation import install

FOLLOW_UP_STEP = 5
_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(texts: list[str]) -> list[str]:
    letters = [(_letter(text), text) for text in texts]
    return [
        text
        for letter, text in letters
        if letter and sum(other == letter for other, _ in letters) > 1
    ]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_two_menus_tabs_or_step_buttons_share_their_alt_letter(
    qtbot: QtBot, journal: Journal, catalogues: Path, language: str
) -> None:
    install(language, catalogues)
    journal.incidents.create(full_incident())
    window = open_window(qtbot, journal)
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    named_tabs = [tabs.tabText(index) for index in range(tabs.count())]
    assert not _clashes(menus + named_tabs)  # both answer Alt in the journal's view
    window.show_view(1)
    clients = window._clients
    assert clients is not None
    client_buttons = [button.text() for button in clients.findChildren(QAbstractButton)]
    assert any("&" in text for text in client_buttons)
    assert not _clashes(menus + named_tabs + client_buttons)  # and in the clients' view
    window.show_view(0)
    window.open_incident(1)
    window.worksheet.move_step(FOLLOW_UP_STEP)
    tools = window.worksheet.findChild(FollowUpTools)
    assert tools is not None
    buttons = [button.text() for button in tools.findChildren(QAbstractButton)]
    assert len(buttons) >= 3 and not _clashes(menus + buttons)  # and in the follow-up step
    window.close()
