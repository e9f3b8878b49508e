"""The Trash: deleted incidents, restored with their own numbers or removed for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.domain import TRASH_DAYS, Changes
from journal.errors import JournalError
from journal.service import Journal
from journal.words import untitled
from ui.named import named
from ui.operations import Operations


class TrashDialog(QDialog):
    changed = Signal(object)  # Changes: what came back, for the views to show

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
        self.setWindowTitle(self.tr("Trash"))
        self.table = named(QTableWidget(0, 3), "trash")
        headers = [self.tr("Title"), self.tr("Client"), self.tr("Deleted")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable)
        about = QLabel(
            self.tr(
                "Deleted incidents wait here for %n day(s), then they are removed for good. "
                "Emptying the Trash removes them now, and wipes their words from the journal file.",
                "",
                TRASH_DAYS,
            ),
            wordWrap=True,
        )
        self.note = named(QLabel(wordWrap=True), "note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = named(QPushButton(self.tr("&Restore")), "restore")
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = named(QPushButton(self.tr("&Empty Trash…")), "empty_trash")
        self.empty_button.clicked.connect(self.empty)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        for widget in (about, self.table, self.note, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)
        self.fill()

    def fill(self) -> None:
        items = self.journal.trash.list()
        self.table.setRowCount(len(items))
        no_title = untitled()
        for row, item in enumerate(items):
            when = item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((item.title or no_title, item.client or "—", when)):
                cell = QTableWidgetItem(" ".join(text.split()))
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        for column in (1, 2):  # the client and the date whole; the title takes the rest
            self.table.resizeColumnToContents(column)
        if items:
            self.table.selectRow(0)
        else:
            self.note.setText(self.tr("The Trash is empty."))
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.chosen()))
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    def chosen(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = (self.table.item(row, 0) for row in rows)
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def restore(self) -> None:
        ids = self.chosen()
        try:
            changes = self.operations.run(lambda: self.journal.trash.restore(ids))
        except JournalError as error:
            self.note.setText(error.in_window())
            return
        self.fill()
        count = len(ids)
        if count == 1:
            self.note.setText(self.tr("Restored: it is back in the journal."))
        else:
            restored = self.tr("Restored %n.", "incidents brought back from the Trash", count)
            self.note.setText(restored)
        self.changed.emit(changes)

    def empty(self) -> None:
        count = self.table.rowCount()
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            self.tr(
                "Remove this incident for good? They cannot be restored from the Trash "
                "afterwards (backups made before now still hold them)."
            )
            if count == 1
            else self.tr(
                "Remove these %n incident(s) for good? They cannot be restored from the Trash "
                "afterwards (backups made before now still hold them).",
                "",
                count,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.operations.run(self.journal.trash.empty, lambda _: Changes(trash=True))
        except JournalError as error:
            self.note.setText(error.in_window())
            return
        self.fill()
        self.note.setText(
            self.tr("The Trash is empty; what was in it is gone from the journal file.")
        )
