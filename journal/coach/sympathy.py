"""Sorrow for the client's own misfortune: no apology weakened, nothing excused."""

from __future__ import annotations

from bisect import bisect_right

from journal.coach.lexicon import Lexicon
from journal.coach.quotes import unquoted
from journal.reports import DraftField, Finding, FindingKind

# "Sorry to hear …" reads as regret for the client's feelings, and a flood or a flight called
# off as a circumstance: both wrongly, where the misfortune is the client's own.
_CLEARED = frozenset((FindingKind.NON_APOLOGY, FindingKind.EXCUSE))
# What says the sorrow is about the writer's work after all: their mistake, or the client's
# feelings about it ("sorry to hear you feel that way", "… you were disappointed").
_ABOUT_THE_WORK = ("mistake", "feeling")


def without_sympathy_read_as_fault(
    text: str,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
    field: DraftField,
    short: bool,
) -> list[Finding]:
    """The findings, but a non-apology or an excuse said where the writer feels for a
    misfortune of the client's own: "Sorry to hear the shop flooded. I can hold your order",
    "Žao mi je što vam je let otkazan", "আপনার মায়ের অপারেশনের কথা শুনে খুব খারাপ লাগল". The
    sorrow and the misfortune (illness, a flood, a break-in, a flight or festival called off)
    must both be said in the finding's sentence, or anywhere in a `short` text; the writer's
    own mistake or the client's feelings said anywhere keep every finding, as does a part of
    the call (`field` other than ANY), which is about the fault by its nature. Quoted words
    (the client's) count for nothing."""
    cues = lexicon.cues
    if (
        field is not DraftField.ANY
        or "sympathy" not in cues
        or not any(finding.kind in _CLEARED for finding in findings)
    ):
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
            at = max(bisect_right(starts, finding.start) - 1, 0)
            low, high = (0, len(text)) if short else sentences[at]
            if cues["sympathy"].search(said, low, high) and cues["misfortune"].search(
                said, low, high
            ):
                continue
        kept.append(finding)
    return kept
