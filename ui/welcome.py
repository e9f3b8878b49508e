"""The first start: a short welcome that offers to start the journal or to look around a
sample one first, and says where the journal lives and that it never leaves this computer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.fonts import user_font
from ui.named import named

START, LOOK_AROUND = "start", "look_around"  # what the welcome can answer


class WelcomeDialog(QDialog):
    """exec(), then `chosen`: START, LOOK_AROUND, or "" if closed."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = ""
        self.setWindowTitle(self.tr("Welcome to Amends"))
        heading = named(QLabel(self.tr("Welcome to Amends")), "heading")
        heading.setFont(user_font(16, bold=True))
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(48, 48))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon)
        top.addWidget(heading, 1)
        about = named(
            QLabel(
                self.tr(
                    "When something goes wrong with a client, Amends walks you through it: what "
                    "happened, why, what you will do now and what will stop it happening again. "
                    "It keeps each incident in your journal, shows you your own patterns, and "
                    "gives you a one-page briefing to hold during the call."
                )
            ),
            "about",
        )
        where = named(
            QLabel(
                self.tr(
                    "Your journal will be kept in {path}. It never leaves this computer."
                ).format(path=journal_path)
            ),
            "where",
        )
        for label in (about, where):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        start = named(QPushButton(self.tr("&Start my journal")), "start")
        look = named(QPushButton(self.tr("&Look around with sample incidents")), "look_around")
        buttons.addButton(look, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (start, look):  # Enter starts the journal, wherever the focus is
            button.setAutoDefault(False)
        start.setDefault(True)
        start.clicked.connect(lambda: self._answer(START))
        look.clicked.connect(lambda: self._answer(LOOK_AROUND))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(about)
        layout.addWidget(where)
        layout.addStretch()
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _answer(self, chosen: str) -> None:
        self.chosen = chosen
        self.accept()


def welcome(journal_path: Path) -> str:
    """Ask a newcomer how to begin: START, LOOK_AROUND, or "" if they closed the welcome."""
    dialog = WelcomeDialog(journal_path)
    dialog.exec()
    return dialog.chosen


def look_around_command() -> list[str]:
    """The command that starts another Amends on a throwaway journal of sample incidents."""
    if getattr(sys, "frozen", False):  # an installed bundle: its program is Amends itself
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "journal.cli", "--demo"]


def look_around() -> None:
    """Another window on the sample incidents, beside this one; this one stays as it is."""
    subprocess.Popen(look_around_command(), start_new_session=True)
