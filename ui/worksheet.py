"""The worksheet: the steps from “what went wrong” to “ready for the call”, saved as you type.
Only the fields the user changed are written; what a field cannot read is kept and said."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Incident, Saved
from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.service import Journal
from journal.words import category_from_word
from ui.coach_view import CoachHighlighter
from ui.field_editors import read_editor, show_value
from ui.field_values import text_of
from ui.field_widgets import DayTick, Editor, editor_text, in_view, kept_note
from ui.fields import COACHED, STEPS, WRITTEN, guidance_of, title_of
from ui.list_field import ListField
from ui.named import named
from ui.operations import Operations
from ui.readers import Reading
from ui.suggestions import Suggestions
from ui.tags_editor import TagsEditor
from ui.worksheet_nav import StepButtons
from ui.worksheet_pages import step_page
from ui.worksheet_side import SidePanel

AUTOSAVE_MS = 1500  # saved this long after the typing pauses…
MAX_WAIT_MS = 5000  # …and at the latest this long after the first unsaved change
RETRY_MS = 6000  # after a failed save, tried again this long after
SPECS = {spec.name: spec for step in STEPS for spec in step.fields}


class Worksheet(QWidget):
    saved = Signal(object)  # Changes
    status = Signal(str, bool)  # message, is_error
    briefing_requested = Signal()  # Preview briefing was pressed

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
        self.incident: Incident | None = None  # as stored when it was last loaded or saved
        self.touched: set[str] = set()  # fields changed since then
        self.failure = ""  # why the last save failed; "" when it did not
        self.closed = False  # the window is going: nothing is read or saved any more
        self.rescued = ""  # the text last kept in a file because it could not be saved
        self.widgets: dict[str, Editor] = {}
        self.problems: dict[str, QLabel] = {}
        self.highlighters: dict[str, CoachHighlighter] = {}
        self.client_suggestions: Suggestions | None = None  # under the client's field
        self.ticks: list[DayTick] = []  # beside date fields
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.deadline = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self.deadline.timeout.connect(self.save)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)  # after a failed save
        self.retry.timeout.connect(self.save)
        self.side = SidePanel(journal)
        self.show_history = self.side.show_history
        self._build()

    @property
    def dirty(self) -> bool:
        return bool(self.touched)

    def restyle(self) -> None:
        """The palette changed: colours that are not the palette's follow."""
        self.side.restyle()
        for highlighter in self.highlighters.values():
            highlighter.rehighlight()
        for widget in self.widgets.values():
            if isinstance(widget, ListField):
                widget.restyle()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.steps = named(QListWidget(), "steps")
        self.steps.setFixedWidth(190)
        self.steps.setSpacing(2)  # room above and below for Bengali's and Thai's tall marks
        self.ticks_shown = _tick_icons(self.steps)
        self.pages = QStackedWidget()
        for row in range(len(STEPS)):
            self.steps.addItem(QListWidgetItem(self.ticks_shown[False], title_of(row)))
            self.pages.addWidget(step_page(self, row))
        self.buttons = StepButtons(len(STEPS))
        self.buttons.step_by.connect(self.move_step)
        self.buttons.briefing.connect(self.briefing_requested)
        self.steps.currentRowChanged.connect(self.show_step)
        middle = QVBoxLayout()
        middle.addWidget(self.pages, 1)
        middle.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(middle, 1)
        layout.addWidget(self.side)
        self.steps.setCurrentRow(0)

    # Navigation --------------------------------------------------------------------------

    def show_step(self, row: int) -> None:
        if self.steps.currentRow() != row:
            self.steps.setCurrentRow(row)  # which comes back here, through currentRowChanged
            return
        self.pages.setCurrentIndex(row)
        self.buttons.show_step(row)
        self.side.guidance.setText(guidance_of(row))
        self.widgets[STEPS[row].fields[0].name].setFocus()
        self.refresh_side()

    def step_ticked(self, row: int) -> bool:
        """Whether the step list shows the tick of a step with something written in it."""
        shown = self.steps.item(row).icon().cacheKey()
        return shown == self.ticks_shown[True].cacheKey()

    def move_step(self, by: int) -> None:
        self.steps.setCurrentRow(max(0, min(len(STEPS) - 1, self.steps.currentRow() + by)))

    # Values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: editor_text(widget) for name, widget in self.widgets.items()}

    def as_text(self) -> str:
        """Everything written in the worksheet, labelled, for keeping it when saving fails."""
        parts = []
        for step in STEPS:
            for spec in step.fields:
                text = editor_text(self.widgets[spec.name])
                if text.strip() and spec.kind != "choice":
                    parts.append(f"{spec.label}\n{text}\n")
        return "\n".join(parts)

    def load(self, incident: Incident | None) -> None:
        self.stop_saving()
        self._offer_names()
        self.incident, self.touched, self.failure = incident, set(), ""
        self.side.history_key = None
        for name, widget in self.widgets.items():
            show_value(widget, SPECS[name], incident)
        for tick in self.ticks:  # the fields were filled without a word to them
            tick.follow(tick.field.text())
        for highlighter in self.highlighters.values():
            highlighter.rehighlight()  # signals were blocked while the text was set
        for name in self.problems:
            self.show_problem(name)
        self.steps.setCurrentRow(0)
        self.refresh_side()

    def _offer_names(self) -> None:
        """The journal's clients and tags, to be suggested as they are typed."""
        try:
            clients = [client.name for client in self.journal.clients.list()]
            tags = self.journal.tags.list()
        except JournalError as error:  # a damaged page: writing goes on, without suggestions
            clients, tags = [], []
            self.status.emit(str(error), True)
        if self.client_suggestions is not None:
            self.client_suggestions.set_names(clients)
        for widget in self.widgets.values():
            if isinstance(widget, TagsEditor):
                widget.set_names(tags)

    # Saving ------------------------------------------------------------------------------

    def stop_saving(self) -> None:
        """No save is waiting any more (until the next change)."""
        for timer in (self.timer, self.deadline, self.retry):
            timer.stop()

    def discard(self) -> None:
        """What could not be saved is given up, as the user chose: no more tries."""
        self.stop_saving()
        self.touched.clear()

    def changed(self, name: str, *_: object) -> None:
        if self.closed:  # a field losing focus as the window goes
            return
        self.touched.add(name)
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()
        if name in self.problems and not self._reading(name)[1].problem:
            self.problems[name].hide()  # readable now; a new problem shows when typing stops
        self.refresh_side()

    def finished_typing(self, name: str) -> None:
        """A read field was left: say now if its text cannot be read, where it can be seen."""
        if not self.closed:
            self.show_problem(name)
            if not self.problems[name].isHidden():
                in_view(self.problems[name])

    def _worth_keeping(self) -> bool:
        """A new incident is kept once something is written in it, not for a choice alone."""
        return self.incident is not None or any(
            SPECS[name].kind != "choice" and editor_text(self.widgets[name]).strip()
            for name in self.touched
        )

    def _currency_from_amount(self, changes: dict[str, object]) -> None:
        """“150 €” written as the amount: € is the currency, if that field is still empty."""
        written = self._reading("value")[1].currency
        currency = self.widgets["currency"]
        if written and isinstance(currency, QLineEdit) and not currency.text().strip():
            changes["compensation.currency"] = written
            currency.blockSignals(True)  # shown as saved, not a change of the user's
            currency.setText(written)
            currency.blockSignals(False)

    def _reading(self, name: str) -> tuple[dict[str, object], Reading]:
        widget = self.widgets[name]
        return read_editor(widget, SPECS[name], self.incident, self.journal.today())

    def show_problem(self, name: str) -> None:
        """The note under a read field: why its text could not be read, and what the journal
        keeps meanwhile."""
        values, reading = self._reading(name)
        kept = text_of(SPECS[name], self.incident, as_typed=False) if self.incident else ""
        problem = kept_note(reading.problem, kept) or self._still_to_come(values)
        self.problems[name].setText(problem)
        self.problems[name].setVisible(bool(problem))

    def _still_to_come(self, values: dict[str, object]) -> str:
        """A mistake that happened on a day still to come is most likely a year mistyped:
        said under the field, and kept as typed."""
        day = values.get("occurred_on")
        if isinstance(day, dt.date) and day > self.journal.today():
            return self.tr("That day is still to come: is the date right?")
        return ""

    def save(self) -> bool:
        """Write what changed to the journal; on failure keep every word and say why."""
        self.stop_saving()
        if not self.touched or not self._worth_keeping():
            return True
        changes: dict[str, object] = {}
        for name in self.touched:
            changes.update(self._reading(name)[0])
        if "value" in self.touched:
            self._currency_from_amount(changes)
        try:
            saved: Saved = self.operations.run(
                partial(self.journal.incidents.edit, self.incident_id(), changes)
            )
        except JournalError as error:
            self.failure = str(error)
            said = self.tr("Not saved — your text is still here. {error}").format(error=error)
            self.status.emit(said, True)
            self.retry.start()  # try again later, the words stay in the editor
            return False
        self.incident, self.touched, self.failure = saved.incident, set(), ""
        self.side.history_key = None  # this incident may now count in another's history
        for name in self.problems:
            self.show_problem(name)
        self.status.emit(saved_message(saved.incident), False)
        self.saved.emit(saved.changes)
        return True

    # The side panel ----------------------------------------------------------------------

    def refresh_side(self) -> None:
        values = self.values()
        for row, step in enumerate(STEPS):  # a tick on every step whose writing is begun
            filled = any(values[spec.name].strip() and spec.kind in WRITTEN for spec in step.fields)
            if self.step_ticked(row) != filled:  # only a change repaints the list
                self.steps.item(row).setIcon(self.ticks_shown[filled])
        category = category_from_word(values["category"])  # as stored, not as shown
        changes, _ = self._reading("occurred_on")  # the day as the journal would keep it
        day = changes.get("occurred_on", self.incident.occurred_on if self.incident else None)
        self.side.show_history_of(
            values["client"],
            category,
            self.incident_id(),
            day if isinstance(day, dt.date) else None,
        )
        coached = [
            spec.name for spec in STEPS[self.steps.currentRow()].fields if spec.name in COACHED
        ]
        self.side.show_coached(coached)
        self.side.show_summary_length(values["summary"].strip() if "summary" in coached else None)

    def incident_id(self) -> int | None:
        return self.incident.id if self.incident else None


def saved_message(incident: Incident) -> str:
    """What the status bar says after a save: never just "Saved" when something was not."""
    when = f"{dt.datetime.now():%H:%M:%S}"
    unread = [spec.label for spec in SPECS.values() if incident.unreadable_text(spec.key)]
    if unread:
        quoted = QCoreApplication.translate("Worksheet", "“{field}”", "a field's name, quoted")
        names = ", ".join(quoted.format(field=label) for label in unread)
        return QCoreApplication.translate(
            "Worksheet",
            "Saved {time} — but {fields} could not be read: what you typed is kept, "
            "see the note under it.",
        ).format(time=when, fields=names)
    said = _SAVED_LACKING.get(incident.missing, QT_TRANSLATE_NOOP("Worksheet", "Saved {time}"))
    return QCoreApplication.translate("Worksheet", said).format(time=when)


# What an unfinished draft still lacks (Incident.missing), asked for as it is saved.
_SAVED_LACKING = {
    ("title", "client"): QT_TRANSLATE_NOOP(
        "Worksheet",
        "Saved {time}, as an unfinished draft: give it a client and a title when you can.",
    ),
    ("title",): QT_TRANSLATE_NOOP(
        "Worksheet", "Saved {time}, as an unfinished draft: give it a title when you can."
    ),
    ("client",): QT_TRANSLATE_NOOP(
        "Worksheet", "Saved {time}, as an unfinished draft: give it a client when you can."
    ),
}


def _tick_icons(steps: QListWidget) -> tuple[QIcon, QIcon]:
    """A tick for a step with something written in it, and a blank as wide for one without,
    so that every step's title starts at the same place."""
    side = steps.fontMetrics().height()
    icons = []
    for mark in ("", "✓"):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(steps.palette().color(QPalette.ColorRole.Text))
        painter.setFont(steps.font())
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
        icons.append(QIcon(pixmap))
    return icons[0], icons[1]
