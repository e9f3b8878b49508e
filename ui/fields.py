"""The worksheet's steps and fields, made from the incident's declared fields."""

from __future__ import annotations

from dataclasses import dataclass

from journal.domain import INCIDENT_FIELDS
from journal.fields import Declared, Kind, Step
from journal.layout import FLAG_WORDS

YES_NO = tuple(FLAG_WORDS[flag] for flag in (None, True, False))  # not known yet first
# How the worksheet edits each kind of field: a line, a text box, a choice, a list a line…
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
    Kind.ACTIONS: "lines",
    Kind.QUESTIONS: "lines",
    Kind.TAGS: "lines",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # line, text, coached, choice, date, datetime, amount, lines
    hint: str = ""
    choices: tuple[str, ...] = ()
    path: str = ""  # the incident's part it edits (journal.edits), if not the name
    holds: Kind = Kind.LINE  # what the field is, as declared

    @property
    def key(self) -> str:
        return self.path or self.name


@dataclass(frozen=True)
class StepSpec:
    title: str
    guidance: str
    fields: tuple[FieldSpec, ...]


GUIDANCE = {
    Step.WHAT_HAPPENED: (
        "What happened",
        "Write it as your client experienced it: the events, short, and what it cost them.",
    ),
    Step.WHY: (
        "Why",
        "Ask “why?” until you reach something in your control. That part is yours to own.",
    ),
    Step.FIX: (
        "Fix and prevention",
        "Say what you are doing now, and what stops it happening again — so they can believe it.",
    ),
    Step.MAKE_IT_RIGHT: (
        "Make it right",
        "Make up for it generously, and think of a surprise they would retell.",
    ),
    Step.THE_CALL: (
        "The call",
        "Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.",
    ),
    Step.FOLLOW_UP: (
        "Follow-up",
        "After the call, put in writing what you said and what you will do — then do it.",
    ),
    Step.AFTERWARDS: (
        "Afterwards",
        "Do what you said. Note how it went, and notice the clients who speak for you.",
    ),
}


def _spec(field: Declared) -> FieldSpec:
    about = field.about
    choices: tuple[str, ...] = ()
    if about.choices is not None:
        choices = tuple(choice.value for choice in about.choices)
    elif field.kind is Kind.FLAG:
        choices = YES_NO
    path = field.path if field.path != field.name else ""  # editors go by the last part
    kind = _EDITORS[field.kind]
    return FieldSpec(field.name, about.label, kind, about.hint, choices, path, field.kind)


STEPS = tuple(
    StepSpec(
        *GUIDANCE[step],
        tuple(_spec(field) for field in INCIDENT_FIELDS if field.about.step is step),
    )
    for step in Step
)
COACHED = tuple(spec.name for step in STEPS for spec in step.fields if spec.kind == "coached")
# Kinds of field whose text is read as a value (or kept as typed): in field_values' order.
READ = ("date", "datetime", "amount")
