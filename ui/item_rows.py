"""A list edited as rows (prevention steps, likely questions): each row holds its item, can be
moved with Alt+Up and Alt+Down or its arrows, and removed; a button adds one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.list_field import ListField
from ui.named import named


class ItemRow(QFrame):
    """One item's row: what it is edited with (`grid`), and its arrows and remove button,
    whose words (`up`, `down`, `remove`) each kind of row gives, translated."""

    edited = Signal()  # what the row holds changed
    move_asked = Signal(object, int)  # the row, and by how many places
    remove_asked = Signal(object)
    add_after = Signal(object)  # Enter in its first field: a new row below it

    def __init__(self, up: str, down: str, remove: str) -> None:
        super().__init__()
        self.setObjectName("item_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.grid.setVerticalSpacing(4)
        self.up = self._tool("move_up", "↑", up, -1)
        self.down = self._tool("move_down", "↓", down, 1)
        self.remove = named(QToolButton(), "remove", remove)
        self.remove.setText("×")
        self.remove.setAccessibleName(remove)
        self.remove.clicked.connect(lambda: self.remove_asked.emit(self))
        self.tools = QHBoxLayout()
        self.tools.setSpacing(2)
        for button in (self.up, self.down, self.remove):
            self.tools.addWidget(button)
        for keys, by in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda by=by: self.move_asked.emit(self, by))

    def _tool(self, name: str, arrow: str, tip: str, by: int) -> QToolButton:
        button = named(QToolButton(), name, tip)
        button.setText(arrow)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Up and Alt+Down from the keyboard
        button.clicked.connect(lambda: self.move_asked.emit(self, by))
        return button

    def tab_stops(self) -> list[QWidget]:
        """Its fields in reading order, then the remove button."""
        raise NotImplementedError

    def is_blank(self) -> bool:
        """Nothing written in it: it is not part of the list."""
        raise NotImplementedError

    def as_text(self) -> str:
        """What is written in it, readably; "" when nothing is."""
        raise NotImplementedError

    def restyle(self) -> None:
        """The palette changed: colours that are not the palette's follow."""


class RowList(ListField):
    """The rows of a list, in order, and the button that adds one."""

    def __init__(self, key: str, add_label: str, add_tip: str) -> None:
        super().__init__(key)
        self.rows: list[ItemRow] = []
        # Rows made later join Qt's focus chain at the window's end: they are put back in
        # reading order after this anchor, which Tab never stops at (it is never shown).
        self.anchor = QWidget(self)
        self.anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # or Qt would not chain it
        self.anchor.hide()
        self.add = named(QPushButton(add_label), "add", add_tip)
        self.add.clicked.connect(lambda: self.insert_row(len(self.rows)))
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        adding = QHBoxLayout()
        adding.addWidget(self.add)
        adding.addStretch(1)
        layout.addLayout(adding)
        self.setFocusProxy(self.add)

    def new_row(self) -> ItemRow:
        """An empty row, for a new item."""
        raise NotImplementedError

    def show_rows(self, rows: list[ItemRow]) -> None:
        """These rows instead of those shown (which go)."""
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = [self._connected(row) for row in rows]
        self._lay_out()

    def _connected(self, row: ItemRow) -> ItemRow:
        row.edited.connect(self.changed)
        row.move_asked.connect(self.move_row)
        row.remove_asked.connect(self.remove)
        row.add_after.connect(lambda row: self.insert_row(self.rows.index(row) + 1))
        return row

    def insert_row(self, position: int) -> ItemRow:
        """A new, empty row at `position`, with the cursor in it. It is part of the list once
        something is written in it."""
        row = self._connected(self.new_row())
        self.rows.insert(position, row)
        self._lay_out()
        row.tab_stops()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def move_row(self, row: ItemRow, by: int) -> None:
        position = self.rows.index(row)
        to = position + by
        if not 0 <= to < len(self.rows):
            return
        self.rows.insert(to, self.rows.pop(position))
        self._lay_out()
        self.changed.emit()

    def remove(self, row: ItemRow) -> None:
        position = self.rows.index(row)
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.isAncestorOf(focused)
        self.rows.pop(position)
        row.hide()
        row.deleteLater()
        self._lay_out()
        if had_focus:  # the cursor goes on to the row that takes its place
            following = self.rows[min(position, len(self.rows) - 1)] if self.rows else None
            (following.tab_stops()[0] if following else self.add).setFocus()
        if not row.is_blank():
            self.changed.emit()

    def _lay_out(self) -> None:
        """The rows in their order on screen and for Tab; the arrows that cannot move are off."""
        for row in self.rows:
            self.box.removeWidget(row)
        for position, row in enumerate(self.rows):
            self.box.addWidget(row)
            row.show()  # now, not once events are next handled: Tab may come first
            row.up.setEnabled(position > 0)
            row.down.setEnabled(position < len(self.rows) - 1)
        chain = [self.anchor] + [stop for row in self.rows for stop in row.tab_stops()]
        for first, second in zip(chain, [*chain[1:], self.add], strict=True):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.rows[0].tab_stops()[0] if self.rows else self.add)

    def filled(self) -> list[ItemRow]:
        """The rows that are part of the list, in order."""
        return [row for row in self.rows if not row.is_blank()]

    def as_text(self) -> str:
        return "\n".join(text for row in self.rows if (text := row.as_text()))

    def restyle(self) -> None:
        for row in self.rows:
            row.restyle()
