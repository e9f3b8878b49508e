"""A small word where nothing went wrong: with no fault in sight, nothing is played down."""

from __future__ import annotations

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import unquoted
from journal.coach.sentences import sentence_at
from journal.reports import DraftField, Finding, FindingKind

# The cues that say something went wrong: an apology, the writer's mistake, harm (late,
# delayed, wrong), and a flaw, a breakage, reassurance, the client upset or disappointed, or a
# fix (each lexicon's `fault`).
FAULT_CUES = ("apology", "mistake", "harm", "fault")


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
    # The message with the client's quoted words blanked, made once for all its findings.
    said = unquoted(text, lexicon.language)
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.MINIMISING:
            at = sentence_at(starts, finding.start)
            end = len(text) if short else sentences[min(at + 1, len(sentences) - 1)][1]
            if not fault_said(said, lexicon, end):
                continue
        kept.append(finding)
    return kept


def fault_said(said: str, lexicon: Lexicon, end: int, names: tuple[str, ...] = FAULT_CUES) -> bool:
    """Whether something went wrong is said in said[:end] (quotes blanked): by default an
    apology, the writer's mistake, harm, or a flaw, a breakage, "nobody will notice", the
    client let down or a fix (each lexicon's `fault`)."""
    return any(lexicon.cues[name].search(said, 0, end) for name in names)
