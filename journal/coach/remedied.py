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
# What, said between the "but" and the fix, makes the "but" a defence the fix only follows: a
# denial ("but it's not my fault, I'll fix it anyway"), a flaw or harm ("but the brief was a
# mess"), someone else ("but the client before you overran"), a mistake, or a second contrast.
_DEFENDING = ("denial", "fault", "harm", "mistake", "other", "contrast")
# Where the fix is asked about or made to wait on the client, anywhere after the "but".
_NO_PROMISE = ("question", "condition")
THAI_REACH = 60  # characters: Thai writes a message as one sentence; the fix must be near


def without_but_going_on_to_the_fix(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The findings, but a "but" that goes on, in its sentence, to what the writer will do or
    is already doing to put things right (the `remedy` cue: "but I'm on my way now", "men jag
    är på väg", "ali dosta sam ih spasila, šaljem vam ih", "แต่เดี๋ยวผมจะเข้าไปแก้ให้", "কিন্তু আমি
    এখন রাস্তায়"). The "but" keeps its finding where another fault is found after it (a
    cause put away from the writer, a fault played down or shrugged off), where a defence
    comes between it and the fix (_DEFENDING), or where the fix is asked about or made to
    wait on the client (the `condition` cue: "but if you pay the deposit I'll start"). A "but"
    the model reads across a whole sentence has nothing after it and is kept. The client's
    quoted words count for nothing."""
    cues = lexicon.cues
    if "remedy" not in cues or not any(finding.kind is FindingKind.BUT for finding in findings):
        return findings
    said = unquoted(text, lexicon.language)
    starts = [start for start, _ in sentences]
    defences = [finding for finding in findings if finding.kind in _DEFENCES]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.BUT:
            end = sentences[sentence_at(starts, finding.start)][1]
            defended = any(finding.end < other.end and other.start < end for other in defences)
            if not defended and _goes_on_to_a_fix(said, lexicon, finding.end, end):
                continue
        kept.append(finding)
    return kept


def _goes_on_to_a_fix(said: str, lexicon: Lexicon, start: int, end: int) -> bool:
    """Whether said[start:end], what follows a "but" in its sentence, comes to the writer's
    fix with no defence before it, neither asked about nor made to wait on the client."""
    cues = lexicon.cues
    reach = min(end, start + THAI_REACH) if lexicon.language == "th" else end
    fix = cues["remedy"].search(said, start, reach)
    if fix is None:
        return False
    return not (
        any(cues[name].search(said, start, fix.start()) for name in _DEFENDING if name in cues)
        or any(cues[name].search(said, start, end) for name in _NO_PROMISE if name in cues)
    )
