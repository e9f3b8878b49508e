"""Light or dark: follows the system unless the user chose one; colours that read on both."""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from journal.i18n import QT_TRANSLATE_NOOP

APPEARANCES = ("system", "light", "dark")
APPEARANCE_SETTING = "appearance"
APPEARANCE_ENV = "AMENDS_APPEARANCE"  # overrides the stored choice, e.g. for one run
APPEARANCE_LABELS = {  # as the View menu and Settings name them
    "system": QT_TRANSLATE_NOOP("MainWindow", "Follow the &system"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
}


class Colors(NamedTuple):
    dark: bool
    overdue: str
    coach: str  # the coach's wavy underline
    warning: str  # stylesheet of a notice that something was cut or is wrong
    history: str  # stylesheet of "you have been here before"
    error: str  # text colour of an error in the status bar
    series: tuple[str, ...]  # chart colours, one per category


LIGHT = Colors(
    dark=False,
    overdue="#c62828",
    coach="#d9822b",
    warning="background: #fff3e0; color: #7a3d00; padding: 8px; border-radius: 6px;",
    history="background: #fbe9e7; color: #7a1f12; border-radius: 6px; padding: 8px;",
    error="#b3261e",
    series=(
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    ),
)  # fmt: skip
DARK = Colors(
    dark=True,
    overdue="#ff8a80",
    coach="#ffb74d",
    warning="background: #4a3000; color: #ffe0b2; padding: 8px; border-radius: 6px;",
    history="background: #4e1f16; color: #ffccbc; border-radius: 6px; padding: 8px;",
    error="#ff8a80",
    series=(
        "#7aa6d6", "#ffae5c", "#ff8587", "#93d4cf", "#7fc873",
        "#f5da6b", "#cfa0c4", "#ffbdc4", "#c29a82", "#d4ccc8",
    ),
)  # fmt: skip


def colors() -> Colors:
    """The colours for the palette in use now."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return LIGHT
    window = app.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#4c7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3c4043",
        QPalette.ColorRole.Midlight: "#35363a",
        QPalette.ColorRole.Mid: "#2a2b2e",
        QPalette.ColorRole.Dark: "#121314",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    )
    for role in disabled:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def appearance_label(name: str, mnemonic: bool = False) -> str:
    """An appearance's name in the language spoken, with its menu's & or without."""
    label = QCoreApplication.translate("MainWindow", APPEARANCE_LABELS[name])
    if mnemonic:
        return label
    return re.sub(r"\s*\(&\w\)", "", label).replace("&", "")  # "(&S)" after Thai words too


def chosen_appearance(stored: str | None) -> str:
    wanted = os.environ.get(APPEARANCE_ENV) or stored or "system"
    return wanted if wanted in APPEARANCES else "system"


_system_palette: list[QPalette] = []  # the palette Amends started with, once it forced one


def apply(app: QApplication, appearance: str) -> None:
    """Use the system's palette, or a light or dark one whatever the system says."""
    hints = app.styleHints()
    if appearance == "system":
        hints.unsetColorScheme()
        if _system_palette:
            app.setPalette(_system_palette[0])
        if hints.colorScheme() == Qt.ColorScheme.Dark and colors() is LIGHT:
            app.setStyle("Fusion")  # a system that says dark but paints light
            app.setPalette(_dark_palette())
        return
    if not _system_palette:
        _system_palette.append(app.palette())
    app.setStyle("Fusion")
    dark = appearance == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
