"""Guesses the language of a text: by script first, then by its most common words."""

from __future__ import annotations

import regex

from journal.coach.languages import DEFAULT
from journal.coach.lexicon import detect_words

_THAI = regex.compile(r"\p{Thai}")
_BENGALI = regex.compile(r"\p{Bengali}")
_LATIN = regex.compile(r"\p{Latin}")
_WORD = regex.compile(r"\p{L}+")
_SAMPLE = 4000  # characters: enough to tell, cheap on a huge paste
_LATIN_LANGUAGES = ("en", "sv", "hr")
_LETTER_HINTS = {"sv": set("åäö"), "hr": set("čćđšž")}


def detect(text: str) -> str:
    """One of the coach's language codes; DEFAULT (English) when nothing tells."""
    sample = text[:_SAMPLE]
    thai, bengali = len(_THAI.findall(sample)), len(_BENGALI.findall(sample))
    latin = len(_LATIN.findall(sample))
    if thai and thai >= max(bengali, latin):
        return "th"
    if bengali and bengali >= latin:
        return "bn"
    words = [word.casefold() for word in _WORD.findall(sample)]
    letters = set(sample.casefold())
    scores = {}
    for code in _LATIN_LANGUAGES:
        common = detect_words(code)
        hint = 2 * len(letters & _LETTER_HINTS.get(code, set()))
        scores[code] = sum(word in common for word in words) + hint
    best = max(_LATIN_LANGUAGES, key=lambda code: scores[code])
    return best if scores[best] > 0 else DEFAULT
