"""Sorrow for the client's own misfortune: no apology weakened, nothing excused."""

from __future__ import annotations

from bisect import bisect_left

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import blanked, inside, unquoted
from journal.coach.sentences import CLAUSE_BREAK, sentence_at
from journal.reports import DraftField, Finding, FindingKind

# "Sorry to hear …" reads as regret for the client's feelings, and a flood or a flight called
# off as a circumstance: both wrongly, where the misfortune is the client's own.
_CLEARED = frozenset((FindingKind.NON_APOLOGY, FindingKind.EXCUSE))
# What says the message is about the writer's work after all, said anywhere in it: their
# mistake, harm (late, wrong), a flaw or the client let down (`fault`), or the client's
# feelings ("sorry to hear you feel that way").
_ABOUT_THE_WORK = ("mistake", "harm", "fault", "feeling")


def without_sympathy_read_as_fault(
    text: str,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
    field: DraftField,
) -> list[Finding]:
    """The findings, but a non-apology or an excuse in a sentence (one of `sentences`, in Thai
    a few clauses) where the writer feels for a misfortune of the client's own: "Sorry to
    hear your dad's in hospital", "Žao mi je što vam je koncert otkazan zbog nevremena",
    "আপনার বাবা হাসপাতালে ভর্তি শুনে খুব খারাপ লাগল". The sorrow and the misfortune (illness,
    a flood, a break-in, a flight or a festival called off) are both said in that sentence;
    an excuse must be in the clause of the sorrow with the misfortune, a non-apology in that
    clause; neither the writer nor their team is the one it befell there ("too", "also"
    count), nor their work its
    topic ("my flight was cancelled too", "I was ill", "half the team has flu too", "the
    signs I designed"). The writer's mistake, harm, a flaw, the work not what was wanted
    or the client's feelings said anywhere keep every finding, as does a part of the call
    (`field` other than ANY), which is about the fault by its nature. Quoted words (the
    client's) count for nothing."""
    cues = lexicon.cues
    if field is not DraftField.ANY or not any(finding.kind in _CLEARED for finding in findings):
        return findings
    said = unquoted(text, lexicon.language)
    sorrows = [match.span() for match in cues["sympathy"].finditer(said)]
    if not sorrows:
        return findings
    misfortunes = [match.span() for match in cues["misfortune"].finditer(said)]
    starts = [start for start, _ in sentences]
    cleared = {
        finding
        for finding in findings
        if finding.kind in _CLEARED
        and _sorrow_for_their_misfortune(
            said,
            finding,
            sentences[sentence_at(starts, finding.start)],
            sorrows,
            misfortunes,
            lexicon,
        )
    }
    if not cleared:
        return findings
    # The rest of the message, its sorrow, misfortune and comfort blanked ("broken into" is no
    # flaw of the work, "หายไวๆ" no loss, "ไม่ต้องห่วง" no reassurance about a fault), is read
    # for what went wrong.
    comfort = [match.span() for match in cues["comfort"].finditer(said)]
    rest = blanked(said, sorted(sorrows + misfortunes + comfort))
    if any(cues[name].search(rest) for name in _ABOUT_THE_WORK):
        return findings
    return [finding for finding in findings if finding not in cleared]


def _sorrow_for_their_misfortune(
    said: str,
    finding: Finding,
    sentence: tuple[int, int],
    sorrows: list[tuple[int, int]],
    misfortunes: list[tuple[int, int]],
    lexicon: Lexicon,
) -> bool:
    """Whether the finding is said with sorrow for a misfortune in its sentence that did not
    befall the writer. A non-apology must be said within the clause of the words of sorrow,
    the misfortune in their sentence ("আপনার পরীক্ষার আগে এমন জ্বর, শুনে খুব খারাপ লাগল"); an
    excuse within that clause with the misfortune: "… ställdes in på grund av stormen", not a
    second clause after a comma ("…, the courier's van was stolen so the prints come on
    Thursday"). Only the sorrow and misfortune of this sentence are read (a long paste holds
    thousands)."""
    low, high = sentence
    if lexicon.cues["first_person"].search(said, low, high):
        return False
    misfortunes_here = _in(misfortunes, low, high)
    where = sentence if finding.kind is FindingKind.NON_APOLOGY else None
    return any(
        inside((finding.start, finding.end), [clause])
        and any(inside(misfortune, [where or clause]) for misfortune in misfortunes_here)
        for clause in (
            _clause_of(said, sorrow, sentence, lexicon) for sorrow in _in(sorrows, low, high)
        )
    )


def _in(spans: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The spans (in order, as regex finds them) that start between low and high."""
    return spans[bisect_left(spans, (low, -1)) : bisect_left(spans, (high, -1))]


def _clause_of(
    said: str, words: tuple[int, int], sentence: tuple[int, int], lexicon: Lexicon
) -> tuple[int, int]:
    """The clause the words stand in, within their sentence: from the comma, dash or clause
    end (in Thai, a space) before them to the one after."""
    low, high = sentence
    if not (low <= words[0] and words[1] <= high):
        return (words[0], words[0])  # in another sentence: no clause holds the finding
    # A comma after a lone opening word ("Usch, vad trist …", "Oh, sorry to hear …") starts
    # no clause.
    before = [
        m.end()
        for m in CLAUSE_BREAK.finditer(said, low, words[0])
        if len(said[low : m.start()].split()) > 1
    ]
    before += [m.end() for m in lexicon.sentence_end.finditer(said, low, words[0])]
    after = [m.start() for m in CLAUSE_BREAK.finditer(said, words[1], high)]
    after += [m.start() for m in lexicon.sentence_end.finditer(said, words[1], high)]
    return max(before, default=low), min(after, default=high)
