"""Composes the one-page briefing, held during a hard call, so the eye finds things in order."""

# The layout rule:
# - Top, full width: who and when (the title; the client, company and project; the call's
#   time, the day it happened and the kind of mistake; the severity once, as a word on its
#   colour), then the words to say in a tinted box, the largest type on the page, wrapped at
#   about 75 characters.
# - Below, two columns. The left one (about 60 to 75 characters a line) has what the client
#   will ask and what the user will do: likely questions, what I'm doing now, why it won't
#   happen again; then the background: what happened, and why. The right one keeps in view
#   the repeat warning, the coach's notes on the words to say, the offer with its amount set
#   large, and the reminders for the call; a left section that does not fit continues at
#   its foot, its heading said again; ruled lines for notes during the call take the room
#   left.
# - Fitting: the sizes shrink together in steps to a floor (the words to say 12 points, the
#   rest 9); then the least valuable text is trimmed a step at a time (`CUT_STEPS`), at
#   sentence, then word boundaries: the background first, the questions and the words to say
#   last; then what the last step freed is given back, most valuable first. The page's last
#   lines name everything shortened or left for the journal, and any character that could
#   not be printed.

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journal.briefing import coach_notes
from journal.briefing.content import (
    FIELD_LIMIT,
    LEFT_OFF,
    ONE_SENTENCE,
    REMINDERS,
    TWO_SENTENCES,
    BriefingLeftOff,
    Section,
    Trimmer,
    left_sections,
    offer,
)
from journal.briefing.page import (
    ATTENTION,
    GAP,
    HEADING_PARTS,
    MARGIN,
    QUIET,
    RULE,
    SAY_BACKGROUND,
    SMALLEST,
    TYPE_STEPS,
    WARNING,
    Layout,
    Made,
    Sheet,
    Type,
    WriteOn,
    draw_column,
    height,
    keeps_with_next,
)
from journal.briefing.parts import (
    Header,
    client_name,
    footer_lines,
    section_flowables,
    severity_tag,
)
from journal.i18n import translate
from journal.incidents import Repeats
from journal.words import category_word, history_note

if TYPE_CHECKING:
    from journal.domain import Incident
    from journal.reports import Finding

PAPERS = {"a4": A4, "letter": LETTER}
LEFT_SHARE = 0.6
# What is trimmed when the smallest sizes are not enough, least valuable first.
CUT_STEPS = (
    ("why", TWO_SENTENCES), ("happened", TWO_SENTENCES), ("why", ONE_SENTENCE),
    ("happened", ONE_SENTENCE), ("why", LEFT_OFF), ("happened", LEFT_OFF),
    ("prevention", TWO_SENTENCES), ("fix", TWO_SENTENCES), ("questions", TWO_SENTENCES),
    ("prevention", ONE_SENTENCE), ("fix", ONE_SENTENCE), ("say", TWO_SENTENCES),
    ("questions", ONE_SENTENCE), ("prevention", LEFT_OFF), ("say", ONE_SENTENCE),
)  # fmt: skip
RESTORED_FIRST = ("say", "questions", "fix", "prevention", "happened", "why")
HOSTILE_LIMITS = (600, 300, 150, 80, 40)  # characters a text keeps when nothing else helps
SAY_FIELDS = ("summary", "apology", "empathy")
MOST_NOTES = 6  # the coach's notes in the margin; "… and N more" says the rest


class Laid(NamedTuple):
    """The page's flowables in one set of sizes, and whether they fit."""

    fits: bool
    sizes: Type
    sheet: Sheet
    header: Header
    say: Sequence[Flowable]
    left: Sequence[Flowable]
    right: Sequence[Flowable]
    footer: Sequence[Flowable]
    fullness: float  # the columns' text over their room: above 1, it does not fit

    @property
    def scale(self) -> float:
        return self.sizes.body / TYPE_STEPS[0].body


class Composer:
    def __init__(self, incident: Incident, repeats: Repeats, paper: str) -> None:
        self.incident, self.repeats = incident, repeats
        self.size = PAPERS[paper]
        self.width = self.size[0] - 2 * MARGIN
        self.left_width = (self.width - GAP) * LEFT_SHARE
        self.right_width = self.width - GAP - self.left_width
        self.found: dict[str, list[Finding]] = coach_notes.findings(incident)
        self.made: Made = {}  # paragraphs made so far, for the next layout to use again

    # Measuring ------------------------------------------------------------------------------

    def measure(self, sizes: Type, levels: Mapping[str, int], limit: int = FIELD_LIMIT) -> Laid:
        sheet = Sheet()
        trim = Trimmer(sheet, limit)
        lay = Layout(sizes, sheet, self.made)
        header = Header.made(self.incident, lay, trim, self.width)
        say, said = self.say(lay, trim, levels.get("say", 0))
        sections = left_sections(self.incident, levels, trim)
        made = [section_flowables(lay, section) for section in sections]
        right = self.right(lay, trim, said)
        # After the rest is made: it names what was cut and what could not be printed.
        footer = footer_lines(lay, self.incident, sheet)
        room = self.size[1] - 2 * MARGIN - header.height - self.say_height(say, sizes)
        room -= height(footer, self.width) + 6
        left, overflow = self.flow(lay, sections, made, room)
        right += overflow
        right_height = height(right, self.right_width)
        fits = right_height <= room
        demand = height(left, self.left_width) * self.left_width + right_height * self.right_width
        fullness = demand / max(1.0, room * (self.left_width + self.right_width))
        return Laid(fits, sizes, sheet, header, say, left, right, footer, fullness)

    def flow(
        self, lay: Layout, sections: Sequence[Section], made: list[list[Flowable]], room: float
    ) -> tuple[list[Flowable], list[Flowable]]:
        """The left column's sections, in order, down the left column while there is room;
        the rest continues at the bottom of the right one, a split section's heading said
        again there (never a heading alone at the foot of a column)."""
        left: list[Flowable] = []
        used = 0.0
        for number, (section, parts) in enumerate(zip(sections, made, strict=True)):
            for place, part in enumerate(parts):
                needed = height([part], self.left_width)
                if used + needed <= room:
                    left.append(part)
                    used += needed
                    continue
                if place > HEADING_PARTS and keeps_with_next(parts[place - 1]):
                    place -= 1  # a question stays with its answer, a step with its days
                    left.pop()
                if place <= HEADING_PARTS:  # only the heading would stay: all of it moves
                    del left[len(left) - place :]
                    rest = parts
                else:
                    title = translate("Briefing", "{section} (continued)")
                    rest = [*lay.heading(title.format(section=section.title)), *parts[place:]]
                return left, rest + [part for later in made[number + 1 :] for part in later]
        return left, []

    def say(
        self, lay: Layout, trim: Trimmer, level: int
    ) -> tuple[Sequence[Flowable], dict[str, str]]:
        """The words to say, in the tinted box (what was not written yet says so), and each
        text as printed."""
        sizes = lay.sizes
        parts: list[Flowable] = [
            lay.paragraph(translate("Briefing", "Say this"), sizes.heading, True, QUIET)
        ]
        names = {
            "summary": translate("Fields", "What you will say"),
            "apology": translate("Fields", "The apology"),
            "empathy": translate("Fields", "Show you see their side"),
        }
        printed = dict.fromkeys(SAY_FIELDS, "")
        for name in SAY_FIELDS:
            size = sizes.summary if name == "summary" else sizes.say
            text = getattr(self.incident, name).strip()
            if not text:
                line = translate("Briefing", "{part}: not written yet.").format(part=names[name])
                parts += [lay.paragraph(line, sizes.body, colour=QUIET), WriteOn(2)]
                continue
            text = printed[name] = trim.text(text, level, names[name])
            markup = coach_notes.marked(
                text, self.found[name], lay.sheet.missing, name == "summary"
            )
            parts.append(lay.paragraph(text, size, bold=name == "summary", markup=markup))
        return parts, printed

    def say_width(self, sizes: Type) -> float:
        return min(self.width - 20, sizes.say * 38)  # about 75 characters a line

    def say_height(self, say: Sequence[Flowable], sizes: Type) -> float:
        return height(say, self.say_width(sizes), 5) + 22

    def right(self, lay: Layout, trim: Trimmer, said: dict[str, str]) -> list[Flowable]:
        parts: list[Flowable] = []
        category = category_word(self.incident.category)
        note = history_note(client_name(self.incident, trim), category, self.repeats)
        if self.repeats.earlier:
            note += " " + translate(
                "Briefing", "Don’t repeat it — and be ready if they bring it up."
            )
        if note:
            note = trim.text(note, 0, translate("Briefing", "Repeat warning"), 400)
            parts.append(lay.body(note, bold=True, colour=WARNING))
        lines = coach_notes.note_lines(said, self.found)
        if lines:
            parts += lay.heading(translate("Briefing", "Before the call: the coach"), ATTENTION)
            parts += [lay.item(line, ATTENTION) for line in lines[:MOST_NOTES]]
            if len(lines) > MOST_NOTES:
                more = BriefingLeftOff().more(len(lines) - MOST_NOTES)
                parts.append(lay.body(more, colour=ATTENTION))
        parts += section_flowables(lay, offer(self.incident, trim))
        parts += lay.heading(translate("Briefing", "On the call"))
        parts += [lay.item(translate("Briefing", line)) for line in REMINDERS]
        return parts

    # Fitting --------------------------------------------------------------------------------

    def fit(self) -> Laid:
        """The largest sizes that fit; else the smallest, trimming the least valuable text a
        step at a time; else (text no one writes by hand) every text shorter and shorter,
        and at last the left column's sections left for the journal, named."""
        laid = self.measure(TYPE_STEPS[0], {})
        if laid.fits:
            return laid
        # A text's height goes with the square of its size: start at the step that should fit.
        guess = TYPE_STEPS[0].body / math.sqrt(laid.fullness)
        start = next((n for n, s in enumerate(TYPE_STEPS) if s.body <= guess), len(TYPE_STEPS) - 1)
        start = max(1, start)
        laid = self.measure(TYPE_STEPS[start], {})
        if laid.fits:
            for sizes in reversed(TYPE_STEPS[1:start]):  # a larger step may fit after all
                attempt = self.measure(sizes, {})
                if not attempt.fits:
                    break
                laid = attempt
            return laid
        for sizes in TYPE_STEPS[start + 1 :]:
            laid = self.measure(sizes, {})
            if laid.fits:
                return laid
        levels: dict[str, int] = {}
        for key, level in CUT_STEPS:
            levels[key] = level
            laid = self.measure(SMALLEST, levels)
            if laid.fits:
                return self.put_back(levels, laid)
        for limit in HOSTILE_LIMITS:
            laid = self.measure(SMALLEST, levels, limit)
            if laid.fits:
                return laid
        every = dict.fromkeys(("questions", "fix", "prevention", "happened", "why"), LEFT_OFF)
        return self.measure(SMALLEST, {**levels, **every}, HOSTILE_LIMITS[-1])

    def put_back(self, levels: dict[str, int], laid: Laid) -> Laid:
        """The last trim can free more room than was missing: give it back, most valuable
        text first, while the page still fits."""
        for key in RESTORED_FIRST:
            while levels.get(key, 0) > 0:
                trial = {**levels, key: levels[key] - 1}
                attempt = self.measure(SMALLEST, trial)
                if not attempt.fits:
                    break
                levels, laid = trial, attempt
        return laid

    # Drawing --------------------------------------------------------------------------------

    def draw(self, canvas: Canvas, laid: Laid) -> None:
        x, y = MARGIN, self.size[1] - MARGIN
        severity_tag(canvas, self.incident, laid, self.size, self.width)
        y = laid.header.draw(canvas, x, y)
        box = self.say_height(laid.say, laid.sizes) - 8
        canvas.setFillColor(SAY_BACKGROUND)
        canvas.roundRect(x, y - box, self.width, box, 6, stroke=0, fill=1)
        draw_column(canvas, laid.say, x + 10, y - 10, self.say_width(laid.sizes), 5)
        top = y - box - 12
        bottom = MARGIN + height(laid.footer, self.width) + 6
        draw_column(canvas, laid.left, x, top, self.left_width, bottom=bottom)
        right_x = x + self.left_width + GAP
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(right_x - GAP / 2, top, right_x - GAP / 2, bottom)
        end = draw_column(canvas, laid.right, right_x, top, self.right_width, bottom=bottom)
        self.notes(canvas, laid, right_x, end, bottom)
        footer_top = MARGIN + height(laid.footer, self.width)
        draw_column(canvas, laid.footer, x, footer_top, self.width, bottom=0)

    def notes(self, canvas: Canvas, laid: Laid, x: float, top: float, bottom: float) -> None:
        """Ruled lines for notes during the call, in the right column's room left."""
        lay = Layout(laid.sizes, laid.sheet)
        heading = lay.heading(translate("Briefing", "Notes during the call"))
        used = height(heading, self.right_width)
        lines = int((top - bottom - used) // 19)
        if lines >= 3:
            draw_column(canvas, [*heading, WriteOn(lines)], x, top, self.right_width, bottom=bottom)
