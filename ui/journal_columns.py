"""How wide the journal's columns start: room for their words in the language spoken now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

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

    days = (day(dt.date(2026, month, 28)) for month in range(1, 13))
    stages = (unfinished(), *(choice_word(status) for status in Status))
    overdue = QCoreApplication.translate("JournalModel", "overdue")
    return (
        widest(days, 88), 140, 200, 130, widest(map(choice_word, Severity), 72),
        widest(stages, 78), widest([overdue], 64), 300,
    )  # fmt: skip
