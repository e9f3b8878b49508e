"""The journal's table, and how wide the tables' columns start: room for their words in the
language spoken now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from journal.domain import Severity
from journal.formats import day
from journal.listing import STAGES, SortKey
from journal.words import choice_word, stage_name
from ui.fonts import user_font
from ui.journal_model import FOUND_IN, SORT_KEYS, TITLE, JournalModel
from ui.named import named


def least_widths() -> tuple[int, ...]:
    """Each column's width: room for the widest of its words in the language spoken now (a
    day, a severity, a stage, "overdue"), for names and titles a set width."""
    cells = QFontMetrics(user_font(10.5))

    def widest(words: Iterable[str], least: int) -> int:
        return max(least, *(cells.horizontalAdvance(word) + 16 for word in words))

    stages = map(stage_name, STAGES)
    overdue = QCoreApplication.translate("JournalModel", "overdue")
    return (
        max(88, widest_day(cells)), 120, 200, 120, widest(map(choice_word, Severity), 72),
        widest(stages, 78), widest([overdue], 64), 300,
    )  # fmt: skip


def set_widths(table: QTableView, widths: Iterable[int]) -> None:
    """Each column at its width, or wider where its heading needs it: a heading longer in
    another language is never cut."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, width in enumerate(widths):
        shown = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(shown) + 24))


def widest_day(metrics: QFontMetrics) -> int:
    """Room for any day as the language spoken now writes it (its longest month's name)."""
    days = (day(dt.date(2026, month, 28)) for month in range(1, 13))
    return max(metrics.horizontalAdvance(written) for written in days) + 16


def journal_table(model: JournalModel, key: SortKey, descending: bool) -> QTableView:
    """The journal's list of incidents, sorted by `key`, its title taking the room left."""
    table = named(QTableView(), "journal")
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header = table.horizontalHeader()
    header.setSortIndicator(SORT_KEYS.index(key), order)  # first: enabling sorting sorts by it
    table.setSortingEnabled(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.moveSection(FOUND_IN, TITLE + 1)  # the snippet beside the title
    header.sectionClicked.connect(lambda _: header.setSortIndicatorShown(True))
    set_widths(table, least_widths())
    table.setFont(user_font(10.5))
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class StretchFit(QObject):
    """One column of a table takes the room the others leave (the title; the snippet while
    searching), but never less than room for a few words: a narrower table scrolls sideways
    instead of cutting the column that says what each row is to a letter or two."""

    LEAST = 140  # pixels: a short title, or the start of a long one

    def __init__(self, table: QTableView, stretching: int) -> None:
        super().__init__(table)
        self.table, self.stretching = table, stretching
        self.started = False

    def start(self) -> None:
        """Fit from now on. Not before the list's first paint: watching the table's resizes
        and switching the column's mode while the window is laid out cost that paint 8 ms."""
        self.started = True
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(self._resized)
        self.fit()

    def stretch(self, column: int) -> None:
        """Let `column` take the room from now on; the one before keeps the width it has."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.stretching, QHeaderView.ResizeMode.Interactive)
        self.stretching = column
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # unless too narrow:
        self.fit()

    def fit(self) -> None:
        if not self.started:
            return
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.stretching and not header.isSectionHidden(column)
        )
        roomy = self.table.viewport().width() - others >= self.LEAST
        mode = QHeaderView.ResizeMode.Stretch if roomy else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.stretching) != mode:
            header.setSectionResizeMode(self.stretching, mode)
            if not roomy:
                header.resizeSection(self.stretching, self.LEAST)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.stretching:  # another column widened by hand takes from this one
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's class, not event.type(): making Python's QEvent.Type costs 30 ms, and
        # this runs before the window's first paint.
        if isinstance(event, QResizeEvent):
            self.fit()
        return False
