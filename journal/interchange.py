"""The JSON interchange format (docs/format.md): checked whole on import, stable on export."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from contextlib import suppress
from typing import IO, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
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
from journal.errors import InvalidInput

FORMAT_NAME = "amends"
FORMAT_VERSION = 1
MAX_ID = 2**53  # the largest integer every JSON reader keeps exactly
Text = Annotated[str | None, Field(default=None)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _required(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


class ClientIn(_Model):
    name: str
    company: Text
    email: Text
    notes: Text
    _name = field_validator("name")(_required)


class ActionIn(_Model):
    text: str
    _text = field_validator("text")(_required)
    due_on: dt.date | None = None
    done_on: dt.date | None = None


class CompensationIn(_Model):
    offer: Text
    value: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    currency: Text
    delivered_on: dt.date | None = None


class QuestionIn(_Model):
    question: str
    _question = field_validator("question")(_required)
    answer: Text


class OutcomeIn(_Model):
    notes: Text
    client_stayed: bool | None = None
    advocate: bool | None = None


class IncidentIn(_Model):
    id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    title: str
    client: ClientIn
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
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    _title = field_validator("title")(_required)


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
    return Incident(
        id=item.id,
        title=item.title,
        client=Client(
            name=item.client.name,
            company=item.client.company or "",
            email=item.client.email or "",
            notes=item.client.notes or "",
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
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


def _describe(error: ErrorDetails, raw: Any) -> str:
    """Name the incident and the key an error is about, as docs/format.md promises."""
    location = list(error["loc"])
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


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and value.is_integer() else value


def incident_dict(incident: Incident) -> dict[str, Any]:
    """One incident in the interchange format, every key present, in the documented order."""
    c, comp, out = incident.client, incident.compensation, incident.outcome
    return {
        "id": incident.id,
        "title": incident.title,
        "client": {"name": c.name, "company": c.company, "email": c.email, "notes": c.notes},
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
            "value": _number(comp.value),
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
