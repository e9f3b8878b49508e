"""Shortens text for the page at sentence, then word, then letter boundaries, never mid-letter."""

from __future__ import annotations

import re

MAX_LINES = 12  # lines kept per text; more would run off the page however short
ELLIPSIS = " …"
# Every way of breaking a line becomes "\n", so that each counts as one (MAX_LINES).
LINE_BREAKS = str.maketrans({c: "\n" for c in "\r\x0b\x0c\x85\u2028\u2029"})
# A sentence ends at . ! ? … or the Bengali danda, after any closing quotes or brackets,
# where a space or a line break follows; Thai puts a space between sentences.
_SENTENCE_END = re.compile(r"(?:[.!?…।॥][\"'”’»)\]]*\s+)|\n+|(?<=[\u0e00-\u0e7f]) +")
_SPACE = re.compile(r"\s+")


def one_kind_of_line_break(text: str) -> str:
    return text.replace("\r\n", "\n").translate(LINE_BREAKS)


def one_line(text: str) -> str:
    """`text` on one line: for the header's names, which are lines, however pasted."""
    return " ".join(one_kind_of_line_break(text).split())


def flattened(text: str, most: int = MAX_LINES) -> str:
    """`text` stripped, its line breaks after the `most`th joined into spaces (all of it is
    still there: this is not shortening)."""
    text = one_kind_of_line_break(text).strip()
    lines = text.split("\n")
    if len(lines) <= most:
        return text
    return "\n".join(lines[: most - 1]) + " " + " ".join(lines[most - 1 :])


def sentences(text: str) -> list[str]:
    """The sentences of `text`, each with the space after it."""
    found, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        found.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        found.append(text[start:])
    return found


def first_sentences(text: str, count: int) -> tuple[str, bool]:
    """The first `count` sentences of `text`, and whether anything was left out."""
    parts = sentences(text)
    if len(parts) <= count:
        return text, False
    return "".join(parts[:count]).rstrip() + ELLIPSIS, True


def at_most(text: str, limit: int) -> tuple[str, bool]:
    """`text` in at most about `limit` characters: whole sentences if at least half the limit
    is kept that way, else whole words, else whole letters (grapheme clusters, so that a
    vowel sign or tone mark never parts from its consonant); and whether it was shortened."""
    # A short text keeps few lines: a limit of 40 characters is no room for 12 lines.
    text = flattened(text, max(1, min(MAX_LINES, limit // 50)))
    if len(text) <= limit:
        return text, False
    kept = ""
    for sentence in sentences(text):
        if len(kept) + len(sentence) > limit:
            break
        kept += sentence
    if len(kept) < limit // 2:
        spaces = [match.start() for match in _SPACE.finditer(text, 0, limit + 1)]
        cut = spaces[-1] if spaces and spaces[-1] >= limit // 2 else None
        kept = text[:cut] if cut is not None else _letters(text, limit)
    return kept.rstrip() + ELLIPSIS, True


def _letters(text: str, limit: int) -> str:
    """The most whole words (Thai, which has no spaces between them) or else whole letters
    (grapheme clusters) that `limit` characters hold."""
    if any("\u0e00" <= char <= "\u0e7f" for char in text[:limit]):
        from journal.briefing.thai_words import words

        pieces = words(text)
    else:
        import regex

        pieces = regex.findall(r"\X", text)
    kept = ""
    for piece in pieces:
        if len(kept) + len(piece) > limit:
            break
        kept += piece
    return kept
