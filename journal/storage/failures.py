"""Turns SQLite's errors into journal errors a user can act on; other errors are bugs."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from journal import remedies
from journal.errors import (
    Interrupted,
    JournalCorrupt,
    JournalError,
    JournalFull,
    JournalLocked,
    JournalReadOnly,
    JournalUnavailable,
    reason,
)
from journal.i18n import translate

# Primary result codes (the low byte of an extended code), see sqlite.org/rescode.html.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = (
    5, 6, 8, 10, 11, 13, 14, 3, 26,
)  # fmt: skip
_INTERRUPT = 9


def primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code of the error (the low byte of the extended one)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _advice(code: int) -> str:
    """What to do about a file that could not be written for the reason `code` (an errno)."""
    if code in (errno.ENOSPC, errno.EDQUOT):
        return translate("JournalErrors", "Free some space, or write it to another disk.")
    if code == errno.EROFS:
        return translate("JournalErrors", "Choose a folder you can write to.")
    if code in (errno.EACCES, errno.EPERM):
        return translate(
            "JournalErrors", "Choose a folder you can write to, or make this one writable."
        )
    if code == errno.EIO:
        return translate(
            "JournalErrors", "The disk reported an error: check the disk, or write it to another."
        )
    return translate("JournalErrors", "Choose another place.")


def cannot_write(path: Path | str, error: OSError, *, backup: bool = False) -> JournalError:
    """A file Amends was writing (an export, a briefing: `path` names it; with `backup`, a
    backup in the folder `path`) could not be written: the reason, and what to do about it."""
    why = reason(error)
    advice = _advice(error.errno or 0)
    if backup:
        said = translate("JournalErrors", "Cannot write a backup in {folder}: {reason}. {advice}")
        return JournalError(said.format(folder=path, reason=why, advice=advice))
    said = translate("JournalErrors", "Cannot write {path}: {reason}. {advice}")
    return JournalError(said.format(path=path, reason=why, advice=advice))


def _asked_of_the_disk(path: Path) -> JournalError | None:
    """Why SQLite could not write beside the journal, asked of the disk itself (SQLite names
    a full disk while it grows its index or syncs only "an I/O error", and Python does not
    pass the system's reason on): a little is written beside the journal, and removed."""
    probe = path.with_name(f".{path.name}.probe-{os.getpid()}")
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(descriptor, bytes(4096))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return _full(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _read_only(path)
        return None
    finally:
        with suppress(OSError):
            probe.unlink()
    return None


def _full(path: Path | str) -> JournalFull:
    return JournalFull(
        translate(
            "JournalErrors",
            "The disk holding {path} is full, so this change was not saved. "
            "Free some space and try again; the journal is unchanged.",
        ).format(path=path)
    )


def _read_only(path: Path | str) -> JournalReadOnly:
    return JournalReadOnly(
        translate(
            "JournalErrors", "The journal {path} is read-only, so this change was not saved."
        ).format(path=path),
        remedies.OPEN_A_COPY,
    )


def journal_error_for(error: sqlite3.Error, path: Path | str) -> JournalError | None:
    """The user-facing error for an environment failure, or None when it is a bug."""
    primary = primary_code(error)
    text = str(error).lower()
    if primary in (_BUSY, _LOCKED) or "locked" in text:
        return JournalLocked(
            translate(
                "JournalErrors",
                "The journal {path} is busy: another program is writing to it. "
                "Close other Amends windows or commands and try again; nothing was lost.",
            ).format(path=path)
        )
    if primary in (_READONLY, _PERM) or "readonly" in text:
        return _read_only(path)
    if primary == _FULL or "disk is full" in text:
        return _full(path)
    if primary in (_IOERR, _CANTOPEN):
        found = _asked_of_the_disk(Path(path))
        if found is not None:
            return found
    if primary in (_NOTADB, _CORRUPT) or "malformed" in text or "could not decode" in text:
        return JournalCorrupt(
            translate("JournalErrors", "{path} is not an Amends journal or is damaged.").format(
                path=path
            ),
            remedies.RESTORE_OR_OPEN_ANOTHER,
        )
    if primary == _CANTOPEN:
        return JournalUnavailable(
            translate(
                "JournalErrors",
                "Cannot open the journal {path}: check that its folder exists and is yours.",
            ).format(path=path)
        )
    if primary == _IOERR:
        return JournalUnavailable(
            translate(
                "JournalErrors",
                "The disk reported an error while using {path}. "
                "Check the disk, then restore the newest backup if the journal looks wrong.",
            ).format(path=path)
        )
    return None


@contextmanager
def translated(path: Path | str, interrupted: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """Re-raise environment failures from SQLite (or SQLAlchemy around it) as JournalErrors,
    and a read stopped by Journal.interrupt() as Interrupted: also when SQLite says otherwise,
    as an interrupted search does ("vtable constructor failed"), which `interrupted` tells."""
    try:
        yield
    except sqlite3.Error as error:
        if primary_code(error) == _INTERRUPT or interrupted():
            raise Interrupted(str(error)) from error
        mapped = journal_error_for(error, path)
        if mapped is None:
            raise
        raise mapped from error
    except Exception as error:
        original = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps sqlite3's
        if isinstance(original, sqlite3.Error):
            mapped = journal_error_for(original, path)
            if mapped is not None:
                raise mapped from error
        raise
