"""Turns SQLite's errors into journal errors a user can act on; other errors are bugs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.errors import (
    JournalCorrupt,
    JournalError,
    JournalFull,
    JournalLocked,
    JournalReadOnly,
    JournalUnavailable,
)

# Primary result codes (the low byte of an extended code), see sqlite.org/rescode.html.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = (
    5, 6, 8, 10, 11, 13, 14, 3, 26,
)  # fmt: skip


def journal_error_for(error: sqlite3.Error, path: Path | str) -> JournalError | None:
    """The user-facing error for an environment failure, or None when it is a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary in (_BUSY, _LOCKED) or "locked" in text:
        return JournalLocked(
            f"The journal {path} is busy: another program is writing to it. "
            "Close other Amends windows or commands and try again; nothing was lost."
        )
    if primary in (_READONLY, _PERM) or "readonly" in text:
        return JournalReadOnly(
            f"The journal {path} is read-only, so this change was not saved. "
            "Check the file's permissions or open a copy with --db."
        )
    if primary == _FULL or "disk is full" in text:
        return JournalFull(
            f"The disk holding {path} is full, so this change was not saved. "
            "Free some space and try again; the journal is unchanged."
        )
    if primary in (_NOTADB, _CORRUPT) or "malformed" in text or "could not decode" in text:
        return JournalCorrupt(
            f"{path} is not an Amends journal or is damaged. "
            "Restore a backup with `amends restore BACKUP`, or open another file with --db."
        )
    if primary == _CANTOPEN:
        return JournalUnavailable(
            f"Cannot open the journal {path}: check that its folder exists and is yours."
        )
    if primary == _IOERR:
        return JournalUnavailable(
            f"The disk reported an error while using {path}. "
            "Check the disk, then restore the newest backup if the journal looks wrong."
        )
    return None


@contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Re-raise environment failures from SQLite (or SQLAlchemy around it) as JournalErrors."""
    try:
        yield
    except sqlite3.Error as error:
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
