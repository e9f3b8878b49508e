"""Backups from the window: make one now, see them with their dates and sizes, restore one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.backups import RESTORED
from journal.errors import JournalError
from journal.formats import number
from journal.i18n import QT_TRANSLATE_NOOP
from journal.reports import BackupInfo
from journal.service import Journal
from journal.storage.backup import backup_folder
from ui.named import named
from ui.operations import Operations

WHY = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "the day's first start"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
    "": QT_TRANSLATE_NOOP("BackupsDialog", "made by you"),  # Back up now, or `amends backup`
}
BEFORE_UPGRADE = QT_TRANSLATE_NOOP("BackupsDialog", "before an upgrade")


def describe(info: BackupInfo) -> tuple[str, str, str]:
    """When it was made (local time), how large it is, and why it was made."""
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if info.size < 1024**2:
        size = QCoreApplication.translate("BackupsDialog", "{size} KiB")
        size = size.format(size=number(round(info.size / 1024)))
    else:
        size = QCoreApplication.translate("BackupsDialog", "{size} MiB")
        size = size.format(size=number(round(Decimal(info.size) / 1024**2, 1)))
    why = WHY.get(info.label, BEFORE_UPGRADE if info.label.startswith("before-") else "")
    return when, size, QCoreApplication.translate("BackupsDialog", why) if why else ""


class BackupsDialog(QDialog):
    restored = Signal(object)  # Changes: everything, once a backup replaced the journal

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.operations = operations or Operations(self)  # the window's, to tell its views
        self.setWindowTitle(self.tr("Backups"))
        folder = backup_folder(journal.path)
        about = QLabel(
            self.tr(
                "Amends keeps checked copies of your journal: on the first start of each day, "
                "before an upgrade and before a restore. They are in {folder}."
            ).format(folder=folder),
            wordWrap=True,
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.table = named(QTableWidget(0, 3), "backups")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Why")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.keep = keep_spin(journal.settings.backups_to_keep)
        self.keep.valueChanged.connect(self.set_keep)
        keep_row = keep_layout(self.keep)
        self.note = named(QLabel(wordWrap=True), "note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        now = named(QPushButton(self.tr("&Back up now")), "backup_now")
        now.clicked.connect(self.backup_now)
        self.restore_button = named(QPushButton(self.tr("&Restore…")), "restore_backup")
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(600, 420)
        self.fill()

    def fill(self) -> None:
        self.found = self.journal.backups.list()
        self.table.setRowCount(len(self.found))
        for row, info in enumerate(self.found):
            for column, text in enumerate(describe(info)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 1):  # the date and the size whole; why takes the rest
            self.table.resizeColumnToContents(column)
        if self.found:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.found))

    def set_keep(self, keep: int) -> None:
        try:
            self.journal.settings.set_backups_to_keep(keep)
        except JournalError as error:
            self.note.setText(error.in_window())

    def backup_now(self) -> None:
        """A backup made off the window's thread, as File → Back up now makes it."""
        from ui.file_actions import back_up
        from ui.file_words import NO_BACKUP, translated

        def made(info: BackupInfo) -> None:
            self.fill()
            self.note.setText(self.tr("Backed up: {path}").format(path=info.path))

        def failed(error: JournalError) -> None:
            self.note.setText(translated(NO_BACKUP).format(reason=error.in_window()))

        back_up(self, self.journal, made, failed)

    def restore(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return
        info = self.found[row]
        when = describe(info)[0]
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the journal with the backup made {when}? Everything written since then "
                "is replaced; the journal as it is now is backed up first, so this can be undone "
                "by restoring that backup."
            ).format(when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ui.file_actions import restore_backup
        from ui.file_words import NOT_RESTORED, translated

        def restored(_: Path) -> None:
            self.operations.announce(RESTORED)
            self.fill()
            self.note.setText(self.tr("Restored the backup made {when}.").format(when=when))
            self.restored.emit(RESTORED)

        def failed(error: JournalError) -> None:
            self.note.setText(translated(NOT_RESTORED).format(reason=error.in_window()))

        restore_backup(self, self.journal, Path(info.path), restored, failed)


class CountSpin(QSpinBox):
    """A count written in the digits every count in Amends is written in ("10", where Qt
    would write "১০" in Bengali); typed, it is read in those or the language's own ("১২")."""

    def __init__(self) -> None:
        super().__init__(minimum=1, maximum=999)

    def textFromValue(self, value: int) -> str:
        return number(value)


def keep_spin(now: int) -> QSpinBox:
    """How many backups are kept, to change."""
    spin = named(CountSpin(), "keep")
    spin.setValue(now)
    return spin


def keep_layout(spin: QSpinBox) -> QHBoxLayout:
    """ "Keep the newest [10] backups", in the words of the language spoken."""
    row = QHBoxLayout()
    label = QLabel(
        QCoreApplication.translate(
            "BackupsDialog", "&Keep the newest", "before the number of backups kept"
        )
    )
    label.setBuddy(spin)
    row.addWidget(label)
    row.addWidget(spin)
    after = QCoreApplication.translate(
        "BackupsDialog", "backups", "after the number of backups kept"
    )
    row.addWidget(QLabel(after))
    row.addStretch()
    return row
