"""A question to the client, or an apology for the message itself, plays no fault down."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import blanked, unquoted
from journal.coach.sentences import sentence_at
from journal.coach.trifles import fault_said
from journal.reports import Finding, FindingKind

_ASKING = frozenset((FindingKind.MINIMISING, FindingKind.BUT))
# Characters that may stand between "sorry to bother you" (or an apology for the message
# itself) and its "but": "again", a particle.
_BETWEEN_BOTHER_AND_BUT = 20


def without_what_only_asks(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The findings, but those in a sentence that asks the client something (the lexicon's
    `question` cue ends the finding's sentence, in Thai its clause; not a tag asking them to
    agree, "no big deal, right?"):
    - a small word in the frame of a request (the `request` cue: "Just one small thing: is
      the gate unlocked?", "Samo kratko pitanje: mat ili sjaj?"), even after the apology
      that names the fault; "It's only a small scratch, can I polish it out on Friday?"
      still plays the scratch down;
    - a "but" after an apology only for asking (the `bother` cue: "Sorry to bother you, but
      could you send the plan?"), which takes no apology for a fault back, where no harm is
      named in its sentence or the one before ("Sorry to bother you, but the files will be
      late, is Friday all right?" takes one back).
    An apology for the message itself (the `about_message` cue: its length, a reminder,
    writing on a Sunday) is no apology for a fault, question or not: a "but" just after it
    takes nothing back, and a small word inside it ("ขออภัยที่อีเมลยาวไปหน่อย") plays nothing
    down, where neither harm, the writer's mistake nor a flaw is said anywhere in the message
    ("Sorry for the long email, but the brief kept changing, so the draft is late" takes one
    back). The "but" keeps its finding where the sentence holds another apology, what follows
    it names the writer ("but the sofa I reupholstered is …"), or the message holds any
    other fault found. The client's quoted words count for nothing."""
    if "question" not in lexicon.cues or not any(finding.kind in _ASKING for finding in findings):
        return findings
    starts = [start for start, _ in sentences]
    asking: dict[int, list[Finding]] = {}  # by sentence: a keystroke changes one of them
    for finding in findings:
        if finding.kind in _ASKING:
            asking.setdefault(sentence_at(starts, finding.start), []).append(finding)
    dropped: set[tuple[FindingKind, int, int]] = set()
    for at, found in asking.items():
        own_start, own_end = sentences[at]
        earlier = at - 1  # the sentence before with words in it (a blank line is none)
        while earlier > 0 and not text[slice(*sentences[earlier])].strip():
            earlier -= 1
        before = text[sentences[earlier][0] : own_start] if earlier >= 0 else ""
        spans = tuple((f.kind, f.start - own_start, f.end - own_start) for f in found)
        for kind, start, end in _only_asking(
            lexicon.language, before, text[own_start:own_end], spans
        ):
            dropped.add((kind, start + own_start, end + own_start))
    dropped |= _about_the_message_only(text, sentences, findings, lexicon)
    return [f for f in findings if (f.kind, f.start, f.end) not in dropped]


def _about_the_message_only(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> set[tuple[FindingKind, int, int]]:
    """The "but" and small-word findings that belong to an apology for the message itself."""
    cues = lexicon.cues
    starts = [start for start, _ in sentences]
    # Only the sentences of those findings can hold the apology they belong to (a keystroke's
    # budget: the rest of a long draft is not read again).
    around = {sentences[sentence_at(starts, f.start)] for f in findings if f.kind in _ASKING}
    language = lexicon.language
    if not any(_about_the_message(language, text[low:high]) for low, high in around):
        return set()
    said = unquoted(text, language)
    phrases = [
        phrase
        for low, high in sorted(around)
        for phrase in cues["about_message"].finditer(said, low, high)
    ]
    if not phrases:
        return set()
    # The message without those apologies: their "so late" or "too long" is the message's.
    rest = blanked(said, [phrase.span() for phrase in cues["about_message"].finditer(said)])
    if fault_said(rest, lexicon, len(rest), ("mistake", "harm", "fault")):
        return set()
    phrase_starts = [phrase.start() for phrase in phrases]

    def nearest(position: int) -> regex.Match[str] | None:
        """The last apology for the message that starts at or before `position`."""
        at = bisect_right(phrase_starts, position) - 1
        return phrases[at] if at >= 0 else None

    in_phrases: set[tuple[FindingKind, int, int]] = set()
    for finding in findings:
        phrase = nearest(finding.start)
        if finding.kind is FindingKind.MINIMISING and phrase and finding.end <= phrase.end():
            in_phrases.add((finding.kind, finding.start, finding.end))
    # Any other fault found in the message (a blame, a small word outside those apologies) is
    # one a "but" may take the apology back for.
    other_faults = any(
        finding.kind is not FindingKind.BUT
        and (finding.kind, finding.start, finding.end) not in in_phrases
        for finding in findings
    )
    dropped = set(in_phrases)
    for finding in findings:
        if finding.kind is not FindingKind.BUT or other_faults:
            continue
        low, high = sentences[sentence_at(starts, finding.start)]
        # Another apology in the sentence, or what the writer did or what happened, told
        # after the "but" ("but the cake collapsed in the van"): the news a fault is in.
        if cues["apology"].search(rest, low, high) or any(
            cues[name].search(said, finding.end, high) for name in ("writer", "happened")
        ):
            continue
        phrase = nearest(finding.start)
        if (
            phrase
            and phrase.start() >= low
            and 0 <= finding.start - phrase.end() <= _BETWEEN_BOTHER_AND_BUT
        ):
            dropped.add((finding.kind, finding.start, finding.end))
    return dropped


@lru_cache(maxsize=4096)
def _about_the_message(language: str, sentence: str) -> bool:
    """Whether the sentence may hold an apology for the message itself (read once: a
    keystroke changes one sentence of a draft)."""
    return load(language).cues["about_message"].search(sentence) is not None


@lru_cache(maxsize=4096)
def _only_asking(
    language: str, before: str, sentence: str, spans: tuple[tuple[FindingKind, int, int], ...]
) -> tuple[tuple[FindingKind, int, int], ...]:
    """Of a sentence's minimising and "but" findings (`spans`), those that only ask: each
    read up to the end of its clause, with the sentence `before` for harm said."""
    lexicon = load(language)
    cues = lexicon.cues
    said = unquoted(before + sentence, language)
    at = len(before)  # where the sentence starts in `said`
    harm_said = "harm" in cues and cues["harm"].search(said) is not None
    only = []
    for kind, start, end in spans:
        clause_end = lexicon.sentence_end.search(sentence, end)
        own_end = at + (clause_end.start() if clause_end else len(sentence))
        if not cues["question"].search(said, at, own_end):
            continue
        if kind is FindingKind.MINIMISING:
            asks_only = _in_a_request(cues, said, at + start, at + end)
        else:
            asks_only = not harm_said and _after_sorry_to_bother(cues, said, at, at + start)
        if asks_only:
            only.append((kind, start, end))
    return tuple(only)


def clear_cache() -> None:
    """Forget the sentences read (for measuring a first check)."""
    _only_asking.cache_clear()
    _about_the_message.cache_clear()


def _in_a_request(cues: dict[str, regex.Pattern[str]], said: str, start: int, end: int) -> bool:
    """Whether the small word at said[start:end] is part of a request's frame."""
    return "request" in cues and any(
        frame.start() <= start and end <= frame.end() for frame in cues["request"].finditer(said)
    )


def _after_sorry_to_bother(
    cues: dict[str, regex.Pattern[str]], said: str, sentence_start: int, but: int
) -> bool:
    """Whether the words before a "but" apologise only for asking: "sorry to bother you" just
    before it, and no other apology between ("Sorry to bother you, and sorry I broke the vase,
    but…" takes that one back)."""
    if "bother" not in cues:
        return False
    bothers = cues["bother"].finditer(said, sentence_start, but)
    last = max(bothers, key=regex.Match.end, default=None)
    return (
        last is not None
        and but - last.end() <= _BETWEEN_BOTHER_AND_BUT
        and not cues["apology"].search(said, last.end(), but)
    )
