"""A journal the system asks the running Amends to open: on macOS a double click in Finder
arrives as a file-open event, not as a new start with the path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from ui.session import Session


class FileOpenFilter(QObject):
    """Opens each journal the system hands over in the window, as File → Open journal does
    (what is typed is saved first; a journal open in another Amends is brought forward)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The class, not event.type(): that makes Python's QEvent.Type, 30 ms at the start.
        if isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if path.name and hasattr(self.session.window, "files"):
                self.session.window.files.open_path(path)
                return True
        return super().eventFilter(watched, event)
