"""Back and Next under the worksheet's step, and Preview briefing where the call is prepared
and at the end, so the steps can be walked with the mouse as well as Ctrl+PgDown/PgUp."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from journal.fields import Step
from ui.named import named

PREVIEW = "Preview briefing"
PREVIEW_TIP = "The one-page briefing to hold during the call, as it will print (Ctrl+P)"


class StepButtons(QWidget):
    """The buttons under the step shown; `step_by` asks for the step before or after it."""

    step_by = Signal(int)  # -1: back, 1: next
    briefing = Signal()

    def __init__(self, titles: tuple[str, ...]) -> None:
        super().__init__()
        self.titles = titles
        self.back = named(QPushButton("Back"), "back_step", "Back to the step before (Ctrl+PgUp)")
        self.next = named(QPushButton("Next"), "next_step", "On to the next step (Ctrl+PgDown)")
        # At the call it comes beside Next; at the last step in its place, as the way on.
        self.preview = named(QPushButton(PREVIEW), "preview_briefing", PREVIEW_TIP)
        self.finish = named(QPushButton(PREVIEW), "finish_briefing", PREVIEW_TIP)
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
        last = row == len(self.titles) - 1
        self.back.setEnabled(row > 0)
        if row > 0:
            self.back.setToolTip(f"Back to “{self.titles[row - 1]}” (Ctrl+PgUp)")
        if not last:
            self.next.setToolTip(f"On to “{self.titles[row + 1]}” (Ctrl+PgDown)")
        self.next.setVisible(not last)
        self.finish.setVisible(last)
        self.preview.setVisible(row == Step.THE_CALL)
