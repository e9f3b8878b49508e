"""Export to CSV (one row an incident, for spreadsheets) and Markdown (to read or print)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from typing import IO, Any

from journal.domain import INCIDENT_FIELDS, Action, Incident, unreadable_lines
from journal.fields import Declared, Kind
from journal.i18n import translate
from journal.layout import Entry, Section, laid_out

_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def _columns(field: Declared) -> tuple[str, ...]:
    return ("client", "company") if field.kind is Kind.CLIENT else (field.column,)


CSV_COLUMNS = (
    "id",
    *(column for field in INCIDENT_FIELDS for column in _columns(field)),
    "unreadable",
    "created_at",
    "updated_at",
)


def _cell(value: object) -> str:
    """Text for one cell; a leading formula sign gets a quote so spreadsheets show, not run, it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    risky = text.startswith(_FORMULA_STARTS) or (text[:1] == "-" and text[1:2] not in ("", " "))
    return "'" + text if risky and not isinstance(value, (int, float)) else text


def _action_line(entry: Entry) -> str:
    return entry.text + (f" ({entry.note})" if entry.note else "")


def _action_cell(action: Action) -> str:
    """A prevention step as a CSV cell: its days as stored, in English whatever the window
    speaks, like every other cell (a program reads them)."""
    days = (("due", action.due_on), ("done", action.done_on))
    said = ", ".join(f"{word} {day.isoformat()}" for word, day in days if day)
    return action.text + (f" ({said})" if said else "")


# A spreadsheet cell's value for each kind that is not kept as it is. A choice is its stored
# value ("call_held"), not the words the window shows (journal.words): a CSV file is data,
# read by programs, and its values must not change when the words do.
_CELLS: dict[Kind, Callable[[Any], Any]] = {
    Kind.CHOICE: lambda choice: choice.value,
    Kind.LINES: "\n".join,
    Kind.TAGS: "; ".join,
    Kind.ACTIONS: lambda actions: "\n".join(_action_cell(action) for action in actions),
    Kind.QUESTIONS: lambda questions: "\n".join(
        f"Q: {q.question}\nA: {q.answer}" for q in questions
    ),
}


def _cells(field: Declared, incident: Incident) -> tuple[object, ...]:
    value = field.value_in(incident)
    if field.kind is Kind.CLIENT:
        return (value.name, value.company)
    return (_CELLS.get(field.kind, lambda same: same)(value),)


def write_csv(incidents: Iterable[Incident], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for incident in incidents:
        values = (
            incident.id,
            *(cell for field in INCIDENT_FIELDS for cell in _cells(field, incident)),
            "\n".join(unreadable_lines(incident)),
            incident.created_at,
            incident.updated_at,
        )
        writer.writerow([_cell(value) for value in values])
        count += 1
    return count


def _markdown_section(section: Section) -> str:
    items = []
    for number, entry in enumerate(section.entries, 1):
        mark = f"{number}." if section.numbered else "-"
        text = f"**{entry.text}**" if entry.answer else _action_line(entry)
        items.append(f"{mark} {text}" + (f"  \n  {entry.answer}" if entry.answer else ""))
    blocks = [*section.paragraphs, "\n".join(items)] if items else section.paragraphs
    return f"### {section.heading}\n\n" + "\n\n".join(blocks).strip() + "\n\n"


def write_markdown(incidents: Iterable[Incident], out: IO[str]) -> int:
    out.write("# " + translate("MarkdownExport", "Amends journal") + "\n\n")
    count = 0
    today = dt.date.today()
    for incident in incidents:
        count += 1
        layout = laid_out(incident, today)
        title = layout.title
        if layout.missing:
            title = translate("MarkdownExport", "{title} (unfinished)").format(title=title)
        out.write(f"## {title}\n\n")
        facts = (f"**{label}:** {text}" for label, text in layout.facts)
        out.write("  \n".join(facts) + "\n\n")
        out.write("".join(_markdown_section(section) for section in layout.sections))
        out.write("---\n\n")
    return count
