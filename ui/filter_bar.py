"""The journal's filters: client, category, severity, status, dates, tag and overdue steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Severity
from journal.listing import STAGES, UNFINISHED, IncidentFilter, SortKey, stage_filter
from journal.naming import name_key
from journal.service import Journal
from journal.words import category_word, choice_word, stage_name
from ui.filter_state import parse_day
from ui.named import named
from ui.plain_text import tooltip
from ui.theme import colors


class ChoicesRead(NamedTuple):
    """The names to choose from."""

    clients: list[str]
    categories: list[str]
    tags: list[str]


def read_choices(journal: Journal) -> ChoicesRead:
    """The client, category and tag names to choose from (on any thread's journal)."""
    return ChoicesRead(
        journal.clients.names(), [c.name for c in journal.categories.list()], journal.tags.list()
    )


def _combo(name: str, tip: str, everything: str) -> QComboBox:
    combo = named(QComboBox(), name, tip)
    combo.setProperty("everything", everything)
    # As wide as its words up to a point; a longer category is cut in the box, whole in its
    # list, so that no name widens the window.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def _date(name: str, tip: str) -> QLineEdit:
    shown = QCoreApplication.translate("FilterBar", "any", "a date filter left empty")
    edit = named(QLineEdit(placeholderText=shown), name, tip)
    edit.setProperty("tip", tip)  # said again once what was typed is a date again
    edit.setClearButtonEnabled(True)
    edit.setFixedWidth(110)
    return edit


def _choose(combo: QComboBox, choice: str | None, words: Callable[[str], str] = str) -> None:
    """Choose the item that holds `choice` (None: the first, no filter). One not listed (the
    lists are filled after the first paint; a category deleted meanwhile) is added, shown in
    `words`."""
    value = choice.value if isinstance(choice, StrEnum) else choice
    if value and combo.findData(value) < 0:
        combo.addItem(choice_word(choice) if isinstance(choice, StrEnum) else words(value), value)
    combo.setCurrentIndex(combo.findData(value) if value else 0)


def _holds(name: str, typed: str) -> bool:
    return name_key(typed) in name_key(name)  # as names compare everywhere (journal.naming)


class FilterBar(QWidget):
    changed = Signal()
    said = Signal(str, bool)  # for the status bar: what happened, and whether it went wrong

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.ids: tuple[int, ...] | None = None
        self.sort = (SortKey.OCCURRED, True)
        # A name with completion, not a list: a journal can have thousands of clients.
        self.client = named(QLineEdit(placeholderText=self.tr("All clients")), "client")
        self.client.setToolTip(self.tr("Only this client's incidents: type a name, Enter to apply"))
        self.client.setClearButtonEnabled(True)
        self.client.setFixedWidth(190)
        self.client_names = QStringListModel(self)
        completer = QCompleter(self.client_names, self.client)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._client_chosen)
        self.client.setCompleter(completer)
        self.chosen_client = ""
        self.days: tuple[dt.date | None, dt.date | None] = (None, None)
        self.label = ""  # says what an ids filter (a chart's bar) shows
        self.category = _combo(
            "category", self.tr("Only this kind of mistake"), self.tr("All categories")
        )
        self.severity = _combo("severity", self.tr("Only this severity"), self.tr("All severities"))
        self.status = _combo(
            "status", self.tr("Only incidents at this stage"), self.tr("All stages")
        )
        self.tag = _combo("tag", self.tr("Only incidents with this tag"), self.tr("All tags"))
        self.occurred_from = _date("from", self.tr("On or after: 2026-03-02, 2026-03 or 2026"))
        self.occurred_to = _date(
            "to", self.tr("On or before: 2026-03-02, 2026-03 (its end) or 2026")
        )
        self.overdue = named(QCheckBox(self.tr("Overdue steps")), "overdue")
        self.overdue.setToolTip(self.tr("Only incidents with a prevention step past its due date"))
        self.chip = named(QLabel(textFormat=Qt.TextFormat.PlainText), "chip")
        # A long label (a root cause) is cut short here and never widens the window.
        self.chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chip.setMinimumWidth(40)
        self.clear = named(QPushButton(self.tr("Clear filters")), "clear")
        self.clear.clicked.connect(self.reset)
        # Two rows: what the incidents are, then when and how they went. One row would not
        # fit a 1024-pixel screen in the longer languages.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        what, layout = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(what)
        rows.addLayout(layout)
        what.addWidget(self.client)
        for widget in (self.category, self.severity, self.status, self.tag):
            what.addWidget(widget)
        what.addStretch(1)
        dates = (
            (self.tr("From", "before the first day of a date filter"), self.occurred_from),
            (self.tr("to", "between the first and last day of a date filter"), self.occurred_to),
        )
        for label, edit in dates:
            caption = QLabel(label)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
        layout.addWidget(self.overdue)
        layout.addWidget(self.chip, 1)
        layout.addWidget(self.clear)
        self._quiet = False
        for combo in (self.category, self.severity, self.status, self.tag):
            combo.addItem(combo.property("everything"))  # the rest by fill_choices()
            combo.currentIndexChanged.connect(self._changed)
        self.client.editingFinished.connect(self._client_chosen)
        self.client.textChanged.connect(self._client_cleared)
        for edit in (self.occurred_from, self.occurred_to):
            edit.editingFinished.connect(self._dates_changed)
            edit.textChanged.connect(self._date_edited)
        self.overdue.toggled.connect(self._changed)

    def fill_choices(self, lists: ChoicesRead | None = None) -> None:
        """The names to choose from, as the journal has them now (read here unless given, as
        read_choices() reads them); the choice stays."""
        clients, categories, tags = lists or read_choices(self.journal)
        kept = self.selection()
        self._quiet = True
        self.client_names.setStringList(clients)
        # Each item shows its words and holds what the filter takes: a name, a stored value.
        choices: tuple[tuple[QComboBox, list[tuple[str, str]]], ...] = (
            (self.category, [(category_word(name), name) for name in categories]),
            (self.severity, [(choice_word(s), s.value) for s in Severity]),
            (self.status, [(stage_name(stage), stage) for stage in STAGES]),
            (self.tag, [(name, name) for name in tags]),
        )
        for combo, items in choices:
            combo.clear()
            combo.addItem(combo.property("everything"))  # no data: no filter
            for words, value in items:
                combo.addItem(words, value)
        self._quiet = False
        self.show_selection(kept, self.label)

    def _client_chosen(self, *_: object) -> None:
        typed = self.client.text().strip()
        # Part of one client's name ("Margaret") is that client, as the list offered it.
        holding = [name for name in self.client_names.stringList() if _holds(name, typed)]
        if typed and len(holding) == 1 and name_key(holding[0]) != name_key(typed):
            typed = holding[0]
            self.client.setText(typed)
        if typed != self.chosen_client:
            self.chosen_client = typed
            self._changed()

    def _client_cleared(self, text: str) -> None:
        if not text.strip() and self.chosen_client:
            self._client_chosen()

    def _date_edited(self, text: str) -> None:
        if not text:  # cleared: at once; typed: once it is whole
            self._dates_changed()

    def _dates_changed(self) -> None:
        """Dates apply when typed in full (Enter, Tab) or cleared, not at every keystroke.
        One that is no date is said to be none, in the status bar too, and is left out."""
        days = (self._day(self.occurred_from), self._day(self.occurred_to, end=True))
        edits = self._date_edits()
        unread = [edit for edit, day in zip(edits, days, strict=True) if edit.text() and not day]
        if unread and not self._quiet:  # typed, not set from elsewhere (a chart's bar)
            self.said.emit(unread[0].toolTip(), True)
        if days != self.days:
            self.days = days
            self._changed()
        self._update_clear()

    def _date_edits(self) -> tuple[QLineEdit, QLineEdit]:
        return self.occurred_from, self.occurred_to

    def _day(self, edit: QLineEdit, end: bool = False) -> dt.date | None:
        try:
            day = parse_day(edit.text(), end)
        except ValueError:
            edit.setStyleSheet(f"color: {colors().error};")
            edit.setToolTip(self.tr("Not a date: write 2026-03-02, 2026-03 or 2026."))
            return None
        edit.setStyleSheet("")
        edit.setToolTip(str(edit.property("tip")))
        return day

    def _changed(self) -> None:
        if not self._quiet:
            self._update_clear()
            self.changed.emit()

    def _update_clear(self) -> None:
        typed = any(edit.text().strip() for edit in self._date_edits())  # read or not
        self.clear.setEnabled(typed or not self.selection().is_empty)

    def selection(self) -> IncidentFilter:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return value if isinstance(value, str) and value else None

        severity = chosen(self.severity)
        status, unfinished = stage_filter(chosen(self.status))
        return IncidentFilter(
            client=self.chosen_client or None,
            category=chosen(self.category),
            severity=Severity(severity) if severity else None,
            status=status,
            tag=chosen(self.tag),
            occurred_from=self.days[0],
            occurred_to=self.days[1],
            overdue=self.overdue.isChecked(),
            ids=self.ids,
            sort=self.sort[0],
            descending=self.sort[1],
            unfinished=unfinished,
        )

    def show_selection(self, selection: IncidentFilter, label: str = "") -> None:
        """Set every field to `selection` (a chart's click, a restart) and say so once."""
        self._quiet = True
        self.client.setText(selection.client or "")
        self.chosen_client = selection.client or ""
        _choose(self.category, selection.category, category_word)
        _choose(self.severity, selection.severity)
        _choose(self.status, UNFINISHED if selection.unfinished else selection.status, stage_name)
        _choose(self.tag, selection.tag)
        self.days = (selection.occurred_from, selection.occurred_to)
        for edit, day in zip(self._date_edits(), self.days, strict=True):
            edit.setText(day.isoformat() if day else "")
            edit.setStyleSheet("")
        self.overdue.setChecked(selection.overdue)
        self.ids = selection.ids
        self.sort = (selection.sort, selection.descending)
        self.label = label if selection.ids is not None else ""
        self.chip.setText(self.label)
        self.chip.setToolTip(tooltip(self.label))
        self._quiet = False
        self._update_clear()

    def reset(self) -> None:
        self.show_selection(IncidentFilter(sort=self.sort[0], descending=self.sort[1]))
        self.changed.emit()
