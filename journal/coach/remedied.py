"""A "but" that goes on to what the writer will do about it takes no apology back."""

from __future__ import annotations

from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
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
    the model reads across a whole sentence is weighed from its contrast word (the first in
    the sentence after its apology), and kept where it has none. The client's quoted words
    count for nothing."""
    cues = lexicon.cues
    if "remedy" not in cues or not any(finding.kind is FindingKind.BUT for finding in findings):
        return findings
    said = unquoted(text, lexicon.language)
    starts = [start for start, _ in sentences]
    defences = [finding for finding in findings if finding.kind in _DEFENCES]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.BUT:
            start, end = sentences[sentence_at(starts, finding.start)]
            after = _after_the_contrast(said, lexicon, finding)
            defended = any(after < other.end and other.start < end for other in defences)
            fix_from = max(after - start, 0)  # a finding may start in the gap before
            if not defended and _goes_on_to_a_fix(lexicon.language, said[start:end], fix_from):
                continue
        kept.append(finding)
    return kept


def _after_the_contrast(said: str, lexicon: Lexicon, finding: Finding) -> int:
    """Where what a "but" finding takes back is weighed from: after its contrast word (a rule
    underlines the word itself; the model, the whole sentence the word is in, where the
    word that counts comes after the apology)."""
    apology = lexicon.cues["apology"].search(said, finding.start, finding.end)
    after_apology = apology.end() if apology else finding.start
    contrast = lexicon.cues["contrast"].search(said, after_apology, finding.end)
    return contrast.end() if contrast else finding.end


@lru_cache(maxsize=4096)  # a draft's sentences: a keystroke changes one of them
def _goes_on_to_a_fix(language: str, sentence: str, after: int) -> bool:
    """Whether what follows a "but" in its sentence (quotes blanked), from `after` on, comes
    to the writer's fix with no defence before it, neither asked about nor made to wait on
    the client."""
    cues = load(language).cues
    end = len(sentence)
    reach = min(end, after + THAI_REACH) if language == "th" else end
    fix = cues["remedy"].search(sentence, after, reach)
    if fix is None:
        return False
    return not (
        any(cues[name].search(sentence, after, fix.start()) for name in _DEFENDING if name in cues)
        or any(cues[name].search(sentence, after, end) for name in _NO_PROMISE if name in cues)
    )


def clear_cache() -> None:
    """Forget what each sentence's "but" was found to go on to."""
    _goes_on_to_a_fix.cache_clear()
