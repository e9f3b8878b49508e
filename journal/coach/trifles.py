"""Where nothing went wrong: a small word plays nothing down, and sorry-to-hear is sympathy."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import unquoted
from journal.reports import DraftField, Finding, FindingKind

# The cues that say something went wrong: the writer's mistake, harm (late, delayed, wrong),
# and a flaw, a breakage, reassurance, the client disappointed or a fix (each lexicon's
# `fault`). A small word shrinks a fault an apology names too; sympathy says sorry itself.
_SMALLNESS: tuple[str, ...] = ("apology", "mistake", "harm", "fault")
_MISFORTUNE: tuple[str, ...] = ("mistake", "harm", "fault")


def where_a_fault_is_said(
    text: str,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
    field: DraftField,
    short: bool,
) -> list[Finding]:
    """The findings, but those that only weaken an apology for a fault, in a message that says
    nothing went wrong:
    - a small word (minimising): "it's just a ten-minute walk", "Det tar bara en timme";
      playing down needs a fault to shrink;
    - sympathy with the client's own misfortune (a non-apology the lexicon's `sympathy` cue
      opens): "Sorry to hear the shop flooded", "আপনার মায়ের অপারেশনের কথা শুনে খুব খারাপ
      লাগল"; "sorry to hear you were disappointed" still regrets their feelings instead.
    A mistake, harm, a flaw or a breakage, "nobody will notice", the client disappointed or a
    fix (for a small word, an apology too) keeps the finding, said anywhere in a `short`
    text, and in a long draft anywhere before the finding or in the sentence after it. A part
    of the call (`field` other than ANY) is about the fault by its nature, and keeps every
    finding. Quoted words (the client's) count for nothing."""
    if field is not DraftField.ANY:
        return findings
    sympathy = lexicon.cues.get("sympathy")
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind is FindingKind.MINIMISING:
            cues = _SMALLNESS
        elif (
            finding.kind is FindingKind.NON_APOLOGY
            and sympathy
            and sympathy.match(text, finding.start)
        ):
            cues = _MISFORTUNE
        else:
            kept.append(finding)
            continue
        if short:
            said = _fault_said_in(lexicon.language, text, cues)
        else:
            at = max(bisect_right(starts, finding.start) - 1, 0)
            low = sentences[max(at - 1, 0)][0]
            high = sentences[min(at + 1, len(sentences) - 1)][1]
            # The sentences around it first, read once a keystroke as they change least; all
            # before them only when those say nothing.
            said = _fault_said_in(lexicon.language, text[low:high], cues) or (
                low > 0 and _fault_said_in(lexicon.language, text[:low], cues)
            )
        if said:
            kept.append(finding)
    return kept


def clear_cache() -> None:
    """Forget the windows read (for measuring a first check)."""
    _fault_said_in.cache_clear()


@lru_cache(maxsize=4096)
def _fault_said_in(language: str, window: str, names: tuple[str, ...]) -> bool:
    """Whether `window`, read without what it quotes, says something went wrong by any of the
    cues `names`."""
    said = unquoted(window, language)
    cues = load(language).cues
    return any(name in cues and cues[name].search(said) for name in names)
