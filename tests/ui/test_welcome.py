"""The first start welcomes a newcomer: start the journal or look around a sample one, and
where the journal lives; a journal that exists, or one asked for, starts without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import answer_next_dialog, press
from ui import welcome
from ui.app import is_first_start


def test_the_welcome_offers_both_ways_in_and_says_where_the_journal_lives(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = welcome.WelcomeDialog(tmp_path / "journal.amends")
    qtbot.addWidget(dialog)
    where = dialog.findChild(QLabel, "where")
    assert where is not None
    assert str(tmp_path / "journal.amends") in where.text()
    assert "never leaves this computer" in where.text()

    def enter_from_the_path(shown: QWidget) -> None:
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)
        QTest.mouseClick(where, Qt.MouseButton.LeftButton)  # as to select the path, to copy it
        assert QApplication.focusWidget() is where
        press(shown, Qt.Key.Key_Return)

    answer_next_dialog("", enter_from_the_path)
    dialog.exec()
    assert dialog.chosen == welcome.START  # Enter starts the journal, wherever the focus is


@pytest.mark.parametrize(
    ("button", "chosen"), [("start", welcome.START), ("look_around", welcome.LOOK_AROUND)]
)
def test_the_button_pressed_is_the_way_in(
    qtbot: QtBot, tmp_path: Path, button: str, chosen: str
) -> None:
    answer_next_dialog(button)
    assert welcome.welcome(tmp_path / "journal.amends") == chosen
    assert not (tmp_path / "journal.amends").exists()  # nothing is made until the window is


def test_closing_the_welcome_chooses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    answer_next_dialog("", lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert welcome.welcome(tmp_path / "journal.amends") == ""


def test_only_a_first_start_on_the_user_s_own_journal_is_welcomed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "data" / "journal.amends"
    monkeypatch.setattr("journal.storage.connection.default_journal_path", lambda **_: own)
    assert is_first_start(None, {})
    assert not is_first_start(tmp_path / "asked.amends", {})
    assert not is_first_start(None, {"AMENDS_DB": str(tmp_path / "env.amends")})
    own.parent.mkdir()
    own.write_bytes(b"")
    assert not is_first_start(None, {})


def test_looking_around_starts_amends_on_the_sample_journal() -> None:
    command = welcome.look_around_command()
    assert command[-1] == "--demo"
    shown = subprocess.run(
        [*command[:-1], "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "--demo" in shown.stdout and sys.executable == command[0]


@pytest.fixture
def own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own journal, where a start with no journal named looks for it; none yet."""
    path = tmp_path / "data" / "journal.amends"
    monkeypatch.setattr("journal.storage.connection.default_journal_path", lambda **_: path)
    monkeypatch.delenv("AMENDS_DB", raising=False)
    return path


def test_a_first_start_closed_at_the_welcome_makes_nothing(qtbot: QtBot, own: Path) -> None:
    from ui.app import run_window

    seen: list[str] = []
    answer_next_dialog("", lambda dialog: seen.append(dialog.windowTitle()))
    assert run_window(None) == 0
    assert seen == ["Welcome to Amends"]
    assert not own.exists()


def test_looking_around_from_the_welcome_opens_the_sample_journal_not_the_user_s(
    qtbot: QtBot, own: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import app

    opened: list[Path] = []

    class Opened(Exception):
        pass

    def journal_at(path: Path | None) -> None:
        opened.append(Path(path or own))
        raise Opened

    monkeypatch.setattr(app, "Journal", journal_at)
    monkeypatch.setattr(app, "demo_journal", lambda: tmp_path / "demo" / "demo.amends")
    answer_next_dialog("look_around")
    with pytest.raises(Opened):
        app.run_window(None)
    assert opened == [tmp_path / "demo" / "demo.amends"]
    assert not own.exists()


def test_a_start_without_the_journal_opened_last_says_which_journal_this_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal import preferences
    from journal.service import Journal
    from ui.app import _say_if_last_journal_is_gone
    from ui.main_window import MainWindow

    monkeypatch.delenv("AMENDS_DB", raising=False)
    gone = tmp_path / "usb" / "work.amends"
    preferences.remember_journal(gone)
    with Journal(tmp_path / "journal.amends") as usual:
        window = MainWindow(usual)
        qtbot.addWidget(window)
        _say_if_last_journal_is_gone(window)
        said = window.statusBar().currentMessage()
        window.close()
    assert str(gone) in said and str(tmp_path / "journal.amends") in said
    preferences.remember_journal(tmp_path / "journal.amends")  # on it: nothing to say
    with Journal(tmp_path / "journal.amends") as last:
        window = MainWindow(last)
        qtbot.addWidget(window)
        _say_if_last_journal_is_gone(window)
        assert "is not there now" not in window.statusBar().currentMessage()
        window.close()


def test_the_sample_journal_says_that_nothing_written_in_it_is_kept(
    qtbot: QtBot, journal_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from journal.service import Journal
    from ui.session import Session

    with Journal(journal_path) as sample:
        session = Session(sample, sample=True)
        qtbot.addWidget(session.window)
        assert "not kept" in session.window.windowTitle()
        notice = session.window.findChild(QLabel, "notice")
        assert notice is not None and "nothing you write here is kept" in notice.text()
        # Not in the status bar, where the first "Saved" would replace it.
        assert "kept" not in session.window.statusBar().currentMessage()
        session.window.close()
    with Journal(journal_path) as own:
        window = Session(own).window
        qtbot.addWidget(window)
        assert window.windowTitle() == f"Amends — {journal_path.name}"
        assert window.findChild(QLabel, "notice") is None
        window.close()


def test_a_journal_in_a_synced_folder_is_warned_of_as_it_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from journal.service import Journal
    from ui.app import serve
    from ui.crash import CrashHandler
    from ui.main_window import MainWindow

    with Journal(tmp_path / "Dropbox" / "work.amends") as synced:
        window = MainWindow(synced)
        qtbot.addWidget(window)
        crashes: list[CrashHandler] = []
        serve(window, crashes)
        with qtbot.waitSignal(window.browse.list_shown):
            window.show()
        qtbot.waitUntil(lambda: "Dropbox" in window.statusBar().currentMessage())
        window.close()
        for handler in crashes:
            handler.uninstall()
