"""Export to CSV (one row an incident, for spreadsheets) and Markdown (to read or print)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from journal.domain import UNFINISHED, UNTITLED, Incident, format_money, unreadable_lines

CSV_COLUMNS = (
    "id", "title", "client", "company", "project", "occurred_on", "severity", "category",
    "status", "tags", "what_happened", "impact", "whys", "root_cause", "ownership", "fix",
    "fix_status", "prevention", "actions", "compensation_offer", "compensation_value",
    "compensation_currency", "compensation_delivered_on", "surprise", "summary", "apology",
    "empathy", "questions", "call_at", "outcome_notes", "client_stayed", "advocate",
    "unreadable", "created_at", "updated_at",
)  # fmt: skip
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Text for one cell; a leading formula sign gets a quote so spreadsheets show, not run, it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    risky = text.startswith(_FORMULA_STARTS) or (text[:1] == "-" and text[1:2] not in ("", " "))
    return "'" + text if risky and not isinstance(value, (int, float)) else text


def _action_line(incident: Incident) -> str:
    lines = []
    for action in incident.actions:
        dates = [
            f"due {action.due_on}" if action.due_on else "",
            f"done {action.done_on}" if action.done_on else "",
        ]
        dated = ", ".join(d for d in dates if d)
        lines.append(action.text + (f" ({dated})" if dated else ""))
    return "\n".join(lines)


def write_csv(incidents: Iterable[Incident], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for incident in incidents:
        comp, result = incident.compensation, incident.outcome
        values = (
            incident.id, incident.title, incident.client.name, incident.client.company,
            incident.project, incident.occurred_on, incident.severity.value, incident.category,
            incident.status.value, "; ".join(incident.tags), incident.what_happened,
            incident.impact, "\n".join(incident.whys), incident.root_cause, incident.ownership,
            incident.fix, incident.fix_status.value, incident.prevention, _action_line(incident),
            comp.offer, comp.value, comp.currency, comp.delivered_on, incident.surprise,
            incident.summary, incident.apology, incident.empathy,
            "\n".join(f"Q: {q.question}\nA: {q.answer}" for q in incident.questions),
            incident.call_at, result.notes, result.client_stayed, result.advocate,
            "\n".join(unreadable_lines(incident)), incident.created_at, incident.updated_at,
        )  # fmt: skip
        writer.writerow([_cell(value) for value in values])
        count += 1
    return count


def _section(out: IO[str], heading: str, body: str) -> None:
    if body.strip():
        out.write(f"### {heading}\n\n{body.strip()}\n\n")


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "not known yet"}[value]


def write_markdown(incidents: Iterable[Incident], out: IO[str]) -> int:
    out.write("# Amends journal\n\n")
    count = 0
    for incident in incidents:
        count += 1
        title = " ".join(incident.title.split()) or UNTITLED
        out.write(f"## {title}" + (f" ({UNFINISHED})" if incident.unfinished else "") + "\n\n")
        facts = [
            f"**Client:** {incident.client.name or '—'}"
            + (f" ({incident.client.company})" if incident.client.company else ""),
            f"**Project:** {incident.project}" if incident.project else "",
            f"**When:** {incident.occurred_on}" if incident.occurred_on else "",
            f"**Severity:** {incident.severity.value} · **Category:** {incident.category}"
            f" · **Status:** {incident.status.value.replace('_', ' ')}",
            f"**Tags:** {', '.join(incident.tags)}" if incident.tags else "",
        ]
        out.write("  \n".join(fact for fact in facts if fact) + "\n\n")
        _section(out, "Summary for the call", incident.summary)
        _section(out, "What happened", incident.what_happened)
        _section(out, "Impact on the client", incident.impact)
        _section(out, "Why", "\n".join(f"{n}. {why}" for n, why in enumerate(incident.whys, 1)))
        _section(out, "Root cause", incident.root_cause)
        _section(out, "What was in my control", incident.ownership)
        _section(out, f"Fix ({incident.fix_status.value.replace('_', ' ')})", incident.fix)
        _section(out, "Why it won't happen again", incident.prevention)
        _section(
            out,
            "Actions",
            "\n".join(f"- {line}" for line in _action_line(incident).split("\n") if line),
        )
        comp = incident.compensation
        value = (
            f" — {format_money(comp.value)} {comp.currency}".rstrip()
            if comp.value is not None
            else ""
        )
        _section(out, "Making it right", (comp.offer + value).strip(" —"))
        _section(out, "Surprise", incident.surprise)
        _section(out, "Apology", incident.apology)
        _section(out, "Empathy", incident.empathy)
        _section(
            out,
            "Likely questions",
            "\n".join(f"- **{q.question}**  \n  {q.answer}" for q in incident.questions),
        )
        result = incident.outcome
        if result.notes or result.client_stayed is not None or result.advocate is not None:
            _section(
                out,
                "Outcome",
                f"{result.notes}\n\nClient stayed: {_yes_no(result.client_stayed)} · "
                f"Advocate: {_yes_no(result.advocate)}",
            )
        _section(
            out,
            "Written where Amends could not read it",
            "\n".join(f"- {line}" for line in unreadable_lines(incident)),
        )
        out.write("---\n\n")
    return count
