"""Lays out the briefing on exactly one page: shrinks long text to a readable minimum, then
cuts the least important sections and says so on the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from journal.briefing.fonts import LATIN, font_name, is_shaped
from journal.briefing.markup import to_markup
from journal.domain import Incident, Severity
from journal.follow_up import native_digits
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP, Translatable, translate
from journal.words import choice_word

MARGIN = 34.0
GAP = 14.0
MIN_SCALE = 0.75  # body text stays at 7 points or more
FIELD_LIMIT = 1500  # characters of one field on the page; the journal keeps the rest
SAY_LIMIT = 600
MAX_QUESTIONS = 12
# The briefing's words are in the incident's language (journal.briefings wraps the briefing
# in journal.i18n.speaking): tables are translated where they are put on the page.
REMINDERS = (
    QT_TRANSLATE_NOOP("Briefing", "Listen first. Let them say all of it."),
    QT_TRANSLATE_NOOP("Briefing", "Let them vent. Don't get defensive."),
    QT_TRANSLATE_NOOP("Briefing", "Own it: no “if”, no “but”, no one else to blame."),
    QT_TRANSLATE_NOOP("Briefing", "Show you see what it cost them."),
    QT_TRANSLATE_NOOP("Briefing", "Say what happens next — then do it."),
    QT_TRANSLATE_NOOP("Briefing", "Offer to make it right."),
)
SEVERITY_COLOURS = {
    Severity.MINOR: colors.HexColor("#5b8c5a"),
    Severity.MODERATE: colors.HexColor("#c9a227"),
    Severity.MAJOR: colors.HexColor("#d9822b"),
    Severity.CRITICAL: colors.HexColor("#c0392b"),
}
INK = colors.HexColor("#1d2330")
QUIET = colors.HexColor("#5a6272")
SAY_BACKGROUND = colors.HexColor("#eef2f7")


@dataclass
class Sheet:
    """What ended up on the page, for the caller to tell the user."""

    scale: float = 1.0
    cut: list[str] = field(default_factory=list)
    shortened: bool = False
    missing: set[str] = field(default_factory=set)


MAX_LINES = 12  # line breaks kept per text; more would run off the page however short


def _short(text: str, limit: int, sheet: Sheet) -> str:
    text = text.strip()
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        sheet.shortened = True
        text = "\n".join(lines[: MAX_LINES - 1]) + " " + " ".join(lines[MAX_LINES - 1 :])
    if len(text) <= limit:
        return text
    sheet.shortened = True
    return text[:limit].rstrip() + " …"


def _style(
    size: float,
    scale: float,
    bold: bool = False,
    colour: colors.Color = INK,
    hanging: float = 0,
    shaping: bool = False,
) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}{bold}{hanging}{shaping}",
        leftIndent=hanging * scale,
        firstLineIndent=-hanging * scale,
        fontName=font_name(LATIN, bold),
        fontSize=size * scale,
        leading=size * scale * 1.3,
        textColor=colour,
        # Bengali and Thai need HarfBuzz shaping (conjuncts; stacked tone marks), and Latin
        # text does not: shaping only where it is needed keeps the page quick to lay out.
        shaping=int(shaping),
        splitLongWords=1,
    )


class Section(NamedTuple):  # not a frozen dataclass: quicker to define at start-up
    title: str  # in the briefing's language
    blocks: tuple[tuple[str, str], ...]  # (kind, text): "body", "strong", "item"


class BriefingLeftOff(Translatable):
    """What a list left off the page says, counted."""

    def questions(self, count: int) -> str:
        return self.tr("… and %n more.", "", count)

    def steps(self, count: int) -> str:
        return self.tr("… and %n more step(s).", "", count)


def _step(text: str, due: str, done: str) -> str:
    """A prevention step with its days (as the briefing's language writes them), as one item
    of the list."""
    if due and done:
        return translate("Briefing", "{step} — by {due} (done {done})").format(
            step=text, due=due, done=done
        )
    if due:
        return translate("Briefing", "{step} — by {due}").format(step=text, due=due)
    if done:
        return translate("Briefing", "{step} (done {done})").format(step=text, done=done)
    return text


def sections(incident: Incident, sheet: Sheet, limit: int = FIELD_LIMIT) -> list[Section]:
    """The left column's sections, most important first; empty ones are left out. Each text
    is cut to `limit` characters (the journal keeps all of it)."""

    def body(text: str) -> tuple[str, str]:
        return ("body", _short(text, limit, sheet))

    found: list[Section] = []
    most = MAX_QUESTIONS if limit >= FIELD_LIMIT else max(3, limit // 100)
    questions = incident.questions[:most]
    blocks: list[tuple[str, str]] = []
    for item in questions:
        blocks += [("strong", _short(item.question, 300, sheet)), body(item.answer)]
    if len(incident.questions) > most:
        sheet.shortened = True
        blocks.append(("body", BriefingLeftOff().questions(len(incident.questions) - most)))
    found.append(Section(translate("Briefing", "Likely questions"), tuple(blocks)))
    fix = incident.fix and f"{incident.fix}"
    found.append(
        Section(
            translate("Briefing", "What I'm doing now ({status})").format(
                status=choice_word(incident.fix_status)
            ),
            (body(fix),) if fix else (),
        )
    )
    native = native_digits(incident)  # the incident's own digits, for its days and amounts
    actions = tuple(
        (
            "item",
            _step(
                _short(action.text, min(400, limit), sheet),
                day(action.due_on, native=native) if action.due_on else "",
                day(action.done_on, native=native) if action.done_on else "",
            ),
        )
        for action in incident.actions[:most]
    )
    if len(incident.actions) > most:
        sheet.shortened = True
        actions += (("body", BriefingLeftOff().steps(len(incident.actions) - most)),)
    prevention = (body(incident.prevention),) if incident.prevention.strip() else ()
    found.append(Section(translate("Briefing", "Why it won't happen again"), prevention + actions))
    comp = incident.compensation
    value = "" if comp.value is None else money(comp.value, comp.currency, native=native)
    offer = " — ".join(part for part in (comp.offer.strip(), value) if part)
    offers = ((body(offer),) if offer else ()) + (
        (body(translate("Briefing", "Surprise: {surprise}").format(surprise=incident.surprise)),)
        if incident.surprise.strip()
        else ()
    )
    found.append(Section(translate("Briefing", "What I'll offer"), offers))
    happened = tuple(body(text) for text in (incident.what_happened, incident.impact) if text)
    found.append(Section(translate("Briefing", "What happened"), happened))
    why = tuple(
        ("item", _short(text, min(400, limit), sheet)) for text in incident.whys if text.strip()
    )
    why += tuple(
        ("body", _short(line.format(text=text), limit, sheet))
        for line, text in (
            (translate("Briefing", "Root cause: {text}"), incident.root_cause),
            (translate("Briefing", "My part: {text}"), incident.ownership),
        )
        if text.strip()
    )
    found.append(Section(translate("Briefing", "Why"), why))
    return [section for section in found if any(text.strip() for _, text in section.blocks)]


# The sections left out first when the page is full, least important first (translated where
# they are compared with the sections' titles).
CUT_ORDER = (
    QT_TRANSLATE_NOOP("Briefing", "Why"),
    QT_TRANSLATE_NOOP("Briefing", "What happened"),
    QT_TRANSLATE_NOOP("Briefing", "What I'll offer"),
    QT_TRANSLATE_NOOP("Briefing", "Likely questions"),
)


class Layout:
    """Paragraphs for one scale; measures and draws them."""

    def __init__(self, scale: float, sheet: Sheet) -> None:
        self.scale, self.sheet = scale, sheet

    def paragraph(
        self,
        text: str,
        size: float,
        bold: bool = False,
        colour: colors.Color = INK,
        hanging: float = 0,
    ) -> Paragraph:
        markup = to_markup(text, self.sheet.missing, bold)
        return Paragraph(markup, _style(size, self.scale, bold, colour, hanging, is_shaped(text)))

    def item(self, text: str, size: float = 9.5) -> Paragraph:
        return self.paragraph("• " + text, size, hanging=7)  # no NBSP: it upsets shaping

    def section(self, section: Section) -> Sequence[Flowable]:
        title = self.paragraph(section.title, 10.5, bold=True, colour=QUIET)
        title.style.spaceBefore = 0
        parts = [Spacer(1, 4 * self.scale), title]
        for kind, text in section.blocks:
            if not text.strip():
                continue
            if kind == "item":
                parts.append(self.item(text))
            else:
                parts.append(self.paragraph(text, 9.5, bold=kind == "strong"))
        return parts


def wrapped_height(flowable: Flowable, width: float) -> float:
    """Wrap once per width: the fit measures the paragraphs the page then draws."""
    cached = getattr(flowable, "_amends_wrap", None)
    if cached is not None and cached[0] == width:
        return float(cached[1])
    used = flowable.wrap(width, 10_000)[1]
    flowable._amends_wrap = (width, used)  # type: ignore[attr-defined]
    return float(used)


def height(paragraphs: Sequence[Flowable], width: float, spacing: float = 3.0) -> float:
    return sum(wrapped_height(p, width) + spacing for p in paragraphs)


def draw_column(
    canvas: Canvas, paragraphs: Sequence[Flowable], x: float, top: float, width: float,
    spacing: float = 3.0, bottom: float = MARGIN + 10,
) -> float:  # fmt: skip
    """Draw paragraphs downwards from `top`, none below `bottom`; return where it ends."""
    y = top
    for paragraph in paragraphs:
        used = wrapped_height(paragraph, width)
        if y - used < bottom:
            break  # the fit should prevent this; if not, nothing is drawn off the page
        paragraph.drawOn(canvas, x, y - used)
        y -= used + spacing
    return y
