"""How the command line shows incidents, lists, search hits and patterns to a person."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from enum import Enum
from typing import Any

from journal.domain import UNFINISHED, UNTITLED, Incident, IncidentRow, SearchHit, format_money
from journal.figures import Patterns
from journal.layout import Section, laid_out
from journal.reports import DraftField, Finding, FindingKind
from journal.storage.search import MATCH_END, MATCH_START
from journal.terminal import UNSAFE
from journal.words import choice_word

# The user's control characters are escaped when printed (cli.for_terminal): so many columns.
_UNSAFE = re.compile(UNSAFE)
ESCAPE_WIDTH = len("\\u001b")
FACTS_WIDTH = 76
FOLLOW_THROUGH_WIDTH = 60  # of the step or offer named after what `done`/`delivered` did
STEP_DONE = "Step {step} of incident {incident} is done, on {day}: {text}"
STEP_NOT_DONE = "Step {step} of incident {incident} is not done: {text}"
DELIVERED = "The compensation of incident {incident} is delivered, on {day}: {text}"
NOT_DELIVERED = "The compensation of incident {incident} is not delivered: {text}"


def _mark(text: str) -> str:
    return f"{MATCH_START}{text}{MATCH_END}"


def _width(char: str) -> int:
    """Terminal columns: combining marks (Thai, Bengali vowel signs) take none, wide CJK two,
    an UNSAFE character its escape's."""
    if _UNSAFE.match(char):
        return ESCAPE_WIDTH
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(map(_width, text))


def fit(text: str, width: int) -> str:
    """`text` on one line, cut to `width` columns with an ellipsis, padded to exactly `width`."""
    text = " ".join(text.split())
    used = display_width(text)
    if used > width:
        used = 0
        # One pass for the longest start that fits beside the ellipsis: cutting a letter at a
        # time and measuring again took minutes for a long title.
        for end, columns in enumerate(map(_width, text)):
            if used + columns > width - 1:
                text = text[:end] + "…"
                break
            used += columns
        used += 1
    return text + " " * (width - used)


def table(rows: Sequence[IncidentRow]) -> str:
    if not rows:
        return "No incidents match."
    lines = [f"{'ID':>6}  {'DATE':10}  {'SEVERITY':8}  {'STATUS':10}  {fit('CLIENT', 20)}  TITLE"]
    for row in rows:
        day = row.occurred_on.isoformat() if row.occurred_on else "—"
        status = UNFINISHED if row.unfinished else choice_word(row.status)
        lines.append(
            f"{row.id:>6}  {day:10}  {choice_word(row.severity):8}  {status:10}  "
            f"{fit(row.client_name or '—', 20)}  {fit(row.title or UNTITLED, 60).rstrip()}"
        )
    return "\n".join(lines)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return _jsonable(value._asdict())
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


def as_json(value: Any) -> str:
    if isinstance(value, Incident):
        from journal.interchange import incident_dict  # pydantic: only when JSON is asked for

        data: Any = incident_dict(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = dataclasses.asdict(value)
    elif isinstance(value, list):
        data = [
            dataclasses.asdict(item) if dataclasses.is_dataclass(item) else item  # type: ignore[arg-type]
            for item in value
        ]
    else:
        data = value
    return json.dumps(_jsonable(data), ensure_ascii=False, indent=2)


def hits_json(hits: Sequence[SearchHit]) -> str:
    return as_json(
        [{**hit.row._asdict(), "snippet": hit.snippet_text, "rank": hit.rank} for hit in hits]
    )


def hits_text(hits: Sequence[SearchHit]) -> str:
    """The hits, their matches marked for cli.for_terminal."""
    if not hits:
        return "Nothing found. Try fewer or shorter words."
    blocks = []
    for hit in hits:
        row = hit.row
        marked = "".join(_mark(part.text) if part.is_match else part.text for part in hit.snippet)
        day = row.occurred_on.isoformat() if row.occurred_on else "—"
        blocks.append(
            f"{row.id:>6}  {day}  {row.client_name or '—'} — {row.title or UNTITLED}\n        "
            + " ".join(marked.split())
        )
    return "\n".join(blocks)


def _block(heading: str, body: str) -> str:
    body = body.strip()
    return f"{heading}\n  " + body.replace("\n", "\n  ") + "\n" if body else ""


def _section_text(section: Section) -> str:
    lines = list(section.paragraphs)
    for number, entry in enumerate(section.entries, 1):
        mark = f"{number}." if section.numbered else ("Q:" if entry.answer else "-")
        note = f" ({entry.note})" if entry.note else ""
        late = " — overdue" if entry.late else ""
        lines.append(
            f"{mark} {entry.text}{note}{late}" + (f"\nA: {entry.answer}" if entry.answer else "")
        )
    return _block(section.heading, "\n".join(lines))


def incident_text(incident: Incident, today: dt.date | None = None) -> str:
    layout = laid_out(incident, today or dt.date.today())
    missing = " and ".join(layout.missing)
    head = [
        f"#{incident.id}  {layout.title}"
        + (f" ({UNFINISHED}: no {missing} yet)" if missing else ""),
        " · ".join(f"{label}: {text}" for label, text in layout.facts),
    ]
    return "\n".join(head) + "\n\n" + "".join(_section_text(s) for s in layout.sections)


def follow_through_text(incident: Incident, step_number: int | None) -> str:
    """What `amends done` (step `step_number`, 1 the first) or `delivered` (None) left the
    incident with, in one line."""
    if step_number is not None:
        step = incident.actions[step_number - 1]
        template = STEP_NOT_DONE if step.done_on is None else STEP_DONE
        day, text = step.done_on, step.text
    else:
        compensation = incident.compensation
        template = NOT_DELIVERED if compensation.delivered_on is None else DELIVERED
        day, text = compensation.delivered_on, compensation.offer
        if not text.strip() and compensation.value is not None:
            text = f"{format_money(compensation.value)} {compensation.currency}"
    shown = fit(text, FOLLOW_THROUGH_WIDTH).rstrip()
    return template.format(step=step_number, incident=incident.id, day=day, text=shown)


def _more(shown: int, total: int, hint: str) -> list[str]:
    return [f"  … and {total - shown:,} more{hint}"] if total > shown else []


def patterns_text(found: Patterns) -> str:
    parts: list[str] = []
    if found.repeats:
        parts.append("Failed the same way with the same client:")
        parts += [
            f"  {r.incidents}× {r.category} with {r.client}, last on {r.last_on or '—'}"
            for r in found.repeats
        ]
        parts += _more(len(found.repeats), found.repeats_total, " (patterns --all)")
    if found.similar_causes:
        parts.append("Lately, the same cause in other words (same client):")
        parts += [
            f"  #{s.incident_id} {s.title} — {s.client}: like {len(s.earlier_ids)} earlier "
            f"({', '.join(s.categories)})"
            for s in found.similar_causes
        ]
    if found.root_causes:
        parts.append("Root causes you gave again and again:")
        parts += [f"  {c.incidents:>5}  {' '.join(c.cause.split())}" for c in found.root_causes]
    tally = found.actions
    if any(tally):
        parts.append(
            f"Prevention steps: {tally.done_on_time} done on time, {tally.done_late} done late, "
            f"{tally.overdue} overdue, {tally.open} not due yet."
        )
    if found.overdue_actions:
        parts.append("Prevention steps overdue:")
        parts += [
            f"  due {a.due_on}: {a.text} — {a.client}, #{a.incident_id}"
            for a in found.overdue_actions
        ]
        parts += _more(len(found.overdue_actions), found.overdue_total, " (patterns --all)")
    if found.by_category:
        parts.append("By category:")
        parts += [f"  {c.incidents:>5}  {c.label}" for c in found.by_category]
    if found.by_client:
        parts.append("By client:")
        parts += [f"  {c.incidents:>5}  {c.label}" for c in found.by_client]
        parts += _more(len(found.by_client), found.clients_total, " clients")
    if found.by_month:
        parts.append("By month:")
        by_month: dict[str, list[str]] = {}
        for entry in found.by_month_category:
            by_month.setdefault(entry.month, []).append(f"{entry.category} {entry.incidents}")
        parts += [
            f"  {c.label}  {c.incidents:>5}  ({', '.join(by_month.get(c.label, []))})"
            for c in found.by_month
        ]
    if found.compensation:
        parts.append("Compensation offered, and delivered:")
        parts += [
            f"  {c.client}: {format_money(c.total)} {c.currency} over {c.incidents} incident(s); "
            f"delivered {format_money(c.delivered)} {c.currency} ({c.delivered_incidents})"
            for c in found.compensation
        ]
        parts += _more(len(found.compensation), found.compensated_total, "")
    return "\n".join(parts) if parts else "No incidents yet, so no patterns."


def _excerpt(text: str, start: int, end: int, width: int = 36) -> str:
    before = " ".join(text[max(start - width, 0) : start].split())
    after = " ".join(text[end : end + width].split())
    marked = _mark(text[start:end])
    lead = "…" if start > width else ""
    tail = "…" if end + width < len(text) else ""
    return f"{lead}{before}{' ' if before and text[start - 1].isspace() else ''}{marked}" + (
        f"{' ' if after and text[end : end + 1].isspace() else ''}{after}{tail}"
    )


def findings_text(found: dict[DraftField, list[Finding]], texts: dict[DraftField, str]) -> str:
    """The coach's findings, what each is about marked for cli.for_terminal."""
    blocks = []
    for field, findings in found.items():
        heading = "" if field is DraftField.ANY else f"{field.value.capitalize()}\n"
        if not texts[field].strip():
            continue
        if not findings:
            blocks.append(f"{heading}  Nothing to change: it owns the mistake plainly.")
            continue
        lines = []
        for finding in findings:
            where = (
                "  " + _excerpt(texts[field], finding.start, finding.end) + "\n"
                if finding.end > finding.start and finding.kind is not FindingKind.TOO_LONG
                else ""
            )
            tip = f"\n    Try: {finding.suggestion}" if finding.suggestion else ""
            lines.append(f"{where}    {finding.message}{tip}")
        blocks.append(heading + "\n".join(lines))
    return "\n\n".join(blocks) if blocks else "Nothing to check: the text is empty."


def findings_json(found: dict[DraftField, list[Finding]], texts: dict[DraftField, str]) -> str:
    return as_json(
        [
            {
                "field": field.value,
                "kind": finding.kind.value,
                "start": finding.start,
                "end": finding.end,
                "text": texts[field][finding.start : finding.end],
                "message": finding.message,
                "suggestion": finding.suggestion,
            }
            for field, findings in found.items()
            for finding in findings
        ]
    )
