"""The editor of each kind of worksheet field: made from its declaration, showing an incident's
value, and read back as the change it makes to the incident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from journal.domain import Incident
from journal.fields import Kind
from journal.service import Journal
from journal.words import category_from_word, category_word
from ui.actions_editor import ActionsEditor
from ui.field_values import NEW, read, text_of, value_in
from ui.field_widgets import Editor, PlainTextEdit, editor_text, line_editor
from ui.fields import FieldSpec, Stored
from ui.fonts import user_font
from ui.list_field import ListField
from ui.questions_editor import QuestionsEditor
from ui.readers import Reading
from ui.tags_editor import TagsEditor


class ChoiceBox(QComboBox):
    """A closed list shows its choices in words ("In progress") and keeps what is stored
    (in_progress) as each item's data; the kind of mistake is typed or chosen by name (a
    default category's in the language spoken, kept as its stored name)."""

    def __init__(self, spec: FieldSpec, names: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.values: tuple[Stored, ...] = spec.values
        if spec.holds is Kind.CATEGORY:  # the journal's list, and new names
            self.setEditable(True)
            self.addItems([category_word(name) for name in names])
        for word, value in zip(spec.choices, spec.values, strict=True):
            self.addItem(word, value)

    def value(self) -> object:
        if self.isEditable():
            return category_from_word(self.currentText())
        return self.values[self.currentIndex()]

    def set_value(self, value: object) -> None:
        if not self.isEditable():
            self.setCurrentIndex(self.values.index(value))
            return
        text = category_word(str(value))
        if text and self.findText(text) < 0:
            self.addItem(text)
        self.setCurrentIndex(max(self.findText(text), 0))


def make_editor(spec: FieldSpec, journal: Journal, changed: Callable[..., None]) -> Editor:
    """The editor of `spec`, telling `changed` of every change the user makes."""
    widget: Editor
    if spec.kind == "choice":
        names: tuple[str, ...] = ()
        if spec.holds is Kind.CATEGORY:
            names = tuple(category.name for category in journal.categories.list())
        widget = ChoiceBox(spec, names)
        widget.currentTextChanged.connect(changed)
    elif spec.kind in ("text", "coached", "lines"):
        widget = PlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setPlaceholderText(spec.hint)
        widget.setFont(user_font(13 if spec.name == "summary" else 11))
        widget.setMinimumHeight(90 if spec.kind == "coached" else 70)
        widget.textChanged.connect(changed)
    elif spec.kind in ("actions", "questions", "tags"):
        lists: dict[str, Callable[[], ListField]] = {
            "actions": lambda: ActionsEditor(spec.key, journal.today),
            "questions": lambda: QuestionsEditor(spec.key),
            "tags": lambda: TagsEditor(spec.key, spec.hint),
        }
        widget = lists[spec.kind]()
        widget.changed.connect(changed)
    else:
        widget = line_editor(spec.hint)
        widget.textChanged.connect(changed)
    widget.setObjectName(spec.name)
    return widget


def show_value(widget: Editor, spec: FieldSpec, incident: Incident | None) -> None:
    """The editor shows the field of `incident` (None: a new one), as no change of the user's."""
    widget.blockSignals(True)
    if isinstance(widget, ChoiceBox):
        widget.set_value(value_in(incident or NEW, spec.key))
    elif isinstance(widget, ListField):
        widget.show_items(incident or NEW)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text_of(spec, incident))
    elif not isinstance(widget, QComboBox):
        widget.setText(text_of(spec, incident))
    widget.blockSignals(False)


def read_editor(
    widget: Editor, spec: FieldSpec, base: Incident | None, today: dt.date
) -> tuple[dict[str, object], Reading]:
    """The change the editor's content makes to `base`, and how its text was read."""
    if isinstance(widget, ListField):
        return widget.change()
    if isinstance(widget, ChoiceBox):
        return {spec.key: widget.value()}, Reading()
    return read(spec, editor_text(widget), base, today)
