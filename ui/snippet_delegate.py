"""Draws a search hit's snippet with the matching words marked, in any script."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.listing import SnippetPart
from ui.journal_model import SNIPPET_ROLE

_SPACES = re.compile(r"\s+")


def snippet_html(parts: tuple[SnippetPart, ...], mark: str) -> str:
    """The snippet as escaped text; only the marks around the matches are markup."""
    pieces = []
    for part in parts:
        # Runs of spaces and line breaks read as one space, and the space between a match
        # and the words beside it stays: "I'm sorry", never "I'msorry".
        text = html.escape(_SPACES.sub(" ", part.text))
        pieces.append(f'<b style="background:{mark}">{text}</b>' if part.is_match else text)
    return "".join(pieces)


class SnippetDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        parts = index.data(SNIPPET_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        mark = option.palette.color(QPalette.ColorRole.Highlight)
        mark.setAlpha(70)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        rgba = f"rgba({mark.red()}, {mark.green()}, {mark.blue()}, {mark.alpha()})"
        document.setHtml(snippet_html(parts, rgba))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        # A match further right than the cell is wide is brought into it: the words before it
        # are cut instead, so the cell always shows what was found; a snippet that fits as it
        # is moves not at all.
        document.size()  # lays the text out, so that its line can say where the match is
        line = document.firstBlock().layout().lineAt(0)
        found_at = line.cursorToX(_first_marked(document)) if line.isValid() else (0.0, 0)
        assert isinstance(found_at, tuple)  # (x, the position): PySide6 returns both
        beyond = document.idealWidth() - option.rect.width()
        shift = min(max(0.0, float(found_at[0]) - option.rect.width() / 4), max(0.0, beyond))
        painter.save()
        painter.translate(QPointF(option.rect.topLeft()) - QPointF(shift, 0))
        painter.setClipRect(QRectF(shift, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


def _first_marked(document: QTextDocument) -> int:
    """Where in the laid-out snippet its first match (the first marked words) begins."""
    block = document.firstBlock()
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            return fragment.position() - block.position()
        fragments += 1
    return 0
