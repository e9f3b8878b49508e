"""The journal's filters: client, category, severity, status, dates, tag and overdue steps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from journal.domain import IncidentFilter, Severity, SortKey, Status
from journal.service import Journal

ANY = "any"  # what an unset date reads
NO_DATE = QDate(2000, 1, 1)  # the lowest date a range field takes; it reads "any"


def filter_to_text(selection: IncidentFilter, label: str = "") -> str:
    """The filter as JSON, to keep in the journal between runs."""
    values: dict[str, Any] = dataclasses.asdict(selection)
    for key in ("occurred_from", "occurred_to"):
        values[key] = values[key] and values[key].isoformat()
    values["ids"] = None if selection.ids is None else list(selection.ids)
    values["label"] = label
    return json.dumps(values, ensure_ascii=False)


def filter_from_text(text: str | None) -> tuple[IncidentFilter, str]:
    """The filter kept by filter_to_text, and its label; anything unreadable is no filter."""
    try:
        values = json.loads(text or "{}")
        label = str(values.pop("label", ""))
        for key in ("occurred_from", "occurred_to"):
            values[key] = values.get(key) and dt.date.fromisoformat(values[key])
        values["severity"] = values.get("severity") and Severity(values["severity"])
        values["status"] = values.get("status") and Status(values["status"])
        values["sort"] = SortKey(values.get("sort", SortKey.OCCURRED))
        ids = values.get("ids")
        values["ids"] = None if ids is None else tuple(int(i) for i in ids)
        return IncidentFilter(**values), label
    except (ValueError, TypeError, AttributeError):
        return IncidentFilter(), ""


def _combo(name: str, tip: str, everything: str) -> QComboBox:
    combo = QComboBox(objectName=name, toolTip=tip)
    combo.setProperty("everything", everything)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _date(name: str, tip: str) -> QDateEdit:
    edit = QDateEdit(objectName=name, toolTip=tip, calendarPopup=True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(ANY)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(NO_DATE)
    return edit


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.ids: tuple[int, ...] | None = None
        self.sort = (SortKey.OCCURRED, True)
        # A name with completion, not a list: a journal can have thousands of clients.
        self.client = QLineEdit(objectName="client", placeholderText="All clients")
        self.client.setToolTip("Only this client's incidents: type a name, Enter to apply")
        self.client.setClearButtonEnabled(True)
        self.client.setFixedWidth(190)
        self.client_names = QStringListModel(self)
        completer = QCompleter(self.client_names, self.client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._client_chosen)
        self.client.setCompleter(completer)
        self.chosen_client = ""
        self.category = _combo("category", "Only this kind of mistake", "All categories")
        self.severity = _combo("severity", "Only this severity", "All severities")
        self.status = _combo("status", "Only incidents at this stage", "All stages")
        self.tag = _combo("tag", "Only incidents with this tag", "All tags")
        self.occurred_from = _date("from", "Incidents on or after this date")
        self.occurred_to = _date("to", "Incidents on or before this date")
        self.overdue = QCheckBox("Overdue steps", objectName="overdue")
        self.overdue.setToolTip("Only incidents with a prevention step past its due date")
        self.chip = QLabel(objectName="chip", textFormat=Qt.TextFormat.PlainText)
        self.clear = QPushButton("Clear filters", objectName="clear")
        self.clear.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client)
        for widget in (self.category, self.severity, self.status, self.tag):
            layout.addWidget(widget)
        for label, widget in (("From", self.occurred_from), ("to", self.occurred_to)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addWidget(self.overdue)
        layout.addWidget(self.chip, 1)
        layout.addWidget(self.clear)
        self._quiet = False
        for combo in (self.category, self.severity, self.status, self.tag):
            combo.addItem(combo.property("everything"))  # the rest by fill_choices()
        self.client.editingFinished.connect(self._client_chosen)
        self.client.textChanged.connect(self._client_cleared)
        for combo in (self.category, self.severity, self.status, self.tag):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.occurred_from, self.occurred_to):
            edit.dateChanged.connect(self._changed)
        self.overdue.toggled.connect(self._changed)

    def fill_choices(self) -> None:
        """The names to choose from, as the journal has them now; the choice stays."""
        kept = self.selection()
        self._quiet = True
        self.client_names.setStringList(self.journal.client_names())
        choices = (
            (self.category, [c.name for c in self.journal.categories()]),
            (self.severity, [s.value for s in Severity]),
            (self.status, [s.value.replace("_", " ") for s in Status]),
            (self.tag, self.journal.tags()),
        )
        for combo, names in choices:
            combo.clear()
            combo.addItems([combo.property("everything"), *names])
        self._quiet = False
        self.show_selection(kept, self.chip.text())

    def _client_chosen(self, *_: object) -> None:
        if self.client.text().strip() != self.chosen_client:
            self.chosen_client = self.client.text().strip()
            self._changed()

    def _client_cleared(self, text: str) -> None:
        if not text.strip() and self.chosen_client:
            self._client_chosen()

    def _changed(self) -> None:
        if not self._quiet:
            self._update_clear()
            self.changed.emit()

    def _update_clear(self) -> None:
        self.clear.setEnabled(not self.selection().is_empty)

    def selection(self) -> IncidentFilter:
        def chosen(combo: QComboBox) -> str | None:
            text = combo.currentText().strip()
            return None if text in ("", combo.property("everything")) else text

        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == NO_DATE else value.toPython()  # type: ignore[no-any-return]

        severity, status = chosen(self.severity), chosen(self.status)
        return IncidentFilter(
            client=self.chosen_client or None,
            category=chosen(self.category),
            severity=Severity(severity) if severity else None,
            status=Status(status.replace(" ", "_")) if status else None,
            tag=chosen(self.tag),
            occurred_from=day(self.occurred_from),
            occurred_to=day(self.occurred_to),
            overdue=self.overdue.isChecked(),
            ids=self.ids,
            sort=self.sort[0],
            descending=self.sort[1],
        )

    def show_selection(self, selection: IncidentFilter, label: str = "") -> None:
        """Set every field to `selection` (a chart's click, a restart) and say so once."""
        self._quiet = True
        self.client.setText(selection.client or "")
        self.chosen_client = selection.client or ""
        for combo, value in (
            (self.category, selection.category),
            (self.severity, selection.severity and selection.severity.value),
            (self.status, selection.status and selection.status.value.replace("_", " ")),
            (self.tag, selection.tag),
        ):
            if value and combo.findText(value) < 0:
                combo.addItem(value)
            combo.setCurrentIndex(combo.findText(value) if value else 0)
        self.occurred_from.setDate(QDate(selection.occurred_from or NO_DATE.toPython()))
        self.occurred_to.setDate(QDate(selection.occurred_to or NO_DATE.toPython()))
        self.overdue.setChecked(selection.overdue)
        self.ids = selection.ids
        self.sort = (selection.sort, selection.descending)
        self.chip.setText(label if selection.ids is not None else "")
        self._quiet = False
        self._update_clear()

    def reset(self) -> None:
        self.show_selection(IncidentFilter(sort=self.sort[0], descending=self.sort[1]))
        self.changed.emit()
