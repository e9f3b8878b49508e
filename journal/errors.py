"""Errors a user can act on; anything else is a bug and is left to propagate."""

from __future__ import annotations

import errno
from typing import NamedTuple

from journal.i18n import QT_TRANSLATE_NOOP, translate


class Remedy(NamedTuple):
    """What to do about an error, said twice: with commands on the command line, with menu
    entries in the window (journal/remedies.py has them all), each in English as the catalogue
    keeps it (context "Remedies"), translated where the error is shown."""

    command_line: str
    window: str


class JournalError(Exception):
    """Something about the journal or the user's files the user can fix; `str()` says how,
    in the command line's words, and `in_window()` in the window's. `what` is given in the
    user's language already (translated where the message is made)."""

    def __init__(self, what: str, remedy: Remedy | None = None) -> None:
        super().__init__(what)
        self.what, self.remedy = what, remedy

    def __str__(self) -> str:
        if self.remedy is None:
            return self.what
        return f"{self.what} {translate('Remedies', self.remedy.command_line)}"

    def in_window(self) -> str:
        if self.remedy is None:
            return self.what
        return f"{self.what} {translate('Remedies', self.remedy.window)}"


class JournalLocked(JournalError):
    pass


class JournalReadOnly(JournalError):
    pass


class JournalFull(JournalError):
    pass


class JournalCorrupt(JournalError):
    pass


class JournalTooNew(JournalError):
    pass


class JournalUnavailable(JournalError):
    """The file or its folder cannot be opened or created."""


class NotFound(JournalError):
    pass


class InvalidInput(JournalError):
    """A draft or an import file that cannot be saved as it is."""


class Interrupted(Exception):
    """A read stopped by Journal.interrupt() because a newer one replaced it: neither the
    user's to fix nor a bug; whoever interrupted it decides whether to read again."""


class Cancelled(Exception):
    """Raised from a progress callback to stop a long operation at the user's word: an import
    is rolled back whole, an export leaves no file. Neither the user's to fix nor a bug."""


# Why the system refused, in the user's language: the system says it in English
# ("No such file or directory") whatever language the window speaks.
_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("JournalErrors", "there is no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("JournalErrors", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("JournalErrors", "permission denied"),
    "ENOSPC": QT_TRANSLATE_NOOP("JournalErrors", "the disk is full"),
    "EROFS": QT_TRANSLATE_NOOP("JournalErrors", "the disk is read-only"),
    "EISDIR": QT_TRANSLATE_NOOP("JournalErrors", "that is a folder"),
    "ENOTDIR": QT_TRANSLATE_NOOP("JournalErrors", "a part of the path is not a folder"),
    "EEXIST": QT_TRANSLATE_NOOP("JournalErrors", "it exists already"),
    "EIO": QT_TRANSLATE_NOOP("JournalErrors", "the disk reported an error"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("JournalErrors", "the name is too long"),
}


def reason(error: OSError) -> str:
    """Why the system refused, in the language spoken now (its own words when it is none of
    the common reasons)."""
    said = _REASONS.get(errno.errorcode.get(error.errno or 0, ""))
    if said is not None:
        return translate("JournalErrors", said)
    return error.strerror or str(error)
