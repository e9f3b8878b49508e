"""The bundled Noto fonts: where they are, registering them with ReportLab, what they cover."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import resources

LATIN, THAI, BENGALI, ARABIC, HEBREW = "latin", "thai", "bengali", "arabic", "hebrew"
SYMBOLS, MATH = "symbols", "math"  # not scripts: fonts for what the others lack
FAMILIES = {
    LATIN: "NotoSans",
    THAI: "NotoSansThai",
    BENGALI: "NotoSansBengali",
    ARABIC: "NotoSansArabic",
    HEBREW: "NotoSansHebrew",
    SYMBOLS: "NotoSansSymbols2",  # ✓ ✗ ★ ☐ and other dingbats and shapes
    MATH: "NotoSansMath",  # arrows, ≤ ≥, the minus sign, other maths
}
REGULAR_ONLY = frozenset({SYMBOLS, MATH})  # Noto has no bold face of these
FALLBACKS = (SYMBOLS, MATH)  # tried, in this order, after a character's own font and Latin
RIGHT_TO_LEFT = frozenset({ARABIC, HEBREW})
# A dictionary, not ranges tested one by one or a regular expression: quicker to build at
# start-up and to look up. The dandas are Bengali's full stops.
_SCRIPTS: dict[str, str] = {
    chr(code): script
    for script, first, last in (
        (HEBREW, 0x0590, 0x05FF),
        (ARABIC, 0x0600, 0x06FF),
        (ARABIC, 0x0750, 0x077F),
        (ARABIC, 0x08A0, 0x08FF),
        (BENGALI, 0x0964, 0x0965),
        (BENGALI, 0x0980, 0x09FF),
        (THAI, 0x0E00, 0x0E7F),
    )
    for code in range(first, last + 1)
}
# The characters script_of gives a script other than Latin: a paragraph with any of them is
# shaped by HarfBuzz (Thai tone marks, Bengali conjuncts, Arabic joined letters, RTL order).
SHAPED = frozenset(_SCRIPTS)


def font_folder() -> Path:
    # The package's folder, not importlib.resources: that costs a start-up import of zipfile.
    return Path(resources.__file__).parent / "fonts"


def script_of(char: str) -> str:
    return _SCRIPTS.get(char, LATIN)


def is_shaped(text: str) -> bool:
    """Whether any character of `text` is Thai, Bengali, Arabic or Hebrew (as script_of sees
    it)."""
    return not SHAPED.isdisjoint(text)


def font_name(font: str, bold: bool = False) -> str:
    """ReportLab's name for a bundled font's face; the regular one where there is no bold."""
    bold = bold and font not in REGULAR_ONLY
    return f"{FAMILIES[font]}-{'Bold' if bold else 'Regular'}"


def register(font: str = LATIN) -> None:
    """Register a font's faces with ReportLab, once per process, when first needed."""
    _register(font)  # register() and register(LATIN) share one cache entry


@cache
def _register(font: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in dict.fromkeys((font_name(font), font_name(font, bold=True))):
        pdfmetrics.registerFont(TTFont(name, str(font_folder() / f"{name}.ttf")))


@cache
def covered(font: str) -> frozenset[int]:
    """The code points the regular face of a font has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    register(font)
    face: Any = pdfmetrics.getFont(font_name(font))  # a TTFont; its face is untyped
    return frozenset(face.face.charToGlyph)


def is_neutral(char: str) -> bool:
    """Spaces, punctuation, digits, symbols and marks outside the shaped scripts: they can
    be drawn in whichever font the text around them is in."""
    return script_of(char) == LATIN and (
        char.isspace() or unicodedata.category(char)[0] in "PNZSMC"
    )


@cache
def font_for(char: str, current: str = LATIN) -> str | None:
    """The first font with a glyph for `char` in a run of `current`: the run's own font for
    a neutral character, then the character's script's font, Latin and the fallbacks; None
    when no bundled font has it."""
    code = ord(char)
    own = script_of(char)
    order: tuple[str, ...] = (current, own) if is_neutral(char) else (own,)
    for font in (*order, LATIN, *FALLBACKS):
        if code in covered(font):
            return font
    return None


def is_covered(char: str) -> bool:
    return font_for(char) is not None
