"""The page beside the journal's list: the incident shown, or a hint that wraps as text does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser

from ui.fonts import user_font


class PageBrowser(QTextBrowser):
    """A read-only page with a hint while it is empty. Qt's own placeholder for a text
    browser is one unwrapped line, cut off in a narrow pane and in longer languages."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.hint = hint
        self.setOpenLinks(False)
        self.setFont(user_font(11))

    def placeholderText(self) -> str:  # what Qt's placeholder would say, to whoever asks
        return self.hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hint or not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = round(self.document().documentMargin())
        room = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        painter.drawText(room, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self.hint)
