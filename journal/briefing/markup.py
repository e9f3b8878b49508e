"""Turns user text into safe ReportLab paragraph markup: escaped, per-script font runs,
Thai broken only between words, and characters no font has replaced and reported."""

from __future__ import annotations

import itertools
import unicodedata
from functools import cache

from journal.briefing.fonts import (
    BENGALI,
    LATIN,
    THAI,
    covered,
    font_name,
    is_covered,
    is_shaped,
    register,
    script_of,
)

# A space too small to see: ReportLab wraps lines only at spaces, and Thai has none
# between words, so one goes between every pair of Thai words.
THAI_BREAK = '<font size="0.01"> </font>'
MISSING = "?"
LINE_BREAKS = str.maketrans(
    {c: "\n" for c in "\r\x0b\x0c\x85\u2028\u2029"}
    # No-break spaces become spaces: ReportLab 5.1's shaping draws the glyphs after one as
    # boxes in Thai and Bengali paragraphs.
    | {c: " " for c in "\u00a0\u202f\u2007"}
)
LONG_WORD, WORD_PIECE = 24, 12  # Bengali words longer than this are broken into pieces
JOINERS = "\u200c\u200d"  # zero-width (non-)joiners shape Bengali; other format marks go


def escape(text: str) -> str:
    """Paragraph markup for literal text (xml.sax.saxutils would pull in urllib at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


def _thai_markup(text: str) -> str:
    """Thai words with an invisible break between each two (not beside real spaces: ReportLab
    collapses runs of spaces, and the invisible one would win)."""
    pieces: list[str] = []
    for word in _thai_words(text):
        if not word:
            continue
        if pieces and not word.isspace() and not pieces[-1].isspace():
            pieces.append(THAI_BREAK)
        pieces.append(escape(word))
    return "".join(pieces)


def _bengali_markup(text: str) -> str:
    """Bengali with a break between letters of words too long for a line: ReportLab would
    split one anywhere, even between a consonant and its vowel sign, which then prints as a
    box. Breaks go between grapheme clusters, which keep conjuncts and signs whole."""
    pieces: list[str] = []
    for word in text.split(" "):
        if len(word) <= LONG_WORD:
            pieces.append(escape(word))
            continue
        import regex

        clusters = regex.findall(r"\X", word)
        chunks = [
            "".join(clusters[start : start + WORD_PIECE])
            for start in range(0, len(clusters), WORD_PIECE)
        ]
        pieces.append(THAI_BREAK.join(escape(chunk) for chunk in chunks))
    return " ".join(pieces)


def _clean(text: str, missing: set[str]) -> str:
    """Drop control characters (keeping line breaks) and replace what no font can draw."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\t", " ")
    text = text.translate(LINE_BREAKS)
    changes: dict[int, str] = {}
    for char in set(text):  # each distinct character once: the text is then translated
        replacement = _replacement(char)
        if replacement is not None:
            changes[ord(char)] = replacement
            if replacement == MISSING:
                missing.add(char)
    return text.translate(changes) if changes else text


@cache
def _replacement(char: str) -> str | None:
    """What `_clean` puts instead of a character: "" (dropped), MISSING, or None (kept)."""
    if char == "\n":
        return None
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and char not in JOINERS):
        return ""
    return None if is_covered(char) else MISSING


def _run_script(char: str, previous: str) -> str:
    """Spaces, digits and punctuation stay in the run they are in, if its font has them;
    else they go to their own script's font if it has them (฿ after a dash, Bengali digits
    after a space), else to the Latin one."""
    if char.isspace() or unicodedata.category(char)[0] in "PNZS":
        if ord(char) in covered(previous):
            return previous
        own = script_of(char)
        return own if ord(char) in covered(own) else LATIN
    return script_of(char)


def to_markup(text: str, missing: set[str], bold: bool = False) -> str:
    """Markup for a Paragraph showing `text` exactly, in the right font for each script."""
    text = _clean(text, missing)
    if not text:
        return ""
    if is_shaped(text):
        return _runs(text, bold)
    register(LATIN)  # no Thai or Bengali: the one Latin run _runs makes, without the walk
    return f'<font name="{font_name(LATIN, bold)}">{escape(text)}</font>'.replace("\n", "<br/>")


def _runs(text: str, bold: bool) -> str:
    """Cleaned text as one font run per script."""
    parts = []
    script = LATIN
    runs = []
    for char in text:
        script = _run_script(char, script)
        runs.append((script, char))
    previous = ""
    for script, group in itertools.groupby(runs, key=lambda pair: pair[0]):
        chunk = "".join(char for _, char in group)
        if script == THAI:
            body = _thai_markup(chunk)
        else:
            body = _bengali_markup(chunk) if script == BENGALI else escape(chunk)
        if previous and not previous[-1].isspace() and not chunk[0].isspace():
            # ReportLab 5.1's shaping draws the first glyph after a font change with the
            # wrong font (a box) unless a space starts the new run: give it an invisible one.
            body = THAI_BREAK + body
        previous = chunk
        register(script)
        parts.append(f'<font name="{font_name(script, bold)}">{body}</font>')
    return "".join(parts).replace("\n", "<br/>")
