"""Names matching what is typed in a field, listed under it in the form, not in a popup over
the next field: a click elsewhere goes where it was aimed. Down and Up choose a name, Enter
takes it, Escape closes the list; the cursor stays in the field to type on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem

from journal.naming import name_key
from ui.named import named

MOST = 6  # names listed at once


class Suggestions(QListWidget):
    """The names of `field`'s suggestions; `picked` says which one was taken."""

    picked = Signal(str)

    def __init__(self, field: QLineEdit, name: str, tip: str) -> None:
        super().__init__()
        named(self, name, tip)
        self.setAccessibleName(tip)
        self.field = field
        self.names: list[tuple[str, str]] = []  # (key, name), in the order they are offered
        self.taken: Callable[[], set[str]] = set  # keys not to offer (tags already given)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the cursor
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._take)
        field.installEventFilter(self)
        self.hide()

    def set_names(self, names: list[str]) -> None:
        self.names = [(name_key(name), name) for name in names]
        self.hide()

    def offer(self, text: str) -> None:
        """List the names containing `text`: those that start with it first, then those with
        a word that does; not the name exactly as typed, nor one already `taken`."""
        typed = name_key(text)
        taken = self.taken()
        ranked: tuple[list[str], list[str], list[str]] = ([], [], [])
        if typed:
            for key, name in self.names:
                if typed in key and name != text.strip() and key not in taken:
                    rank = 0 if key.startswith(typed) else 1 if f" {typed}" in key else 2
                    ranked[rank].append(name)
        found = [name for names in ranked for name in names][:MOST]
        self.clear()
        if not found:
            self.hide()
            return
        self.addItems(found)
        self.setCurrentRow(-1)
        self.setFixedHeight(self.sizeHintForRow(0) * len(found) + 2 * self.frameWidth())
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and not self.isHidden():
            if event.type() == QEvent.Type.FocusOut:
                self.hide()
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                return self._key(event.key())
        return False

    def _key(self, key: int) -> bool:
        """Down, Up, Enter and Escape are the list's while it shows; the rest are the field's."""
        row = self.currentRow()
        if key == Qt.Key.Key_Down:
            self.setCurrentRow(min(row + 1, self.count() - 1))
        elif key == Qt.Key.Key_Up:
            self.setCurrentRow(row - 1)  # above the first: back to the field's own text
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self._take(self.item(row))
        elif key == Qt.Key.Key_Escape:
            self.hide()
        else:
            return False
        return True

    def _take(self, item: QListWidgetItem) -> None:
        self.hide()
        self.picked.emit(item.text())
