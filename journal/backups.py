"""The journal's backups: made by hand and on each day's first start, listed, and restored."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from journal import remedies
from journal.domain import Changes
from journal.errors import InvalidInput, JournalCorrupt, JournalReadOnly, JournalTooNew
from journal.i18n import translate
from journal.settings import Settings
from journal.storage import backup, bulk, schema
from journal.storage.connection import Database

if TYPE_CHECKING:
    from journal.reports import BackupInfo

RESTORED = Changes(everything=True, clients=True, categories=True, trash=True)  # a restore


def usable_backup(backup_path: Path | str, journal_path: Path) -> Path:
    """The backup to restore into the journal, checked: not the journal itself, nor newer."""
    source = Path(backup_path)
    if journal_path.exists() and source.exists() and source.samefile(journal_path):
        said = translate(
            "JournalErrors", "{path} is the journal itself; choose one of its backups."
        )
        raise InvalidInput(said.format(path=source))
    if backup.check_backup(source) not in schema.REVISIONS:
        said = translate(
            "JournalErrors",
            "{path} was made by a newer version of Amends; update Amends to restore it.",
        )
        raise JournalTooNew(said.format(path=source))
    return source


class Backups:
    """One open journal's backups (`journal.backups`)."""

    def __init__(self, db: Database, path: Path, settings: Settings) -> None:
        self._db, self._path, self._settings = db, path, settings

    def make(self) -> BackupInfo:
        """A checked copy of the journal as it is now, the oldest beyond those kept removed."""
        return backup.make_backup(self._db, keep=self._settings.backups_to_keep)

    def daily(self) -> BackupInfo | None:
        """A backup on the first start of each day (the user's day); None if one was made
        today already. It works on a read-only journal too."""
        today = dt.datetime.now().astimezone().date()
        made = self.list()
        if any(info.created_at.astimezone().date() == today for info in made):
            return None
        if made and self._written_last() <= made[0].created_at:
            return None  # nothing changed since the newest: a copy of it would push out older
        return backup.make_backup(self._db, keep=self._settings.backups_to_keep, label="daily")

    def _written_last(self) -> dt.datetime:
        """When the journal's file or its log was last written to (a log is made empty as
        the journal opens: that is no writing)."""
        times = []
        for part in (self._path, Path(f"{self._path}-wal")):
            with suppress(FileNotFoundError):
                found = part.stat()
                if found.st_size:
                    times.append(found.st_mtime)
        return dt.datetime.fromtimestamp(max(times, default=0), dt.UTC)

    def restore(self, backup_path: Path | str) -> Changes:
        """Replace the journal with a backup, after backing up the journal as it is now."""
        self.restore_keeping_previous(backup_path)
        return RESTORED

    def restore_keeping_previous(self, backup_path: Path | str) -> Path:
        """Restore a backup; return where the journal as it was before is kept."""
        source = usable_backup(backup_path, self._path)
        self._db.writable_again()  # opened read-only while the disk was full, say
        if self._db.read_only:
            said = translate("JournalErrors", "{path} is read-only, so it cannot be restored into.")
            raise JournalReadOnly(said.format(path=self._path), remedies.RESTORE_INTO_A_COPY)
        keep = self._settings.backups_to_keep + 1
        try:
            previous = Path(backup.make_backup(self._db, keep=keep, label="before-restore").path)
        except JournalCorrupt:  # too damaged to copy through SQLite: kept as it is instead
            previous = backup.set_damaged_aside(self._path)
        backup.copy_backup_into(self._db, source)
        schema.ensure_current(self._db, keep)
        # The copy made just before (or the damaged one set aside) holds the numbers given.
        self.keep_numbers_used(backup.highest_number_used(self._path))
        self._db.damaged = ""  # what was found damaged is replaced by a checked backup
        return previous

    def keep_numbers_used(self, highest: int) -> None:
        """After a restore: no new incident gets a number up to `highest`, which the journal
        gave before it."""
        with self._db.transaction() as connection:
            bulk.keep_numbers_used(connection, highest)

    def is_own_file(self, path: Path) -> bool:
        """Whether `path` is the journal, its WAL files or one of its backups."""
        target = path.resolve()
        own = [self._path, Path(f"{self._path}-wal"), Path(f"{self._path}-shm")]
        folders = [folder.resolve() for folder in backup.backup_folders(self._path)]
        return any(target == item.resolve() for item in own) or target.parent in folders

    def list(self) -> list[BackupInfo]:
        """The journal's backups, the newest first."""
        return backup.list_backups(self._path)
