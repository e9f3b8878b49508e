"""Errors a user can act on; anything else is a bug and is left to propagate."""

from __future__ import annotations


class JournalError(Exception):
    """Something about the journal or the user's files the user can fix; `str()` says how."""


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
