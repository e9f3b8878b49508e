"""The editors the worksheet's fields are typed in, a day picker and a tick beside dates, and
the note under a field whose text could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QMimeData, Qt, QTimer
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.fonts import user_font
from ui.icons import action_icon
from ui.list_field import ListField
from ui.named import named
from ui.readers import read_date, read_datetime, show_datetime
from ui.theme import colors

Editor = QLineEdit | QPlainTextEdit | QComboBox | ListField


class PlainTextEdit(QPlainTextEdit):
    """Pasting keeps the text and never the markup."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()


def editor_text(widget: Editor) -> str:
    """Exactly what the field holds: no-break spaces stay (toPlainText would make them spaces),
    paragraph ends are newlines."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, ListField):
        return widget.as_text()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().toRawText().replace("\u2029", "\n")
    return widget.text()


class DayPicker(QToolButton):
    """A calendar beside a date field: the chosen day replaces what is in the field, or
    beside a call time, the day of it (the time typed stays)."""

    def __init__(self, field: QLineEdit, today: dt.date, with_time: bool) -> None:
        super().__init__()
        named(self, "pick_day", self.tr("Pick a day"))
        self.setIcon(action_icon("calendar"))
        self.field, self.today, self.with_time = field, today, with_time
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field; typing works
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.clicked.connect(self.choose)
        self.calendar.activated.connect(self.choose)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.setMenu(menu)

    def choose(self, picked: QDate) -> None:
        day = dt.date(picked.year(), picked.month(), picked.day())
        self.field.setText(self.with_day(day) if self.with_time else day.isoformat())
        self.menu().hide()
        self.field.setFocus()

    def with_day(self, day: dt.date) -> str:
        """The call time in the field, on `day`; what cannot be read keeps what follows the
        first word (“Friday 10am” → “2026-03-06 10am”)."""
        typed = self.field.text().strip()
        moment = read_datetime(typed, self.today).value
        if isinstance(moment, dt.datetime):
            return show_datetime(dt.datetime.combine(day, moment.timetz()))
        return " ".join([day.isoformat(), *typed.split(" ", 1)[1:]])


class DayTick(QCheckBox):
    """A tick beside a date field: ticking it fills in today, unticking it empties the field;
    it is ticked whenever the field holds a day, so the day stays the user's to change. What
    cannot be read as a day leaves it clear: the journal keeps no day for it, and a tick
    would say the opposite ("Delivered" while nothing was)."""

    def __init__(self, field: QLineEdit, today: Callable[[], dt.date], label: str) -> None:
        super().__init__(label)
        self.field, self.today = field, today
        self.setChecked(bool(field.text().strip()))
        self.toggled.connect(self._ticked)
        field.textChanged.connect(self.follow)

    def _ticked(self, ticked: bool) -> None:
        if ticked and not self.field.text().strip():
            self.field.setText(self.today().isoformat())
        elif not ticked:
            self.field.clear()
        self.follow(self.field.text())  # what the user typed is never replaced by a tick

    def follow(self, text: str) -> None:
        self.blockSignals(True)
        self.setChecked(read_date(text, self.today()).value is not None if text.strip() else False)
        self.blockSignals(False)


def in_view(note: QWidget) -> None:
    """Scroll the page holding a note just shown so that the note can be read: in a short
    window it can fall below the page's fold, as good as unsaid."""
    holder = note.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if isinstance(holder, QScrollArea):
        QTimer.singleShot(0, partial(holder.ensureWidgetVisible, note))  # once it is laid out


def kept_note(problem: str, kept: str) -> str:
    """The note under a field that could not be read: why, and what the journal keeps."""
    if not (problem and kept):
        return problem
    said = QCoreApplication.translate("FieldNote", "{problem} Until then the journal keeps {kept}.")
    return said.format(problem=problem, kept=kept)


def problem_label() -> QLabel:
    """The note under a field that could not read its text: hidden while there is none."""
    label = named(QLabel(wordWrap=True), "problem")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {colors().error};")
    label.hide()
    return label


def with_picker(
    field: QLineEdit, today: dt.date, with_time: bool, *beside: QWidget, stretch: int = 1
) -> QWidget:
    """The field with its calendar, and what else goes `beside` it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, stretch)
    layout.addWidget(DayPicker(field, today, with_time))
    for widget in beside:
        layout.addWidget(widget)
    return row


def line_editor(hint: str) -> QLineEdit:
    widget = QLineEdit(placeholderText=hint)
    widget.setFont(user_font(11))
    return widget
