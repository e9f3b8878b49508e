"""Verified backups of the journal: VACUUM INTO a private temp file, check, rename; and restore."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import JournalCorrupt, JournalUnavailable
from journal.storage.connection import Database, create_private_file
from journal.storage.failures import translated

DEFAULT_KEEP = 10
SUFFIX = ".amends-backup"

if TYPE_CHECKING:
    from journal.reports import BackupInfo


def backup_folder(journal: Path) -> Path:
    return journal.parent / "backups"


STAMP = "%Y%m%d-%H%M%S-%f"


def _name_pattern(journal: Path) -> re.Pattern[str]:
    """Names of this journal's backups only (not those of `work-old` beside `work`)."""
    return re.compile(
        re.escape(journal.stem) + r"-(\d{8}-\d{6}-\d{6})(?:-[a-z0-9_-]+)?" + re.escape(SUFFIX)
    )


def _info(path: str, size: int, made: dt.datetime) -> BackupInfo:
    from journal.reports import BackupInfo  # not needed to open a journal: loaded when used

    return BackupInfo(path=path, size=size, created_at=made)


def list_backups(journal: Path) -> list[BackupInfo]:
    """This journal's backups, newest first."""
    folder = backup_folder(journal)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(journal)
    found = []
    for entry in folder.iterdir():
        matched = pattern.fullmatch(entry.name)
        if matched:
            made = dt.datetime.strptime(matched.group(1), STAMP).replace(tzinfo=dt.UTC)
            found.append(_info(str(entry), entry.stat().st_size, made))
    return sorted(found, key=lambda info: info.created_at, reverse=True)


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
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP)
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
    made = dt.datetime.strptime(stamp, STAMP).replace(tzinfo=dt.UTC)
    return _info(str(final), final.stat().st_size, made)


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


def set_damaged_aside(journal: Path) -> Path:
    """Copy a journal SQLite cannot read (and its WAL) into the backups folder, as it is."""
    folder = backup_folder(journal)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP)
    kept = folder / f"{journal.stem}-{stamp}-damaged{SUFFIX}"
    for source, target in ((journal, kept), (Path(f"{journal}-wal"), Path(f"{kept}-wal"))):
        if source.exists():
            create_private_file(target)
            shutil.copyfile(source, target)
    return kept


def replace_with_backup(journal: Path, backup: Path) -> None:
    """Put a copy of the backup where the journal was, for when SQLite cannot open the journal."""
    temporary = journal.with_name(f".{journal.name}.restoring")
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    try:
        shutil.copyfile(backup, temporary)
        for leftover in (Path(f"{journal}-wal"), Path(f"{journal}-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(temporary, journal)
    finally:
        temporary.unlink(missing_ok=True)
