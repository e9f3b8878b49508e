"""A "but" that goes on to what the writer will do about it takes no apology back."""

from __future__ import annotations

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import unquoted
from journal.coach.sentences import sentence_at
from journal.reports import Finding, FindingKind

# Kinds that say the "but" clause defends rather than mends: what it names as the cause, or a
# fault played down or shrugged off there ("but I've been flat out, I'll send it Monday").
_DEFENCES = frozenset(
    (
        FindingKind.BLAME,
        FindingKind.EXCUSE,
        FindingKind.PASSIVE,
        FindingKind.MINIMISING,
        FindingKind.NON_APOLOGY,
    )
)


def without_but_going_on_to_the_fix(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The findings, but a "but" whose own clause (from it to its sentence's end) says what the
    writer will do or is already doing to put things right (the `remedy` cue: "but I'm on my
    way now and will stay late", "men jag är på väg", "ali imam novu u kombiju i mogu je
    montirati", "แต่เดี๋ยวผมจะเข้าไปแก้ให้", "কিন্তু কাল সকালেই নতুনটা দিয়ে আসব"), where no other fault
    is found in that clause: a cause put away from the writer, a fault played down or shrugged
    off there keeps the "but" ("but I've been flat out, I'll send it Monday"), as do a question
    in the clause and harm told before the fix. The client's quoted words count for nothing."""
    remedy = lexicon.cues.get("remedy")
    if remedy is None or not any(finding.kind is FindingKind.BUT for finding in findings):
        return findings
    said = unquoted(text, lexicon.language)
    starts = [start for start, _ in sentences]
    defences = [finding for finding in findings if finding.kind in _DEFENCES]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.BUT:
            clause_end = sentences[sentence_at(starts, finding.start)][1]
            defended = any(
                finding.end < defence.end and defence.start < clause_end for defence in defences
            )
            fix = None if defended else remedy.search(said, finding.end, clause_end)
            if fix is not None and not _asked_or_harmed(
                said, lexicon, finding.end, fix.start(), clause_end
            ):
                continue
        kept.append(finding)
    return kept


def _asked_or_harmed(said: str, lexicon: Lexicon, start: int, fix: int, end: int) -> bool:
    """Whether the "but" clause (said[start:end]) asks something ("but can we meet on Friday
    instead?" is no promise) or tells harm before the fix ("but the delivery will be late, I'll
    …": bad news the "but" brings in)."""
    cues = lexicon.cues
    return bool(
        cues["question"].search(said, start, end)
        or ("harm" in cues and cues["harm"].search(said, start, fix))
    )
