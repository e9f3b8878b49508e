"""The worksheet's pages: a step's fields in a form, with what goes beside or under them (the
day picker, the Delivered tick, the client's suggestions, the follow-up's tools)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from journal.fields import Kind, Step
from journal.i18n import QT_TRANSLATE_NOOP
from journal.reports import DraftField
from ui.coach_view import CoachHighlighter
from ui.field_editors import make_editor
from ui.field_widgets import DayTick, Editor, problem_label, with_picker
from ui.fields import READ, STEPS, FieldSpec
from ui.follow_up import FollowUpTools
from ui.named import named
from ui.suggestions import Suggestions

if TYPE_CHECKING:
    from ui.worksheet import Worksheet

# Date fields with a tick beside them: ticking fills in today. Their words are translated
# where the tick is made.
TICKS = {
    "compensation.delivered_on": (
        QT_TRANSLATE_NOOP("WorksheetPage", "Delivered"),
        QT_TRANSLATE_NOOP("WorksheetPage", "Tick it once it is delivered: today is kept"),
    )
}
WIDE = ("actions", "questions")  # editors as wide as the page, under their label


def step_page(sheet: Worksheet, step: int) -> QScrollArea:
    form = QFormLayout()
    form.setVerticalSpacing(10)
    for spec in STEPS[step].fields:
        widget = _editor(sheet, spec)
        sheet.widgets[spec.name] = widget
        label = QLabel(spec.label)
        label.setBuddy(widget)
        if spec.kind in WIDE:
            form.addRow(label)
            form.addRow(widget)
        else:
            form.addRow(label, _beside(sheet, spec, widget))
        if spec.holds is Kind.CLIENT and isinstance(widget, QLineEdit):
            form.addRow("", _client_suggestions(sheet, widget))
        if spec.kind in READ:
            sheet.problems[spec.name] = problem_label()
            form.addRow("", sheet.problems[spec.name])
    if step == Step.FOLLOW_UP:
        form.addRow(FollowUpTools(sheet))
    inner = QWidget()
    inner.setLayout(form)
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(inner)
    return scroll


def _editor(sheet: Worksheet, spec: FieldSpec) -> Editor:
    widget = make_editor(spec, sheet.journal, partial(sheet.changed, spec.name))
    if spec.kind == "coached" and isinstance(widget, QPlainTextEdit):
        language = sheet.journal.settings.language
        highlighter = CoachHighlighter(widget, DraftField(spec.name), language)
        sheet.highlighters[spec.name] = highlighter
        sheet.side.watch(spec.name, spec.label, highlighter)
    if spec.kind in READ and isinstance(widget, QLineEdit):
        widget.editingFinished.connect(partial(sheet.finished_typing, spec.name))
    return widget


def _beside(sheet: Worksheet, spec: FieldSpec, widget: Editor) -> QWidget:
    """The editor, with a day picker beside a date, and a tick where one is asked for."""
    if not isinstance(widget, QLineEdit) or spec.kind not in ("date", "datetime"):
        return widget
    ticks = []
    if spec.key in TICKS:
        label, tip = (QCoreApplication.translate("WorksheetPage", text) for text in TICKS[spec.key])
        ticks.append(named(DayTick(widget, sheet.journal.today, label), "tick", tip))
        sheet.ticks.extend(ticks)
    return with_picker(widget, sheet.journal.today(), spec.kind == "datetime", *ticks)


def _client_suggestions(sheet: Worksheet, field: QLineEdit) -> Suggestions:
    """The clients whose names hold what is typed, under the field: a click on the next field
    goes to that field, never into a list over it."""
    tip = QCoreApplication.translate(
        "WorksheetPage", "Clients you have worked for; Down, then Enter to choose one"
    )
    suggestions = Suggestions(field, "client_suggestions", tip)
    field.textEdited.connect(suggestions.offer)
    suggestions.picked.connect(field.setText)
    sheet.client_suggestions = suggestions
    return suggestions
