"""What goes on the briefing, in the page's language: each section at a trim level."""

# A trim level says how much of a section fits; what a trim leaves off is named on the sheet.

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from journal.briefing.page import Sheet
from journal.briefing.shorten import ELLIPSIS, at_most, first_sentences
from journal.domain import Incident
from journal.follow_up import native_digits
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP, Translatable, translate
from journal.words import choice_word

FIELD_LIMIT = 1500  # characters of one text on the page; the journal keeps the rest
# A trim level per section: 0 all of it, 1 two sentences a text, 2 one, 3 left off.
FULL, TWO_SENTENCES, ONE_SENTENCE, LEFT_OFF = 0, 1, 2, 3
LIST_LENGTHS = (12, 6, 3)  # questions or steps kept at trim levels 0, 1 and 2
REMINDERS = (
    QT_TRANSLATE_NOOP("Briefing", "Listen first. Let them say all of it."),
    QT_TRANSLATE_NOOP("Briefing", "Let them vent. Don’t get defensive."),
    QT_TRANSLATE_NOOP("Briefing", "Own it: no “if”, no “but”, no one else to blame."),
    QT_TRANSLATE_NOOP("Briefing", "Show you see what it cost them."),
    QT_TRANSLATE_NOOP("Briefing", "Say what happens next — then do it."),
    QT_TRANSLATE_NOOP("Briefing", "Offer to make it right."),
)


class Block(NamedTuple):
    """One paragraph of a section: "body", "strong", "item", "when" (a step's days, under
    it), "amount" (money, set large), or "empty" (not written yet, with lines to write on)."""

    kind: str
    text: str


class Section(NamedTuple):  # not a frozen dataclass: quicker to define at start-up
    key: str  # "questions", "fix", "prevention", "happened", "why", "offer"
    title: str  # in the briefing's language
    blocks: tuple[Block, ...]

    @property
    def empty(self) -> bool:
        return all(block.kind == "empty" for block in self.blocks)


class BriefingLeftOff(Translatable):
    """What a list left off the page says, counted."""

    def more(self, count: int) -> str:
        return self.tr("… and %n more.", "", count)

    def steps(self, count: int) -> str:
        return self.tr("… and %n more step(s).", "", count)


def not_written() -> Block:
    return Block("empty", translate("Briefing", "Not written yet."))


class Trimmer:
    """Shortens texts to a section's trim level and notes on the sheet what was shortened."""

    def __init__(self, sheet: Sheet, limit: int = FIELD_LIMIT) -> None:
        self.sheet, self.limit = sheet, limit

    def text(self, text: str, level: int, part: str, most: int | None = None) -> str:
        text, fewer = text.strip(), False
        if level >= TWO_SENTENCES:
            text, fewer = first_sentences(text, 1 if level >= ONE_SENTENCE else 2)
            text = text.removesuffix(ELLIPSIS) if fewer else text
        text, cut = at_most(text, min(self.limit, most or self.limit))
        if fewer or cut:
            self.sheet.note_shortened(part)
        return text + ELLIPSIS if fewer and not cut else text

    def count(self, length: int, level: int, part: str) -> int:
        kept = LIST_LENGTHS[min(level, len(LIST_LENGTHS) - 1)]
        if length > kept:
            self.sheet.note_shortened(part)
        return min(length, kept)


def left_sections(incident: Incident, levels: Mapping[str, int], trim: Trimmer) -> list[Section]:
    """The left column's sections, in the order the call needs them, each at its level;
    sections left off (LEFT_OFF) are not in the list but named on the sheet."""
    builders = (
        ("questions", _questions),
        ("fix", _fix),
        ("prevention", _prevention),
        ("happened", _happened),
        ("why", _why),
    )
    found = []
    for key, build in builders:
        section = build(incident, levels.get(key, FULL), trim)
        if levels.get(key, FULL) >= LEFT_OFF:
            if not section.empty:
                trim.sheet.cut.append(section.title)
            continue
        found.append(section)
    return found


def _questions(incident: Incident, level: int, trim: Trimmer) -> Section:
    title = translate("Briefing", "Likely questions")
    kept = trim.count(len(incident.questions), level, title)
    blocks = []
    for item in incident.questions[:kept]:
        blocks.append(Block("strong", trim.text(item.question, FULL, title, 300)))
        if item.answer.strip():
            blocks.append(Block("body", trim.text(item.answer, level, title)))
    if len(incident.questions) > kept:
        blocks.append(Block("body", BriefingLeftOff().more(len(incident.questions) - kept)))
    return Section("questions", title, tuple(blocks) or (not_written(),))


def _fix(incident: Incident, level: int, trim: Trimmer) -> Section:
    status = choice_word(incident.fix_status)
    title = translate("Briefing", "What I’m doing now ({status})").format(status=status)
    fix = incident.fix.strip()
    return Section("fix", title, (Block("body", trim.text(fix, level, title)),) if fix else
                   (not_written(),))  # fmt: skip


def _prevention(incident: Incident, level: int, trim: Trimmer) -> Section:
    title = translate("Briefing", "Why it won’t happen again")
    blocks = []
    if incident.prevention.strip():
        blocks.append(Block("body", trim.text(incident.prevention, level, title)))
    native = native_digits(incident)  # the incident's own digits, for its days and amounts
    kept = trim.count(len(incident.actions), level, title)
    for action in incident.actions[:kept]:
        blocks.append(Block("item", trim.text(action.text, level, title, 400)))
        due = day(action.due_on, native=native) if action.due_on else ""
        done = day(action.done_on, native=native) if action.done_on else ""
        if due or done:
            blocks.append(Block("when", _when(due, done)))
    if len(incident.actions) > kept:
        blocks.append(Block("body", BriefingLeftOff().steps(len(incident.actions) - kept)))
    return Section("prevention", title, tuple(blocks) or (not_written(),))


def _when(due: str, done: str) -> str:
    """A prevention step's days, on their own line under it (never split from “by”)."""
    if due and done:
        return translate("Briefing", "by {due} · done {done}").format(due=due, done=done)
    if due:
        return translate("Briefing", "by {due}").format(due=due)
    return translate("Briefing", "done {done}").format(done=done)


def _happened(incident: Incident, level: int, trim: Trimmer) -> Section:
    title = translate("Briefing", "What happened")
    texts = (incident.what_happened, incident.impact)
    blocks = tuple(Block("body", trim.text(text, level, title)) for text in texts if text.strip())
    return Section("happened", title, blocks or (not_written(),))


def _why(incident: Incident, level: int, trim: Trimmer) -> Section:
    title = translate("Briefing", "Why")
    whys = [text for text in incident.whys if text.strip()]
    kept = trim.count(len(whys), level, title)
    blocks = [Block("item", trim.text(text, level, title, 400)) for text in whys[:kept]]
    if len(whys) > kept:
        blocks.append(Block("body", BriefingLeftOff().more(len(whys) - kept)))
    for line, text in (
        (translate("Briefing", "Root cause: {text}"), incident.root_cause),
        (translate("Briefing", "My part: {text}"), incident.ownership),
    ):
        if text.strip():
            blocks.append(Block("body", line.format(text=trim.text(text, level, title))))
    return Section("why", title, tuple(blocks) or (not_written(),))


def offer(incident: Incident, trim: Trimmer) -> Section:
    """What the user will offer: the amount first and large, then the offer and the surprise."""
    title = translate("Briefing", "What I’ll offer")
    comp = incident.compensation
    blocks = []
    if comp.value is not None:
        native = native_digits(incident)
        blocks.append(Block("amount", money(comp.value, comp.currency, native=native)))
    if comp.offer.strip():
        blocks.append(Block("body", trim.text(comp.offer, FULL, title, 400)))
    if incident.surprise.strip():
        surprise = trim.text(incident.surprise, FULL, title, 400)
        line = translate("Briefing", "Surprise: {surprise}").format(surprise=surprise)
        blocks.append(Block("body", line))
    return Section("offer", title, tuple(blocks) or (not_written(),))
