"""The one way the window changes the journal: each write says what it changed, and every
view decides for itself whether that concerns it (after Anki's CollectionOp)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload

from PySide6.QtCore import QObject, Signal

from journal.domain import Changes

T = TypeVar("T")


class Reports(Protocol):
    """A write's result that carries its Changes (Saved, ImportResult)."""

    @property
    def changes(self) -> Changes: ...


R = TypeVar("R", bound=Reports)


def _reported(result: Any) -> Changes:
    return result if isinstance(result, Changes) else result.changes


class Operations(QObject):
    """Runs the window's writes and announces their Changes. A write is one short
    transaction on the window's journal, so it runs at once, on the window's thread: the
    worksheet must know before leaving whether its words were saved."""

    changed = Signal(object)  # Changes, to every view

    @overload
    def run(self, write: Callable[[], Changes]) -> Changes: ...
    @overload
    def run(self, write: Callable[[], T], changes: Callable[[T], Changes]) -> T: ...
    @overload
    def run(self, write: Callable[[], R]) -> R: ...

    def run(self, write: Callable[[], Any], changes: Callable[[Any], Changes] = _reported) -> Any:
        """Write, then announce what changed and give back what the write returned. A
        JournalError (a full disk, a locked journal) goes back to the caller, who says it where
        the user is looking, and nothing is announced; any other error is a bug."""
        result = write()
        self.announce(changes(result))
        return result

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (also for writes made outside the window)."""
        self.changed.emit(changes)
