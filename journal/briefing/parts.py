"""The briefing's fixed parts: the header, the severity tag, a section, the last lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journal.briefing.content import Section, Trimmer
from journal.briefing.fonts import LATIN, font_name, is_shaped
from journal.briefing.markup import MISSING_MARKER, describe_missing
from journal.briefing.page import (
    ATTENTION,
    INK,
    MARGIN,
    QUIET,
    SEVERITY_COLOURS,
    Layout,
    Sheet,
    WriteOn,
    draw_column,
    height,
)
from journal.briefing.shorten import one_line
from journal.follow_up import native_digits
from journal.formats import day, hours
from journal.i18n import translate
from journal.words import category_word, choice_word

if TYPE_CHECKING:
    from journal.briefing.compose import Laid
    from journal.domain import Incident

TAG_ROOM = 110.0  # the header's text keeps clear of the severity tag


class Header(NamedTuple):
    """Who and when: the title, the client, the call's time."""

    parts: Sequence[Flowable]
    width: float
    height: float

    @classmethod
    def made(cls, incident: Incident, lay: Layout, trim: Trimmer, width: float) -> Header:
        sizes = lay.sizes
        title = trim.text(one_line(incident.title), 0, translate("Fields", "Title"), 140)
        who = [client_name(incident, trim)]
        if incident.client.company.strip():
            company = one_line(incident.client.company)
            who.append(trim.text(company, 0, translate("Fields", "Client"), 100))
        if incident.project.strip():
            project = translate("Fields", "Project")
            who.append(trim.text(one_line(incident.project), 0, project, 100))
        parts = [
            lay.paragraph(title, sizes.title, bold=True),
            lay.paragraph(" · ".join(who), sizes.heading, colour=INK),
        ]
        when = [call_time(incident)] if incident.call_at else []
        if incident.occurred_on:
            happened = day(incident.occurred_on, native=native_digits(incident))
            when.append(translate("Briefing", "Happened: {day}").format(day=happened))
        if incident.category.strip():
            kind = translate("Fields", "Kind of mistake")
            category = trim.text(one_line(category_word(incident.category)), 0, kind, 80)
            when.append(category)
        if when:
            parts.append(lay.paragraph(" · ".join(when), sizes.body, bold=bool(incident.call_at)))
        text_width = width - TAG_ROOM
        return cls(parts, text_width, height(parts, text_width, 2) + 8)

    def draw(self, canvas: Canvas, x: float, top: float) -> float:
        draw_column(canvas, self.parts, x, top, self.width, 2)
        return top - self.height


def client_name(incident: Incident, trim: Trimmer) -> str:
    """The client's name on one line, as the header and the warning print it."""
    return trim.text(one_line(incident.client.name), 0, translate("Fields", "Client"), 100)


def call_time(incident: Incident) -> str:
    """When the call is, in the incident's digits, with its offset from UTC."""
    if not incident.call_at:
        return ""
    native = native_digits(incident)
    at = incident.call_at
    when = day(at.date(), native=native) + " " + hours(at, native=native)
    offset = at.strftime(" (UTC%z)") if at.tzinfo else ""
    return translate("Briefing", "Call: {when}").format(when=when + offset)


def severity_tag(
    canvas: Canvas, incident: Incident, laid: Laid, size: tuple[float, float], width: float
) -> None:
    """The severity as a word on its colour, once, at the top right: never colour alone."""
    word = choice_word(incident.severity)
    points = laid.sizes.heading
    lay = Layout(laid.sizes, laid.sheet)
    if is_shaped(word):  # a Thai or Bengali word: in its own font, shaped, as a paragraph
        shaped = lay.paragraph(word, points, bold=True, colour=colors.white)
        shaped.wrap(TAG_ROOM, 100)
        text_width = max(shaped.getActualLineWidths0())
    else:
        text_width = canvas.stringWidth(word, font_name(LATIN, True), points)
    right, top = MARGIN + width, size[1] - MARGIN
    canvas.setFillColor(SEVERITY_COLOURS[incident.severity])
    canvas.roundRect(right - text_width - 16, top - points - 9, text_width + 16, points + 9, 4,
                     stroke=0, fill=1)  # fmt: skip
    baseline = top - points - 4.5 + points * 0.15
    if is_shaped(word):
        shaped.drawOn(canvas, right - text_width - 8, baseline - shaped.height + points)
        return
    canvas.setFillColor(colors.white)
    canvas.setFont(font_name(LATIN, True), points)
    canvas.drawString(right - text_width - 8, baseline, word)


def section_flowables(lay: Layout, section: Section) -> list[Flowable]:
    """A section's heading and paragraphs; a section not written yet invites writing."""
    parts = list(lay.heading(section.title))
    sizes = lay.sizes
    kinds = [kind for kind, _ in section.blocks]
    for place, (kind, text) in enumerate(section.blocks):
        if kind == "item":  # a step keeps its days, on the line under it
            parts.append(lay.item(text, keep=kinds[place + 1 : place + 2] == ["when"]))
        elif kind == "when":
            indent = sizes.body * 0.75  # under the step's text, not its bullet
            parts.append(lay.paragraph(text, max(9.0, sizes.body - 1), colour=QUIET, indent=indent))
        elif kind == "amount":
            parts.append(lay.paragraph(text, sizes.say, bold=True))
        elif kind == "empty":
            parts += [lay.body(text, colour=QUIET), WriteOn(2)]
        else:
            # A question ("strong") keeps its answer.
            parts.append(lay.body(text, bold=kind == "strong", keep=kind == "strong"))
    return parts


def footer_lines(lay: Layout, incident: Incident, sheet: Sheet) -> list[Flowable]:
    """The page's last lines: which briefing this is, what was shortened or left for the
    journal (named), and any character no bundled font has, named and shown as a marker."""
    size = max(9.0, lay.sizes.body - 1)
    number = translate("Briefing", "Amends briefing · incident #{number}")
    which = number.format(number=incident.id) if incident.id is not None else "Amends"
    lines: list[Flowable] = [lay.paragraph(which, size, colour=QUIET)]
    left: list[str] = []
    if sheet.cut:
        said = translate("Briefing", "Left for your journal: {parts}.")
        left.append(said.format(parts=", ".join(sheet.cut)))
    shortened = [part for part in sheet.shortened if part not in sheet.cut]
    if shortened:
        said = translate("Briefing", "Shortened to fit; your journal has all of it: {parts}.")
        left.append(said.format(parts=", ".join(shortened)))
    if left:
        lines.append(lay.paragraph(" ".join(left), size, bold=True, colour=ATTENTION))
    if sheet.missing:
        names = describe_missing(sheet.missing)
        said = translate("Briefing", "Could not be printed, shown as {marker}: {characters}.")
        line = said.format(marker=MISSING_MARKER, characters="; ".join(names))
        lines.append(lay.paragraph(line, size, bold=True, colour=ATTENTION))
    return lines
