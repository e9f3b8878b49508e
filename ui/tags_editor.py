"""Tags as chips: a word typed then Enter or a comma becomes a chip, × removes one, Backspace
in the empty field the last; the journal's tags are suggested; "Web" and "web" are one tag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from journal.domain import Incident
from journal.naming import name_key
from ui.field_widgets import line_editor
from ui.flow_layout import FlowLayout
from ui.list_field import ListField
from ui.named import named
from ui.readers import Reading
from ui.suggestions import Suggestions

CHIP_STYLE = (
    "QFrame#chip { border: 1px solid palette(mid); border-radius: 10px;"
    " background: palette(alternate-base); }"
)


class Chip(QFrame):
    """One tag, with the × that removes it."""

    removed = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.setObjectName("chip")
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleName(self.tr("Tag {name}").format(name=name))
        label = QLabel(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        tip = self.tr("Remove the tag “{name}”").format(name=name)
        remove = named(QToolButton(), "remove_tag", tip)
        remove.setAccessibleName(self.tr("Remove the tag {name}").format(name=name))
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Backspace in the empty field, by keyboard
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(remove)


class TagsEditor(ListField):
    """The tags of an incident, in the order they were given."""

    def __init__(self, key: str, hint: str) -> None:
        super().__init__(key)
        self.chips: list[Chip] = []
        self.known: dict[str, str] = {}  # the journal's tags by name_key
        self.input = named(line_editor(hint), key, self.tr("Type a tag, then Enter or a comma"))
        self.input.setMinimumWidth(self.input.fontMetrics().horizontalAdvance(hint) + 24)
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self._enter)
        self.input.installEventFilter(self)
        self.suggestions = Suggestions(
            self.input,
            "tag_suggestions",
            self.tr("Tags you have used; Down, then Enter to choose one"),
        )
        self.suggestions.taken = lambda: {name_key(chip.name) for chip in self.chips}
        self.suggestions.picked.connect(self._picked)
        self.flow = FlowLayout(spacing=4)
        self.flow.addWidget(self.input)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.flow)
        layout.addWidget(self.suggestions)
        self.setFocusProxy(self.input)

    @property
    def tags(self) -> tuple[str, ...]:
        """The chips, and a word still being typed: it is kept even before Enter."""
        pending = self.input.text().strip()
        given = {name_key(chip.name) for chip in self.chips}
        extra = (pending,) if pending and name_key(pending) not in given else ()
        return tuple(chip.name for chip in self.chips) + extra

    def set_names(self, names: list[str]) -> None:
        self.known = {name_key(name): name for name in names}
        self.suggestions.set_names(names)

    def show_items(self, incident: Incident) -> None:
        for chip in self.chips:
            self._drop(chip)
        self.chips = []
        self.input.clear()
        for name in incident.tags:
            self._add_chip(name)

    def add(self, typed: str) -> bool:
        """A chip for `typed`, unless it is blank or a tag already given (by name_key); a tag
        the journal has keeps the spelling it has there. True when a chip was added."""
        key = name_key(typed)
        if not key or any(name_key(chip.name) == key for chip in self.chips):
            return False
        self._add_chip(self.known.get(key, typed.strip()))
        self.changed.emit()
        return True

    def _add_chip(self, name: str) -> None:
        chip = Chip(name)
        chip.removed.connect(self.remove)
        self.chips.append(chip)
        self.flow.removeWidget(self.input)
        self.flow.addWidget(chip)
        self.flow.addWidget(self.input)

    def remove(self, chip: Chip) -> None:
        self.chips.remove(chip)
        self._drop(chip)
        self.input.setFocus()
        self.changed.emit()

    def _drop(self, chip: Chip) -> None:
        self.flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()

    def _typed(self, text: str) -> None:
        """A comma ends a tag: what is before it becomes a chip."""
        *done, rest = text.split(",")
        if done:
            for word in done:
                self.add(word)
            self.input.setText(rest.lstrip())
        self.suggestions.offer(self.input.text())
        self.changed.emit()

    def _enter(self) -> None:
        """The word typed becomes a chip; one already given is not given twice."""
        self.add(self.input.text())
        self.input.clear()

    def _picked(self, name: str) -> None:
        self.input.clear()
        self.add(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.FocusOut:
            self._enter()  # a word left in the field becomes a chip
        if (
            watched is self.input
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.input.text()
            and self.chips
        ):
            self.remove(self.chips[-1])
            return True
        return False

    def change(self) -> tuple[dict[str, object], Reading]:
        return {self.key: self.tags}, Reading()

    def as_text(self) -> str:
        return ", ".join(self.tags)

    def restyle(self) -> None:
        for chip in self.chips:
            chip.setStyleSheet(CHIP_STYLE)
