"""Checks and tidies a draft incident before it is stored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from typing import TypeVar

from journal.domain import FALLBACK_CATEGORY, Incident
from journal.errors import InvalidInput
from journal.i18n import translate
from journal.naming import name_key

T = TypeVar("T")
# What a journal cannot hold: NUL (SQLite's text functions and the search index stop at it)
# and a lone UTF-16 surrogate (not a character; no UTF-8 file can hold one, and pasting from
# some programs leaves one). NUL is dropped, a lone surrogate becomes U+FFFD.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
LARGEST_AMOUNT = Decimal(10) ** 15


def _storable_text(text: str) -> str:
    return _UNSTORABLE.sub(lambda found: "" if found.group() == "\x00" else "\ufffd", text)


def _storable(value: T) -> T:
    """The value with every text in it made storable; everything else kept exactly."""
    if isinstance(value, str):
        return _storable_text(value) if _UNSTORABLE.search(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_storable(item) for item in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {
            field.name: _storable(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changed)
    return value


def _checked_amount(value: Decimal | None) -> Decimal | None:
    if value is not None and not (value.is_finite() and 0 <= value < LARGEST_AMOUNT):
        raise InvalidInput(
            translate(
                "Drafts",
                "The compensation's value must be a number of 0 or more, "
                "below 1,000,000,000,000,000.",
            )
        )
    return value


def kept_in_utc(value: dt.datetime) -> bool:
    """Whether the journal can keep the date-time: it converts them to UTC (utc_text), which
    one near the year 1 or 9999 may not survive (naive ones are local time)."""
    try:
        value.astimezone(dt.UTC)
    except (OverflowError, ValueError, OSError):
        return False
    return True


def _check_date_times(incident: Incident) -> None:
    for field in dataclasses.fields(incident):
        value = getattr(incident, field.name)
        if isinstance(value, dt.datetime) and not kept_in_utc(value):
            raise InvalidInput(
                translate(
                    "Drafts",
                    "The date and time {when} is outside the years 1 to 9999 once in UTC, as "
                    "the journal keeps date-times; give one inside them.",
                ).format(when=value.isoformat())
            )


def normalized(incident: Incident) -> Incident:
    """The draft as it will be stored: names and tags tidied, empty list items dropped, every
    text storable. A draft without a title or a client is kept as it is, unfinished."""
    incident = _storable(incident)
    title, name = incident.title.strip(), incident.client.name.strip()
    _checked_amount(incident.compensation.value)
    _check_date_times(incident)
    tags: dict[str, str] = {}
    for tag in incident.tags:
        tag = " ".join(tag.split())
        if tag:
            tags.setdefault(name_key(tag), tag)
    return dataclasses.replace(
        incident,
        title=title,
        client=dataclasses.replace(incident.client, name=name),
        category=" ".join(incident.category.split()) or FALLBACK_CATEGORY,
        tags=tuple(tags.values()),
        whys=tuple(why for why in incident.whys if why.strip()),
        actions=tuple(action for action in incident.actions if action.text.strip()),
        questions=tuple(q for q in incident.questions if q.question.strip() or q.answer.strip()),
        unreadable=tuple(sorted((field, text) for field, text in incident.unreadable if text)),
    )
