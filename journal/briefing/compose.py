"""Composes the page: header, the words to say, the sections and reminders, fitted to one page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journal.briefing.fonts import LATIN, font_name, is_shaped
from journal.briefing.page import (
    CUT_ORDER,
    GAP,
    MARGIN,
    MIN_SCALE,
    QUIET,
    REMINDERS,
    SAY_BACKGROUND,
    SAY_LIMIT,
    SEVERITY_COLOURS,
    Layout,
    Section,
    Sheet,
    _short,
    draw_column,
    height,
    sections,
)
from journal.domain import Incident, IncidentRow
from journal.follow_up import native_digits
from journal.formats import day, hours
from journal.i18n import translate
from journal.words import category_word, choice_word, history_note

PAPERS = {"a4": A4, "letter": LETTER}
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, MIN_SCALE)
SHORTER_FIELDS = (800, 400, 200)  # characters per text, tried before whole sections go
CUT_COLOUR = colors.HexColor("#b35400")
HISTORY_COLOUR = colors.HexColor("#8e2a1e")


class Laid(NamedTuple):
    """The page's paragraphs at one scale, and whether they fit (a NamedTuple rather than a
    frozen dataclass: quicker to define at start-up)."""

    fits: bool
    scale: float
    top: Sequence[Flowable]
    say: Sequence[Flowable]
    history: Sequence[Flowable]
    left: Sequence[Flowable]
    right: Sequence[Flowable]


class Composer:
    def __init__(self, incident: Incident, history: list[IncidentRow], paper: str) -> None:
        self.incident, self.history = incident, history
        self.size = PAPERS[paper]
        self.width = self.size[0] - 2 * MARGIN
        self.header_width = self.width - 80  # room for the severity tag
        self.left_width = self.width * 0.66
        self.right_width = self.width - self.left_width - GAP

    def header(self, lay: Layout, sheet: Sheet) -> Sequence[Flowable]:
        incident = self.incident
        client = incident.client.name + (
            f" ({incident.client.company})" if incident.client.company else ""
        )
        facts = [translate("Briefing", "Client: {client}").format(client=client)]
        if incident.project:
            project = incident.project
            facts.append(translate("Briefing", "Project: {project}").format(project=project))
        if incident.occurred_on:
            happened = day(incident.occurred_on, native=native_digits(incident))
            facts.append(translate("Briefing", "Happened: {day}").format(day=happened))
        severity = choice_word(incident.severity)
        facts.append(translate("Briefing", "Severity: {severity}").format(severity=severity))
        parts = [
            lay.paragraph(_short(incident.title, 160, sheet), 16, bold=True),
            lay.paragraph(_short(" · ".join(facts), 400, sheet), 9, colour=QUIET),
        ]
        if incident.call_at:
            native = native_digits(incident)
            when = day(incident.call_at.date(), native=native)
            when += " " + hours(incident.call_at, native=native)
            offset = incident.call_at.strftime(" (UTC%z)") if incident.call_at.tzinfo else ""
            call = translate("Briefing", "Call: {when}").format(when=when + offset)
            parts.append(lay.paragraph(call, 10.5, bold=True))
        return parts

    def say(self, lay: Layout, sheet: Sheet, limit: int) -> Sequence[Flowable]:
        incident = self.incident
        texts = ((incident.summary, 16.5, True), (incident.apology, 12.0, False),
                 (incident.empathy, 12.0, False))  # fmt: skip
        parts: Sequence[Flowable] = [
            lay.paragraph(_short(text, limit, sheet), size, bold=bold)
            for text, size, bold in texts
            if text.strip()
        ]
        if not parts:
            return []
        heading = translate("Briefing", "Say this")
        return [lay.paragraph(heading, 8.5, bold=True, colour=QUIET), *parts]

    def measure(self, scale: float, kept: list[Section], sheet: Sheet, limit: int) -> Laid:
        lay = Layout(scale, sheet)
        top = self.header(lay, sheet)
        say = self.say(lay, sheet, limit)
        category = category_word(self.incident.category)
        note = history_note(self.incident.client.name, category, self.history)
        if note:
            warning = translate("Briefing", "Don't repeat it — and be ready if they bring it up.")
            note += " " + warning
        history = [lay.paragraph(note, 9.5, bold=True, colour=HISTORY_COLOUR)] if note else []
        left = [part for section in kept for part in lay.section(section)]
        heading = translate("Briefing", "On the call")
        right = [lay.paragraph(heading, 10.5, bold=True, colour=QUIET)]
        right += [lay.item(translate("Briefing", line)) for line in REMINDERS]
        fixed = height(top, self.header_width) + height(history, self.width) + 26 * scale
        fixed += height(say, self.width - 16, 4) + 16 if say else 0
        room = self.size[1] - 2 * MARGIN - fixed - GAP
        fits = height(left, self.left_width) <= room and height(right, self.right_width) <= room
        return Laid(fits, scale, top, say, history, left, right)

    def fit(self, sheet: Sheet) -> Laid:
        """Shrink to the smallest readable size, then shorten long texts, then cut sections
        (least important first), then shorten the words to say: whatever it takes."""
        all_sections = sections(self.incident, sheet)
        kept = list(all_sections)
        for scale in SCALES:
            attempt = self.measure(scale, kept, sheet, SAY_LIMIT)
            if attempt.fits:
                return attempt
        for limit in SHORTER_FIELDS:
            all_sections = sections(self.incident, sheet, limit)
            kept = list(all_sections)
            attempt = self.measure(MIN_SCALE, kept, sheet, SAY_LIMIT)
            if attempt.fits:
                return attempt
        first_cut = tuple(translate("Briefing", title) for title in CUT_ORDER)
        for title in first_cut + tuple(section.title for section in all_sections):
            if any(section.title == title for section in kept):
                kept = [section for section in kept if section.title != title]
                sheet.cut.append(title)
                attempt = self.measure(MIN_SCALE, kept, sheet, SAY_LIMIT)
                if attempt.fits:
                    return self.put_back(all_sections, kept, sheet, SAY_LIMIT, attempt)
        limit = SAY_LIMIT
        while True:  # only the words to say are left: shorten them until they fit
            limit //= 2
            attempt = self.measure(MIN_SCALE, kept, sheet, limit)
            if attempt.fits or limit < 40:
                return self.put_back(all_sections, kept, sheet, limit, attempt)

    def put_back(
        self, every: list[Section], kept: list[Section], sheet: Sheet, limit: int, laid: Laid
    ) -> Laid:
        """Cutting one big section can leave room for smaller ones cut before it."""
        for title in list(reversed(sheet.cut)):
            section = next(s for s in every if s.title == title)
            trial = [s for s in every if s in kept or s is section]
            attempt = self.measure(MIN_SCALE, trial, sheet, limit)
            if attempt.fits:
                kept, laid = trial, attempt
                sheet.cut.remove(title)
        return laid

    def draw(self, canvas: Canvas, laid: Laid, sheet: Sheet) -> None:
        scale = laid.scale
        x, y = MARGIN, self.size[1] - MARGIN
        y = draw_column(canvas, laid.top, x, y, self.header_width)
        self.severity_tag(canvas, scale, sheet)
        say = laid.say
        if say:
            box = height(say, self.width - 16, 4) + 12
            canvas.setFillColor(SAY_BACKGROUND)
            canvas.roundRect(x, y - box - 4, self.width, box, 6, stroke=0, fill=1)
            draw_column(canvas, say, x + 8, y - 10, self.width - 16, 4)
            y -= box + 10
        y = draw_column(canvas, laid.history, x, y, self.width)
        top = y - 4
        draw_column(canvas, laid.left, x, top, self.left_width)
        right_x = x + self.left_width + GAP
        canvas.setStrokeColor(colors.HexColor("#d5dae3"))
        canvas.line(right_x - GAP / 2, top, right_x - GAP / 2, MARGIN + 20 * scale)
        draw_column(canvas, laid.right, right_x, top, self.right_width)
        self.footer(canvas, sheet, scale)

    def severity_tag(self, canvas: Canvas, scale: float, sheet: Sheet) -> None:
        """The severity as a word on its colour: never colour alone."""
        word = choice_word(self.incident.severity)
        size = 9 * scale
        shaped = None
        if is_shaped(word):  # a Thai or Bengali word: in its own font, shaped, as a paragraph
            shaped = Layout(scale, sheet).paragraph(word, 9, bold=True, colour=colors.white)
            shaped.wrap(self.width, 100)
            text_width = max(shaped.getActualLineWidths0())
        else:
            text_width = canvas.stringWidth(word, font_name(LATIN, True), size)
        right, top = MARGIN + self.width, self.size[1] - MARGIN
        canvas.setFillColor(SEVERITY_COLOURS[self.incident.severity])
        canvas.roundRect(right - text_width - 14, top - size - 8, text_width + 14, size + 8, 4,
                         stroke=0, fill=1)  # fmt: skip
        baseline = top - size - 4 + size * 0.15
        if shaped is not None:
            shaped.drawOn(canvas, right - text_width - 7, baseline - shaped.height + size)
            return
        canvas.setFillColor(colors.white)
        canvas.setFont(font_name(LATIN, True), size)
        canvas.drawString(right - text_width - 7, baseline, word)

    def footer(self, canvas: Canvas, sheet: Sheet, scale: float) -> None:
        lay = Layout(scale, sheet)
        notes = [
            translate("Briefing", "Amends briefing · incident #{number}").format(
                number=self.incident.id
            )
        ]
        if sheet.cut:
            cut = ", ".join(sheet.cut)
            notes.append(
                translate("Briefing", "Continued in your journal: {sections}").format(sections=cut)
            )
        elif sheet.shortened:
            notes.append(translate("Briefing", "Long text shortened — continued in your journal"))
        colour = CUT_COLOUR if sheet.cut or sheet.shortened else QUIET
        line = lay.paragraph("   ·   ".join(notes), 8, bold=bool(sheet.cut), colour=colour)
        line.wrap(self.width, 100)
        line.drawOn(canvas, MARGIN, MARGIN - 6)
