"""The bundled Noto fonts: where they are, registering them with ReportLab, what they cover."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import resources

LATIN, THAI, BENGALI = "latin", "thai", "bengali"
FAMILIES = {LATIN: "NotoSans", THAI: "NotoSansThai", BENGALI: "NotoSansBengali"}
# The characters script_of gives to Thai or Bengali (a set, not a regular expression: it
# is quicker to build at start-up and as quick to test).
SHAPED = frozenset(map(chr, (0x0964, 0x0965, *range(0x0980, 0x0A00), *range(0x0E00, 0x0E80))))


def font_folder() -> Path:
    # The package's folder, not importlib.resources: that costs a start-up import of zipfile.
    return Path(resources.__file__).parent / "fonts"


def script_of(char: str) -> str:
    code = ord(char)
    if 0x0E00 <= code <= 0x0E7F:
        return THAI
    if 0x0980 <= code <= 0x09FF or code in (0x0964, 0x0965):
        return BENGALI
    return LATIN


def is_shaped(text: str) -> bool:
    """Whether any character of `text` is Thai or Bengali (as script_of sees it)."""
    return not SHAPED.isdisjoint(text)


def font_name(script: str, bold: bool = False) -> str:
    return f"{FAMILIES[script]}-{'Bold' if bold else 'Regular'}"


def register(script: str = LATIN) -> None:
    """Register a script's two faces with ReportLab, once per process, when first needed."""
    _register(script)  # register() and register(LATIN) share one cache entry


@cache
def _register(script: str) -> None:
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
