"""Incidents into the journal from Amends JSON, all or none, and out as JSON, CSV or Markdown."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from journal.domain import Changes, Incident
from journal.errors import InvalidInput
from journal.i18n import translate
from journal.incidents import Incidents
from journal.storage.connection import Database

if TYPE_CHECKING:  # pydantic and the bulk writes load with the first import or export
    from journal.backups import Backups
    from journal.reports import ImportResult
    from journal.storage import bulk


class Transfer:
    """Imports into and exports of one open journal (`journal.transfer`)."""

    def __init__(self, db: Database, incidents: Incidents, backups: Backups) -> None:
        self._db, self._incidents, self._backups = db, incidents, backups

    def import_incidents(
        self, incidents: Sequence[Incident], progress: bulk.Progress | None = None
    ) -> ImportResult:
        """Add all the incidents, or none. Their ids are kept when none is taken already.
        `progress(done, total)` is told before the first is written and after each batch; a
        Cancelled raised from it stops the import and leaves the journal as it was."""
        from journal.drafts import normalized
        from journal.storage import bulk

        self._db.check_whole()  # an import is large: it goes into no damaged journal
        cleaned = [normalized(incident) for incident in incidents]
        wanted = [incident.id for incident in cleaned]
        keep_ids = all(wanted) and len(set(wanted)) == len(wanted)
        if progress and cleaned:  # checked and about to write: the last moment to stop at no cost
            progress(0, len(cleaned))
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

    def export(
        self, out: IO[str], file_format: str = "json", progress: bulk.Progress | None = None
    ) -> int:
        """Write every incident as Amends JSON, CSV or Markdown; return how many.
        `progress(done, total)` is told as they are written, and may raise Cancelled."""
        from journal import exporters, interchange

        writers = {
            "json": interchange.write,
            "csv": exporters.write_csv,
            "md": exporters.write_markdown,
        }
        if file_format not in writers:
            said = translate("JournalErrors", "Amends exports {formats}, not {format}.")
            raise InvalidInput(said.format(formats=", ".join(writers), format=repr(file_format)))
        with self._db.snapshot():  # one consistent state, even if another program writes
            incidents = self._incidents.all()
            if progress:
                incidents = _told(incidents, self._incidents.count(), progress)
            return writers[file_format](incidents, out)

    def export_to(
        self, path: Path, file_format: str = "json", progress: bulk.Progress | None = None
    ) -> int:
        """export() into the file at `path`, whole or not at all: failed or cancelled, it
        leaves the file as it was. Never over the journal, its backups or a folder."""
        from journal.files import write_atomically

        check_output(self._backups, path)
        written: list[int] = []
        write_atomically(path, lambda out: written.append(self.export(out, file_format, progress)))
        return written[0]


EXPORT_STEP = 500  # incidents written between two calls of an export's progress


def _told(incidents: Iterator[Incident], total: int, progress: bulk.Progress) -> Iterator[Incident]:
    """The incidents as they are, telling `progress` every EXPORT_STEP and after the last."""
    done = 0
    progress(done, total)
    for incident in incidents:
        yield incident
        done += 1
        if done % EXPORT_STEP == 0:
            progress(done, total)
    if done % EXPORT_STEP:
        progress(done, total)


def check_output(backups: Backups, path: Path) -> None:
    """InvalidInput unless `path` can take a file Amends writes: never the journal, its
    backups, a folder, a device or a pipe."""
    from journal.storage.connection import FOLDER, not_a_file

    if backups.is_own_file(path):
        said = translate("JournalErrors", "{path} is the journal or one of its backups.")
        raise InvalidInput(said.format(path=path))
    kind = not_a_file(path)
    if kind:
        said = (
            translate("JournalErrors", "{path} is a folder: choose a file to write to.")
            if kind == FOLDER
            else translate(
                "JournalErrors", "{path} is not a plain file: choose a file to write to."
            )
        )
        raise InvalidInput(said.format(path=path))
