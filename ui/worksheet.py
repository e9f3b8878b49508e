"""The worksheet: the steps from “what went wrong” to “ready for the call”, saved as you type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Client, Incident, IncidentFilter, history_note
from journal.errors import JournalError
from journal.reports import DraftField, Finding, FindingKind
from journal.service import Journal
from ui.coach_view import CoachHighlighter
from ui.fields import COACHED, STEPS, FieldSpec, incident_from, values_of
from ui.fonts import user_font
from ui.theme import colors

AUTOSAVE_MS = 1500


class PlainTextEdit(QPlainTextEdit):
    """Pasting keeps the text and never the markup."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()


class Worksheet(QWidget):
    saved = Signal(object)  # Changes
    status = Signal(str, bool)  # message, is_error
    show_history = Signal(object, str)  # the filter of the earlier incidents, and its label

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.incident: Incident | None = None
        self.dirty = False
        self.widgets: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.highlighters: dict[str, CoachHighlighter] = {}
        self.history_key: tuple[str, str, int | None] | None = None
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self._build()

    def restyle(self) -> None:
        """The palette changed: colours that are not the palette's follow."""
        self.history.setStyleSheet(colors().history)
        for highlighter in self.highlighters.values():
            highlighter.rehighlight()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.steps = QListWidget(objectName="steps")
        self.steps.setFixedWidth(190)
        self.pages = QStackedWidget()
        for step in STEPS:
            self.steps.addItem(step.title)
            self.pages.addWidget(self._page(step.fields))
        self.steps.currentRowChanged.connect(self.show_step)
        self.guidance = QLabel(wordWrap=True, objectName="guidance")
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QLabel(wordWrap=True, objectName="history")
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setStyleSheet(colors().history)
        self.history.hide()
        self.history_button = QPushButton("Open the earlier ones", objectName="open_history")
        self.history_button.setToolTip("The earlier incidents of this client in this category")
        self.history_button.clicked.connect(self._open_history)
        self.history_button.hide()
        self.findings = QLabel(wordWrap=True, objectName="findings")
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.meter = QLabel(objectName="meter", wordWrap=True)
        side = QVBoxLayout()
        for widget in (
            self.guidance,
            self.history,
            self.history_button,
            self.meter,
            self.findings,
        ):
            side.addWidget(widget)
        side.addStretch()
        panel = QWidget(objectName="side")
        panel.setLayout(side)
        panel.setFixedWidth(260)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addWidget(panel)
        self.steps.setCurrentRow(0)

    def _page(self, specs: tuple[FieldSpec, ...]) -> QScrollArea:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        for spec in specs:
            widget = self._field(spec)
            self.widgets[spec.name] = widget
            label = QLabel(spec.label)
            label.setBuddy(widget)
            form.addRow(label, widget)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        return scroll

    def _field(self, spec: FieldSpec) -> QLineEdit | QPlainTextEdit | QComboBox:
        widget: QLineEdit | QPlainTextEdit | QComboBox
        if spec.kind == "choice":
            widget = QComboBox()
            choices = spec.choices or tuple(c.name for c in self.journal.categories())
            widget.addItems(list(choices))
            widget.setEditable(spec.name == "category")
            widget.currentTextChanged.connect(self.changed)
        elif spec.kind in ("text", "coached"):
            widget = PlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setPlaceholderText(spec.hint)
            widget.setFont(user_font(13 if spec.name == "summary" else 11))
            widget.setMinimumHeight(90 if spec.kind == "coached" else 70)
            widget.textChanged.connect(self.changed)
            if spec.kind == "coached":
                field = DraftField(spec.name)
                self.highlighters[spec.name] = CoachHighlighter(
                    widget, field, self.journal.language
                )
        else:
            widget = QLineEdit(placeholderText=spec.hint)
            widget.setFont(user_font(11))
            widget.textChanged.connect(self.changed)
            if spec.name == "client":  # pick an existing client, or type a new one
                self.client_names = QStringListModel(self)
                completer = QCompleter(self.client_names, widget)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                widget.setCompleter(completer)
        widget.setObjectName(spec.name)
        return widget

    # Navigation --------------------------------------------------------------------------

    def show_step(self, row: int) -> None:
        if self.steps.currentRow() != row:
            self.steps.setCurrentRow(row)  # which comes back here, through currentRowChanged
            return
        self.pages.setCurrentIndex(row)
        self.guidance.setText(STEPS[row].guidance)
        first = STEPS[row].fields[0].name
        self.widgets[first].setFocus()
        self.refresh_side()

    def move(self, by: int) -> None:
        self.steps.setCurrentRow(max(0, min(len(STEPS) - 1, self.steps.currentRow() + by)))

    # Values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        found = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                found[name] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                found[name] = widget.toPlainText()
            else:
                found[name] = widget.text()
        return found

    def load(self, incident: Incident | None) -> None:
        self.timer.stop()
        self.client_names.setStringList([client.name for client in self.journal.clients()])
        self.incident = incident
        self.history_key = None
        texts = values_of(incident) if incident else {}
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            text = texts.get(name, "")
            if isinstance(widget, QComboBox):
                if text and widget.findText(text) < 0:
                    widget.addItem(text)
                widget.setCurrentIndex(max(widget.findText(text), 0) if text else 0)
                if not text and name == "severity":
                    widget.setCurrentText("moderate")
                if not text and name == "category":
                    widget.setCurrentText("other")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
            widget.blockSignals(False)
        for highlighter in self.highlighters.values():
            highlighter.rehighlight()  # signals were blocked while the text was set
        self.dirty = False
        self.steps.setCurrentRow(0)
        self.refresh_side()

    # Saving ------------------------------------------------------------------------------

    def changed(self, *_: object) -> None:
        self.dirty = True
        self.timer.start()
        self.refresh_side()

    def save(self) -> bool:
        """Write the draft to the journal; on failure keep every word and say why."""
        self.timer.stop()
        if not self.dirty:
            return True
        values = self.values()
        if not values["title"].strip() or not values["client"].strip():
            self.status.emit("Not saved yet: give it a client and a title.", False)
            return False
        draft = incident_from(values, self.incident)
        try:
            saved = self.journal.update(draft) if draft.id else self.journal.create(draft)
        except JournalError as error:
            self.status.emit(f"Not saved — your text is still here. {error}", True)
            self.timer.start(AUTOSAVE_MS * 4)  # try again later, the words stay in the editor
            return False
        self.incident = saved.incident
        self.history_key = None  # this incident may now count in another's history
        self.dirty = False
        self.status.emit(f"Saved {dt.datetime.now():%H:%M:%S}", False)
        self.saved.emit(saved.changes)
        return True

    # The side panel ----------------------------------------------------------------------

    def refresh_side(self) -> None:
        values = self.values()
        for row, step in enumerate(STEPS):  # a tick on every step that has something in it
            filled = any(
                values[spec.name].strip() and spec.kind != "choice" for spec in step.fields
            )
            self.steps.item(row).setText(("✓  " if filled else "    ") + step.title)
        self._history(values)
        row = self.steps.currentRow()
        coached = [spec.name for spec in STEPS[row].fields if spec.name in COACHED]
        lines: list[str] = []
        for name in coached:
            findings: list[Finding] = self.highlighters[name].findings
            text = values[name]
            for finding in findings:
                quoted = text[finding.start : finding.end] if finding.end > finding.start else ""
                head = (
                    f"“{quoted}”: " if quoted and finding.kind is not FindingKind.TOO_LONG else ""
                )
                lines.append(f"• {name.capitalize()} — {head}{finding.message}")
        self.findings.setText("\n\n".join(lines))
        summary = values["summary"].strip()
        if "summary" in coached and summary:
            from journal.checker import summary_measure

            measure = summary_measure(summary, self.journal.language)
            self.meter.setText(f"Summary: {measure} (one breath)")
            self.meter.show()
        else:
            self.meter.hide()

    def _history(self, values: dict[str, str]) -> None:
        """The repeat banner; the journal is asked only when client or category change."""
        key = (values["client"].strip(), values["category"].strip(), self.incident_id())
        if key == self.history_key:
            return
        self.history_key = key
        client, category, incident_id = key
        earlier = []
        if client and category:
            draft = Incident(title="", client=Client(client), category=category, id=incident_id)
            earlier = self.journal.history_for(draft)
        note = history_note(client, category, earlier)
        self.history.setText(f"{note} Failing the same way twice is what makes a client leave.")
        self.history.setVisible(bool(note))
        self.history_button.setVisible(bool(note))

    def _open_history(self) -> None:
        client, category, _ = self.history_key or ("", "", None)
        if client and category:
            self.show_history.emit(IncidentFilter(client=client, category=category), "")

    def incident_id(self) -> int | None:
        return self.incident.id if self.incident else None
