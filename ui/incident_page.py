"""One incident laid out to read, as HTML in which every user word is escaped text."""

from __future__ import annotations

import datetime as dt
from html import escape

from journal.domain import UNTITLED, Incident, format_money, unreadable_lines


def _text(value: str) -> str:
    """User text: escaped, newlines kept."""
    return escape(value.strip()).replace("\n", "<br>")


def _section(heading: str, body_html: str) -> str:
    return f"<h3>{escape(heading)}</h3>{body_html}" if body_html else ""


def _paragraph(value: str) -> str:
    return f"<p>{_text(value)}</p>" if value.strip() else ""


def _actions(incident: Incident, today: dt.date, overdue_color: str) -> str:
    items = []
    for action in incident.actions:
        late = action.done_on is None and action.due_on is not None and action.due_on < today
        when = f" — due {action.due_on.isoformat()}" if action.due_on else ""
        done = f" — done {action.done_on.isoformat()}" if action.done_on else ""
        mark = "✓ " if action.done_on else ""
        line = f"{mark}{_text(action.text)}{escape(when + done)}"
        if late:
            line = f'<span style="color:{overdue_color}"><b>overdue</b> {line}</span>'
        items.append(f"<li>{line}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _unread(incident: Incident) -> str:
    lines = "".join(f"<li>{_text(line)}</li>" for line in unreadable_lines(incident))
    return f"<ul>{lines}</ul>" if lines else ""


def incident_html(incident: Incident, today: dt.date, overdue_color: str = "#c62828") -> str:
    """The incident as the detail pane shows it: header, then each written section."""
    client = incident.client.name + (
        f" ({incident.client.company})" if incident.client.company else ""
    )
    facts = [
        client,
        incident.project,
        incident.occurred_on.isoformat() if incident.occurred_on else "",
        incident.category,
        f"{incident.severity.value} severity",
        incident.status.value.replace("_", " "),
    ]
    meta = " · ".join(escape(fact) for fact in facts if fact)
    tags = " ".join(f"#{escape(tag)}" for tag in incident.tags)
    whys = "".join(f"<li>{_text(why)}</li>" for why in incident.whys if why.strip())
    comp = incident.compensation
    offer = comp.offer.strip()
    if comp.value is not None:
        offer += f" ({format_money(comp.value)} {comp.currency})".replace(" )", ")")
    if comp.delivered_on:
        offer += f" — delivered {comp.delivered_on.isoformat()}"
    questions = "".join(
        f"<p><b>{_text(q.question)}</b><br>{_text(q.answer)}</p>" for q in incident.questions
    )
    outcome = incident.outcome
    after = [outcome.notes.strip()]
    if outcome.client_stayed is not None:
        after.append("The client stayed." if outcome.client_stayed else "The client left.")
    if outcome.advocate:
        after.append("They have recommended you since.")
    unfinished = (
        "<p><i>Unfinished: give it a "
        + " and a ".join(
            part
            for part, missing in (("title", not incident.title.strip()), ("client", not client))
            if missing
        )
        + " in the worksheet (Enter opens it).</i></p>"
        if incident.unfinished
        else ""
    )
    parts = [
        f"<h2>{_text(incident.title) or UNTITLED}</h2>",
        unfinished,
        f"<p>{meta}</p>",
        f"<p>{tags}</p>" if tags else "",
        _section("The two sentences", _paragraph(incident.summary)),
        _section("What happened", _paragraph(incident.what_happened)),
        _section("What it did to the client", _paragraph(incident.impact)),
        _section("Why", f"<ol>{whys}</ol>" if whys else ""),
        _section("Root cause", _paragraph(incident.root_cause)),
        _section("What was in my control", _paragraph(incident.ownership)),
        _section("What I am doing now", _paragraph(incident.fix)),
        _section("Why it won't happen again", _paragraph(incident.prevention)),
        _section("Prevention steps", _actions(incident, today, overdue_color)),
        _section("Making it right", _paragraph(offer) + _paragraph(incident.surprise)),
        _section("Apology", _paragraph(incident.apology)),
        _section("Empathy", _paragraph(incident.empathy)),
        _section("Likely questions", questions),
        _section("Afterwards", _paragraph(" ".join(a for a in after if a))),
        _section("Written where Amends could not read it", _unread(incident)),
    ]
    return "".join(parts)
