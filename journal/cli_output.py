"""How the command line shows incidents, lists, search hits and patterns to a person."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from journal import formats
from journal.domain import Incident
from journal.figures import CompensationTotal, Patterns
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP, Translatable, translate
from journal.layout import Section, laid_out
from journal.listing import SearchHit
from journal.reports import DraftField, Finding, FindingKind
from journal.storage.search import MATCH_END, MATCH_START
from journal.terminal_width import fit
from journal.terminal_wrap import word_edges
from journal.words import category_word, untitled

# The user's control characters are escaped when printed (terminal.for_terminal): so many
# columns, and never an escape's own.
FACTS_WIDTH = 76
FOLLOW_THROUGH_WIDTH = 60  # of the step or offer named after what `done`/`delivered` did
STEP_DONE = QT_TRANSLATE_NOOP(
    "CommandLine", "Step {step} of incident {incident} is done, on {day}: {text}"
)
STEP_NOT_DONE = QT_TRANSLATE_NOOP(
    "CommandLine", "Step {step} of incident {incident} is not done: {text}"
)
DELIVERED = QT_TRANSLATE_NOOP(
    "CommandLine", "The compensation of incident {incident} is delivered, on {day}: {text}"
)
NOT_DELIVERED = QT_TRANSLATE_NOOP(
    "CommandLine", "The compensation of incident {incident} is not delivered: {text}"
)
# What `check --id` heads each part's findings with.
FIELD_HEADINGS = {
    DraftField.SUMMARY: QT_TRANSLATE_NOOP("CommandLine", "Summary"),
    DraftField.APOLOGY: QT_TRANSLATE_NOOP("CommandLine", "Apology"),
    DraftField.EMPATHY: QT_TRANSLATE_NOOP("CommandLine", "Empathy"),
    DraftField.FOLLOW_UP: QT_TRANSLATE_NOOP("CommandLine", "Follow-up message"),
}


class CommandLineFigures(Translatable):
    """The command line's figures that count incidents, with each language's plural forms."""

    def more_clients(self, count: int) -> str:
        return self.tr("… and %n more client(s)", "", count)

    def compensation(self, total: CompensationTotal) -> str:
        said = self.tr(
            "{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})",
            "",
            total.incidents,
        )
        return said.format(
            client=total.client,
            offered=money(total.total, total.currency),
            delivered=money(total.delivered, total.currency),
            delivered_count=total.delivered_incidents,
        )


FIGURES = CommandLineFigures()


def _mark(text: str) -> str:
    return f"{MATCH_START}{text}{MATCH_END}"


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
        return translate("CommandLine", "Nothing found. Try fewer or shorter words.")
    blocks = []
    for hit in hits:
        row = hit.row
        marked = "".join(_mark(part.text) if part.is_match else part.text for part in hit.snippet)
        written = day(row.occurred_on) if row.occurred_on else "—"
        blocks.append(
            f"{row.id:>6}  {written}  {row.client_name or '—'} — {row.title or untitled()}"
            + "\n        "
            + " ".join(marked.split())
        )
    return "\n".join(blocks)


def _block(heading: str, body: str) -> str:
    body = body.strip()
    return f"{heading}\n  " + body.replace("\n", "\n  ") + "\n" if body else ""


def _section_text(section: Section) -> str:
    lines = list(section.paragraphs)
    for number, entry in enumerate(section.entries, 1):
        text = f"{entry.text} ({entry.note})" if entry.note else entry.text
        if entry.late:
            text = translate("CommandLine", "{step} — overdue").format(step=text)
        if entry.answer:
            question = translate("CommandLine", "Q: {question}").format(question=text)
            answer = translate("CommandLine", "A: {answer}").format(answer=entry.answer)
            lines.append(f"{question}\n{answer}")
        else:
            lines.append(f"{number}. {text}" if section.numbered else f"- {text}")
    return _block(section.heading, "\n".join(lines))


def _title_unfinished(title: str, missing: tuple[str, ...]) -> str:
    """The title of a draft, saying what it still needs ("title", "client") to be saved whole."""
    if "title" in missing and "client" in missing:
        said = translate("CommandLine", "{title} (unfinished: no title and client yet)")
    elif "title" in missing:
        said = translate("CommandLine", "{title} (unfinished: no title yet)")
    elif "client" in missing:
        said = translate("CommandLine", "{title} (unfinished: no client yet)")
    else:
        return title
    return said.format(title=title)


def incident_text(incident: Incident, today: dt.date | None = None) -> str:
    layout = laid_out(incident, today or dt.date.today())
    head = [
        f"#{incident.id}  {_title_unfinished(layout.title, layout.missing)}",
        " · ".join(f"{label}: {text}" for label, text in layout.facts),
    ]
    return "\n".join(head) + "\n\n" + "".join(_section_text(s) for s in layout.sections)


def follow_through_text(incident: Incident, step_number: int | None) -> str:
    """What `amends done` (step `step_number`, 1 the first) or `delivered` (None) left the
    incident with, in one line."""
    if step_number is not None:
        step = incident.actions[step_number - 1]
        template = translate("CommandLine", STEP_NOT_DONE if step.done_on is None else STEP_DONE)
        day, text = step.done_on, step.text
    else:
        compensation = incident.compensation
        delivered = compensation.delivered_on is not None
        template = translate("CommandLine", DELIVERED if delivered else NOT_DELIVERED)
        day, text = compensation.delivered_on, compensation.offer
        if not text.strip() and compensation.value is not None:
            text = money(compensation.value, compensation.currency)
    shown = fit(text, FOLLOW_THROUGH_WIDTH).rstrip()
    return template.format(step=step_number, incident=incident.id, day=day, text=shown)


def _more(shown: int, total: int, more: str) -> list[str]:
    """The line saying how many a list left out, if any: `more` says it, with {count}."""
    return ["  " + more.format(count=formats.number(total - shown))] if total > shown else []


def patterns_text(found: Patterns) -> str:
    parts: list[str] = []
    if found.repeats:
        parts.append(translate("CommandLine", "Failed the same way with the same client:"))
        repeat = translate("CommandLine", "{count}× {category} with {client}, last on {day}")
        parts += [
            "  "
            + repeat.format(
                count=r.incidents,
                category=category_word(r.category),
                client=r.client,
                day=day(r.last_on) if r.last_on else "—",
            )
            for r in found.repeats
        ]
        more = translate("CommandLine", "… and {count} more (patterns --all)")
        parts += _more(len(found.repeats), found.repeats_total, more)
    if found.similar_causes:
        parts.append(
            translate("CommandLine", "Lately, the same cause in other words (same client):")
        )
        similar = translate(
            "CommandLine", "#{id} {title} — {client}: like {count} earlier ({categories})"
        )
        parts += [
            "  "
            + similar.format(
                id=s.incident_id,
                title=s.title,
                client=s.client,
                count=len(s.earlier_ids),
                categories=", ".join(map(category_word, s.categories)),
            )
            for s in found.similar_causes
        ]
    if found.root_causes:
        parts.append(translate("CommandLine", "Root causes you gave again and again:"))
        parts += [f"  {c.incidents:>5}  {' '.join(c.cause.split())}" for c in found.root_causes]
    tally = found.actions
    if any(tally):
        said = translate(
            "CommandLine",
            "Prevention steps: {on_time} done on time, {late} done late, {overdue} overdue, "
            "{open} not due yet.",
        )
        parts.append(
            said.format(
                on_time=tally.done_on_time,
                late=tally.done_late,
                overdue=tally.overdue,
                open=tally.open,
            )
        )
    if found.overdue_actions:
        parts.append(translate("CommandLine", "Prevention steps overdue:"))
        overdue = translate("CommandLine", "due {day}: {text} — {client}, #{id}")
        parts += [
            "  " + overdue.format(day=day(a.due_on), text=a.text, client=a.client, id=a.incident_id)
            for a in found.overdue_actions
        ]
        more = translate("CommandLine", "… and {count} more (patterns --all)")
        parts += _more(len(found.overdue_actions), found.overdue_total, more)
    if found.by_category:
        parts.append(translate("CommandLine", "By category:"))
        parts += [f"  {c.incidents:>5}  {category_word(c.label)}" for c in found.by_category]
    if found.by_client:
        parts.append(translate("CommandLine", "By client:"))
        parts += [f"  {c.incidents:>5}  {c.label}" for c in found.by_client]
        if found.clients_total > len(found.by_client):
            more = FIGURES.more_clients(found.clients_total - len(found.by_client))
            parts.append("  " + more)
    if found.by_month:
        parts.append(translate("CommandLine", "By month:"))
        by_month: dict[str, list[str]] = {}
        for entry in found.by_month_category:
            category = category_word(entry.category)
            by_month.setdefault(entry.month, []).append(f"{category} {entry.incidents}")
        parts += [
            f"  {c.label}  {c.incidents:>5}  ({', '.join(by_month.get(c.label, []))})"
            for c in found.by_month
        ]
    if found.compensation:
        parts.append(translate("CommandLine", "Compensation offered, and delivered:"))
        parts += ["  " + FIGURES.compensation(c) for c in found.compensation]
        more = translate("CommandLine", "… and {count} more")
        parts += _more(len(found.compensation), found.compensated_total, more)
    if not parts:
        return translate("CommandLine", "No incidents yet, so no patterns.")
    return "\n".join(parts)


def _excerpt(text: str, start: int, end: int, width: int = 36) -> str:
    """The marked words with about `width` characters each side, cut between words (Thai
    words too), never inside one or inside a letter and its marks."""
    low, high = max(start - width, 0), min(end + width, len(text))
    # Words are found in a wider stretch: Thai words at a stretch's cut ends are split wrong.
    wider_low, wider_high = max(low - width, 0), min(high + width, len(text))
    edges = [wider_low + edge for edge in word_edges(text[wider_low:wider_high])]
    first = min((edge for edge in edges if low <= edge <= start), default=start)
    last = max((edge for edge in edges if end <= edge <= high), default=end)
    before = " ".join(text[min(first, start) : start].split())
    after = " ".join(text[end : max(last, end)].split())
    marked = _mark(text[start:end])
    lead = "…" if first > 0 else ""
    tail = "…" if last < len(text) else ""
    return f"{lead}{before}{' ' if before and text[start - 1].isspace() else ''}{marked}" + (
        f"{' ' if after and text[end : end + 1].isspace() else ''}{after}{tail}"
    )


def findings_text(found: dict[DraftField, list[Finding]], texts: dict[DraftField, str]) -> str:
    """The coach's findings, what each is about marked for cli.for_terminal."""
    blocks = []
    for field, findings in found.items():
        heading = "" if field is DraftField.ANY else _field_heading(field) + "\n"
        if not texts[field].strip():
            continue
        if not findings:
            # A field of the call was also checked for the mistake named; a bare text was not.
            plainly = (
                translate("CommandLine", "Nothing to change: none of these words weakens it.")
                if field is DraftField.ANY
                else translate("CommandLine", "Nothing to change: it owns the mistake plainly.")
            )
            blocks.append(f"{heading}  {plainly}")
            continue
        lines = []
        for finding in findings:
            where = (
                "  " + _excerpt(texts[field], finding.start, finding.end) + "\n"
                if finding.end > finding.start and finding.kind is not FindingKind.TOO_LONG
                else ""
            )
            tip = ""
            if finding.suggestion:
                said = translate("CommandLine", "Try: {suggestion}")
                tip = "\n    " + said.format(suggestion=finding.suggestion)
            lines.append(f"{where}    {finding.message}{tip}")
        blocks.append(heading + "\n".join(lines))
    if not blocks:
        return translate("CommandLine", "Nothing to check: the text is empty.")
    return "\n\n".join(blocks)


def _field_heading(field: DraftField) -> str:
    heading = FIELD_HEADINGS.get(field)
    return translate("CommandLine", heading) if heading else field.value.capitalize()


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
