"""Whether the writer owns a cause in their own words, read in its sentence, quotes aside."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import inside, quoted_ranges
from journal.reports import Finding

OWNED_REACH = 400  # characters around a finding in which its sentence's ends are looked for


def _sentence_around(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """The sentence holding text[start:end]; in Thai, which ends clauses with a space and
    sentences with nothing, that clause with the one before and the one after it."""
    low, high = max(start - OWNED_REACH, 0), min(end + OWNED_REACH, len(text))
    gaps = [gap.span() for gap in lexicon.sentence_end.finditer(text, low, high)]
    before = [low, *(gap_end for _, gap_end in gaps if gap_end <= start)]
    after = [*(gap_start for gap_start, _ in gaps if gap_start >= end), high]
    beyond = lexicon.neighbours_read
    return before[max(len(before) - 1 - beyond, 0)], after[min(beyond, len(after) - 1)]


def owner_reader(
    text: str, lexicon: Lexicon, quoted: Callable[[], list[tuple[int, int]]]
) -> Callable[[tuple[int, int]], bool]:
    """Whether the writer owns a cause, in their own words, in the sentence of the span given;
    each sentence read once (in a run-on draft one sentence holds many findings)."""
    read: dict[tuple[int, int], bool] = {}

    def owned(span: tuple[int, int]) -> bool:
        if lexicon.owned is None:
            return False
        sentence = _sentence_around(text, *span, lexicon)
        if sentence not in read:
            matches = lexicon.owned.finditer(text, *sentence)
            read[sentence] = any(not inside(m.span(), quoted()) for m in matches)
        return read[sentence]

    return owned


def unless_owned_in_cut_sentences(
    text: str,
    sentences: list[tuple[int, int]],
    pieces: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
) -> list[Finding]:
    """The findings, but causes the writer owns within OWNED_REACH in a sentence read a
    clause at a time (the rules read each clause with only the end of the one before: "your
    supplier sent the wrong glue, …, and honestly that is on me")."""
    whole = set(pieces)
    cut = [sentence for sentence in sentences if sentence not in whole]
    kept = []
    for finding in findings:
        at = bisect_right(cut, (finding.start, len(text))) - 1
        if finding.kind in lexicon.owned_kinds and at >= 0 and finding.start < cut[at][1]:
            low, high = cut[at]
            near = (finding.start - low - OWNED_REACH, finding.end - low + OWNED_REACH)
            owning = _owned_spans(lexicon.language, text[low:high])
            if any(near[0] <= start and end <= near[1] for start, end in owning):
                continue
        kept.append(finding)
    return kept


@lru_cache(maxsize=4096)
def _owned_spans(language: str, sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the writer owns a cause in their own words in `sentence`, quotes aside."""
    owned = load(language).owned
    if owned is None:
        return ()
    quoted = quoted_ranges(sentence, language)
    return tuple(m.span() for m in owned.finditer(sentence) if not inside(m.span(), quoted))


def clear_cache() -> None:
    """Forget the owning words found per sentence (for measuring a first check)."""
    _owned_spans.cache_clear()
