"""The journal's care of what is written: reading it whole for damage, the Trash, backups
and restores. Part of Journal (journal.service), kept apart for its size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from journal.domain import Changes
from journal.errors import InvalidInput, JournalReadOnly
from journal.storage import backup, reads, schema
from journal.storage.connection import Database

if TYPE_CHECKING:
    from journal.reports import BackupInfo, TrashedIncident

BACKUP_KEEP_SETTING = "backup_keep"


class Keeping:
    """Journal's methods for keeping what is written safe."""

    path: Path
    _db: Database

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def check_whole(self) -> None:
        """Read the whole journal for damage; JournalCorrupt, and no more writes, if found."""
        self._db.check_whole()

    @property
    def damage(self) -> str:
        """What check_whole() found wrong with the journal; "" while nothing was."""
        return self._db.damaged

    def refuse_writes(self, damage: str) -> None:
        """Another connection found this journal damaged: write nothing more to it."""
        self._db.damaged = damage

    def delete(self, incident_id: int) -> Changes:
        """Move the incident to the Trash, from where restore_from_trash() brings it back."""
        from journal import trash

        trash.move_to_trash(self._db, incident_id)
        return Changes(deleted=frozenset({incident_id}), clients=True, trash=True)

    def trash(self) -> list[TrashedIncident]:
        """The incidents in the Trash, the most recently deleted first."""
        from journal import trash

        return trash.listed(self._db)

    def restore_from_trash(self, incident_ids: Sequence[int]) -> Changes:
        """Put incidents from the Trash back in the journal, with their own numbers."""
        from journal import trash

        restored = trash.restore(self._db, incident_ids)
        return Changes(incidents=frozenset(restored), clients=True, categories=True, trash=True)

    def empty_trash(self, older_than: dt.timedelta | None = None) -> int:
        """Remove incidents from the Trash for good (only those deleted longer ago than
        `older_than`, if given), their text wiped from the file; return how many."""
        from journal import trash

        return trash.empty(self._db, older_than)

    def is_own_file(self, path: Path) -> bool:
        """Whether `path` is the journal, its WAL files or one of its backups."""
        target = path.resolve()
        own = [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
        return any(target == item.resolve() for item in own) or target.parent == (
            backup.backup_folder(self.path).resolve()
        )

    @property
    def backups_to_keep(self) -> int:
        stored = reads.get_setting(self._db, BACKUP_KEEP_SETTING)
        return int(stored) if stored and stored.isdigit() else backup.DEFAULT_KEEP

    def set_backups_to_keep(self, keep: int) -> None:
        if keep < 1:
            raise InvalidInput("Keep at least one backup.")
        with self._db.transaction() as connection:
            reads.put_setting(connection, BACKUP_KEEP_SETTING, str(keep))

    def backup(self) -> BackupInfo:
        return backup.make_backup(self._db, keep=self.backups_to_keep)

    def daily_backup(self) -> BackupInfo | None:
        """A backup on the first start of each day (the user's day); None if one was made
        today already. It works on a read-only journal too."""
        today = dt.datetime.now().astimezone().date()
        made = self.backups()
        if any(info.created_at.astimezone().date() == today for info in made):
            return None
        if made and self._written_last() <= made[0].created_at:
            return None  # nothing changed since the newest: a copy of it would push out older
        return backup.make_backup(self._db, keep=self.backups_to_keep, label="daily")

    def _written_last(self) -> dt.datetime:
        """When the journal's file or its log was last written to (a log is made empty as
        the journal opens: that is no writing)."""
        times = []
        for part in (self.path, Path(f"{self.path}-wal")):
            with suppress(FileNotFoundError):
                found = part.stat()
                if found.st_size:
                    times.append(found.st_mtime)
        return dt.datetime.fromtimestamp(max(times, default=0), dt.UTC)

    def backups(self) -> list[BackupInfo]:
        return backup.list_backups(self.path)

    def restore(self, backup_path: Path | str) -> Changes:
        """Replace the journal with a backup, after backing up the journal as it is now."""
        self.restore_keeping_previous(backup_path)
        return Changes(everything=True, clients=True, categories=True, trash=True)

    def restore_keeping_previous(self, backup_path: Path | str) -> Path:
        """Restore a backup; return where the journal as it was before is kept."""
        from journal.restoring import usable_backup

        source = usable_backup(backup_path, self.path)
        self._db.writable_again()  # opened read-only while the disk was full, say
        if self.read_only:
            raise JournalReadOnly(
                f"{self.path} is read-only, so it cannot be restored into. Make the file and "
                "its folder writable and try again, or copy the backup to a new file and open "
                "that with --db."
            )
        keep = self.backups_to_keep + 1
        previous = backup.make_backup(self._db, keep=keep, label="before-restore")
        backup.copy_backup_into(self._db, source)
        schema.ensure_current(self._db, keep)
        return Path(previous.path)
