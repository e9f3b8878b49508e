"""Turns user text into safe ReportLab paragraph markup, in the right font for each character."""

# Escaped; one font run per font; right-to-left words in their order; Thai broken only
# between words; characters no font has marked and reported.

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from functools import cache

from journal.briefing.fonts import (
    ARABIC,
    BENGALI,
    LATIN,
    RIGHT_TO_LEFT,
    SHAPED,
    THAI,
    covered,
    font_for,
    font_name,
    is_covered,
    is_shaped,
    register,
    script_of,
)
from journal.briefing.shorten import one_kind_of_line_break

# A space too small to see: ReportLab wraps lines only at spaces, and Thai has none
# between words, so one goes between every pair of Thai words.
THAI_BREAK = '<font size="0.01"> </font>'
# Drawn, in the warning colour, for a character no bundled font has: the replacement
# character cannot be mistaken for anything the user wrote, as "?" could.
MISSING_MARKER = "\ufffd"
MISSING_COLOUR = "#b35400"
# No-break spaces become spaces: ReportLab 5.1's shaping draws the glyphs after one as
# boxes in Thai and Bengali paragraphs.
NO_BREAK_SPACES = str.maketrans({c: " " for c in "\u00a0\u202f\u2007"})
LONG_WORD, WORD_PIECE = 24, 12  # Bengali words longer than this are broken into pieces
JOINERS = "\u200c\u200d"  # zero-width (non-)joiners shape Bengali; other format marks go
RIGHT_TO_LEFT_LETTERS = frozenset(c for c in SHAPED if script_of(c) in RIGHT_TO_LEFT)
# Right-to-left stretches up to this long, in one font, are kept on one line and ordered by
# HarfBuzz. Longer ones are ordered word by word here so that they can wrap (ReportLab has
# no bidi), though a wrapped one's lines then come in the wrong order.
SHORT_STRETCH = 40
NO_BREAK_SPACE = "\u00a0"  # Noto's Arabic and Hebrew fonts shape across it
MIRRORED = str.maketrans("()[]{}<>«»‹›≤≥", ")(][}{><»«›‹≥≤")
# What each character is to the right-to-left ordering (a subset of Unicode's bidi classes).
MISSING, SPACE, NUMBER, ARABIC_NUMBER = "missing", "space", "number", "arabic number"
RTL, LTR, OTHER = "rtl", "ltr", "other"


def escape(text: str) -> str:
    """Paragraph markup for literal text (xml.sax.saxutils would pull in urllib at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe_missing(chars: Iterable[str]) -> list[str]:
    """Each character, in code point order, as "U+1F600 GRINNING FACE" (the code point alone
    for one without a name): how the page names what it drew as MISSING_MARKER."""
    return [f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in sorted(set(chars))]


def _thai_words(text: str) -> list[str]:
    from journal.briefing.thai_words import words

    return words(text)


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
    """Drop control characters (keeping line breaks) and mark what no font can draw."""
    text = one_kind_of_line_break(unicodedata.normalize("NFC", text)).replace("\t", " ")
    text = text.translate(NO_BREAK_SPACES)
    changes: dict[int, str] = {}
    for char in set(text):  # each distinct character once: the text is then translated
        replacement = _replacement(char)
        if replacement is not None:
            changes[ord(char)] = replacement
            if replacement == MISSING_MARKER:
                missing.add(char)
    return text.translate(changes) if changes else text


@cache
def _replacement(char: str) -> str | None:
    """What `_clean` puts instead of a character: "" (dropped), MISSING_MARKER, or None
    (kept)."""
    if char == "\n":
        return None
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and char not in JOINERS):
        return ""
    return None if is_covered(char) else MISSING_MARKER


@cache
def _latin_only() -> frozenset[str]:
    return frozenset(map(chr, covered(LATIN))) - {MISSING_MARKER} | {"\n"}


def to_markup(text: str, missing: set[str], bold: bool = False) -> str:
    """Markup for a Paragraph showing `text` exactly, each character in a font that has it."""
    text = _clean(text, missing)
    if not text:
        return ""
    if is_shaped(text) or not _latin_only().issuperset(text):
        return _runs(text, bold)
    register(LATIN)  # all of it in Latin: the one run _runs makes, without the walk
    return f'<font name="{font_name(LATIN, bold)}">{escape(text)}</font>'.replace("\n", "<br/>")


def _fonts(text: str) -> list[str]:
    """Each character's font (see font_for), the run going on from character to character."""
    fonts = []
    current = LATIN
    for char in text:
        if char != "\n":
            current = font_for(char, current) or LATIN  # only MISSING_MARKER's is None
        fonts.append(current)
    return fonts


def _kinds(text: str) -> list[str]:
    """Each character's kind, for ordering right-to-left text: numbers (with the separators
    between their digits) are read left to right even there."""
    kinds = []
    for char in text:
        if char == MISSING_MARKER:
            kinds.append(MISSING)
        elif char.isspace():
            kinds.append(SPACE)
        elif char in RIGHT_TO_LEFT_LETTERS and unicodedata.category(char)[0] in "LM":
            kinds.append(RTL)
        else:
            category = unicodedata.category(char)
            kinds.append(NUMBER if category == "Nd" else LTR if category[0] == "L" else OTHER)
    for index in range(1, len(text) - 1):
        between_digits = kinds[index - 1] == kinds[index + 1] == NUMBER
        separator = unicodedata.bidirectional(text[index]) in ("CS", "AN", "ES")
        if between_digits and kinds[index] == OTHER and separator:
            kinds[index] = NUMBER  # 12,000 and 1.5, in any script's digits
    for index in range(len(text)):  # 15% and $12 stay whole
        if kinds[index] == OTHER and unicodedata.bidirectional(text[index]) == "ET":
            beside = kinds[index - 1 : index] + kinds[index + 1 : index + 2]
            kinds[index] = NUMBER if NUMBER in beside else OTHER
    for is_number, group in itertools.groupby(range(len(text)), lambda i: kinds[i] == NUMBER):
        indices = list(group)
        if is_number and any(script_of(text[i]) == ARABIC for i in indices):
            for index in indices:
                kinds[index] = ARABIC_NUMBER
    return kinds


def _right_to_left_stretches(kinds: list[str], text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch read right to left: from a right-to-left letter to the
    last one, or a number after one, before a left-to-right letter or a line break."""
    stretches = []
    start = end = -1
    for index, kind in enumerate(kinds):
        if kind == RTL or (start >= 0 and kind in (NUMBER, ARABIC_NUMBER)):
            start = index if start < 0 else start
            end = index + 1
        elif kind == LTR or text[index] == "\n":
            if start >= 0:
                stretches.append((start, end))
            start = -1
    if start >= 0:
        stretches.append((start, end))
    return stretches


Chunk = tuple[str, str, str]  # font, kind, text


def _chunks(text: str) -> list[Chunk]:
    """The text as runs of one font and kind, in the order they are drawn, left to right."""
    fonts = _fonts(text)
    if RIGHT_TO_LEFT_LETTERS.isdisjoint(text):
        kinds = [MISSING if char == MISSING_MARKER else "" for char in text]
        stretches = []
    else:
        kinds = _kinds(text)
        stretches = _right_to_left_stretches(kinds, text)
        inside = {index for start, end in stretches for index in range(start, end)}
        for index, char in enumerate(text):
            # Punctuation and spaces after the last right-to-left word are read left to
            # right, and would be drawn right to left in its font's shaped run.
            if fonts[index] in RIGHT_TO_LEFT and index not in inside and kinds[index] != RTL:
                fonts[index] = font_for(char, LATIN) or LATIN

    def runs(start: int, end: int, *, ordering: bool) -> list[Chunk]:
        found = []
        for (font, kind), group in itertools.groupby(
            range(start, end),
            lambda i: (
                fonts[i],
                kinds[i] if ordering or kinds[i] in (MISSING, ARABIC_NUMBER) else "",
            ),
        ):
            chunk = "".join(text[i] for i in group)
            if kind == ARABIC_NUMBER:
                chunk = chunk[::-1]  # HarfBuzz draws Arabic digits right to left
            elif ordering and kind == OTHER:
                mirrored = chunk.translate(MIRRORED)
                chunk = mirrored if covered(font).issuperset(map(ord, mirrored)) else chunk
            found.append((font, kind, chunk))
        return found

    chunks: list[Chunk] = []
    position = 0
    for start, end in [*stretches, (len(text), len(text))]:
        chunks += runs(position, start, ordering=False)
        if _holds_together(fonts[start:end], kinds[start:end]):
            # One word to ReportLab, so never split between lines; HarfBuzz lays all of it
            # out right to left.
            chunks.append((fonts[start], RTL, text[start:end].replace(" ", NO_BREAK_SPACE)))
        else:
            chunks += reversed(runs(start, end, ordering=True))
        position = end
    return chunks


def _holds_together(fonts: list[str], kinds: list[str]) -> bool:
    """Whether a right-to-left stretch is a short run of words in one font (a name, most
    often) with no numbers, which HarfBuzz would draw backwards."""
    return (
        0 < len(fonts) <= SHORT_STRETCH
        and len(set(fonts)) == 1
        and NUMBER not in kinds
        and ARABIC_NUMBER not in kinds
    )


def _runs(text: str, bold: bool) -> str:
    """Cleaned text as one font run per font, right-to-left stretches word by word reversed
    (HarfBuzz reverses the letters of each word; ReportLab has no bidi of its own here)."""
    parts = []
    previous = ""
    for font, kind, chunk in _chunks(text):
        if font == THAI:
            body = _thai_markup(chunk)
        else:
            body = _bengali_markup(chunk) if font == BENGALI else escape(chunk)
        if previous and not previous[-1].isspace() and not chunk[0].isspace():
            # ReportLab 5.1 shapes a word with its first font: the glyphs after a font
            # change in the word come out as others or boxes. An invisible space makes
            # each font's run a word of its own.
            body = THAI_BREAK + body
        previous = chunk
        register(font)
        colour = f' color="{MISSING_COLOUR}"' if kind == MISSING else ""
        parts.append(f'<font name="{font_name(font, bold)}"{colour}>{body}</font>')
    return "".join(parts).replace("\n", "<br/>")
