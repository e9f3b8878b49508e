"""What every worksheet field that edits a list (steps, questions, tags) does for the sheet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from journal.domain import Incident
from ui.readers import Reading


class ListField(QWidget):
    """Shows a list of an incident and gives back the whole new list once it is edited."""

    changed = Signal()  # the list the user sees is another now

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key  # the incident's part it edits (journal.edits)

    def show_items(self, incident: Incident) -> None:
        """Show the list as `incident` has it (signals are blocked by the caller)."""
        raise NotImplementedError

    def change(self) -> tuple[dict[str, object], Reading]:
        """The whole new list, as a change to the incident; nothing else."""
        raise NotImplementedError

    def as_text(self) -> str:
        """Everything written in it, readably, for keeping it when saving fails."""
        raise NotImplementedError

    def restyle(self) -> None:
        """The palette changed: colours that are not the palette's follow."""
