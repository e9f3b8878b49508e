"""The follow-up step's tools: a message drafted from the worksheet, Copy, Open in mail app,
and "Sent today", which records the day on the incident."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.worksheet import Worksheet


class FollowUpTools(QWidget):
    """The buttons under the follow-up message (built out in its own change)."""

    def __init__(self, sheet: Worksheet) -> None:
        super().__init__()
        self.sheet = sheet
        QHBoxLayout(self).setContentsMargins(0, 0, 0, 0)
