"""One incident laid out to read, from its declared fields: the one layout that Markdown, the
journal's detail pane and `amends show` each write in their own form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from journal.domain import (
    INCIDENT_FIELDS,
    Action,
    Client,
    Incident,
    Question,
    unreadable_lines,
)
from journal.fields import Declared, Kind, Shown
from journal.follow_up import native_digits
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.words import FLAG_WORDS, category_word, choice_word, stage_word, untitled

UNREAD_HEADING = QT_TRANSLATE_NOOP("Layout", "Written where Amends could not read it")


@dataclass(frozen=True)
class Entry:
    """One item of a list: a why, a prevention step, a question with its answer."""

    text: str
    note: str = ""  # beside the text: a step's dates
    answer: str = ""  # under the text: a question's prepared answer
    late: bool = False  # a prevention step overdue (Action.overdue)
    done: bool = False


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    numbered: bool = False


@dataclass(frozen=True)
class Layout:
    title: str  # untitled() when there is none yet
    missing: tuple[str, ...]  # what an unfinished draft still needs: "title", "client"
    facts: tuple[tuple[str, str], ...]  # (label, text), the ones given
    sections: tuple[Section, ...]  # the ones with something in them


def _client(client: Client) -> str:
    return client.name + (f" ({client.company})" if client.company else "")


def _when(value: dt.datetime) -> str:
    """A day and a time as the reader's language writes the day: "Mar 4, 2026 10:00"."""
    return f"{day(value.date())} {value.strftime('%H:%M')}"


# How each kind of field reads as one line of text ("" when there is nothing to show).
_WORDS: dict[Kind, Callable[[Any], str]] = {
    Kind.LINE: str,
    Kind.TEXT: str,
    Kind.COACHED: str,
    Kind.CATEGORY: category_word,
    Kind.CHOICE: choice_word,
    Kind.FLAG: lambda flag: FLAG_WORDS[flag],
    Kind.DATE: lambda value: day(value) if value else "",
    Kind.DATETIME: lambda when: _when(when) if when else "",
    Kind.TAGS: ", ".join,
    Kind.CLIENT: _client,
}


def words(field: Declared, incident: Incident) -> str:
    """The field's value in `incident` as the user reads it."""
    if field.path == "status":  # said as the list says it
        return stage_word(incident.status, incident.unfinished)
    value = field.value_in(incident)
    if field.kind is Kind.AMOUNT:
        if value is None:
            return ""
        unit = next((f for f in INCIDENT_FIELDS if f.path == field.about.unit), None)
        return money(
            value, str(unit.value_in(incident)) if unit else "", native=native_digits(incident)
        )
    return _WORDS[field.kind](value).strip()


def step_entry(action: Action, today: dt.date) -> Entry:
    """A prevention step as an entry: its text, its dates beside it, late or done."""
    due = day(action.due_on) if action.due_on else ""
    done = day(action.done_on) if action.done_on else ""
    if due and done:
        note = translate("Layout", "due {due}, done {done}").format(due=due, done=done)
    elif due:
        note = translate("Layout", "due {due}").format(due=due)
    elif done:
        note = translate("Layout", "done {done}").format(done=done)
    else:
        note = ""
    return Entry(action.text, note, late=action.overdue(today), done=bool(done))


def _entries(field: Declared, incident: Incident, today: dt.date) -> tuple[Entry, ...]:
    items = field.value_in(incident)
    if field.kind is Kind.ACTIONS:
        return tuple(step_entry(action, today) for action in items)
    if field.kind is Kind.QUESTIONS:
        return tuple(Entry(q.question, answer=q.answer) for q in items if isinstance(q, Question))
    return tuple(Entry(item) for item in items if item.strip())


_DEFAULTS = {field.path: field.value_in(Incident()) for field in INCIDENT_FIELDS}


def laid_out(incident: Incident, today: dt.date) -> Layout:
    """The incident's title, facts and written sections, in the declared order."""
    facts: list[tuple[str, str]] = []
    sections: dict[str, Section] = {}
    for field in INCIDENT_FIELDS:
        label, shown = field.about.label, field.about.shown
        if shown is Shown.FACT and (text := words(field, incident)):
            facts.append((label, text))
        elif shown is Shown.FACT and field.kind is Kind.CLIENT:
            facts.append((label, "—"))  # an unfinished draft's, not named yet
        elif shown is Shown.SECTION and field.kind in (Kind.LINES, Kind.ACTIONS, Kind.QUESTIONS):
            # Prevention steps are numbered: `amends done ID STEP` names one by its number.
            numbered = field.kind in (Kind.LINES, Kind.ACTIONS)
            entries = _entries(field, incident, today)
            sections[field.path] = Section(label, entries=entries, numbered=numbered)
        elif shown is Shown.SECTION:
            text = words(field, incident)
            sections[field.path] = Section(label, paragraphs=(text,) if text else ())
        elif shown is Shown.WITH:
            host = sections[field.about.with_field]
            text = words(field, incident)
            given = host.paragraphs or field.value_in(incident) != _DEFAULTS[field.path]
            if text and given:
                line = f"{label}: {text}"
                sections[field.about.with_field] = replace(
                    host, paragraphs=(*host.paragraphs, line)
                )
    unread = tuple(Entry(line) for line in unreadable_lines(incident))
    written = [*sections.values(), Section(translate("Layout", UNREAD_HEADING), entries=unread)]
    missing = incident.missing
    return Layout(
        title=" ".join(incident.title.split()) or untitled(),
        missing=missing,
        facts=tuple(facts),
        sections=tuple(s for s in written if s.paragraphs or s.entries),
    )
