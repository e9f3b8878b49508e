"""A small word where nothing went wrong: with no fault in sight, nothing is played down."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import unquoted
from journal.reports import Finding, FindingKind

# The cues that say something went wrong: an apology, the writer's mistake, harm (late,
# delayed, wrong), and a flaw, a breakage, reassurance or a fix (each lexicon's `fault`).
_FAULT_CUES = ("apology", "mistake", "harm", "fault")


def without_smallness_where_nothing_went_wrong(
    text: str,
    units: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
) -> list[Finding]:
    """The findings, but the minimising ones in a message that says nothing went wrong: "it's
    just a ten-minute walk", "a minor tweak so the totals round", "Det tar bara en timme".
    Playing down needs a fault to shrink: an apology, a mistake, harm, a flaw or a breakage,
    "nobody will notice" or a fix, said in the finding's unit (a short text whole; in a long
    draft, its sentence with the one either side), keeps it. Quoted words (the client's)
    count for nothing. Each window is read once and remembered, as a keystroke changes one
    sentence of a draft."""
    if not any(finding.kind is FindingKind.MINIMISING for finding in findings):
        return findings
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.MINIMISING:
            if len(units) == 1:
                low, high = units[0]
            else:
                at = max(bisect_right(starts, finding.start) - 1, 0)
                low = sentences[max(at - 1, 0)][0]
                high = sentences[min(at + 1, len(sentences) - 1)][1]
            if not _fault_said(lexicon.language, text[low:high]):
                continue
        kept.append(finding)
    return kept


def clear_cache() -> None:
    """Forget the windows read (for measuring a first check)."""
    _fault_said.cache_clear()


@lru_cache(maxsize=4096)
def _fault_said(language: str, window: str) -> bool:
    """Whether `window`, read without what it quotes, says something went wrong."""
    said = unquoted(window, language)
    cues = load(language).cues
    return any(name in cues and cues[name].search(said) for name in _FAULT_CUES)
