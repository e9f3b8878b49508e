"""A small word in a question to the client ("just one thing: …?") asks; it plays nothing down."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import blanked, quoted_ranges
from journal.reports import Finding, FindingKind


def without_small_words_that_ask(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The findings, but minimising in a sentence that asks the client something (the
    lexicon's `question` cue: "Just a quick question: is the gate unlocked?", "Samo kratko
    pitanje: mat ili sjaj?") where no harm is named in it or the sentence before: "Sorry,
    the files are late. Only a day, no big deal, right?" still plays the delay down. The
    client's quoted words count for nothing."""
    if "question" not in lexicon.cues or not any(
        finding.kind is FindingKind.MINIMISING for finding in findings
    ):
        return findings
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.MINIMISING:
            at = max(bisect_right(starts, finding.start) - 1, 0)
            before = text[sentences[max(at - 1, 0)][0] : sentences[at][0]]
            if _asks(lexicon.language, before, text[slice(*sentences[at])]):
                continue
        kept.append(finding)
    return kept


def clear_cache() -> None:
    """Forget the sentences read (for measuring a first check)."""
    _asks.cache_clear()


@lru_cache(maxsize=4096)
def _asks(language: str, before: str, own: str) -> bool:
    """Whether `own` asks something, with no harm said in it or in the sentence `before`."""
    cues = load(language).cues
    said = blanked(before + own, quoted_ranges(before + own, language))
    if not cues["question"].search(said, len(before)):
        return False
    return "harm" not in cues or not cues["harm"].search(said)
