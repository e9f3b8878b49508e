"""Causes told beside good news: where nothing went wrong, nothing is put on anyone."""

from __future__ import annotations

from functools import lru_cache

import regex

from journal.coach.lexicon import Lexicon, load
from journal.coach.quotes import unquoted
from journal.coach.sentences import sentence_at
from journal.coach.trifles import fault_said
from journal.reports import CAUSE_KINDS, Finding


def without_causes_beside_good_news(
    text: str,
    units: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    lexicon: Lexicon,
) -> list[Finding]:
    """The findings, but blame, excuses and passives told beside news that all went well
    ("luckily nothing was lost", "such a lovely weekend"), with no harm said before it and
    no apology. The news must be in the finding's sentence (one of `sentences`, in Thai a few
    clauses) or the next one with words in it; no harm (late, delayed, missed, wrong: each
    lexicon's `harm` cue) in the finding's sentence or before the news; no apology in the
    finding's unit (a short text whole; in a long draft, its sentence with the one either
    side). A broken laptop or the client's team named as news is no fault put away from the
    writer; good news told before another mishap ("Luckily it's all in the cloud. The van
    broke down.") clears nothing of it, nor "Luckily we have another in stock" after "your
    order will be a week late". Quoted words (the client's) count for nothing. Each window is
    read once and remembered, as a keystroke changes one sentence of a draft."""
    if "well" not in lexicon.cues or not any(finding.kind in CAUSE_KINDS for finding in findings):
        return findings
    language = lexicon.language
    starts = [start for start, _ in sentences]
    kept = []
    for finding in findings:
        if finding.kind in CAUSE_KINDS:
            at = sentence_at(starts, finding.start)
            after = at + 1  # the next sentence with words in it (a blank line is none)
            while after < len(sentences) - 1 and not text[slice(*sentences[after])].strip():
                after += 1
            news_start, news_end = sentences[at][0], sentences[min(after, len(sentences) - 1)][1]
            # Where to look for an apology: a short text whole (its one unit), a long draft
            # from the sentence before to the one after.
            low, high = units[0] if len(units) == 1 else (sentences[max(at - 1, 0)][0], news_end)
            own_end = sentences[at][1]
            if _good_news(
                language, text[news_start:own_end], text[own_end:news_end]
            ) and not _apology_around(language, text[low:high]):
                continue
        kept.append(finding)
    return kept


def clear_cache() -> None:
    """Forget the windows read (for measuring a first check)."""
    _good_news.cache_clear()
    _apology_around.cache_clear()


@lru_cache(maxsize=4096)
def _good_news(language: str, own: str, following: str) -> bool:
    """Whether the finding's sentence (`own`) or the `following` one says all went well, with
    no harm said in its own sentence or before that news; read without what it quotes. (Apart
    from the apology around it, which takes in the sentence before: a keystroke there changes
    that window, not this.)"""
    lexicon = load(language)
    cues = lexicon.cues
    news = unquoted(own + following, language)
    good = cues["well"].search(news) or _unharmed(lexicon, news)
    if good is None:
        return False
    return not ("harm" in cues and cues["harm"].search(news, 0, max(len(own), good.start())))


@lru_cache(maxsize=1024)
def _apology_around(language: str, around: str) -> bool:
    """Whether the writer apologises in `around`, quotes aside."""
    return load(language).cues["apology"].search(unquoted(around, language)) is not None


# What, said before news that the work is unharmed, tells that some of it was: a flaw or a loss
# (`fault`), or something denied ("never published", "inga produktbilder": `denial`).
_HARM_TOLD = ("fault", "denial")


def _unharmed(lexicon: Lexicon, news: str) -> regex.Match[str] | None:
    """Where the work is said to be unharmed ("the proofs will be ready on time", "rok ostaje
    isti"), with no flaw, loss or denial said before it: beside "the photographer cancelled,
    so there are no product shots" the texts being ready on time are another part of the
    work."""
    if "unharmed" not in lexicon.cues:
        return None
    unharmed = lexicon.cues["unharmed"].search(news)
    if unharmed is None or fault_said(news, lexicon, unharmed.start(), _HARM_TOLD):
        return None
    return unharmed
