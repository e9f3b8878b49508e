"""The journal's categories of mistake: listed with their counts, added, renamed, removed."""

from __future__ import annotations

from journal.domain import Category, Changes
from journal.errors import InvalidInput
from journal.i18n import translate
from journal.storage import reads
from journal.storage.connection import Database


def _tidy(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(translate("Categories", "A category needs a name."))
    return name


class Categories:
    """One open journal's categories (`journal.categories`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str) -> Changes:
        from journal.storage import writes

        name = _tidy(name)
        with self._db.transaction() as connection:
            writes.category_id(connection, name)
        return Changes(categories=True)

    def rename(self, old: str, new: str) -> Changes:
        """Rename a category; its incidents are found by the new name."""
        from journal.storage import writes

        new = _tidy(new)
        with self._db.transaction() as connection:
            writes.rename_category(connection, old, new)
        return Changes(categories=True, everything=True)

    def remove(self, name: str, move_to: str = "other") -> Changes:
        """Delete a category, its incidents moved to `move_to`."""
        from journal.storage import writes

        with self._db.transaction() as connection:
            moved = writes.remove_category(connection, name, move_to)
        return Changes(incidents=frozenset(moved), categories=True)

    def list(self) -> list[Category]:
        """Every category with its number of incidents, in the journal's order."""
        return reads.categories(self._db)
