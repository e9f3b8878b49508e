"""What the line under the journal's list says: how many incidents it shows, or why none."""

from __future__ import annotations

from PySide6.QtCore import QObject

SEARCH_LIMIT = 500  # a search lists at most this many, the best first


class ListCount(QObject):
    def said(self, rows: int, searching: bool, filtered: bool) -> str:
        """How many incidents the list shows and what they are; or, with none, why."""
        if not rows:
            return self._nothing(searching, filtered)
        if searching and rows >= SEARCH_LIMIT:
            best = self.tr("%n incident(s) found (the best {limit})", "", rows)
            return best.format(limit=SEARCH_LIMIT)
        if searching:
            return self.tr("%n incident(s) found", "", rows)
        if filtered:
            return self.tr("%n incident(s) match the filters", "", rows)
        return self.tr("%n incident(s)", "", rows)

    def _nothing(self, searching: bool, filtered: bool) -> str:
        if searching and filtered:
            return self.tr("Nothing matches. Try fewer or shorter words, or clear the filters.")
        if searching:
            return self.tr("Nothing matches these words. Try fewer or shorter ones.")
        if filtered:
            return self.tr("No incident matches the filters. “Clear filters” shows them all.")
        return ""
