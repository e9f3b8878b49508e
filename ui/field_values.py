"""How each worksheet field typed as text shows its part of an incident, and reads the text
back as a change to that part alone, keeping every character the user did not change. (Lists
of steps, questions and tags, and closed choices, have editors of their own.)"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import Any

from journal.domain import Incident
from journal.edits import UNREADABLE
from journal.fields import Kind
from ui.fields import READ, FieldSpec
from ui.readers import Reading, read_amount, read_date, read_datetime, show_amount, show_datetime

_LINE_END = re.compile("\r\n|\r|\n|\u2029")

_READERS: dict[str, Callable[[str, dt.date], Reading]] = dict(
    zip(READ, (read_date, read_datetime, lambda text, _: read_amount(text)), strict=True)
)
NEW = Incident()  # what a new incident's fields show


def value_in(incident: Incident, key: str) -> Any:
    value: Any = incident
    for part in key.split("."):
        value = getattr(value, part)
    return value


def text_of(spec: FieldSpec, incident: Incident | None, as_typed: bool = True) -> str:
    """The field's text for `incident` (None: a new one); what could not be read earlier is
    shown as it was typed, unless `as_typed` is False (then: the value the journal keeps)."""
    incident = incident or NEW
    unreadable = incident.unreadable_text(spec.key)
    if unreadable is not None and as_typed:
        return unreadable
    value: Any = incident.client.name if spec.holds is Kind.CLIENT else value_in(incident, spec.key)
    if spec.kind == "date":
        return value.isoformat() if value else ""
    if spec.kind == "datetime":
        return show_datetime(value)
    if spec.kind == "amount":
        return show_amount(value)
    if spec.kind == "lines":  # each item's line ends apart, so "a\r" + "\n" is not one CR LF
        return "\n".join(as_shown(item) for item in value)
    return str(value)


def read(
    spec: FieldSpec, text: str, base: Incident | None, today: dt.date
) -> tuple[dict[str, object], Reading]:
    """The change the field's text makes to the incident, and how the text was read."""
    if spec.kind in _READERS:
        reading = _READERS[spec.kind](text, today)
        if reading.problem:  # the stored value stays; what was typed is kept beside it
            return {UNREADABLE + spec.key: text}, reading
        return {spec.key: reading.value, UNREADABLE + spec.key: None}, reading
    original = value_in(base, spec.key) if base is not None else None
    if spec.kind == "lines":
        return {spec.key: _read_lines(text, original or ())}, Reading()
    if spec.kind in ("text", "coached") and isinstance(original, str):
        text = with_line_ends_of(original, text)
    return {spec.key: text}, Reading()


def as_shown(text: str) -> str:
    """The text as an editor shows it: every kind of line end (CR LF, CR, U+2029) a newline."""
    return _LINE_END.sub("\n", text)


def with_line_ends_of(original: str, edited: str) -> str:
    """The edited text with the line ends it came with (CR LF from a Windows import, a
    paragraph separator…) after every line the user did not change; a new line ends as most
    of the others did."""
    ends = _LINE_END.findall(original)
    if not ends or set(ends) == {"\n"}:
        return edited
    lines, now = _LINE_END.split(original), edited.split("\n")
    usual = max(set(ends), key=ends.count)
    after = [usual] * (len(now) - 1) + [""]
    for block in SequenceMatcher(a=lines, b=now, autojunk=False).get_matching_blocks():
        for offset in range(block.size):
            old, new = block.a + offset, block.b + offset
            if old < len(ends) and new < len(now) - 1:
                after[new] = ends[old]
    return "".join(line + end for line, end in zip(now, after, strict=True))


def _read_lines(text: str, originals: Sequence[str]) -> tuple[str, ...]:
    """The list the lines now say. An item whose lines are still there as they were shown is
    kept exactly (a why of several lines, one ending in a carriage return); other lines are
    read as new items, one a line."""
    lines = text.split("\n")
    shown = sorted(
        ((as_shown(item).split("\n"), item) for item in originals),
        key=lambda pair: -len(pair[0]),
    )
    items: list[str] = []
    used: set[int] = set()
    position = 0
    while position < len(lines):
        for number, (item_lines, item) in enumerate(shown):
            if number not in used and lines[position : position + len(item_lines)] == item_lines:
                items.append(item)
                used.add(number)
                position += len(item_lines)
                break
        else:
            if lines[position].strip():
                items.append(lines[position].strip())
            position += 1
    return tuple(items)
