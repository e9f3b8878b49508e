"""Guesses the language of a text: by script first, then by its most common words."""

from __future__ import annotations

import regex

from journal.coach.languages import DEFAULT
from journal.coach.lexicon import detect_words

_THAI = regex.compile(r"\p{Thai}+")  # runs, not letters: far fewer matches to count
_BENGALI = regex.compile(r"\p{Bengali}+")
_LATIN = regex.compile(r"\p{Latin}+")
_WORD = regex.compile(r"\p{L}+")
_SAMPLE = 1500  # characters, about 250 words: enough to tell, and cheap at every keystroke
# Bengali is written in Latin letters too ("sorry vai, file ta kal pathabo"): its commonest
# words in those letters tell it, two at least, as one may be a name ("Ami", "Amar") or a word
# of another language ("pare", "aj" in Croatian).
_LATIN_LANGUAGES = ("en", "sv", "hr", "bn")
_FEWEST_WORDS = {"bn": 2}
_LETTER_HINTS = {"sv": set("åäö"), "hr": set("čćđšž")}
_MIXED_IN = 3  # Latin letters a Thai or Bengali letter outweighs in a message


def detect(text: str) -> str:
    """One of the coach's language codes; DEFAULT (English) when nothing tells."""
    sample = text[:_SAMPLE]
    thai, bengali = _letters(_THAI, sample), _letters(_BENGALI, sample)
    if thai or bengali:  # Latin letters counted only then: it is most of the guess's time
        latin = _letters(_LATIN, sample)
        # Messages in Thai or Bengali mix in English words freely ("deadline miss করেছি"),
        # where English ones hardly ever hold their scripts: a quarter of the letters tells.
        if thai and thai >= bengali and _MIXED_IN * thai >= latin:
            return "th"
        if bengali and _MIXED_IN * bengali >= latin:
            return "bn"
    folded = sample.casefold()
    # A lowercase "i" is Swedish "in", Croatian "and" and English typed in lower case alike: it
    # tells nothing ("Fakturan låg kvar i min utkorg"); "I" still counts for English.
    words = [word.casefold() for word in _WORD.findall(sample) if word != "i"]
    letters = set(folded)
    scores = {}
    for code in _LATIN_LANGUAGES:
        hint = 2 * len(letters & _LETTER_HINTS.get(code, set()))
        score = sum(map(detect_words(code).__contains__, words)) + hint
        scores[code] = score if score >= _FEWEST_WORDS.get(code, 1) else 0
    best = max(_LATIN_LANGUAGES, key=lambda code: scores[code])
    return best if scores[best] > 0 else DEFAULT


def _letters(script: regex.Pattern[str], text: str) -> int:
    """How many of the text's letters are of the script."""
    return sum(map(len, script.findall(text)))
