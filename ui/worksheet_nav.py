"""Back and Next under the worksheet's step, and Preview briefing where the call is prepared
and at the end, so the steps can be walked with the mouse as well as Ctrl+PgDown/PgUp."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from journal.fields import Step
from ui.fields import title_of
from ui.named import named


class StepButtons(QWidget):
    """The buttons under the step shown; `step_by` asks for the step before or after it."""

    step_by = Signal(int)  # -1: back, 1: next
    briefing = Signal()

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps  # how many there are; their titles are ui.fields'
        back_tip = self.tr("Back to the step before (Ctrl+PgUp)")
        next_tip = self.tr("On to the next step (Ctrl+PgDown)")
        self.back = named(QPushButton(self.tr("Back")), "back_step", back_tip)
        self.next = named(QPushButton(self.tr("Next")), "next_step", next_tip)
        # At the call it comes beside Next; at the last step in its place, as the way on.
        preview = self.tr("Preview briefing")
        tip = self.tr("The one-page briefing to hold during the call, as it will print (Ctrl+P)")
        self.preview = named(QPushButton(preview), "preview_briefing", tip)
        self.finish = named(QPushButton(preview), "finish_briefing", tip)
        self.finish.setDefault(True)
        self.back.clicked.connect(lambda: self.step_by.emit(-1))
        self.next.clicked.connect(lambda: self.step_by.emit(1))
        self.preview.clicked.connect(self.briefing)
        self.finish.clicked.connect(self.briefing)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.back)
        layout.addStretch(1)
        for button in (self.preview, self.next, self.finish):
            layout.addWidget(button)

    def show_step(self, row: int) -> None:
        last = row == self.steps - 1
        self.back.setEnabled(row > 0)
        if row > 0:
            before = title_of(row - 1)
            self.back.setToolTip(self.tr("Back to “{step}” (Ctrl+PgUp)").format(step=before))
        if not last:
            following = title_of(row + 1)
            self.next.setToolTip(self.tr("On to “{step}” (Ctrl+PgDown)").format(step=following))
        self.next.setVisible(not last)
        self.finish.setVisible(last)
        self.preview.setVisible(row == Step.THE_CALL)
