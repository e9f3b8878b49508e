"""A small word where nothing went wrong: with no fault in sight, nothing is played down."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import unquoted
from journal.reports import DraftField, Finding, FindingKind

# The cues that say something went wrong: an apology, the writer's mistake, harm (late,
# delayed, wrong), and a flaw, a breakage, reassurance, the client upset or disappointed, or a
# fix (each lexicon's `fault`).
_FAULT_CUES = ("apology", "mistake", "harm", "fault")


def where_a_fault_is_said(
    text: str,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
    field: DraftField,
    short: bool,
) -> list[Finding]:
    """The findings, but the minimising ones in a message that says nothing went wrong: "it's
    just a ten-minute walk", "a minor tweak so the totals round", "Det tar bara en timme".
    Playing down needs a fault to shrink: an apology, a mistake, harm, a flaw or a breakage,
    "nobody will notice" or a fix keeps the finding, said anywhere in a `short` text, and in
    a long draft anywhere before the finding or in the sentence after it. A part of the call
    (`field` other than ANY) is about the fault by its nature, and keeps every finding.
    Quoted words (the client's) count for nothing."""
    if field is not DraftField.ANY or not any(
        finding.kind is FindingKind.MINIMISING for finding in findings
    ):
        return findings
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.MINIMISING:
            if short:
                said = _fault_said_in(lexicon.language, text)
            else:
                at = max(bisect_right(starts, finding.start) - 1, 0)
                low = sentences[max(at - 1, 0)][0]
                high = sentences[min(at + 1, len(sentences) - 1)][1]
                # The sentences around it first, read once a keystroke as they change least;
                # all before them only when those say nothing.
                said = _fault_said_in(lexicon.language, text[low:high]) or (
                    low > 0 and _fault_said_in(lexicon.language, text[:low])
                )
            if not said:
                continue
        kept.append(finding)
    return kept


def clear_cache() -> None:
    """Forget the windows read (for measuring a first check)."""
    _fault_said_in.cache_clear()


@lru_cache(maxsize=4096)
def _fault_said_in(language: str, window: str) -> bool:
    """Whether `window`, read without what it quotes, says something went wrong."""
    said = unquoted(window, language)
    cues = load(language).cues
    return any(name in cues and cues[name].search(said) for name in _FAULT_CUES)
