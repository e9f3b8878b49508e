"""Sorrow for the client's own misfortune: no apology weakened, nothing excused."""

from __future__ import annotations

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import unquoted
from journal.coach.sentences import sentence_at
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
    a flood, a break-in, a flight or a festival called off) are both said in that sentence,
    and neither the writer nor their team is the one it befell there, nor their work its
    topic ("my flight was cancelled too", "I was ill", "half the team has flu too", "the
    signs I designed"). The writer's mistake, harm, a flaw, the work not what was wanted
    or the client's feelings said anywhere keep every finding, as does a part of the call
    (`field` other than ANY), which is about the fault by its nature. Quoted words (the
    client's) count for nothing."""
    cues = lexicon.cues
    if field is not DraftField.ANY or not any(finding.kind in _CLEARED for finding in findings):
        return findings
    said = unquoted(text, lexicon.language)
    if not cues["sympathy"].search(said) or any(
        cues[name].search(said) for name in _ABOUT_THE_WORK
    ):
        return findings
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind in _CLEARED:
            low, high = sentences[sentence_at(starts, finding.start)]
            if (
                cues["sympathy"].search(said, low, high)
                and cues["misfortune"].search(said, low, high)
                and not cues["first_person"].search(said, low, high)
            ):
                continue
        kept.append(finding)
    return kept
