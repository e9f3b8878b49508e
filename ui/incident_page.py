"""One incident laid out to read, as HTML in which every user word is escaped text."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from journal.briefing.shorten import at_most
from journal.domain import Incident
from journal.i18n import current_language
from journal.layout import Entry, Section, laid_out

TITLE_SHOWN = 200  # characters of a title, at most, in the page's heading


def _text(value: str) -> str:
    """User text: escaped, newlines kept."""
    return escape(value.strip()).replace("\n", "<br>")


def _entry(entry: Entry, overdue_color: str) -> str:
    if entry.answer:
        return f"<li><b>{_text(entry.text)}</b><br>{_text(entry.answer)}</li>"
    line = ("✓ " if entry.done else "") + _text(entry.text)
    line += escape(f" — {entry.note}") if entry.note else ""
    if entry.late:  # a word as well as a colour, never the colour alone
        late = escape(QCoreApplication.translate("IncidentPage", "overdue"))
        line = f'<span style="color:{overdue_color}"><b>{late}</b> {line}</span>'
    return f"<li>{line}</li>"


def _section(section: Section, overdue_color: str) -> str:
    body = "".join(f"<p>{_text(paragraph)}</p>" for paragraph in section.paragraphs)
    if section.entries:
        items = "".join(_entry(entry, overdue_color) for entry in section.entries)
        body += f"<ol>{items}</ol>" if section.numbered else f"<ul>{items}</ul>"
    return f"<h3>{escape(section.heading)}</h3>{body}"


def _unfinished(missing: tuple[str, ...]) -> str:
    """What an unfinished draft still needs ("title", "client"), said above it."""
    if not missing:
        return ""
    if "title" in missing and "client" in missing:
        said = QCoreApplication.translate(
            "IncidentPage",
            "Unfinished: give it a title and a client in the worksheet (Enter opens it).",
        )
    elif "title" in missing:
        said = QCoreApplication.translate(
            "IncidentPage", "Unfinished: give it a title in the worksheet (Enter opens it)."
        )
    else:
        said = QCoreApplication.translate(
            "IncidentPage", "Unfinished: give it a client in the worksheet (Enter opens it)."
        )
    return f"<p>{_aside(escape(said))}</p>"


def _aside(html: str) -> str:
    """Words about the incident (a label, a note), set apart from the user's own: in italics,
    where the window's script has them (Thai and Bengali have none: a slanted copy is hard
    to read), else in the same type."""
    return html if current_language() in ("th", "bn") else f"<i>{html}</i>"


def incident_html(incident: Incident, today: dt.date, overdue_color: str = "#c62828") -> str:
    """The incident as the detail pane shows it: header, then each written section."""
    layout = laid_out(incident, today)
    unfinished = _unfinished(layout.missing)
    facts = "".join(
        f"<tr><td style='padding-right:12px'>{_aside(escape(label))}</td>"
        f"<td>{_text(text)}</td></tr>"
        for label, text in layout.facts
    )
    sections = "".join(_section(section, overdue_color) for section in layout.sections)
    # A heading, not the whole of a title pasted by mistake: the worksheet has all of it.
    title = at_most(layout.title, TITLE_SHOWN)[0]
    return f"<h2>{_text(title)}</h2>{unfinished}<table>{facts}</table>{sections}"
