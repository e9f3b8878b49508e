"""A line above every view of a window, for as long as it is open."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.named import named


def add_notice(window: QMainWindow, message: str) -> QLabel:
    """`message` above the window's views while it is open (the sample journal's "nothing you
    write here is kept"): in the status bar, the next message ("Saved") would replace it and
    seem to say the opposite."""
    notice = named(QLabel(message), "notice")
    notice.setWordWrap(True)
    notice.setMargin(6)
    notice.setAutoFillBackground(True)
    notice.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    notice.setForegroundRole(QPalette.ColorRole.ToolTipText)
    views = window.takeCentralWidget()
    assert views is not None  # every window is made with its views
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(notice)
    column.addWidget(views)
    window.setCentralWidget(holder)
    return notice
