"""Registers the bundled Noto fonts with Qt and gives the font for user text."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from journal.briefing.fonts import font_folder

USER_FAMILIES = ["Noto Sans", "Noto Sans Thai", "Noto Sans Bengali"]
# The files of USER_FAMILIES; the briefing's other fonts (Arabic, Hebrew, symbols) are left to
# the system's, so that the window starts as quickly as before they were bundled.
USER_FONT_FILES = ("NotoSans-*.ttf", "NotoSansThai-*.ttf", "NotoSansBengali-*.ttf")  # not shown


@cache
def register() -> None:
    for pattern in USER_FONT_FILES:
        for path in sorted(font_folder().glob(pattern)):
            QFontDatabase.addApplicationFont(str(path))


def user_font(point_size: float = 11.0, bold: bool = False) -> QFont:
    """Noto Sans, falling back to Noto Thai and Bengali, so every script renders."""
    register()
    font = QFont()
    font.setFamilies(USER_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
