"""Verified backups of the journal: VACUUM INTO a private temp file, check, rename; and restore."""

from __future__ import annotations

import datetime as dt
import glob
import re
import shutil
import sqlite3
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import JournalCorrupt, JournalUnavailable
from journal.files import put_in_place, temporary_beside
from journal.i18n import translate
from journal.storage.connection import Database, create_private_file
from journal.storage.failures import cannot_write, translated

SUFFIX = ".amends-backup"
STAMP = "%Y%m%d-%H%M%S-%f"
_STAMPED = r"(\d{8}-\d{6}-\d{6})(?:-([a-z0-9_-]+))?" + re.escape(SUFFIX)
# A backup writes its hidden temporary copy (VACUUM INTO adds a -journal beside it), then
# checks it, within minutes; one unchanged for this long was left by a backup that was killed.
STALE_TEMPORARY_SECONDS = 3600
_TEMPORARY = re.compile(r"\..+" + re.escape(SUFFIX) + r"\.tmp(?:-journal)?")
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

if TYPE_CHECKING:
    from journal.reports import BackupInfo


def backup_folder(journal: Path) -> Path:
    """Where the journal's backups go: the folder chosen in Settings, else `backups` beside it."""
    from journal import preferences

    return preferences.backup_folder(journal) or usual_backup_folder(journal)


def usual_backup_folder(journal: Path) -> Path:
    return journal.parent / "backups"


def backup_folders(journal: Path) -> list[Path]:
    """Every folder the journal's backups may be in: the chosen one, and the one beside it
    (the backups made before a folder was chosen, or while it could not be reached)."""
    return list(dict.fromkeys((backup_folder(journal), usual_backup_folder(journal))))


def _ready_folder(journal: Path) -> Path:
    """The folder to write a backup into, made if need be: the chosen one, or the one beside
    the journal while the chosen one cannot be reached (a drive not plugged in)."""
    failure: OSError | None = None
    for folder in backup_folders(journal):
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            return folder
        except OSError as error:
            failure = failure or error
    raise cannot_write(backup_folder(journal), failure or OSError(), backup=True)


def backup_name(journal: Path, made: dt.datetime, label: str = "") -> str:
    """`work.amends.20260302-101500-000000-before-restore.amends-backup`: named by the journal's
    whole file name, so `work.amends` and `work.sqlite` beside it each keep their own."""
    return f"{journal.name}.{made.strftime(STAMP)}{'-' + label if label else ''}{SUFFIX}"


def _name_patterns(journal: Path) -> list[re.Pattern[str]]:
    """Names of this journal's backups only (not those of `work-old` beside `work`). Amends
    named them by the stem before; those are this journal's too, unless another database in
    its folder has the same stem and they could be either's."""
    patterns = [re.compile(re.escape(journal.name) + r"\." + _STAMPED)]
    if not _another_database_with_the_stem(journal):
        patterns.append(re.compile(re.escape(journal.stem) + "-" + _STAMPED))
    return patterns


def _another_database_with_the_stem(journal: Path) -> bool:
    folder = journal.parent
    namesakes = [*folder.glob(glob.escape(journal.stem) + ".*"), folder / journal.stem]
    return any(
        _is_database(other)
        for other in namesakes
        if other.name != journal.name
        and other.stem == journal.stem
        and not other.name.endswith(_SQLITE_SIDE_FILES)
    )


def _is_database(path: Path) -> bool:
    """Whether `path` is an SQLite file, asked of SQLite: a program that closes a file it
    opened itself loses the locks SQLite holds on that file for it (POSIX), and this one may
    have that database open. immutable=1: no locks taken, no -wal or -shm read or made."""
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:  # missing, a folder, or not ours to read
        return False
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        return False
    finally:
        probe.close()
    return True


def _info(path: str, size: int, made: dt.datetime, label: str = "") -> BackupInfo:
    from journal.reports import BackupInfo  # not needed to open a journal: loaded when used

    return BackupInfo(path=path, size=size, created_at=made, label=label)


def list_backups(journal: Path) -> list[BackupInfo]:
    """This journal's backups, newest first."""
    patterns = _name_patterns(journal)
    found = []
    entries = [
        entry for folder in backup_folders(journal) if folder.is_dir() for entry in folder.iterdir()
    ]
    for entry in entries:
        matched = next(filter(None, (pattern.fullmatch(entry.name) for pattern in patterns)), None)
        if matched:
            try:
                size = entry.stat().st_size
            except FileNotFoundError:  # pruned by another program just now
                continue
            made = dt.datetime.strptime(matched.group(1), STAMP).replace(tzinfo=dt.UTC)
            found.append(_info(str(entry), size, made, matched.group(2) or ""))
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def highest_number_used(journal: Path) -> int:
    """The highest incident number in any of the journal's backups, the copies set aside
    before a restore and damaged ones included, as far as each can be read: the numbers a
    restore must not give out again."""
    from journal.storage.bulk import next_free_id

    highest = 0
    for info in list_backups(journal):
        try:
            address = f"{Path(info.path).resolve().as_uri()}?mode=ro&immutable=1"
            probe = sqlite3.connect(address, uri=True)
            try:
                highest = max(highest, next_free_id(probe) - 1)
            finally:
                probe.close()
        except sqlite3.Error:  # too damaged to read: its numbers are lost with it
            continue
    return highest


def check_backup(path: Path) -> str:
    """Raise JournalCorrupt unless `path` is a whole, readable journal; return its revision."""
    if not path.is_file():
        raise JournalUnavailable(
            translate("JournalErrors", "There is no backup at {path}.").format(path=path)
        )
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as probe:
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
            revision = probe.execute("SELECT version_num FROM alembic_version").fetchone()
        probe.close()
    except sqlite3.Error as error:
        said = translate("JournalErrors", "{path} is not a usable Amends backup ({reason}).")
        raise JournalCorrupt(said.format(path=path, reason=error)) from error
    if verdict != "ok" or revision is None:
        said = translate("JournalErrors", "{path} is damaged ({reason}); choose another backup.")
        raise JournalCorrupt(said.format(path=path, reason=verdict))
    return str(revision[0])


def make_backup(db: Database, keep: int, label: str = "") -> BackupInfo:
    """Write a checked copy of the journal beside it and keep only the newest `keep` copies."""
    return _write_backup(db.connection, db.path, keep, label)


def make_backup_of_committed(journal: Path, keep: int, label: str) -> BackupInfo:
    """make_backup for a program holding the journal's write lock, whose transaction VACUUM
    INTO cannot run in: a second connection copies the journal as last committed."""
    with translated(journal):
        reader = sqlite3.connect(f"{journal.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _write_backup(reader, journal, keep, label)
    finally:
        reader.close()


def _write_backup(source: sqlite3.Connection, journal: Path, keep: int, label: str) -> BackupInfo:
    folder = _ready_folder(journal)
    made = dt.datetime.now(dt.UTC)
    final = folder / backup_name(journal, made, label)
    temporary = folder / f".{final.name}.tmp"
    try:
        _remove_stale_temporaries(folder)
        temporary_beside(final, temporary.name)
    except OSError as error:
        raise cannot_write(folder, error, backup=True) from error
    try:
        with translated(journal):
            source.execute("VACUUM INTO ?", (str(temporary),))
        check_backup(temporary)
        try:
            put_in_place(temporary, final)  # synced first: VACUUM INTO does not sync its file
        except OSError as error:
            raise cannot_write(folder, error, backup=True) from error
    finally:
        temporary.unlink(missing_ok=True)
        Path(f"{temporary}-journal").unlink(missing_ok=True)
    size = final.stat().st_size
    prune_backups(journal, keep)
    return _info(str(final), size, made, label)


def _remove_stale_temporaries(folder: Path) -> None:
    """Remove what backups killed midway left: hidden, full-size copies no one else removes.
    One changed within STALE_TEMPORARY_SECONDS may be another backup's at work: it stays."""
    changed_before = time.time() - STALE_TEMPORARY_SECONDS
    for entry in folder.iterdir():
        if _TEMPORARY.fullmatch(entry.name):
            with suppress(FileNotFoundError):  # its backup finished, or another removed it
                if entry.stat().st_mtime < changed_before:
                    entry.unlink()


def prune_backups(journal: Path, keep: int) -> None:
    """Keep the newest `keep` backups, and whatever their age the newest made before each
    upgrade and before a restore: the ones to go back to if either went wrong."""
    found = list_backups(journal)
    newest_of_kind = {
        info.label: info.path for info in reversed(found) if info.label.startswith("before-")
    }
    for old in found[max(keep, 1) :]:
        if old.path not in newest_of_kind.values():
            Path(old.path).unlink(missing_ok=True)


def copy_backup_into(db: Database, backup: Path) -> None:
    """Replace the journal's content with the backup's, page by page, through SQLite. While
    another program writes to the journal, it waits as long as any write does, then says so
    (sqlite3's backup() would wait forever)."""
    patience = int(db.scalar("PRAGMA busy_timeout")) / 1000
    waiting_since: list[float] = []

    def progress(status: int, remaining: int, total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            waiting_since.clear()
        elif not waiting_since:
            waiting_since.append(time.monotonic())
        elif time.monotonic() - waiting_since[0] > patience:
            raise sqlite3.OperationalError("database is locked")

    with translated(db.path):
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(db.connection, progress=progress, sleep=0.05)
        finally:
            source.close()


def set_damaged_aside(journal: Path) -> Path:
    """Copy a journal SQLite cannot read (and its WAL) into the backups folder, as it is."""
    folder = _ready_folder(journal)
    kept = folder / backup_name(journal, dt.datetime.now(dt.UTC), "damaged")
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
        put_in_place(temporary, journal)
    finally:
        temporary.unlink(missing_ok=True)
