"""Thai and Bengali that PDF readers can search and copy: shaped glyphs carry their real text."""

# ReportLab 5.1 writes each shaped glyph as the code point its font's cmap gives it, or a
# private-use one when it has none (lowered Thai tone marks, Bengali conjuncts and reph), and
# in drawing order, so Bengali's pre-base vowel signs come out before their consonant: readers
# find neither word. A marked-content span with /ActualText would mend poppler (Evince,
# Okular), but pypdf 7.1 does not read ActualText, and ReportLab has no place to put one. So
# the mending is in what every reader reads, the fonts' ToUnicode CMaps: each letter (a
# HarfBuzz cluster with the marks after it) that would read back wrong, as other characters,
# in the wrong order, or split by poppler's layout analysis, is drawn with codes of its own
# for the same glyphs. Its first glyph's code reads as the whole letter; the others' read as
# nothing (an empty `<>` entry, which pypdf reads as "" and poppler as a glyph without text).
# Poppler ignores a glyph without text, so the first glyph's PDF width spans the letter, or
# the skipped width would look like a space; ReportLab moves each shaped glyph back by its
# width less its advance, so the widths change no position on the page.

from __future__ import annotations

import importlib
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

# ReportLab's shaping internals are untyped (its stubs lack them).
ttfonts: Any = importlib.import_module("reportlab.pdfbase.ttfonts")
paragraph: Any = importlib.import_module("reportlab.platypus.paragraph")

# The codes come from plane 15, a private-use plane no bundled font maps and ReportLab's own
# private codes (counting up from U+E000) never reach: one table serves every font.
FIRST_CODE, LAST_CODE = 0xF0000, 0xFFFFD
# A gap, in thousandths of the font size, poppler would not yet take for a space (a tenth).
SHORT_REACH = 50
JOINERS = "\u200c\u200d"

# The relabelled fragments of a shaped word: fragment index -> (its string, its shape data).
Plan = dict[int, tuple[str, tuple[Any, ...]]]
PLAN_LIMIT = 5_000  # words remembered: many briefings' worth, a few megabytes

_originals: dict[str, Callable[..., Any]] = {}
_plans: dict[tuple[tuple[str, str] | None, ...], Plan] = {}  # a word's fragments -> its plan
_code_for: dict[tuple[str, int, str, int], int] = {}  # (font, glyph, text, width) -> code
_text_for: dict[int, str] = {}  # code -> the text its ToUnicode entry gives
_new_codes = threading.Lock()  # briefings may be made on more than one thread


def install() -> None:
    """Make ReportLab's shaped paragraphs searchable; a second call changes nothing."""
    if _originals:
        return
    _originals["shape"] = ttfonts.shapeFragWord
    _originals["cmap"] = ttfonts.makeToUnicodeCMap
    # paragraph imported the function by name; shapeStr (canvas strings) looks it up here.
    paragraph.shapeFragWord = ttfonts.shapeFragWord = shape_with_real_text
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def shape_with_real_text(word: Any, *args: Any, **kwargs: Any) -> Any:
    """ReportLab's shapeFragWord, with the glyphs of letters readers would misread relabelled."""
    shaped = _originals["shape"](word, *args, **kwargs)
    if shaped is word:
        return shaped
    # Fitting the page wraps each paragraph several times, shaping its words each time: what
    # to relabel is worked out once per word (HarfBuzz's positions, in font units, are the
    # same at every size).
    key = tuple(None if hasattr(f, "cbDefn") else (f.fontName, text) for f, text in word[1:])
    plan = _plans.get(key) if not (args or kwargs) else None
    if plan is None:
        plan = _relabelling(_logical_text(word), shaped)
        if not (args or kwargs):
            if len(_plans) >= PLAN_LIMIT:
                _plans.clear()
            _plans[key] = plan
    for index, (drawn, data) in plan.items():
        shaped[index] = (shaped[index][0], ttfonts.ShapedStr(drawn, shapeData=list(data)))
    return shaped


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with this module's codes mapped to their letters' text."""
    cmap: str = _originals["cmap"](font_name, subset)
    if _text_for.keys().isdisjoint(subset):
        return cmap
    lines = cmap.split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    for index, code in enumerate(subset):
        if code in _text_for:
            lines[first + index] = f"<{index:02X}> <{_text_for[code].encode('utf-16-be').hex()}>"
    return "\n".join(lines)


def _logical_text(word: list[Any]) -> str:
    """The text shapeFragWord shaped: the word's fragments, less images and the like."""
    return "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))


def _relabelling(text: str, shaped: list[Any]) -> Plan:
    """New strings, with their shape data, for the fragments of a shaped word that have
    letters readers would misread: such a letter's glyphs get codes that read right."""
    changes: dict[tuple[int, int], tuple[str, Any]] = {}
    for wanted, places in _letters(text, shaped):
        glyphs = [(shaped[i][1][p], shaped[i][1].__shapeData__[p]) for i, p in places]
        if _reads_right(wanted, glyphs):
            continue
        pieces = [wanted, *[""] * (len(glyphs) - 1)]
        relabelled = {}
        for place, (drawn, data), piece, width in zip(
            places, glyphs, pieces, _widths(glyphs), strict=True
        ):
            font = ttfonts.pdfmetrics.getFont(shaped[place[0]][0].fontName)
            code = _code(font, drawn, piece, width)
            if code is None:
                break  # no codes left: the letter stays as ReportLab drew it
            relabelled[place] = (chr(code), data._replace(width=width))
        else:
            changes.update(relabelled)
    plan: Plan = {}
    for index in sorted({index for index, _ in changes}):
        drawn, data = shaped[index][1], shaped[index][1].__shapeData__
        marked = [changes.get((index, p), (char, data[p])) for p, char in enumerate(drawn)]
        plan[index] = ("".join(char for char, _ in marked), tuple(d for _, d in marked))
    return plan


def _letters(text: str, shaped: list[Any]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each HarfBuzz cluster with the marks after it: its text, and where its glyphs are
    (fragment, position), in drawing order. None of them for a right-to-left word: readers put its
    glyphs in order themselves, so it is left as ReportLab drew it."""
    clusters: dict[int, list[tuple[int, int]]] = {}
    last = -1
    for index, item in enumerate(shaped[1:], start=1):
        if len(item) != 2 or hasattr(item[0], "cbDefn"):
            continue  # an image or the like, put back among the shaped fragments
        for position, data in enumerate(item[1].__shapeData__):
            if data.cluster < last:
                return []
            last = data.cluster
            clusters.setdefault(data.cluster, []).append((index, position))
    starts = sorted(clusters)
    letters: list[tuple[str, list[tuple[int, int]]]] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = text[start:end]
        if letters and piece and (unicodedata.category(piece[0])[0] == "M" or piece[0] in JOINERS):
            before, places = letters[-1]
            letters[-1] = (before + piece, places + clusters[start])
        else:
            letters.append((piece, clusters[start]))
    return letters


def _reads_right(text: str, glyphs: list[tuple[str, Any]]) -> bool:
    """Whether both readers get a letter right as drawn: its own characters, on one baseline
    (poppler moves a raised mark elsewhere), and no gap poppler would take for a space."""
    if len(glyphs) > 1 or glyphs[0][0] != text or glyphs[0][1].y_offset:
        return False
    data = glyphs[0][1]
    return bool(data.x_offset + data.width >= data.x_advance - SHORT_REACH)


def _widths(glyphs: list[tuple[str, Any]]) -> list[int]:
    """PDF widths for a relabelled letter's glyphs. The first, which reads as the letter,
    spans it, so poppler sees no gap after it; each other one reaches the next one's origin,
    so no backward-then-forward move between them makes pypdf see a space. ReportLab's
    shaped drawing corrects every glyph's width back to its advance: nothing moves."""
    data = [d for _, d in glyphs]
    offsets = [d.x_offset for d in data[1:]] + [0]
    span = sum(d.x_advance for d in data) - data[0].x_offset
    rest = [d.x_advance - d.x_offset + after for d, after in zip(data, offsets, strict=True)]
    return [max(0, round(width)) for width in (span, *rest[1:])]


def _code(font: Any, drawn: str, text: str, width: int) -> int | None:
    """A code drawing the glyph `drawn` does, `width` wide in the PDF, reading as `text`;
    None once the plane is used up."""
    face = font.face
    glyph = face.charToGlyph[ord(drawn)]
    key = (font.fontName, glyph, text, width)
    with _new_codes:
        code = _code_for.get(key)
        if code is None:
            code = FIRST_CODE + len(_text_for)
            if code > LAST_CODE:
                return None
            _code_for[key] = code
            _text_for[code] = text
            face.charToGlyph[code] = glyph
            face.charWidths[code] = width
    return code
