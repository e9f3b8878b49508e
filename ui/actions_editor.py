"""Prevention steps as rows: the step, its due day, a tick that records the day it was done,
and "overdue" in words and colour. A row holds its Action: editing the words keeps the days."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from journal.domain import Action, Incident
from journal.edits import UNREADABLE
from ui.field_widgets import DayTick, in_view, kept_note, line_editor, problem_label, with_picker
from ui.item_rows import ItemRow, RowList
from ui.named import named
from ui.readers import Reading, read_date
from ui.theme import colors

# What was typed for a step's day and could not be read is kept on the incident, a line per
# day, in this form; the step is named by its place in the list, which is saved with it.
UNREAD = "step {number}, {which} “{typed}”"  # not shown: a stored value, never translated
_UNREAD = re.compile(r"^step (\d+), (due|done) “(.*)”$")
_DAYS = {"due": "due_on", "done": "done_on"}  # which day of the step: its Action field


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def unread_days(text: str | None) -> dict[int, dict[str, str]]:
    """What could not be read, by step number and day ("due", "done"), from the kept lines."""
    found: dict[int, dict[str, str]] = {}
    for line in (text or "").split("\n"):
        if matched := _UNREAD.match(line):
            found.setdefault(int(matched[1]), {})[matched[2]] = matched[3]
    return found


class ActionRow(ItemRow):
    """One prevention step."""

    def __init__(
        self, action: Action, unread: dict[str, str], today: Callable[[], dt.date]
    ) -> None:
        super().__init__(
            self.tr("Move this step up (Alt+Up)"),
            self.tr("Move this step down (Alt+Down)"),
            self.tr("Remove this step"),
        )
        self.setObjectName("step_row")
        self.action, self.today = action, today
        self.unread = dict(unread)  # "due", "done": what was typed there and cannot be read
        self.text = named(
            line_editor(self.tr("What you will do, so it cannot happen again")),
            "step_text",
            self.tr("The step, in a few words; Enter adds the next one"),
        )
        self.text.setText(action.text)
        self.due = self._day_field(
            "due", "step_due", self.tr("When it is due: 2026-06-01, tomorrow…")
        )
        self.done_on = self._day_field("done", "step_done_on", self.tr("The day it was done"))
        self.tick = named(
            DayTick(self.done_on, today, self.tr("Done")),
            "step_done",
            self.tr("Tick it once it is done: today is recorded, and you can change the day"),
        )
        self.done_box = with_picker(self.done_on, today(), False, stretch=0)
        self.overdue = named(
            QLabel(self.tr("overdue")), "overdue", self.tr("Past its due day and not done yet")
        )
        self.note = problem_label()
        due_label = QLabel(self.tr("Due"))
        due_label.setBuddy(self.due)
        days = QHBoxLayout()
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(6)
        days.addWidget(due_label)
        days.addWidget(with_picker(self.due, today(), False, stretch=0))
        days.addSpacing(12)
        days.addWidget(self.tick)
        days.addWidget(self.done_box)
        days.addSpacing(8)
        days.addWidget(self.overdue)
        days.addStretch(1)
        self.grid.addWidget(self.text, 0, 0)
        self.grid.addLayout(self.tools, 0, 1)
        self.grid.addLayout(days, 1, 0, 1, 2)
        self.grid.addWidget(self.note, 2, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.text.textChanged.connect(self._text_edited)
        self.text.returnPressed.connect(self._enter)
        self.restyle()
        self._refresh()
        self._say_unread(show=True)

    def _day_field(self, which: str, name: str, tip: str) -> QLineEdit:
        field = named(line_editor(""), name, tip)
        field.setAccessibleName(self.tr("Due") if which == "due" else self.tr("Done on"))
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("2026-06-01") + 24)
        day: dt.date | None = getattr(self.action, _DAYS[which])
        field.setText(self.unread.get(which) or _day(day))
        field.textChanged.connect(lambda text: self._day_edited(which, text))
        field.editingFinished.connect(lambda: self._say_unread(show=True))
        return field

    def _text_edited(self, text: str) -> None:
        self.action = dataclasses.replace(self.action, text=text)
        self.edited.emit()

    def _enter(self) -> None:
        if self.text.text().strip():
            self.add_after.emit(self)

    def _day_edited(self, which: str, text: str) -> None:
        """A day typed, picked, ticked or cleared: the step takes it if it can be read; if not,
        the step keeps the day it had, and what was typed is kept beside it."""
        reading = read_date(text, self.today())
        if reading.problem:
            self.unread[which] = text
        else:
            self.unread.pop(which, None)
            day = reading.value if isinstance(reading.value, dt.date) else None
            if which == "due":
                self.action = dataclasses.replace(self.action, due_on=day)
            else:
                self.action = dataclasses.replace(self.action, done_on=day)
        self._refresh()
        self._say_unread(show=False)
        self.edited.emit()

    def _refresh(self) -> None:
        self.done_box.setVisible(self.tick.isChecked())
        self.overdue.setVisible(self.action.overdue(self.today()))

    def _say_unread(self, show: bool) -> None:
        """The note under the row: shown when a day field is left, gone once it reads."""
        notes = []
        for which in _DAYS:
            if which in self.unread:
                problem = read_date(self.unread[which], self.today()).problem
                notes.append(kept_note(problem, _day(getattr(self.action, _DAYS[which]))))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes) and (show or not self.note.isHidden()))
        if show and notes:
            in_view(self.note)

    def restyle(self) -> None:
        self.overdue.setStyleSheet(f"color: {colors().overdue}; font-weight: bold;")

    def tab_stops(self) -> list[QWidget]:
        return [self.text, self.due, self.tick, self.done_on, self.remove]

    def is_blank(self) -> bool:
        return not self.action.text.strip()

    def as_text(self) -> str:
        days = []
        for which in _DAYS:
            typed = self.unread.get(which)
            day = f"“{typed}”" if typed else _day(getattr(self.action, _DAYS[which]))
            if day:
                said = self.tr("due {day}") if which == "due" else self.tr("done {day}")
                days.append(said.format(day=day))
        if not (self.action.text.strip() or days):
            return ""
        return f"- {self.action.text}" + (f" ({', '.join(days)})" if days else "")


class ActionsEditor(RowList):
    """The prevention steps of an incident, in order."""

    def __init__(self, key: str, today: Callable[[], dt.date]) -> None:
        super().__init__(key, self.tr("Add step"), self.tr("Add a prevention step"))
        self.today = today

    def new_row(self) -> ActionRow:
        return ActionRow(Action(""), {}, self.today)

    def show_items(self, incident: Incident) -> None:
        unread = unread_days(incident.unreadable_text(self.key))
        self.show_rows(
            [
                ActionRow(action, unread.get(number, {}), self.today)
                for number, action in enumerate(incident.actions, 1)
            ]
        )

    def change(self) -> tuple[dict[str, object], Reading]:
        actions: list[Action] = []
        unread: list[str] = []
        for row in self.filled():
            assert isinstance(row, ActionRow)
            actions.append(row.action)
            for which in _DAYS:
                if which in row.unread:
                    typed = row.unread[which]
                    unread.append(UNREAD.format(number=len(actions), which=which, typed=typed))
        kept = "\n".join(unread) or None
        return {self.key: tuple(actions), UNREADABLE + self.key: kept}, Reading()
