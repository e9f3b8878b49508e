"""Causes told beside good news: where nothing went wrong, nothing is put on anyone."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import blanked
from journal.reports import CAUSE_KINDS, Finding


def without_causes_beside_good_news(
    text: str,
    units: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
    quoted: Callable[[], list[tuple[int, int]]],
) -> list[Finding]:
    """The findings, but blame, excuses and passives told beside news that all went well
    ("luckily nothing was lost", "such a lovely weekend"), in a message that neither
    apologises nor says what went wrong. The news must be in the finding's sentence (one of
    `sentences`, in Thai a few clauses) or the next one with words in it; no apology and no
    harm (late, delayed, missed, wrong: each lexicon's `harm` cue) in the finding's unit (a
    short text whole; in a long draft, its sentence with the one either side). A broken
    laptop or the client's team named as news is no fault put away from the writer; good
    news told before another mishap ("Luckily it's all in the cloud. The van broke down.")
    clears nothing of it, nor "Luckily we have another in stock" after "your order will be a
    week late". Quoted words (the client's) count for nothing."""
    well = lexicon.cues.get("well")
    if well is None or not any(finding.kind in CAUSE_KINDS for finding in findings):
        return findings
    unquoted = blanked(text, quoted())
    said = [(start, end) for start, end in sentences if unquoted[start:end].strip()] or sentences
    said_starts = [start for start, _ in said]
    unit_starts = [start for start, _ in units]
    vetoes = [lexicon.cues[name] for name in ("apology", "harm") if name in lexicon.cues]
    kept = []
    for finding in findings:
        if finding.kind in CAUSE_KINDS:
            at = max(bisect_right(said_starts, finding.start) - 1, 0)
            news_start, news_end = said[at][0], said[min(at + 1, len(said) - 1)][1]
            unit = units[max(bisect_right(unit_starts, finding.start) - 1, 0)]
            low = min(unit[0], said[max(at - 1, 0)][0] if len(units) > 1 else unit[0])
            high = max(unit[1], news_end if len(units) > 1 else unit[1])
            if well.search(unquoted, news_start, news_end) and not any(
                veto.search(unquoted, low, high) for veto in vetoes
            ):
                continue
        kept.append(finding)
    return kept
