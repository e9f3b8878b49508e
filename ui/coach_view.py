"""The apology coach in the editor: wavy underlines, the explanation on hover, and a list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from journal import checker
from journal.domain import DraftField, Finding, FindingKind


class CoachHighlighter(QSyntaxHighlighter):
    """Underlines what the coach found; findings are computed for the whole text once per
    change (the coach caches sentences, so this stays well under a millisecond or two)."""

    def __init__(self, editor: QPlainTextEdit, field: DraftField, language: str | None) -> None:
        super().__init__(editor.document())
        self.editor, self.field, self.language = editor, field, language
        self.findings: list[Finding] = []
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.underline.setUnderlineColor(QColor("#d9822b"))
        editor.document().contentsChange.connect(self._recheck)
        editor.viewport().installEventFilter(self)
        self._recheck()

    def _recheck(self, *_: object) -> None:
        text = self.editor.toPlainText()
        self.findings = checker.check(text, self.language, self.field)

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        for finding in self.findings:
            if finding.end <= finding.start or finding.kind is FindingKind.TOO_LONG:
                continue
            low, high = max(finding.start, start), min(finding.end, end)
            if low < high:
                self.setFormat(low - start, high - low, self.underline)

    def finding_at(self, position: int) -> Finding | None:
        for finding in self.findings:
            if finding.start <= position < finding.end:
                return finding
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.editor.cursorForPosition(event.pos())
            finding = self.finding_at(cursor.position())
            if finding is not None:
                tip = finding.message + (
                    f"\nTry: {finding.suggestion}" if finding.suggestion else ""
                )
                QToolTip.showText(event.globalPos(), tip, self.editor)
            else:
                QToolTip.hideText()
            return True
        return False


def plain_tip(text: str) -> str:
    """Tooltips are rich text in Qt; user text shown in one must be escaped."""
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</p>"


__all__ = ["CoachHighlighter", "Qt", "plain_tip"]
