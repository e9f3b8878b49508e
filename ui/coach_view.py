"""The apology coach in the editor: wavy underlines, the explanation on hover, and a list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from journal import checker
from journal.reports import DraftField, Finding, FindingKind
from ui.text_positions import TextPositions
from ui.theme import colors

MAX_UNDERLINES = 40


class CoachHighlighter(QObject):
    """Underlines what the coach found, as the editor's extra selections (no highlighter
    callback runs inside Qt's layout), and explains it on hover."""

    checked = Signal()  # the findings are those of the text now in the editor

    def __init__(self, editor: QPlainTextEdit, field: DraftField, language: str | None) -> None:
        super().__init__(editor)
        self.editor, self.field, self.language = editor, field, language
        self.findings: list[Finding] = []
        self.positions = TextPositions("")  # of the text the findings are of
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.underline.setUnderlineColor(QColor(colors().coach))
        editor.textChanged.connect(self._recheck)
        editor.viewport().installEventFilter(self)
        self._recheck()

    def _recheck(self, *_: object) -> None:
        text = self.editor.toPlainText()
        self.findings = checker.check(text, self.language, self.field)
        # The findings count code points, Qt counts UTF-16 units (an emoji is two).
        self.positions = positions = TextPositions(text)
        spans = [
            finding for finding in self.findings
            if finding.end > finding.start and finding.kind is not FindingKind.TOO_LONG
        ]  # fmt: skip
        if len(spans) > MAX_UNDERLINES:
            # Qt shapes a paragraph again at every underline's edge on each paint: with
            # hundreds in one Thai paragraph a keystroke would take 80 ms. Those nearest the
            # cursor are underlined; the list beside the field names every one.
            where = positions.from_qt(self.editor.textCursor().position())
            spans = sorted(spans, key=lambda f: abs((f.start + f.end) // 2 - where))
            spans = sorted(spans[:MAX_UNDERLINES], key=lambda f: f.start)
        selections = []
        for finding in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(positions.to_qt(finding.start))
            cursor.setPosition(positions.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self.underline
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.checked.emit()

    def rehighlight(self) -> None:
        self.underline.setUnderlineColor(QColor(colors().coach))  # the palette may have changed
        self._recheck()

    def go_to(self, finding: Finding) -> None:
        """Put the editor's cursor on the finding's words, selected, and the focus there."""
        cursor = self.editor.textCursor()
        cursor.setPosition(self.positions.to_qt(finding.start))
        cursor.setPosition(self.positions.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def findings_at(self, position: int) -> list[Finding]:
        """The findings at a position in the editor's document (UTF-16 units, as Qt counts):
        two may cover the same words ("Sorry, but your file…" is a "but" and blame)."""
        position = self.positions.from_qt(position)
        return [f for f in self.findings if f.start <= position < f.end]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.editor.cursorForPosition(event.pos())
            found = self.findings_at(cursor.position())
            if found:
                tip = "\n\n".join(self._tip(finding) for finding in found)
                QToolTip.showText(event.globalPos(), tip, self.editor)
            else:
                QToolTip.hideText()
            return True
        return False

    def _tip(self, finding: Finding) -> str:
        if not finding.suggestion:
            return finding.message
        return self.tr("{finding}\nTry: {suggestion}").format(
            finding=finding.message, suggestion=finding.suggestion
        )
