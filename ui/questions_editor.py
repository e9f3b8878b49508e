"""Likely questions as pairs: each row a question and the answer you prepared for it."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from journal.domain import Incident, Question
from ui.field_values import with_line_ends_of
from ui.field_widgets import PlainTextEdit, editor_text, line_editor
from ui.fonts import user_font
from ui.item_rows import ItemRow, RowList
from ui.named import named
from ui.readers import Reading

ANSWER_LINES = (2, 8)  # the answer's box grows with it, from two lines to eight


class GrowingTextEdit(PlainTextEdit):
    """A text box as tall as its text, within ANSWER_LINES."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFont(user_font(11))
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        fewest, most = ANSWER_LINES
        written = int(self.document().documentLayout().documentSize().height())
        lines = max(fewest, min(most, written))
        margins = self.contentsMargins()  # the frame's, and any around the text
        padding = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        line = math.ceil(QFontMetricsF(self.font()).lineSpacing())  # as the text is laid out
        self.setFixedHeight(lines * line + padding + line // 2)  # no scroll bar yet


class QuestionRow(ItemRow):
    """One question the client may ask, and your answer."""

    def __init__(self, question: Question) -> None:
        super().__init__(
            self.tr("Move this question up (Alt+Up)"),
            self.tr("Move this question down (Alt+Down)"),
            self.tr("Remove this question"),
        )
        self.setObjectName("question_row")
        self.item = self.loaded = question  # as shown, and as it was when shown
        self.question = named(
            line_editor(self.tr("A question they may ask")),
            "question",
            self.tr("The question, as they may ask it"),
        )
        self.question.setText(question.question)
        self.answer = named(GrowingTextEdit(), "answer", self.tr("What you will answer"))
        self.answer.setPlaceholderText(self.tr("Your answer"))
        self.answer.setPlainText(question.answer)
        self.grid.addWidget(self.question, 0, 0)
        self.grid.addLayout(self.tools, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.answer, 1, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.question.textChanged.connect(self._question_edited)
        self.question.returnPressed.connect(self.answer.setFocus)
        self.answer.textChanged.connect(self._answer_edited)

    def _question_edited(self, text: str) -> None:
        self.item = dataclasses.replace(self.item, question=text)
        self.edited.emit()

    def _answer_edited(self) -> None:
        answer = with_line_ends_of(self.loaded.answer, editor_text(self.answer))
        self.item = dataclasses.replace(self.item, answer=answer)
        self.edited.emit()

    def tab_stops(self) -> list[QWidget]:
        return [self.question, self.answer, self.remove]

    def is_blank(self) -> bool:
        """A question is kept once it is asked: an answer alone has nothing to answer."""
        return not self.item.question.strip()

    def as_text(self) -> str:
        question, answer = self.item.question, self.item.answer
        if not (question + answer).strip():
            return ""
        return self.tr("Q: {question}\nA: {answer}").format(question=question, answer=answer)


class QuestionsEditor(RowList):
    """The likely questions of an incident, in order."""

    def __init__(self, key: str) -> None:
        super().__init__(
            key, self.tr("Add question"), self.tr("Add a question they may ask, with your answer")
        )

    def new_row(self) -> QuestionRow:
        return QuestionRow(Question(""))

    def show_items(self, incident: Incident) -> None:
        self.show_rows([QuestionRow(question) for question in incident.questions])

    def change(self) -> tuple[dict[str, object], Reading]:
        rows = [row for row in self.filled() if isinstance(row, QuestionRow)]
        return {self.key: tuple(row.item for row in rows)}, Reading()
