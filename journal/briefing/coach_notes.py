"""The coach on the page: the words to say with what it flagged marked, and a short note on each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.briefing.fonts import is_shaped
from journal.briefing.markup import to_markup
from journal.briefing.page import ATTENTION, FLAGGED
from journal.briefing.shorten import ELLIPSIS, at_most
from journal.i18n import QT_TRANSLATE_NOOP, current_language, translate

if TYPE_CHECKING:
    from journal.domain import Incident
    from journal.reports import Finding

# What each kind of finding does to the apology, short enough for the margin.
SHORT = {
    "conditional": QT_TRANSLATE_NOOP("Briefing", "makes the apology conditional"),
    "but": QT_TRANSLATE_NOOP("Briefing", "takes the apology back"),
    "blame": QT_TRANSLATE_NOOP("Briefing", "points at someone else"),
    "minimising": QT_TRANSLATE_NOOP("Briefing", "makes it sound smaller than it was"),
    "non_apology": QT_TRANSLATE_NOOP("Briefing", "is not an apology"),
    "passive": QT_TRANSLATE_NOOP("Briefing", "hides who did it: say “I”"),
    "excuse": QT_TRANSLATE_NOOP("Briefing", "sounds like an excuse"),
    "too_long": QT_TRANSLATE_NOOP("Briefing", "The summary is longer than one breath."),
    "self_focus": QT_TRANSLATE_NOOP("Briefing", "The empathy line is about you, not them."),
}


def findings(incident: Incident) -> dict[str, list[Finding]]:
    """The coach's findings on the words to say (stripped, as the page prints them), in the
    page's language, keyed by field: "summary", "apology", "empathy"."""
    from journal import checker

    texts = {name: getattr(incident, name).strip() for name in ("summary", "apology", "empathy")}
    found = checker.check_call(
        texts["summary"], texts["apology"], texts["empathy"], current_language()
    )
    return {str(field): sorted(items, key=lambda f: f.start) for field, items in found.items()}


def marked(text: str, flagged: list[Finding], missing: set[str], bold: bool) -> str:
    """Paragraph markup for `text` with the words the coach flagged on a highlight, so that
    weak wording is never printed as if it were fine; `text` may be a shortened prefix."""
    printed = len(text.removesuffix(ELLIPSIS))  # a shortened text's " …" is not theirs
    spans = sorted(
        (f.start, min(f.end, printed)) for f in flagged if f.start < f.end and f.start < printed
    )
    if not spans:
        return to_markup(text, missing, bold)
    if is_shaped(text):
        # ReportLab places a highlight by the unshaped glyphs' widths, beside the words in
        # Thai or Bengali: those are marked in the coach's colour instead.
        opening, closing = f'<font color="{ATTENTION.hexval()}">', "</font>"
    else:
        opening, closing = f'<span backColor="{FLAGGED.hexval()}">', "</span>"
    pieces, at = [], 0
    for start, end in spans:
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append(to_markup(text[at:start], missing, bold))
        flagged_words = to_markup(text[start:end], missing, bold)
        pieces.append(f"{opening}{flagged_words}{closing}")
        at = end
    if at < len(text):
        pieces.append(to_markup(text[at:], missing, bold))
    return "".join(pieces)


def note_lines(printed: dict[str, str], found: dict[str, list[Finding]]) -> list[str]:
    """One short line per finding on the words as printed: the flagged words, quoted, and
    what they do; a finding without words (a missing part) in the coach's own sentence."""
    lines: list[str] = []
    for field, items in found.items():
        text = printed[field]
        shown = len(text.removesuffix(ELLIPSIS))
        for finding in items:
            if finding.end > finding.start and finding.start >= shown:
                continue  # its words were shortened off the page
            words = text[finding.start : min(finding.end, shown)].strip()
            short = SHORT.get(str(finding.kind))
            if words and short and not short[0].isupper():
                line = translate("Briefing", "“{words}” {what}").format(
                    words=at_most(words, 60)[0], what=translate("Briefing", short)
                )
            else:
                line = translate("Briefing", short) if short else finding.message
            if line not in lines:
                lines.append(line)
    return lines
