"""Full-text search of the journal: ranked hits, the quick ids, and the marked snippets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from journal.listing import IncidentFilter, SearchHit, SnippetPart
from journal.storage import reads
from journal.storage.connection import Database


class Search:
    """Searching one open journal's incidents (`journal.search`)."""

    def __init__(self, db: Database, today: Callable[[], dt.date]) -> None:
        self._db, self._today = db, today

    def find(
        self, text: str, selection: IncidentFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Incidents containing every word of `text`, best first, each with a marked snippet."""
        from journal.storage import finding

        found = finding.ranked(self._db, text, selection, self._today(), limit, True)
        ranked = {incident_id: (rank, parts) for incident_id, rank, parts in found}
        rows = reads.rows_for(self._db, list(ranked), self._today())
        return [SearchHit(row, ranked[row.id][1], ranked[row.id][0]) for row in rows]

    def ids(self, text: str, selection: IncidentFilter | None = None, limit: int = 50) -> list[int]:
        """The ids find() finds, best first, without rows or snippets: the quick part."""
        from journal.storage import finding

        return [
            found for found, _ in finding.ranked(self._db, text, selection, self._today(), limit)
        ]

    def snippets(self, text: str, ids: Sequence[int]) -> dict[int, tuple[SnippetPart, ...]]:
        """For the given incidents, the text around what `text` matches, marked."""
        from journal.storage import finding

        return finding.snippets(self._db, text, ids)
