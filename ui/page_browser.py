"""The page beside the journal's list: the incident shown, or a hint that wraps as text does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout

from ui.fonts import user_font
from ui.named import named


class PageBrowser(QTextBrowser):
    """A read-only page with a hint while it is empty. Qt's own placeholder for a text
    browser is one unwrapped line, cut off in a narrow pane and in longer languages; the hint
    is a wrapped label on the page instead (a painted one would cost the first paint 8 ms)."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFont(user_font(11))
        self.hint = named(QLabel(hint), "hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        on_page = QVBoxLayout(self.viewport())
        margin = round(self.document().documentMargin())
        on_page.setContentsMargins(margin, margin, margin, margin)
        on_page.addWidget(self.hint)
        self.document().contentsChanged.connect(self._show_hint)

    def placeholderText(self) -> str:  # what Qt's placeholder would say, to whoever asks
        return self.hint.text()

    def _show_hint(self) -> None:
        self.hint.setVisible(self.document().isEmpty())
