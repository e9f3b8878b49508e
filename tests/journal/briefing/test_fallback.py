"""Every character of user text printed in a font that has it, right to left where it is
read so, or shown as a marked placeholder and reported."""

# ruff: noqa: RUF001 -- the scripts and symbols under test look like Latin letters

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from journal.briefing.fonts import LATIN, font_name, is_shaped
from journal.briefing.markup import MISSING_MARKER, describe_missing, to_markup

TRICKY = (
    "। ১৪০টি পেয়েছি, ৳১২,০০০ ফেরত; ฿๑๒,๐๐๐ or ฿12,000. Done। "
    "Client: محمد علي (Dubai), דוד כהן (Haifa); ← → ↑ ↓ ⇒ a ≤ b ≥ c −5 ✓ ✗ ★ 😀 end"
)
# The family each character must be drawn in (characters that shaping leaves as they are).
EXPECTED_FAMILY = {
    **dict.fromkeys("।১৪০২৳", "NotoSansBengali"),
    **dict.fromkeys("฿๑๒๐", "NotoSansThai"),
    **dict.fromkeys("דוכהן", "NotoSansHebrew"),
    **dict.fromkeys("←→↑↓⇒≤≥−", "NotoSansMath"),
    **dict.fromkeys("✓✗★", "NotoSansSymbols2"),
    **dict.fromkeys("DoneClintDubaiHfabc12", "NotoSans"),
    MISSING_MARKER: "NotoSans",
}
WARNING_ORANGE = (0xB3 / 255, 0x54 / 255, 0.0)


def _draw(path: Path, texts: list[str], bold: bool = False, width: float = 380) -> set[str]:
    """The texts as the briefing's paragraphs, one below the other; what could not be
    printed."""
    missing: set[str] = set()
    canvas = Canvas(str(path), pagesize=(420, 600))
    top = 580.0
    for text in texts:
        style = ParagraphStyle(
            "body",
            fontName=font_name(LATIN, bold),
            fontSize=12,
            leading=16,
            shaping=int(is_shaped(text)),
        )
        paragraph = Paragraph(to_markup(text, missing, bold), style)
        _, height = paragraph.wrap(width, 600)
        paragraph.drawOn(canvas, 20, top - height)
        top -= height + 10
    canvas.save()
    return missing


def _glyphs(path: Path) -> list[dict[str, Any]]:
    with pdfplumber.open(path) as pdf:
        return list(pdf.pages[0].chars)


def _font(glyph: dict[str, Any]) -> str:
    return str(glyph["fontname"]).split("+", 1)[-1]  # without the subset's tag


def _family(glyph: dict[str, Any]) -> str:
    return _font(glyph).rsplit("-", 1)[0]


@pytest.mark.parametrize("bold", [False, True])
def test_every_character_is_drawn_in_a_font_that_has_it(tmp_path: Path, bold: bool) -> None:
    path = tmp_path / "tricky.pdf"
    missing = _draw(path, [TRICKY], bold)
    glyphs = _glyphs(path)
    for glyph in glyphs:
        text, family = glyph["text"], _family(glyph)
        face: Any = pdfmetrics.getFont(_font(glyph)).face
        if len(text) == 1 and not 0xE000 <= ord(text) <= 0xF8FF:
            assert face.charToGlyph.get(ord(text), 0) != 0, (text, _font(glyph))
        else:  # a glyph only shaping reaches (a conjunct, a stacked mark) in a shaped script
            assert family in ("NotoSansBengali", "NotoSansThai", "NotoSansArabic"), text
    wrong = {
        (glyph["text"], _family(glyph))
        for glyph in glyphs
        if EXPECTED_FAMILY.get(glyph["text"], _family(glyph)) != _family(glyph)
    }
    assert not wrong
    assert set(EXPECTED_FAMILY) <= {glyph["text"] for glyph in glyphs}
    assert any(_family(glyph) == "NotoSansArabic" for glyph in glyphs)
    assert "?" not in "".join(glyph["text"] for glyph in glyphs)
    assert missing == {"😀"}


def test_a_character_no_font_has_is_a_coloured_marker_and_is_named(tmp_path: Path) -> None:
    path = tmp_path / "emoji.pdf"
    missing = _draw(path, ["Thanks 😀 and 漢字?"])
    markers = [glyph for glyph in _glyphs(path) if glyph["text"] == MISSING_MARKER]
    assert len(markers) == 3
    for marker in markers:
        assert marker["non_stroking_color"] == pytest.approx(WARNING_ORANGE, abs=0.01)
    typed = [glyph for glyph in _glyphs(path) if glyph["text"] == "?"]
    assert len(typed) == 1 and typed[0]["non_stroking_color"] == (0.0, 0.0, 0.0)
    assert describe_missing(missing) == [
        "U+5B57 CJK UNIFIED IDEOGRAPH-5B57",
        "U+6F22 CJK UNIFIED IDEOGRAPH-6F22",
        "U+1F600 GRINNING FACE",
    ]
    assert describe_missing({"\ue000"}) == ["U+E000"]


def _read_right_to_left(glyphs: list[dict[str, Any]], family: str) -> str:
    """A family's glyphs from right to left, as their letters (joined Arabic forms are
    extracted as presentation forms)."""
    ours = sorted((g for g in glyphs if _family(g) == family), key=lambda g: -g["x0"])
    return unicodedata.normalize("NFKC", "".join(g["text"] for g in ours))


def test_right_to_left_names_read_from_right_to_left_in_a_left_to_right_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "names.pdf"
    _draw(path, ["Client: דוד כהן (Haifa)", "Client: محمد علي (Dubai)"])
    glyphs = _glyphs(path)
    assert _read_right_to_left(glyphs, "NotoSansHebrew").strip() == "דוד כהן"
    assert _read_right_to_left(glyphs, "NotoSansArabic").strip() == "محمد علي"
    for family in ("NotoSansHebrew", "NotoSansArabic"):
        name = [g for g in glyphs if _family(g) == family and not g["text"].isspace()]
        line = [g for g in glyphs if abs(g["top"] - name[0]["top"]) < 8]
        colon = next(g for g in line if g["text"] == ":")
        bracket = next(g for g in line if g["text"] == "(")
        # The name sits between "Client:" and "(place)", as it was written.
        assert colon["x1"] <= min(g["x0"] for g in name)
        assert max(g["x1"] for g in name) <= bracket["x0"] + 0.5


def test_a_right_to_left_name_is_never_split_between_lines(tmp_path: Path) -> None:
    path = tmp_path / "narrow.pdf"
    _draw(path, ["Client: محمد علي كريم (Dubai)", "Client: דוד בן כהן (Haifa)"], width=110)
    glyphs = _glyphs(path)
    for family in ("NotoSansArabic", "NotoSansHebrew"):
        lines = {round(g["top"]) for g in glyphs if _family(g) == family}
        assert len(lines) == 1
    assert _read_right_to_left(glyphs, "NotoSansArabic") == "محمد علي كريم"


def test_numbers_and_brackets_in_right_to_left_text_keep_their_reading(tmp_path: Path) -> None:
    path = tmp_path / "numbers.pdf"
    _draw(path, ["דוד (כהן) 2024 שלום", "Total: ١٢٣٫٥ and 15%"])
    glyphs = _glyphs(path)
    first_line = [g for g in glyphs if g["top"] < glyphs[0]["top"] + 8]
    read = "".join(
        g["text"] for g in sorted(first_line, key=lambda g: -g["x0"]) if not g["text"].isspace()
    )
    # Right to left: the words in order, the year still 2024, the brackets round the word.
    assert read == "דוד)כהן(4202שלום"
    arabic = sorted((g for g in glyphs if _family(g) == "NotoSansArabic"), key=lambda g: g["x0"])
    assert "".join(g["text"] for g in arabic) == "١٢٣٫٥"
