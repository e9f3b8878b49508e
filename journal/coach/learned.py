"""What the coach's learned model adds to the rules' findings and takes from them, and where."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

import regex

from journal.coach.lexicon import Lexicon
from journal.coach.model import Reading, model, reading
from journal.coach.quotes import blanked
from journal.coach.sentences import CLOSING
from journal.coach.trifles import FAULT_CUES, fault_said
from journal.reports import CAUSE_KINDS, DraftField, Finding, FindingKind

# Kinds said where the cause or the defence is, not on the apology beside it: read alone,
# a bare "Sorry about the figures." reads like the message it came from.
_BESIDE_THE_APOLOGY = frozenset((*CAUSE_KINDS, FindingKind.BUT))
_LIKELY = 0.5  # a sentence reading a kind at least this likely may be where it is said
_BEFORE_A_BUT = 120  # characters of the sentence before that a "but" is weighed with
# What says something went wrong, beside a cause only the model reads: an apology, a mistake,
# harm, a flaw or a fix (trifles.py), a misfortune, trouble or sorrow, or a denial, as a
# failure is often something not done ("so I couldn't finish", "pa nisam stigla").
_WENT_WRONG = (*FAULT_CUES, "misfortune", "trouble", "sympathy", "denial")


def with_learned_findings(
    text: str,
    units: list[tuple[int, int]],
    lexicon: Lexicon,
    found: list[Finding],
    field: DraftField,
    quoted: Callable[[], list[tuple[int, int]]],
    owned: Callable[[tuple[int, int]], bool],
    sentences: list[tuple[int, int]],
) -> list[Finding]:
    """The rules' findings (sorted) but those the model all but rules out in their sentence
    (one of `sentences`, in Thai a few clauses), and what the model reads in each unit (a
    short text whole; in a long one, a sentence, in Thai a few clauses) where nothing of that
    fault was found there: said across the unit's sentence or clause it reads likeliest.
    Quoted words (the client's) are never read, even where a quote runs over several
    sentences; kinds the writer can own (a cause they name as theirs) are left out where
    `owned` says they do, in that sentence; a "but" only where an apology is said, in the
    unit or the one before, as there is nothing else for it to take back; a cause (blame, an
    excuse, a passive) in a message (`field` ANY) only where it says something went wrong,
    before the unit, in it or in the sentence after, or where the model reads the cause as
    surely as any kind it alone finds. What the rules found and the model left out blocks
    nothing: a blame it rules out leaves room for the excuse it reads there."""
    language = lexicon.language
    found = _doubted_left_out(text, sentences, found, lexicon)
    found = _passives_said_as_their_excuse(text, units, lexicon, found, owned)
    # Each unit is read as it stands first (a quote inside it is left out there): only the
    # few the model reads anything in are read again with every quote in the text blanked.
    flagged = [(start, end) for start, end in units if reading(text[start:end], language).sure]
    if not flagged:
        return found
    unquoted = blanked(text, quoted())
    starts = [finding.start for finding in found]
    longest = max((finding.end - finding.start for finding in found), default=0)
    findings = list(found)
    unit_starts = [start for start, _ in units]
    for start, end in flagged:
        unit = unquoted[start:end]
        if not unit.strip():
            continue
        at_unit = bisect_left(unit_starts, start)
        # What a "but" takes back may be said in the unit before (a sentence of a long draft).
        said_from = units[max(at_unit - 1, 0)][0]
        # Where a fault may be told: before the unit or in it, or in the sentence after.
        told_by = units[min(at_unit + 1, len(units) - 1)][1]
        here = {  # the rules' findings in the unit: only those starting near it can reach it
            finding.kind
            for finding in found[bisect_left(starts, start - longest) : bisect_left(starts, end)]
            if start < finding.end
        }
        read = reading(unit, language)
        for name in read.sure:
            kind = FindingKind(name)
            # Where one cause kind is found in a unit, the model adds none of the others
            # there, as a message is labelled with one cause, one kind.
            if here & (CAUSE_KINDS if kind in CAUSE_KINDS else {kind}):
                continue
            if kind is FindingKind.BUT and not _apology_then_contrast(
                lexicon, unquoted, said_from, end
            ):
                continue  # a "but" takes an apology back: with none said before, nothing
            if (
                kind in CAUSE_KINDS
                and name not in read.certain
                and field is DraftField.ANY  # a part of the call is about the fault
                and not fault_said(unquoted, lexicon, told_by, _WENT_WRONG)
            ):
                # "Your team approved the texts, so they print today": with nothing said to
                # have gone wrong, a cause is no fault put away unless the model is as sure
                # as of anything it alone finds.
                continue
            low, high = likeliest_sentence(
                unit, language, name, lexicon.sentence_end, lexicon.cues["apology"]
            )
            span = (start + low, start + high)
            if kind in lexicon.owned_kinds and owned(span):
                continue
            findings.append(Finding(kind, *span, lexicon.messages[name], "", field))
            here.add(kind)  # one kind of a fault a unit, from the model as from the rules
    findings.sort(key=lambda finding: (finding.start, finding.end))
    return findings


def _passives_said_as_their_excuse(
    text: str,
    units: list[tuple[int, int]],
    lexicon: Lexicon,
    found: list[Finding],
    owned: Callable[[tuple[int, int]], bool],
) -> list[Finding]:
    """The rules' findings (sorted), but a passive in a unit (a short text whole; in a long
    one, a sentence) that the model reads as likelier the excuse behind it, at even odds or
    better, said as that excuse instead, on the sentence that reads likeliest as one:
    "Autosave was switched off, so the edits I made on Friday are gone" puts the fault on a
    circumstance, the edits gone its consequence (one cause, one kind). Not where an excuse
    is already found in the unit, nor where the writer owns it there."""
    if not any(finding.kind is FindingKind.PASSIVE for finding in found):
        return found
    unit_starts = [start for start, _ in units]
    at_unit = [max(bisect_right(unit_starts, finding.start) - 1, 0) for finding in found]
    # Units where an excuse is said: found there, or a passive there said as one.
    excused = {
        at for at, finding in zip(at_unit, found, strict=True) if finding.kind is FindingKind.EXCUSE
    }
    said_as_excuse: set[int] = set()
    findings = []
    for at, finding in zip(at_unit, found, strict=True):
        if finding.kind is FindingKind.PASSIVE:
            if at in said_as_excuse:
                continue  # one cause a unit: a second passive there is the same excuse's
            start, end = units[at]
            unit = text[start:end]
            if at not in excused and reading(unit, lexicon.language).excuse_behind:
                low, high = likeliest_sentence(
                    unit, lexicon.language, "excuse", lexicon.sentence_end, lexicon.cues["apology"]
                )
                span = (start + low, start + high)
                if not (FindingKind.EXCUSE in lexicon.owned_kinds and owned(span)):
                    message = lexicon.messages["excuse"]
                    findings.append(Finding(FindingKind.EXCUSE, *span, message, "", finding.field))
                    excused.add(at)
                    said_as_excuse.add(at)
                    continue
        findings.append(finding)
    findings.sort(key=lambda finding: (finding.start, finding.end))
    return findings


def _apology_then_contrast(lexicon: Lexicon, said: str, start: int, end: int) -> bool:
    """Whether, between start and end of `said` (quotes blanked), an apology is said and then
    a word that turns against it (the `contrast` cue: but, men, ali, แต่, কিন্তু)."""
    apology = lexicon.cues["apology"].search(said, start, end)
    if apology is None:
        return False
    contrast = lexicon.cues.get("contrast")
    return contrast is None or contrast.search(said, apology.end(), end) is not None


def _doubted_left_out(
    text: str, pieces: list[tuple[int, int]], found: list[Finding], lexicon: Lexicon
) -> list[Finding]:
    """The rules' findings, but those of a kind the model reads their piece (a sentence, in
    Thai a few clauses) and their sentence (in Thai, their clause with its neighbours) as all
    but surely not committing: a word that looks like the fault, in a sentence that reads as
    nothing of the kind ("when unsure, don't flag"); a "but" is kept where it reads likely
    enough with the end of the sentence before, the apology it takes back. The piece's
    reading comes first: in a long draft it is already made, and mostly doubts nothing."""
    piece_starts = [start for start, _ in pieces]
    kept = []
    read_pieces: dict[int, tuple[str, Reading]] = {}  # a draft's findings share their pieces
    for finding in found:
        at_piece = bisect_right(piece_starts, finding.start) - 1
        start, end = pieces[at_piece]
        if at_piece not in read_pieces:
            read_pieces[at_piece] = (piece := text[start:end]), reading(piece, lexicon.language)
        piece, read_piece = read_pieces[at_piece]
        if finding.kind.value not in read_piece.doubted:
            kept.append(finding)
            continue
        if finding.kind is FindingKind.BUT and at_piece > 0:
            # What a "but" takes back may be the sentence before ("Sorry about the delay.
            # In my defence, …"): it is weighed with that sentence's end, as its own reads
            # as none; where the two are too long for the model to rule anything out, the
            # "but" is weighed in its own sentence, below.
            before = text[pieces[at_piece - 1][0] : start]
            read = reading(before[-_BEFORE_A_BUT:] + piece, lexicon.language)
            if read.judged and finding.kind.value not in read.doubted:
                kept.append(finding)
                continue
        windows = _read_around(piece, lexicon.sentence_end, lexicon.neighbours_read)
        at = max(bisect_right(windows, (finding.start - start, len(piece))) - 1, 0)
        _, low, high = windows[at]
        if finding.kind.value not in reading(piece[low:high], lexicon.language).doubted:
            kept.append(finding)
    return kept


@lru_cache(maxsize=4096)
def _read_around(
    unit: str, sentence_end: regex.Pattern[str], neighbours: int
) -> tuple[tuple[int, int, int], ...]:
    """Where each sentence of a unit starts, and what it is read with: itself and
    `neighbours` sentences either side (the whole unit, where that is all of it)."""
    parts = _sentences(unit, sentence_end) or [(0, len(unit))]
    last = len(parts) - 1
    windows = []
    for at, (low, _) in enumerate(parts):
        first, final = max(at - neighbours, 0), min(at + neighbours, last)
        if first == 0 and final == last:
            windows.append((low, 0, len(unit)))  # as the unit was read: its reading is kept
        else:
            windows.append((low, parts[first][0], parts[final][1]))
    return tuple(windows)


def _sentences(unit: str, sentence_end: regex.Pattern[str]) -> list[tuple[int, int]]:
    """Where each sentence (in Thai, each clause) of a unit starts and ends."""
    parts, start = [], 0
    for gap in sentence_end.finditer(unit):
        parts.append((start, gap.start()))
        start = gap.end()
    parts.append((start, len(unit)))
    return [(low, high) for low, high in parts if unit[low:high].strip()]


@lru_cache(maxsize=1024)
def likeliest_sentence(
    unit: str,
    language: str,
    kind: str,
    sentence_end: regex.Pattern[str],
    apology: regex.Pattern[str],
) -> tuple[int, int]:
    """Where in a unit the model reads `kind` likeliest: the sentence (in Thai, the clause)
    that alone reads most like it, without the spaces around it or its closing full stop
    (quoted beside the field, the sentence is followed by the coach's reason). A cause or a
    "but" is said where it is: on a sentence that does not apologise, where one reads it
    likely, rather than on the apology beside it."""
    parts = _sentences(unit, sentence_end)
    reader = model(language)
    if len(parts) > 1 and reader is not None:
        chance = {part: reader.probabilities(unit[slice(*part)])[kind] for part in parts}
        if FindingKind(kind) in _BESIDE_THE_APOLOGY:
            beside = [
                part
                for part in parts
                if chance[part] >= _LIKELY and not apology.search(unit, *part)
            ]
            parts = beside or parts
        parts = [max(parts, key=chance.__getitem__)]
    low, high = parts[0] if parts else (0, len(unit))
    piece = unit[low:high]
    return low + len(piece) - len(piece.lstrip()), low + len(piece.rstrip().rstrip(CLOSING))


def clear_cache() -> None:
    """Forget the model's readings (for measuring a first check)."""
    reading.cache_clear()
    _read_around.cache_clear()
    likeliest_sentence.cache_clear()
