"""A bug gets a report and a dialog saying the writing is safe, and Amends runs on; the
environment's faults get their plain message and no report."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal.errors import JournalReadOnly
from journal.service import Journal
from tests.ui.conftest import type_text
from ui import crash
from ui.crash import CrashHandler
from ui.main_window import MainWindow
from ui.reader import Job
from ui.unsaved import RESCUE_PREFIX

SECRET = "Jag glömde skicka fakturan till Åsa."


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box shown (none waits for a person)."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.detailedText()}")
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@contextmanager
def handling(window: MainWindow, folder: Path) -> Iterator[CrashHandler]:
    """Inside a test's body (pytest-qt puts its own hook in place for each phase)."""
    handler = CrashHandler(window, window.keep_after_bug, window.show_status, folder).install()
    try:
        yield handler
    finally:
        handler.uninstall()


def _boom() -> None:
    raise ValueError("a bug in a slot")


def _reports(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{crash.REPORT_PREFIX}*.log")) if folder.exists() else []


def test_a_bug_in_a_slot_is_reported_and_the_window_runs_on(
    qtbot: QtBot, window: MainWindow, journal: Journal, tmp_path: Path, dialogs: list[str]
) -> None:
    folder = tmp_path / "data" / "logs"
    with handling(window, folder):
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: bool(dialogs))
    (report,) = _reports(folder)
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError: a bug in a slot" in text and "_boom" in text
    assert oct(report.stat().st_mode)[-3:] == "600" and oct(folder.stat().st_mode)[-3:] == "700"
    (said,) = dialogs
    assert said.startswith(crash.TITLE) and str(report) in said and "safe" in said
    assert "_boom" in said  # the traceback, under Show Details
    assert crash.BUG in window.statusBar().currentMessage()
    window.new_incident()  # and it goes on working
    assert window.in_worksheet()


def test_a_bug_while_writing_saves_the_draft_and_keeps_the_user_s_words_out_of_the_report(
    qtbot: QtBot, window: MainWindow, journal: Journal, tmp_path: Path, dialogs: list[str]
) -> None:
    window.new_incident()
    editor = window.worksheet.widgets["what_happened"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setFocus()
    type_text(editor, SECRET)
    folder = tmp_path / "logs"
    with handling(window, folder):
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: bool(dialogs))
    (row,) = journal.incidents.list_rows()
    assert journal.incidents.get(row.id).what_happened == SECRET  # saved as the dialog appeared
    assert crash.SAVED in dialogs[0]
    assert SECRET not in _reports(folder)[0].read_text(encoding="utf-8")
    assert window.worksheet.values()["what_happened"] == SECRET  # still in the window


def test_a_bug_when_the_draft_cannot_be_saved_keeps_it_in_a_file_too(
    qtbot: QtBot,
    window: MainWindow,
    journal: Journal,
    tmp_path: Path,
    dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.new_incident()
    editor = window.worksheet.widgets["what_happened"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setFocus()
    type_text(editor, SECRET)
    monkeypatch.setattr(
        journal.incidents, "edit", lambda *_: (_ for _ in ()).throw(JournalReadOnly("ro"))
    )
    with handling(window, tmp_path / "logs"):
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: bool(dialogs))
    (kept,) = journal.path.parent.glob(f"{RESCUE_PREFIX}*.txt")
    assert SECRET in kept.read_text(encoding="utf-8") and str(kept) in dialogs[0]
    assert window.worksheet.values()["what_happened"] == SECRET
    monkeypatch.undo()  # writable again: closing saves, and asks nobody


def test_the_environment_s_fault_is_said_plainly_with_no_report(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[str]
) -> None:
    message = "The journal is read-only, so this change was not saved."

    def read_only() -> None:
        raise JournalReadOnly(message)

    folder = tmp_path / "logs"
    with handling(window, folder):
        QTimer.singleShot(0, read_only)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert dialogs == [] and _reports(folder) == []


def test_a_bug_in_a_reader_job_or_another_thread_is_reported_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[str]
) -> None:
    folder = tmp_path / "logs"

    def broken(_: Journal) -> int:
        raise KeyError("a bug on the reader's thread")

    def elsewhere() -> None:
        raise RuntimeError("a bug on a thread of its own")

    with handling(window, folder):
        window.reader.submit(Job("patterns", broken, lambda _: None))
        qtbot.waitUntil(lambda: len(dialogs) == 1)
        thread = threading.Thread(target=elsewhere, name="elsewhere")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(dialogs) == 2)
    texts = [report.read_text(encoding="utf-8") for report in _reports(folder)]
    assert any("KeyError" in text and "broken" in text for text in texts)
    assert any("RuntimeError" in text and "'elsewhere'" in text for text in texts)


def test_a_bug_that_comes_back_is_not_shown_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[str]
) -> None:
    folder = tmp_path / "logs"
    with handling(window, folder):
        for _ in range(3):
            QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: "again" in window.statusBar().currentMessage())
        qtbot.wait(20)
    assert len(dialogs) == 1 and len(_reports(folder)) == 1


def test_reports_go_beside_the_journal_s_default_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    monkeypatch.setenv("AMENDS_DB", str(tmp_path / "data" / "journal.amends"))
    assert crash.reports_folder() == tmp_path / "data" / "logs"


def test_the_report_can_be_copied_and_the_dialog_stays_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    still_open: list[bool] = []

    def exec_(box: QMessageBox) -> int:
        box.show()
        button = box.findChild(QPushButton, "copy_report")
        assert button is not None
        button.click()
        still_open.append(box.isVisible())
        box.close()
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    folder = tmp_path / "data" / "logs"
    with handling(window, folder):
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: bool(still_open))
    (report,) = _reports(folder)
    assert still_open == [True]
    assert QGuiApplication.clipboard().text() == report.read_text(encoding="utf-8")
