"""Whether the writer owns a cause in their own words, read in its sentence, quotes aside."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container
from functools import lru_cache

import regex

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import inside, quoted_ranges, unquoted
from journal.coach.sentences import CLAUSE_BREAK, CLOSING, sentence_at
from journal.reports import Finding, FindingKind

OWNED_REACH = 400  # characters around a finding in which its sentence's ends are looked for
CAUSE_REACH = 60  # characters from a non-apology within which the trouble's cause is said
SHORT_SENTENCE = 60  # characters: a sentence this short may be about the trouble said before it
# Characters after the apology in such a sentence: a particle or a word ("though", "ครับ",
# "ভাই"), not a doer of its own ("Sorry for any inconvenience the courier caused.").
BARE_TAIL = 12
# Characters before a sentence that an `owned` pattern's look-behind may read (a word or two
# and the gap after the sentence before): a sentence is remembered with them.
LOOKED_BEHIND = 40


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
    text: str,
    lexicon: Lexicon,
    quoted: Callable[[], list[tuple[int, int]]],
    possible: Container[regex.Pattern[str]] | None = None,
) -> Callable[[tuple[int, int]], bool]:
    """Whether the writer owns a cause, in their own words, in the sentence of the span given;
    each sentence read once (in a run-on draft one sentence holds many findings). Only the
    `owned` patterns in `possible` are tried, where the text is known to hold what they need
    (the prefilter's reading of it)."""
    read: dict[tuple[int, int], bool] = {}
    patterns = tuple(
        pattern for pattern in lexicon.owned if possible is None or pattern in possible
    )

    def owned(span: tuple[int, int]) -> bool:
        if not patterns:
            return False
        low, high = sentence = _sentence_around(text, *span, lexicon)
        if sentence not in read:
            # Read with the end of what comes before it, which the patterns' look-behinds see
            # in the whole text ("…not. My fault", "Sorry. I chose").
            context = max(low - LOOKED_BEHIND, 0)
            read[sentence] = any(
                not inside((context + start, context + end), quoted())
                for start, end in _owning_in(patterns, text[context:high], low - context)
            )
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
    lexicon = load(language)
    if not lexicon.owned:
        return ()
    quoted = quoted_ranges(sentence, language)
    return tuple(
        found for found in _owning_in(lexicon.owned, sentence, 0) if not inside(found, quoted)
    )


@lru_cache(maxsize=4096)  # a draft's sentences: a keystroke changes one or two of them
def _owning_in(
    patterns: tuple[regex.Pattern[str], ...], text: str, start: int
) -> tuple[tuple[int, int], ...]:
    """Where these `owned` patterns find the writer owning a cause in text[start:], quotes
    and all."""
    return tuple(match.span() for pattern in patterns for match in pattern.finditer(text, start))


def without_non_apology_for_owned_trouble(
    text: str, sentences: list[tuple[int, int]], findings: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The findings, but a non-apology for trouble (a `trouble` word in it, not the client's
    feelings: "Sorry for all the hassle") where the writer says, near it in its sentence, that
    they caused it (the `caused` cue: "the hassle I caused", "the inconvenience my late invoice
    caused you", "zbog moje pogreške", "ความวุ่นวายที่ผมก่อ", "আমার ভুলে যে ঝামেলা হলো"); a
    bare apology, a short sentence with little after the trouble, may be about the one before
    ("My figures sent you to the bank twice. Sorry for the trouble."). It names what the
    writer did, which a non-apology leaves out. Not where the sentence denies or only reports
    the cause before it is said (the `denial` cue: "none of it was due to my mistake", "you
    wrote that …"); quoted words count for nothing."""
    cues = lexicon.cues
    if not {"caused", "trouble", "denial"} <= cues.keys() or not any(
        finding.kind is FindingKind.NON_APOLOGY for finding in findings
    ):
        return findings
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if (
            finding.kind is FindingKind.NON_APOLOGY
            and cues["trouble"].search(text, finding.start, finding.end)
            and not cues["feeling"].search(text, finding.start, finding.end)
        ):
            at = sentence_at(starts, finding.start)
            low, high = sentences[at]
            near = (finding.start - low, finding.end - low)
            before = text[slice(*sentences[at - 1])] if at > 0 else ""
            if _says_they_caused(lexicon.language, text[low:high], near) or (
                before
                and high - low <= SHORT_SENTENCE
                and len(text[finding.end : high].strip().rstrip(CLOSING)) <= BARE_TAIL
                and _says_they_caused(lexicon.language, before, None)
            ):
                continue
        kept.append(finding)
    return kept


@lru_cache(maxsize=1024)
def _says_they_caused(language: str, sentence: str, near: tuple[int, int] | None) -> bool:
    """Whether the writer says in `sentence`, after `near` (the non-apology) within
    CAUSE_REACH or before it in its clause, that they caused the trouble, with nothing in the
    sentence up to that denying or reporting it; where `near` is None (the sentence before a
    bare apology), in its last clause, in a sentence that denies and reports nothing. Quotes
    aside."""
    lexicon = load(language)
    cues = lexicon.cues
    said = unquoted(sentence, language)
    of_the_sentence_before = near is None  # a bare apology's: the cause in its last clause
    if near is None:
        end = len(said.rstrip().rstrip(CLOSING))
        near = (end, end)
    for cause in cues["caused"].finditer(said):
        if cause.start() > near[1] + CAUSE_REACH or cause.end() < near[0] - CAUSE_REACH:
            continue
        if cause.end() <= near[0] and (
            CLAUSE_BREAK.search(said, cause.end(), near[0])
            or lexicon.sentence_end.search(said, cause.end(), near[0])
        ):
            continue  # said before the apology, the cause must be in its clause
        if not cues["denial"].search(said, 0, len(said) if of_the_sentence_before else cause.end()):
            return True
    return False


def clear_cache() -> None:
    """Forget the owning words found per sentence (for measuring a first check)."""
    _owned_spans.cache_clear()
    _owning_in.cache_clear()
    _says_they_caused.cache_clear()
