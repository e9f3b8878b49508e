"""The page beside the journal's list: the incident shown, or a hint that wraps as text does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout

from ui.fonts import user_font
from ui.named import named


class PageBrowser(QTextBrowser):
    """A read-only page with a hint once it is cleared (nothing selected, nothing listed).
    Qt's own placeholder for a text browser is one unwrapped line, cut off in a narrow pane
    and in longer languages; the hint is a wrapped label on the page instead, made on the
    first clear: at start the page is empty only until the first incident is read, and the
    label would cost the window's first paint 8 ms."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFont(user_font(11))
        # Lines break between words only ("miscommunicatio / n" in a narrow pane before): a
        # word longer than its column widens the page, which then scrolls sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.hint_text = hint
        self.hint: QLabel | None = None

    def placeholderText(self) -> str:  # what Qt's placeholder would say, to whoever asks
        return self.hint_text

    def clear(self) -> None:
        super().clear()
        if self.hint is None:
            self.hint = named(QLabel(self.hint_text), "hint")
            self.hint.setWordWrap(True)
            self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            on_page = QVBoxLayout(self.viewport())
            margin = round(self.document().documentMargin())
            on_page.setContentsMargins(margin, margin, margin, margin)
            on_page.addWidget(self.hint)
        self.hint.show()

    def setHtml(self, text: str) -> None:
        if self.hint is not None:
            self.hint.hide()
        super().setHtml(text)
