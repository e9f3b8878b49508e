"""Shortens text for the page at sentence, then word, then letter boundaries, never mid-letter."""

from __future__ import annotations

import re

MAX_LINES = 12  # line breaks kept per text; more would run off the page however short
ELLIPSIS = " …"
# A sentence ends at . ! ? … or the Bengali danda, after any closing quotes or brackets,
# where a space or a line break follows; Thai puts a space between sentences.
_SENTENCE_END = re.compile(r"(?:[.!?…।॥][\"'”’»)\]]*\s+)|\n+|(?<=[\u0e00-\u0e7f]) +")
_SPACE = re.compile(r"\s+")


def flattened(text: str) -> tuple[str, bool]:
    """`text` stripped, with its line breaks after the twelfth joined into spaces."""
    text = text.strip()
    lines = text.split("\n")
    if len(lines) <= MAX_LINES:
        return text, False
    return "\n".join(lines[: MAX_LINES - 1]) + " " + " ".join(lines[MAX_LINES - 1 :]), True


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
    text, flattened_any = flattened(text)
    if len(text) <= limit:
        return text, flattened_any
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
    import regex

    kept = ""
    for cluster in regex.finditer(r"\X", text):
        if len(kept) + len(cluster.group()) > limit:
            break
        kept += cluster.group()
    return kept
