"""Backups and the Trash from the window: made without thinking, restored with two clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import open_window
from ui.backups_dialog import BackupsDialog
from ui.main_window import MainWindow
from ui.trash_dialog import TrashDialog


def test_the_first_start_of_the_day_makes_a_checked_backup_once(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.incidents.create(full_incident())
    window = open_window(qtbot, journal)
    qtbot.waitUntil(lambda: len(journal.backups.list()) == 1, timeout=5000)
    (made,) = journal.backups.list()
    assert made.label == "daily" and oct(Path(made.path).stat().st_mode)[-3:] == "600"
    window.close()
    again = MainWindow(journal)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.browse.list_shown):  # and the keeping starts
        again.show()
    qtbot.waitUntil(lambda: not again.safe.keeper.is_reading(), timeout=5000)  # it is done
    assert len(journal.backups.list()) == 1  # one a day is enough
    again.close()


def test_a_backup_is_made_and_restored_from_the_window(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: len(journal.backups.list()) == 1)  # the day's first, made at start
    first = journal.incidents.create(full_incident(title="Before the backup")).incident
    dialog = BackupsDialog(journal, window, operations=window.operations)
    qtbot.addWidget(dialog)
    before = len(journal.backups.list())
    dialog.backup_now()  # off the window's thread, as File → Back up now
    qtbot.waitUntil(lambda: "Backed up" in dialog.note.text())
    assert len(journal.backups.list()) == before + 1
    assert dialog.table.rowCount() == before + 1 and "KiB" in dialog.table.item(0, 1).text()
    journal.incidents.create(full_incident(title="After the backup"))
    journal.incidents.delete(first.id or 0)
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore()
    qtbot.waitUntil(lambda: bool(restored))
    assert [row.title for row in journal.incidents.list_rows()] == ["Before the backup"]
    qtbot.waitUntil(lambda: window.browse.model.rowCount() == 1)
    names = [Path(info.path).name for info in journal.backups.list()]
    assert any("before-restore" in name for name in names)  # this can be undone too
    dialog.keep.setValue(3)
    assert journal.settings.backups_to_keep == 3


def test_the_trash_lists_restores_and_empties(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = journal.incidents.create(full_incident(title="One")).incident
    two = journal.incidents.create(full_incident(title="")).incident  # an unfinished draft
    journal.incidents.delete(one.id or 0)
    journal.incidents.delete(two.id or 0)
    dialog = TrashDialog(journal, window, operations=window.operations)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    titles = {dialog.table.item(row, 0).text() for row in range(2)}
    assert titles == {"One", "(no title yet)"}
    row = next(r for r in range(2) if dialog.table.item(r, 0).text() == "One")
    dialog.table.selectRow(row)
    dialog.restore()
    assert journal.incidents.get(one.id or 0).title == "One" and window.browse.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    dialog.empty()
    assert journal.trash.list() == [] and dialog.table.rowCount() == 0
    assert "empty" in dialog.note.text()


def test_a_damaged_journal_is_said_at_start_and_written_to_no_more(
    qtbot: QtBot, journal_file: Path
) -> None:
    from tests.journal.storage.test_damaged import damage_an_index
    from tests.ui.conftest import answer_next_dialog

    damage_an_index(journal_file)
    with Journal(journal_file) as journal:
        warned: list[str] = []
        answer_next_dialog("", lambda dialog: warned.append(dialog.text()))  # type: ignore[attr-defined]
        window = open_window(qtbot, journal)
        qtbot.waitUntil(lambda: bool(warned), timeout=5000)
        assert "damaged" in warned[0] and "Tree page" in warned[0].replace("tree", "Tree")
        assert "File → Backups" in window.statusBar().currentMessage()
        window.new_incident()
        editor = window.worksheet.widgets["what_happened"]
        editor.setPlainText("Written after the damage was found")  # type: ignore[attr-defined]
        assert not window.worksheet.save()
        assert "your text is still here" in window.statusBar().currentMessage()
        assert journal.incidents.count() == 200
        answer_next_dialog("leave")
        window.close()


def test_the_number_of_backups_kept_is_written_as_every_count_is(
    qtbot: QtBot, catalogues: Path
) -> None:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from journal import formats
    from ui.backups_dialog import keep_spin
    from ui.translation import install

    install("bn", catalogues)  # whose own digits Qt would otherwise write: "১০"
    spin = keep_spin(10)
    qtbot.addWidget(spin)
    assert QLocale().toString(10) != "10"
    assert spin.text() == formats.number(10) == "10"
    spin.lineEdit().selectAll()
    for digit in "১২":  # the language's own digits are read all the same
        typed = QKeyEvent(
            QKeyEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, digit
        )
        QApplication.sendEvent(spin, typed)
    spin.interpretText()
    assert spin.value() == 12 and spin.text() == "12"
