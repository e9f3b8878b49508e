"""The Amends JSON format's models, made from the incident's declared fields, both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model, model_validator

from journal.domain import INCIDENT_FIELDS, Action, Client, Incident, Question
from journal.drafts import kept_in_utc
from journal.fields import Declared, Kind, built
from journal.i18n import translate

MAX_ID = 2**53  # the largest integer every JSON reader keeps exactly
Text = Annotated[str | None, Field(default=None)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _required(value: str) -> str:
    if not value.strip():
        raise ValueError(translate("ImportFile", "must not be blank"))
    return value


def _kept_in_utc(value: dt.datetime) -> dt.datetime:
    if not kept_in_utc(value):
        raise ValueError(
            translate(
                "ImportFile",
                "is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; "
                "give one inside them",
            )
        )
    return value


class ClientIn(_Model):
    name: str  # blank: not named yet (an unfinished draft)
    company: Text
    email: Text
    notes: Text


class ActionIn(_Model):
    text: Annotated[str, AfterValidator(_required)]
    due_on: dt.date | None = None
    done_on: dt.date | None = None


class QuestionIn(_Model):
    question: str
    answer: Text

    @model_validator(mode="after")
    def _not_blank(self) -> QuestionIn:
        if not self.question.strip() and not (self.answer or "").strip():
            raise ValueError(translate("ImportFile", "a question needs a question or an answer"))
        return self


# A number, or the same as text ("12345678901234567.89") where a JSON number could not keep
# every digit.
Amount = Annotated[Decimal, Field(ge=0, lt=10**15, allow_inf_nan=False)]
_SHAPES: dict[Kind, Callable[[Declared], Any]] = {
    Kind.LINE: lambda _: str,
    Kind.TEXT: lambda _: str,
    Kind.COACHED: lambda _: str,
    Kind.CATEGORY: lambda _: str,
    Kind.CHOICE: lambda field: field.about.choices,
    Kind.FLAG: lambda _: bool,
    Kind.DATE: lambda _: dt.date,
    Kind.DATETIME: lambda _: Annotated[dt.datetime, AfterValidator(_kept_in_utc)],
    Kind.AMOUNT: lambda _: Amount,
    Kind.LINES: lambda _: list[str],
    Kind.TAGS: lambda _: list[str],
    Kind.ACTIONS: lambda _: list[ActionIn],
    Kind.QUESTIONS: lambda _: list[QuestionIn],
    Kind.CLIENT: lambda _: ClientIn,
}


def _model(name: str, fields: list[Declared], depth: int) -> type[BaseModel]:
    """A model with a key for each field (a group's fields in a model of their own)."""
    keys: dict[str, Any] = {}
    if depth == 0:
        keys["id"] = (Annotated[int, Field(ge=1, le=MAX_ID)] | None, None)
    for field in fields:
        parts = field.path.split(".")
        if len(parts) > depth + 1:
            group = parts[depth]
            if group not in keys:
                inner = [f for f in fields if f.path.split(".")[depth] == group]
                keys[group] = (_model(group.title() + "In", inner, depth + 1) | None, None)
            continue
        shape = _SHAPES[field.kind](field)
        # a required key may be blank or null (an unfinished draft), but must be there
        keys[parts[depth]] = (
            (shape if field.kind is Kind.LINE else shape | None, ...)
            if (field.about.required)
            else (shape | None, None)
        )
    if depth == 0:
        keys["unreadable"] = (dict[str, str] | None, None)
        for stamp in ("created_at", "updated_at"):
            keys[stamp] = (Annotated[dt.datetime, AfterValidator(_kept_in_utc)] | None, None)
    model: type[BaseModel] = create_model(name, __base__=_Model, **keys)
    return model


IncidentIn = _model("IncidentIn", list(INCIDENT_FIELDS), 0)


class Document(_Model):
    format: Literal["amends"]
    version: Literal[1]
    incidents: list[IncidentIn]  # type: ignore[valid-type]


_FROM_JSON: dict[Kind, Callable[[Any], Any]] = {
    Kind.LINES: tuple,
    Kind.TAGS: tuple,
    Kind.ACTIONS: lambda items: tuple(Action(a.text, a.due_on, a.done_on) for a in items),
    Kind.QUESTIONS: lambda items: tuple(Question(q.question, q.answer or "") for q in items),
    Kind.CLIENT: lambda c: Client(c.name, c.company or "", c.email or "", c.notes or ""),
}


def _given(item: BaseModel, path: str) -> Any:
    value: Any = item
    for part in path.split("."):
        value = getattr(value, part) if value is not None else None
    return value


def incident_of(item: BaseModel) -> Incident:
    """The incident a validated IncidentIn describes; what it leaves out keeps its default."""
    values: dict[str, Any] = {}
    for field in INCIDENT_FIELDS:
        given = _given(item, field.path)
        if given is not None:
            values[field.path] = _FROM_JSON.get(field.kind, lambda value: value)(given)
    kept = item.model_dump(include={"id", "created_at", "updated_at", "unreadable"})
    values.update(kept, unreadable=tuple(sorted((kept["unreadable"] or {}).items())))
    return built(Incident, values)


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _amount(value: Decimal | None) -> float | int | str | None:
    """A JSON number when one keeps every digit, else the digits as text."""
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < MAX_ID:
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else format(value, "f")


def _client(client: Client) -> dict[str, str] | None:
    details = {"name": client.name, "company": client.company, "email": client.email}
    return {**details, "notes": client.notes} if client.name else None


_TO_JSON: dict[Kind, Callable[[Any], Any]] = {
    Kind.CHOICE: lambda choice: choice.value,
    Kind.DATE: _day,
    Kind.DATETIME: _day,
    Kind.AMOUNT: _amount,
    Kind.LINES: list,
    Kind.TAGS: list,
    Kind.ACTIONS: lambda items: [
        {"text": a.text, "due_on": _day(a.due_on), "done_on": _day(a.done_on)} for a in items
    ],
    Kind.QUESTIONS: lambda items: [{"question": q.question, "answer": q.answer} for q in items],
    Kind.CLIENT: _client,
}


def incident_dict(incident: Incident) -> dict[str, Any]:
    """One incident in the interchange format, every key present, in the declared order."""
    out: dict[str, Any] = {"id": incident.id}
    for field in INCIDENT_FIELDS:
        *groups, name = field.path.split(".")
        place = out
        for group in groups:
            place = place.setdefault(group, {})
        place[name] = _TO_JSON.get(field.kind, lambda value: value)(field.value_in(incident))
    out["unreadable"] = dict(incident.unreadable)
    out["created_at"] = _day(incident.created_at)
    out["updated_at"] = _day(incident.updated_at)
    return out
