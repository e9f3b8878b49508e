"""Incidents into the journal from Amends JSON, all or none, and out as JSON, CSV or Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from journal.domain import Changes, Incident
from journal.errors import InvalidInput
from journal.incidents import Incidents
from journal.storage.connection import Database

if TYPE_CHECKING:  # pydantic and the bulk writes load with the first import or export
    from journal.reports import ImportResult
    from journal.storage import bulk


class Transfer:
    """Imports into and exports of one open journal (`journal.transfer`)."""

    def __init__(self, db: Database, incidents: Incidents) -> None:
        self._db, self._incidents = db, incidents

    def import_incidents(
        self, incidents: Sequence[Incident], progress: bulk.Progress | None = None
    ) -> ImportResult:
        """Add all the incidents, or none. Their ids are kept when none is taken already."""
        from journal.drafts import normalized
        from journal.storage import bulk

        self._db.check_whole()  # an import is large: it goes into no damaged journal
        cleaned = [normalized(incident) for incident in incidents]
        wanted = [incident.id for incident in cleaned]
        keep_ids = all(wanted) and len(set(wanted)) == len(wanted)
        with self._db.transaction() as connection:
            keep_ids = keep_ids and not bulk.taken(connection, wanted)
            ids, new_clients, new_categories = bulk.insert_incidents(
                connection, cleaned, keep_ids=keep_ids, progress=progress
            )
        # Committed: from here on, a failure must not say the import did not happen.
        self._db.fold_log()
        from journal.reports import ImportResult

        return ImportResult(
            count=len(ids),
            renumbered=any(wanted) and not keep_ids,
            changes=Changes(
                incidents=frozenset(ids), clients=new_clients, categories=new_categories
            ),
        )

    def import_json(self, data: bytes | str, progress: bulk.Progress | None = None) -> ImportResult:
        """Import an Amends JSON file's content: checked whole first, then all of it or none."""
        from journal import interchange

        return self.import_incidents(interchange.parse(data), progress=progress)

    def export(self, out: IO[str], file_format: str = "json") -> int:
        """Write every incident as Amends JSON, CSV or Markdown; return how many."""
        from journal import exporters, interchange

        writers = {
            "json": interchange.write,
            "csv": exporters.write_csv,
            "md": exporters.write_markdown,
        }
        if file_format not in writers:
            raise InvalidInput(f"Amends exports {', '.join(writers)}, not {file_format!r}.")
        with self._db.snapshot():  # one consistent state, even if another program writes
            return writers[file_format](self._incidents.all(), out)
