"""The worksheet's steps and fields, made from the incident's declared fields."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from journal.domain import INCIDENT_FIELDS
from journal.fields import About, Declared, Kind, Step
from journal.i18n import QT_TRANSLATE_NOOP
from journal.words import FLAG_WORDS, choice_word

Stored = StrEnum | bool | None  # what a choice in a closed list is kept as
FLAGS: tuple[Stored, ...] = (None, True, False)  # not known yet first
# How the worksheet edits each kind of field: a line, a text box, a choice, a list…
_EDITORS = {
    Kind.LINE: "line",
    Kind.CLIENT: "line",
    Kind.TEXT: "text",
    Kind.COACHED: "coached",
    Kind.CHOICE: "choice",
    Kind.CATEGORY: "choice",
    Kind.FLAG: "choice",
    Kind.DATE: "date",
    Kind.DATETIME: "datetime",
    Kind.AMOUNT: "amount",
    Kind.LINES: "lines",
    Kind.ACTIONS: "actions",  # rows of a step, its due day and a tick
    Kind.QUESTIONS: "questions",  # rows of a question and its answer
    Kind.TAGS: "tags",  # chips
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    about: About  # the declaration: its label, hint and choices are read in the language now
    kind: str  # line, text, coached, choice, date, datetime, amount, lines, actions…
    path: str = ""  # the incident's part it edits (journal.edits), if not the name
    holds: Kind = Kind.LINE  # what the field is, as declared
    values: tuple[Stored, ...] = ()  # what each of the choices is stored as

    @property
    def label(self) -> str:
        return self.about.label

    @property
    def hint(self) -> str:
        return self.about.hint

    @property
    def choices(self) -> tuple[str, ...]:
        """The words a closed list shows, in its order."""
        return tuple(
            choice_word(v) if isinstance(v, StrEnum) else FLAG_WORDS[v] for v in self.values
        )

    @property
    def key(self) -> str:
        return self.path or self.name


@dataclass(frozen=True)
class StepSpec:
    title: str
    guidance: str
    fields: tuple[FieldSpec, ...]


# Each step's title and guidance, in English: translated where shown (title_of, guidance_of).
GUIDANCE = {
    Step.WHAT_HAPPENED: (
        QT_TRANSLATE_NOOP("WorksheetStep", "What happened"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Write it as your client experienced it: the events, short, and what it cost them.",
        ),
    ),
    Step.WHY: (
        QT_TRANSLATE_NOOP("WorksheetStep", "Why"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Ask “why?” until you reach something in your control. That part is yours to own.",
        ),
    ),
    Step.FIX: (
        QT_TRANSLATE_NOOP("WorksheetStep", "Fix and prevention"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Say what you are doing now, and what stops it happening again — "
            "so they can believe it.",
        ),
    ),
    Step.MAKE_IT_RIGHT: (
        QT_TRANSLATE_NOOP("WorksheetStep", "Make it right"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Make up for it generously, and think of a surprise they would retell.",
        ),
    ),
    Step.THE_CALL: (
        QT_TRANSLATE_NOOP("WorksheetStep", "The call"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.",
        ),
    ),
    Step.FOLLOW_UP: (
        QT_TRANSLATE_NOOP("WorksheetStep", "Follow-up"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "After the call, put in writing what you said and what you will do — then do it.",
        ),
    ),
    Step.AFTERWARDS: (
        QT_TRANSLATE_NOOP("WorksheetStep", "Afterwards"),
        QT_TRANSLATE_NOOP(
            "WorksheetStep",
            "Do what you said. Note how it went, and notice the clients who speak for you.",
        ),
    ),
}


def _spec(field: Declared) -> FieldSpec:
    about = field.about
    values: tuple[Stored, ...] = ()
    if about.choices is not None:
        values = tuple(about.choices)
    elif field.kind is Kind.FLAG:
        values = FLAGS
    path = field.path if field.path != field.name else ""  # editors go by the last part
    return FieldSpec(field.name, about, _EDITORS[field.kind], path, field.kind, values)


STEPS = tuple(
    StepSpec(
        *GUIDANCE[step],
        tuple(_spec(field) for field in INCIDENT_FIELDS if field.about.step is step),
    )
    for step in Step
)
COACHED = tuple(spec.name for step in STEPS for spec in step.fields if spec.kind == "coached")
# The kinds of field that are a step's writing: a step is ticked once one of them is begun,
# not for a name, a date or a choice alone (the client typed is not "What happened" told).
WRITTEN = ("text", "coached", "lines", "actions", "questions")
# Kinds of field whose text is read as a value (or kept as typed): in field_values' order.
READ = ("date", "datetime", "amount")


def title_of(row: int) -> str:
    """The title of the worksheet's step at `row`, in the window's language now."""
    return QCoreApplication.translate("WorksheetStep", STEPS[row].title)


def guidance_of(row: int) -> str:
    """The guidance of the worksheet's step at `row`, in the window's language now."""
    return QCoreApplication.translate("WorksheetStep", STEPS[row].guidance)
