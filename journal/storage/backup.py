"""Verified backups of the journal: VACUUM INTO a private temp file, check, rename; and restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from journal.domain import BackupInfo
from journal.errors import JournalCorrupt, JournalUnavailable
from journal.storage.connection import Database, create_private_file
from journal.storage.failures import translated

DEFAULT_KEEP = 10
SUFFIX = ".amends-backup"


def backup_folder(journal: Path) -> Path:
    return journal.parent / "backups"


def list_backups(journal: Path) -> list[BackupInfo]:
    """This journal's backups, newest first."""
    folder = backup_folder(journal)
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(
            path=str(entry),
            size=entry.stat().st_size,
            created_at=dt.datetime.fromtimestamp(entry.stat().st_mtime, dt.UTC),
        )
        for entry in folder.glob(f"{journal.stem}-*{SUFFIX}")
    ]
    return sorted(found, key=lambda info: info.path, reverse=True)


def check_backup(path: Path) -> str:
    """Raise JournalCorrupt unless `path` is a whole, readable journal; return its revision."""
    if not path.is_file():
        raise JournalUnavailable(f"There is no backup at {path}.")
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as probe:
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
            revision = probe.execute("SELECT version_num FROM alembic_version").fetchone()
        probe.close()
    except sqlite3.Error as error:
        raise JournalCorrupt(f"{path} is not a usable Amends backup ({error}).") from error
    if verdict != "ok" or revision is None:
        raise JournalCorrupt(f"{path} is damaged ({verdict}); choose another backup.")
    return str(revision[0])


def make_backup(db: Database, keep: int = DEFAULT_KEEP, label: str = "") -> BackupInfo:
    """Write a checked copy of the journal beside it and keep only the newest `keep` copies."""
    folder = backup_folder(db.path)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    name = f"{db.path.stem}-{stamp}{'-' + label if label else ''}{SUFFIX}"
    final = folder / name
    temporary = folder / f".{name}.tmp"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise JournalUnavailable(f"Cannot create the backup folder {folder}: {error}") from error
    create_private_file(temporary)
    try:
        with translated(db.path):
            db.connection.execute("VACUUM INTO ?", (str(temporary),))
        check_backup(temporary)
        os.chmod(temporary, 0o600)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)
    prune_backups(db.path, keep)
    return BackupInfo(
        path=str(final), size=final.stat().st_size, created_at=dt.datetime.now(dt.UTC)
    )


def prune_backups(journal: Path, keep: int) -> None:
    for old in list_backups(journal)[max(keep, 1) :]:
        Path(old.path).unlink(missing_ok=True)


def copy_backup_into(db: Database, backup: Path) -> None:
    """Replace the journal's content with the backup's, page by page, through SQLite."""
    with translated(db.path):
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(db.connection)
        finally:
            source.close()
