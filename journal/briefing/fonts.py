"""The bundled Noto fonts: where they are, registering them with ReportLab, what they cover."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

LATIN, THAI, BENGALI = "latin", "thai", "bengali"
FAMILIES = {LATIN: "NotoSans", THAI: "NotoSansThai", BENGALI: "NotoSansBengali"}


def font_folder() -> Path:
    return Path(str(resources.files("resources").joinpath("fonts")))


def script_of(char: str) -> str:
    code = ord(char)
    if 0x0E00 <= code <= 0x0E7F:
        return THAI
    if 0x0980 <= code <= 0x09FF or code in (0x0964, 0x0965):
        return BENGALI
    return LATIN


def font_name(script: str, bold: bool = False) -> str:
    return f"{FAMILIES[script]}-{'Bold' if bold else 'Regular'}"


@cache
def register(script: str = LATIN) -> None:
    """Register a script's two faces with ReportLab, once per process, when first needed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for bold in (False, True):
        name = font_name(script, bold)
        pdfmetrics.registerFont(TTFont(name, str(font_folder() / f"{name}.ttf")))


@cache
def covered(script: str) -> frozenset[int]:
    """The code points the regular face of a script's font has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    register(script)
    font: Any = pdfmetrics.getFont(font_name(script))  # a TTFont; its face is untyped
    return frozenset(font.face.charToGlyph)


def is_covered(char: str) -> bool:
    code = ord(char)
    return code in covered(script_of(char)) or (script_of(char) != LATIN and code in covered(LATIN))
