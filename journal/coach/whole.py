"""Checks on a field as a whole: a summary's length, an apology's parts, whose the empathy is."""

from __future__ import annotations

import regex

from journal.coach.detect import detect
from journal.coach.lexicon import Lexicon, load
from journal.i18n import translate
from journal.reports import DraftField, Finding, FindingKind

_WORDS = regex.compile(r"\w+")


def sentences(text: str, lexicon: Lexicon) -> list[str]:
    return [part for part in lexicon.sentence_end.split(text.strip()) if part.strip()]


def summary_measure(text: str, language: str | None = None) -> str:
    """How long a summary is against its budget, in its language's terms, for a meter."""
    lexicon = load(language or detect(text))
    count, most = len(sentences(text, lexicon)), lexicon.max_sentences
    if lexicon.max_words:
        measure = translate(
            "SummaryMeasure", "{count} of {most} sentences, {length} of {budget} words"
        )
        length, budget = len(_WORDS.findall(text)), lexicon.max_words
    else:  # a script written without spaces between words is measured in characters
        measure = translate(
            "SummaryMeasure", "{count} of {most} sentences, {length} of {budget} characters"
        )
        length, budget = len(text.strip()), lexicon.max_chars
    return measure.format(count=count, most=most, length=length, budget=budget)


def summary_findings(text: str, lexicon: Lexicon) -> list[Finding]:
    findings = []
    count = len(sentences(text, lexicon))
    end = len(text)
    if count > lexicon.max_sentences:
        message = lexicon.messages["too_many_sentences"].format(
            count=count, most=lexicon.max_sentences
        )
        findings.append(Finding(FindingKind.TOO_LONG, 0, end, message, "", DraftField.SUMMARY))
    words = len(_WORDS.findall(text))
    too_long = (lexicon.max_words and words > lexicon.max_words) or (
        lexicon.max_chars and len(text.strip()) > lexicon.max_chars
    )
    if too_long:
        message = lexicon.messages["too_long"].format(
            words=words,
            most=lexicon.max_words,
            chars=len(text.strip()),
            most_chars=lexicon.max_chars,
        )
        findings.append(Finding(FindingKind.TOO_LONG, 0, end, message, "", DraftField.SUMMARY))
    return findings


def apology_findings(
    text: str, lexicon: Lexicon, field: DraftField = DraftField.APOLOGY
) -> list[Finding]:
    """The three parts every apology needs: sorry, the mistake named, and the fix."""
    return [
        Finding(
            FindingKind.MISSING,
            0,
            0,
            lexicon.messages[f"missing_{part}"],
            "",
            field,
        )
        for part in ("apology", "mistake", "fix")
        if not lexicon.cues[part].search(text)
    ]


def empathy_findings(text: str, lexicon: Lexicon) -> list[Finding]:
    about_them = len(lexicon.cues["other"].findall(text))
    about_me = len(lexicon.cues["self"].findall(text))
    # Thai and Bengali often leave "you" out: one "I" alone does not make the line about you.
    if (about_them == 0 and about_me >= 2) or (about_them and about_me > 2 * about_them):
        message = lexicon.messages["self_focus"]
        return [Finding(FindingKind.SELF_FOCUS, 0, 0, message, "", DraftField.EMPATHY)]
    return []
