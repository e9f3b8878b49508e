"""The JSON interchange format (docs/format.md): checked whole on import, stable on export."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from contextlib import suppress
from decimal import Decimal
from typing import IO, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from journal.domain import (
    Action,
    Client,
    Compensation,
    FixStatus,
    Incident,
    Outcome,
    Question,
    Severity,
    Status,
)
from journal.drafts import DATE_TIME_OUT_OF_RANGE, kept_in_utc
from journal.errors import InvalidInput

FORMAT_NAME = "amends"
FORMAT_VERSION = 1
MAX_ID = 2**53  # the largest integer every JSON reader keeps exactly
Text = Annotated[str | None, Field(default=None)]
NESTED_TOO_DEEPLY = (
    "it is nested too deeply: an Amends file has lists and objects a few levels deep"
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _required(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _kept_in_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and not kept_in_utc(value):
        raise ValueError(DATE_TIME_OUT_OF_RANGE)
    return value


class ClientIn(_Model):
    name: str  # blank: not named yet (an unfinished draft)
    company: Text
    email: Text
    notes: Text


class ActionIn(_Model):
    text: str
    _text = field_validator("text")(_required)
    due_on: dt.date | None = None
    done_on: dt.date | None = None


class CompensationIn(_Model):
    offer: Text
    # A number, or the same as text ("12345678901234567.89") where a JSON number could not
    # keep every digit.
    value: Annotated[Decimal, Field(ge=0, lt=10**15, allow_inf_nan=False)] | None = None
    currency: Text
    delivered_on: dt.date | None = None


class QuestionIn(_Model):
    question: str
    answer: Text

    @model_validator(mode="after")
    def _not_blank(self) -> QuestionIn:
        if not self.question.strip() and not (self.answer or "").strip():
            raise ValueError("a question needs a question or an answer")
        return self


class OutcomeIn(_Model):
    notes: Text
    client_stayed: bool | None = None
    advocate: bool | None = None


class IncidentIn(_Model):
    id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    title: str  # blank, or a client of null: an unfinished draft, kept as the user left it
    client: ClientIn | None
    project: Text
    occurred_on: dt.date | None = None
    severity: Severity | None = None
    category: Text
    tags: list[str] | None = None
    what_happened: Text
    impact: Text
    whys: list[str] | None = None
    root_cause: Text
    ownership: Text
    fix: Text
    fix_status: FixStatus | None = None
    prevention: Text
    actions: list[ActionIn] | None = None
    compensation: CompensationIn | None = None
    surprise: Text
    summary: Text
    apology: Text
    empathy: Text
    questions: list[QuestionIn] | None = None
    call_at: dt.datetime | None = None
    status: Status | None = None
    outcome: OutcomeIn | None = None
    unreadable: dict[str, str] | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    _date_times = field_validator("call_at", "created_at", "updated_at")(_kept_in_utc)


class Header(BaseModel):
    model_config = ConfigDict(extra="allow")
    format: str | None = None
    version: int | None = None


class Document(_Model):
    format: Literal["amends"]
    version: Literal[1]
    incidents: list[IncidentIn]


def _domain(item: IncidentIn) -> Incident:
    compensation = item.compensation or CompensationIn(offer=None, currency=None)
    outcome = item.outcome or OutcomeIn(notes=None)
    client = item.client or ClientIn(name="", company=None, email=None, notes=None)
    return Incident(
        id=item.id,
        title=item.title,
        client=Client(
            name=client.name,
            company=client.company or "",
            email=client.email or "",
            notes=client.notes or "",
        ),
        project=item.project or "",
        occurred_on=item.occurred_on,
        severity=item.severity or Severity.MODERATE,
        category=item.category or "other",
        tags=tuple(item.tags or ()),
        what_happened=item.what_happened or "",
        impact=item.impact or "",
        whys=tuple(item.whys or ()),
        root_cause=item.root_cause or "",
        ownership=item.ownership or "",
        fix=item.fix or "",
        fix_status=item.fix_status or FixStatus.PLANNED,
        prevention=item.prevention or "",
        actions=tuple(Action(a.text, a.due_on, a.done_on) for a in item.actions or ()),
        compensation=Compensation(
            offer=compensation.offer or "",
            value=compensation.value,
            currency=compensation.currency or "",
            delivered_on=compensation.delivered_on,
        ),
        surprise=item.surprise or "",
        summary=item.summary or "",
        apology=item.apology or "",
        empathy=item.empathy or "",
        questions=tuple(Question(q.question, q.answer or "") for q in item.questions or ()),
        call_at=item.call_at,
        status=item.status or Status.DRAFT,
        outcome=Outcome(outcome.notes or "", outcome.client_stayed, outcome.advocate),
        unreadable=tuple(sorted((item.unreadable or {}).items())),
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


def _describe(error: ErrorDetails, raw: Any) -> str:
    """Name the incident and the key an error is about, as docs/format.md promises."""
    location = list(error["loc"])
    if not location:  # the file as a whole: what json.loads let through and pydantic did not
        return NESTED_TOO_DEEPLY if "recursion limit" in error["msg"] else error["msg"]
    got = error.get("input")
    plain = isinstance(got, (str, int, float)) and not isinstance(got, bool)
    shown = f", got {json.dumps(got, ensure_ascii=False)[:80]}" if plain else ""
    friendly = {
        "extra_forbidden": "not a key of the Amends format (see docs/format.md)",
        "missing": "is required",
    }
    reason = friendly.get(error["type"], error["msg"].removeprefix("Value error, ") + shown)
    if len(location) >= 2 and location[0] == "incidents" and isinstance(location[1], int):
        index = location[1]
        title = ""
        with suppress(KeyError, IndexError, TypeError, AttributeError):
            title = str(raw["incidents"][index].get("title") or "")
        named = f"incident {index + 1}" + (f' ("{title[:60]}")' if title else "")
        key = ".".join(str(part) for part in location[2:])
        return f"{named}, key '{key}': {reason}" if key else f"{named}: {reason}"
    return f"key '{'.'.join(str(part) for part in location)}': {reason}"


def parse(data: bytes | str) -> list[Incident]:
    """Incidents from an Amends JSON file, or InvalidInput saying exactly what is wrong."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark from some editors is fine
        except UnicodeDecodeError as error:
            raise InvalidInput(
                f"the file is not UTF-8 text (byte {error.start}); save it as UTF-8 and try again"
            ) from error
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as error:
        raise InvalidInput(f"line {error.lineno}, column {error.colno}: {error.msg}") from error
    except RecursionError as error:
        raise InvalidInput(NESTED_TOO_DEEPLY) from error
    except ValueError as error:  # an integer of more digits than Python reads
        raise InvalidInput(
            "it holds a number of more than 4,300 digits, which no key of the Amends format takes"
        ) from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise InvalidInput('not an Amends file: "format" must be "amends"')
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidInput(
            f"this file uses version {version} of the Amends format; "
            f"this Amends reads version {FORMAT_VERSION}. Update Amends to import it."
        )
    try:
        document = Document.model_validate_json(data, strict=True)
    except ValidationError as error:
        raise InvalidInput(_describe(error.errors()[0], raw)) from error
    return [_domain(item) for item in document.incidents]


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


def incident_from_json(text: str) -> Incident:
    """One incident written by incident_dict(), as JSON text (the Trash keeps them so)."""
    return _domain(IncidentIn.model_validate_json(text, strict=True))


def incident_dict(incident: Incident) -> dict[str, Any]:
    """One incident in the interchange format, every key present, in the documented order."""
    c, comp, out = incident.client, incident.compensation, incident.outcome
    client = {"name": c.name, "company": c.company, "email": c.email, "notes": c.notes}
    return {
        "id": incident.id,
        "title": incident.title,
        "client": client if c.name else None,
        "project": incident.project,
        "occurred_on": _day(incident.occurred_on),
        "severity": incident.severity.value,
        "category": incident.category,
        "tags": list(incident.tags),
        "what_happened": incident.what_happened,
        "impact": incident.impact,
        "whys": list(incident.whys),
        "root_cause": incident.root_cause,
        "ownership": incident.ownership,
        "fix": incident.fix,
        "fix_status": incident.fix_status.value,
        "prevention": incident.prevention,
        "actions": [
            {"text": a.text, "due_on": _day(a.due_on), "done_on": _day(a.done_on)}
            for a in incident.actions
        ],
        "compensation": {
            "offer": comp.offer,
            "value": _amount(comp.value),
            "currency": comp.currency,
            "delivered_on": _day(comp.delivered_on),
        },
        "surprise": incident.surprise,
        "summary": incident.summary,
        "apology": incident.apology,
        "empathy": incident.empathy,
        "questions": [{"question": q.question, "answer": q.answer} for q in incident.questions],
        "call_at": None if incident.call_at is None else incident.call_at.isoformat(),
        "status": incident.status.value,
        "outcome": {
            "notes": out.notes,
            "client_stayed": out.client_stayed,
            "advocate": out.advocate,
        },
        "unreadable": dict(incident.unreadable),
        "created_at": incident.created_at and incident.created_at.isoformat(),
        "updated_at": incident.updated_at and incident.updated_at.isoformat(),
    }


def write(incidents: Iterable[Incident], out: IO[str]) -> int:
    """Write the document one incident at a time, formatted as json.dumps(indent=2) would."""
    out.write(f'{{\n  "format": "{FORMAT_NAME}",\n  "version": {FORMAT_VERSION},\n  "incidents": [')
    count = 0
    for incident in incidents:
        body = json.dumps(incident_dict(incident), ensure_ascii=False, indent=2, allow_nan=False)
        out.write(("," if count else "") + "\n    " + body.replace("\n", "\n    "))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count
