"""How wide the tables' columns start: room for their words in the language spoken now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from journal.domain import Severity, Status
from journal.formats import day
from journal.words import choice_word, unfinished
from ui.fonts import user_font


def least_widths() -> tuple[int, ...]:
    """Each column's width: room for the widest of its words in the language spoken now (a
    day, a severity, a stage, "overdue"), for names and titles a set width."""
    cells = QFontMetrics(user_font(10.5))

    def widest(words: Iterable[str], least: int) -> int:
        return max(least, *(cells.horizontalAdvance(word) + 16 for word in words))

    stages = (unfinished(), *(choice_word(status) for status in Status))
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
