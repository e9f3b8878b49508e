"""F1 from the worksheet opens the guide at the step shown; the Help menu's entries work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal.fields import Step
from tests.ui.conftest import press
from tests.ui.test_help import first_heading_shown, step_title
from ui.about_dialog import AboutDialog
from ui.help_dialog import SHORTCUTS, HelpWindow
from ui.main_window import MainWindow


def test_f1_in_the_worksheet_opens_the_guide_at_the_step_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_incident()
    window.worksheet.show_step(Step.MAKE_IT_RIGHT)
    press(window.focusWidget(), Qt.Key.Key_F1)
    shown = window.findChild(HelpWindow)
    assert shown is not None and shown.isVisible()
    qtbot.waitExposed(shown)
    assert first_heading_shown(shown) == step_title(Step.MAKE_IT_RIGHT, "en")
    entries = {a.text(): a for a in window.menus[-1].actions()}
    entries["&Keyboard shortcuts"].trigger()
    assert shown.pages.currentIndex() == SHORTCUTS
    entries["&About Amends"].trigger()
    assert window.findChild(AboutDialog).isVisible()
