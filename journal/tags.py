"""The tags the journal's incidents have, for choosing one to filter by."""

from __future__ import annotations

from journal.storage import reads
from journal.storage.connection import Database


class Tags:
    """One open journal's tags (`journal.tags`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[str]:
        """The tags some incident has, in alphabetical order."""
        return reads.used_tags(self._db)
