"""The figures of the Patterns view: where the user fails the same way, and the counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from journal.storage.connection import Database

if TYPE_CHECKING:  # the figures load with the Patterns view, after the first paint
    from journal.figures import Patterns


class PatternFigures:
    """One open journal's patterns (`journal.patterns`)."""

    def __init__(self, db: Database, today: Callable[[], dt.date]) -> None:
        self._db, self._today = db, today

    def figures(self, limit: int | None = 50) -> Patterns:
        """Where the user fails the same way, what is overdue, and the counts; each long list
        cut to the `limit` largest (None: all of them)."""
        from journal.storage import patterns

        return patterns.patterns(self._db, self._today(), limit)
