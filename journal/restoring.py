"""Restoring a backup, also into a journal too damaged to open."""

from __future__ import annotations

from pathlib import Path

from journal import remedies
from journal.backups import usable_backup
from journal.errors import InvalidInput, JournalCorrupt
from journal.i18n import translate
from journal.service import Journal
from journal.storage import backup
from journal.storage.connection import (
    SQLITE_HEADER,
    default_journal_path,
    refuse_unless_a_file,
)


def _was_a_journal(path: Path) -> bool:
    """Whether a file SQLite cannot read is a damaged journal, which a restore may replace:
    it starts as SQLite files do, is named as journals are, or has backups of its own."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header == SQLITE_HEADER or path.suffix == ".amends" or bool(backup.list_backups(path))


def restore_journal(journal_path: Path | str | None, backup_path: Path | str) -> Path:
    """Restore a backup into a journal, even one too damaged to open; the journal as it was
    is kept in its backups folder, and that copy's path is returned."""
    path = Path(journal_path) if journal_path is not None else default_journal_path()
    refuse_unless_a_file(path)
    source = usable_backup(backup_path, path)
    try:
        with Journal(path) as journal:
            return journal.backups.restore_keeping_previous(source)
    except JournalCorrupt:
        if not _was_a_journal(path):
            said = translate(
                "JournalErrors",
                "{path} is not an Amends journal, not even a damaged one, so it was left as it is.",
            )
            raise InvalidInput(said.format(path=path), remedies.NAME_THE_JOURNAL) from None
        kept = backup.set_damaged_aside(path)
        backup.replace_with_backup(path, source)
        with Journal(path) as journal:  # upgrades an older backup, and checks the result opens
            journal.backups.keep_numbers_used(backup.highest_number_used(path))
            return kept
