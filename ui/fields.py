"""The worksheet's steps and fields, and converting between the fields and an Incident."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # line, text, coached, choice, date
    hint: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    title: str
    guidance: str
    fields: tuple[FieldSpec, ...]


YES_NO = ("not known yet", "yes", "no")
STEPS = (
    Step(
        "What happened",
        "Write it as your client experienced it: the events, short, and what it cost them.",
        (
            FieldSpec("client", "Client", "line", "Who was let down?"),
            FieldSpec("title", "Title", "line", "A few words: “Missed the launch date”"),
            FieldSpec("project", "Project", "line"),
            FieldSpec("occurred_on", "When", "date", "YYYY-MM-DD"),
            FieldSpec("category", "Kind of mistake", "choice"),
            FieldSpec("severity", "Severity", "choice", choices=tuple(s.value for s in Severity)),
            FieldSpec("what_happened", "What happened", "text", "The events, in order."),
            FieldSpec("impact", "Impact on the client", "text", "What did it cost them?"),
        ),
    ),
    Step(
        "Why",
        "Ask “why?” until you reach something in your control. That part is yours to own.",
        (
            FieldSpec(
                "whys", "Why? Why? Why?", "text", "One answer per line, each a “why” deeper."
            ),
            FieldSpec("root_cause", "Root cause", "text"),
            FieldSpec("ownership", "What was in your control", "text", "“I chose the host…”"),
        ),
    ),
    Step(
        "Fix and prevention",
        "Say what you are doing now, and what stops it happening again — so they can believe it.",
        (
            FieldSpec("fix", "What you are doing now", "text"),
            FieldSpec(
                "fix_status", "Fix status", "choice", choices=tuple(s.value for s in FixStatus)
            ),
            FieldSpec("prevention", "Why it won't happen again", "text"),
            FieldSpec("actions", "Prevention steps", "text", "One per line; a date first if due."),
        ),
    ),
    Step(
        "Make it right",
        "Make up for it generously, and think of a surprise they would retell.",
        (
            FieldSpec("offer", "What you offer", "text"),
            FieldSpec("value", "Value", "line", "150"),
            FieldSpec("currency", "Currency", "line", "EUR"),
            FieldSpec("surprise", "An unexpected gesture", "text"),
        ),
    ),
    Step(
        "The call",
        "Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.",
        (
            FieldSpec("summary", "What you will say (one or two sentences)", "coached"),
            FieldSpec("apology", "The apology", "coached"),
            FieldSpec("empathy", "Show you see their side", "coached"),
            FieldSpec("questions", "Likely questions", "text", "Question? — your answer"),
            FieldSpec("call_at", "Call date and time", "line", "YYYY-MM-DD HH:MM"),
        ),
    ),
    Step(
        "Afterwards",
        "Do what you said. Note how it went, and notice the clients who speak for you.",
        (
            FieldSpec("outcome", "How it went", "text"),
            FieldSpec("client_stayed", "The client stayed", "choice", choices=YES_NO),
            FieldSpec("advocate", "They became an advocate", "choice", choices=YES_NO),
            FieldSpec("status", "Status", "choice", choices=tuple(s.value for s in Status)),
        ),
    ),
)
COACHED = ("summary", "apology", "empathy")
_DATED = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s+(.*)$")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def _bool(text: str) -> bool | None:
    return {"yes": True, "no": False}.get(text)


def values_of(incident: Incident) -> dict[str, str]:
    """Field texts for an incident."""
    comp, outcome = incident.compensation, incident.outcome
    return {
        "client": incident.client.name,
        "title": incident.title,
        "project": incident.project,
        "occurred_on": incident.occurred_on.isoformat() if incident.occurred_on else "",
        "category": incident.category,
        "severity": incident.severity.value,
        "what_happened": incident.what_happened,
        "impact": incident.impact,
        "whys": "\n".join(incident.whys),
        "root_cause": incident.root_cause,
        "ownership": incident.ownership,
        "fix": incident.fix,
        "fix_status": incident.fix_status.value,
        "prevention": incident.prevention,
        "actions": "\n".join(
            (f"{a.due_on.isoformat()} " if a.due_on else "") + a.text for a in incident.actions
        ),
        "offer": comp.offer,
        "value": "" if comp.value is None else f"{comp.value:g}",
        "currency": comp.currency,
        "surprise": incident.surprise,
        "summary": incident.summary,
        "apology": incident.apology,
        "empathy": incident.empathy,
        "questions": "\n".join(
            q.question + (f" — {q.answer}" if q.answer else "") for q in incident.questions
        ),
        "call_at": incident.call_at.strftime("%Y-%m-%d %H:%M") if incident.call_at else "",
        "outcome": outcome.notes,
        "client_stayed": {True: "yes", False: "no", None: YES_NO[0]}[outcome.client_stayed],
        "advocate": {True: "yes", False: "no", None: YES_NO[0]}[outcome.advocate],
        "status": incident.status.value,
    }


def incident_from(values: dict[str, str], base: Incident | None) -> Incident:
    """An Incident from field texts; what the fields do not show is kept from `base`."""
    lines = [line for line in values["actions"].splitlines() if line.strip()]
    actions = []
    done = {a.text: a.done_on for a in base.actions} if base else {}
    for line in lines:
        dated = _DATED.match(line)
        text, due = (dated.group(2), _date(dated.group(1))) if dated else (line.strip(), None)
        actions.append(Action(text, due, done.get(text)))
    questions = []
    for line in values["questions"].splitlines():
        if line.strip():
            question, _, answer = line.partition(" — ")
            questions.append(Question(question.strip(), answer.strip()))
    try:
        value = float(values["value"].replace(",", ".")) if values["value"].strip() else None
    except ValueError:
        value = base.compensation.value if base else None
    try:
        call_at = (
            dt.datetime.fromisoformat(values["call_at"].strip())
            if values["call_at"].strip()
            else None
        )
    except ValueError:
        call_at = base.call_at if base else None
    client = (
        base.client if base and base.client.name == values["client"] else Client(values["client"])
    )
    fresh = Incident(
        title=values["title"],
        client=dataclasses.replace(client, name=values["client"]),
        project=values["project"],
        occurred_on=_date(values["occurred_on"]),
        severity=Severity(values["severity"]),
        category=values["category"] or "other",
        what_happened=values["what_happened"],
        impact=values["impact"],
        whys=tuple(line.strip() for line in values["whys"].splitlines() if line.strip()),
        root_cause=values["root_cause"],
        ownership=values["ownership"],
        fix=values["fix"],
        fix_status=FixStatus(values["fix_status"]),
        prevention=values["prevention"],
        actions=tuple(actions),
        compensation=Compensation(values["offer"], value, values["currency"].strip()),
        surprise=values["surprise"],
        summary=values["summary"],
        apology=values["apology"],
        empathy=values["empathy"],
        questions=tuple(questions),
        call_at=call_at,
        status=Status(values["status"]),
        outcome=Outcome(
            values["outcome"], _bool(values["client_stayed"]), _bool(values["advocate"])
        ),
    )
    if base is None:
        return fresh
    return dataclasses.replace(
        fresh,
        id=base.id,
        tags=base.tags,
        created_at=base.created_at,
        compensation=dataclasses.replace(
            fresh.compensation, delivered_on=base.compensation.delivered_on
        ),
    )
