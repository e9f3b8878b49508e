"""The briefing's type, colours and paragraphs: how each kind of text looks, measured and drawn."""

# The page is set in a few sizes that shrink together, step by step, from a comfortable size
# to a floor: the words to say aloud never below 12 points, everything else never below 9.

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
from journal.domain import Severity

MARGIN = 36.0
GAP = 20.0  # between the two columns
INK = colors.HexColor("#1d2330")
QUIET = colors.HexColor("#4d5566")  # 7.4:1 on white
RULE = colors.HexColor("#c9cfd9")
SAY_BACKGROUND = colors.HexColor("#eef2f7")
WARNING = colors.HexColor("#8e2a1e")
ATTENTION = colors.HexColor("#8a3b00")  # 7.3:1 on white: the coach's notes, what was cut
FLAGGED = colors.HexColor("#ffd8a8")  # behind words the coach flagged
# White text on these is at least 4.5:1 (WCAG AA), tested.
SEVERITY_COLOURS = {
    Severity.MINOR: colors.HexColor("#2f6b3a"),
    Severity.MODERATE: colors.HexColor("#7a5a00"),
    Severity.MAJOR: colors.HexColor("#a34700"),
    Severity.CRITICAL: colors.HexColor("#a8261b"),
}


class Type(NamedTuple):
    """The page's sizes in points, from the words to say down to the quiet print."""

    summary: float
    say: float
    body: float
    heading: float
    title: float


# Largest first; the fit takes the first that leaves room, before it shortens anything.
TYPE_STEPS = (
    Type(summary=16.5, say=14.0, body=10.5, heading=11.5, title=18.0),
    Type(summary=15.5, say=13.5, body=10.0, heading=11.0, title=17.0),
    Type(summary=14.5, say=13.0, body=9.5, heading=10.5, title=16.0),
    Type(summary=13.5, say=12.0, body=9.0, heading=10.0, title=15.0),
)
SMALLEST = TYPE_STEPS[-1]


@dataclass
class Sheet:
    """What ended up on the page, for the page's last line and for the caller to tell the user."""

    cut: list[str] = field(default_factory=list)  # parts left off the page whole
    shortened: list[str] = field(default_factory=list)  # parts shortened to fit
    missing: set[str] = field(default_factory=set)  # characters no bundled font has

    def note_shortened(self, part: str) -> None:
        if part not in self.shortened:
            self.shortened.append(part)


def _style(
    size: float, bold: bool, colour: colors.Color, hanging: float, indent: float, shaping: bool
) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}{bold}{hanging}{indent}{shaping}",
        leftIndent=hanging + indent,
        firstLineIndent=-hanging,
        fontName=font_name(LATIN, bold),
        fontSize=size,
        leading=size * 1.28,
        textColor=colour,
        # Bengali and Thai need HarfBuzz shaping (conjuncts; stacked tone marks), and Latin
        # text does not: shaping only where it is needed keeps the page quick to lay out.
        shaping=int(shaping),
        splitLongWords=1,
    )


class WriteOn(Flowable):
    """Ruled lines to write on by hand during the call."""

    def __init__(self, lines: int, spacing: float = 19.0) -> None:
        super().__init__()
        self.lines, self.spacing = lines, spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for line in range(self.lines):
            y = (self.lines - line - 1) * self.spacing + 2
            canvas.line(0, y, self.width, y)


Made = dict[tuple[object, ...], tuple[Paragraph, frozenset[str]]]


class Layout:
    """Paragraphs in one set of sizes. Given `made`, a paragraph made before with the same
    text and look is used again, with its wrapping: the fit lays the page out many times,
    and shaping and wrapping Thai or Bengali is the slow part."""

    def __init__(self, sizes: Type, sheet: Sheet, made: Made | None = None) -> None:
        self.sizes, self.sheet = sizes, sheet
        self.made: Made = {} if made is None else made

    def paragraph(
        self,
        text: str,
        size: float,
        bold: bool = False,
        colour: colors.Color = INK,
        hanging: float = 0,
        markup: str | None = None,
        indent: float = 0,
        tight: bool = False,
        keep: bool = False,
    ) -> Paragraph:
        """A paragraph of literal `text` (or of `markup` made from it by to_markup); a
        `tight` one is followed by less space, a `keep` one never parts from the next."""
        key = (text, markup, size, bold, colour.hexval(), hanging, indent, tight, keep)
        found = self.made.get(key)
        if found is not None:
            self.sheet.missing.update(found[1])
            return found[0]
        missing: set[str] = set()
        if markup is None:
            markup = to_markup(text, missing, bold)
        style = _style(size, bold, colour, hanging, indent, is_shaped(text))
        paragraph = Paragraph(markup, style)
        if tight or keep:
            paragraph._amends_space = TIGHT  # type: ignore[attr-defined]
        if keep:
            paragraph._amends_keep = True  # type: ignore[attr-defined]
        self.made[key] = (paragraph, frozenset(missing))
        self.sheet.missing.update(missing)
        return paragraph

    def body(
        self, text: str, bold: bool = False, colour: colors.Color = INK, keep: bool = False
    ) -> Paragraph:
        return self.paragraph(text, self.sizes.body, bold, colour, keep=keep)

    def item(self, text: str, colour: colors.Color = INK, keep: bool = False) -> Paragraph:
        size, hanging = self.sizes.body, self.sizes.body * 0.75
        return self.paragraph(
            "• " + text, size, colour=colour, hanging=hanging, tight=True, keep=keep
        )

    def heading(self, text: str, colour: colors.Color = QUIET) -> Sequence[Flowable]:
        """A section's heading, with the same space above it wherever it is."""
        size = self.sizes.heading
        return [Spacer(1, size * 0.5), self.paragraph(text, size, bold=True, colour=colour)]


def wrapped_height(flowable: Flowable, width: float) -> float:
    """Wrap once per width: the fit measures the paragraphs the page then draws."""
    cached = getattr(flowable, "_amends_wrap", None)
    if cached is not None and cached[0] == width:
        return float(cached[1])
    used = flowable.wrap(width, 10_000)[1]
    flowable._amends_wrap = (width, used)  # type: ignore[attr-defined]
    return float(used)


HEADING_PARTS = 2  # a heading is a space above and its title (Layout.heading)
TIGHT = 1.0  # the space after a list's item or a step's days: they belong together


def keeps_with_next(flowable: Flowable) -> bool:
    """Whether the next flowable belongs with this one (Layout.paragraph's `keep`)."""
    return hasattr(flowable, "_amends_keep")


def _after(flowable: Flowable, spacing: float) -> float:
    return float(getattr(flowable, "_amends_space", spacing))


def height(paragraphs: Sequence[Flowable], width: float, spacing: float = 3.0) -> float:
    return sum(wrapped_height(p, width) + _after(p, spacing) for p in paragraphs)


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
        y -= used + _after(paragraph, spacing)
    return y
