"""Checks and tidies a draft incident before it is stored."""

from __future__ import annotations

import dataclasses
import math
from typing import TypeVar

from journal.domain import FALLBACK_CATEGORY, Incident
from journal.errors import InvalidInput
from journal.storage.bulk import nocase

T = TypeVar("T")


def _without_nul(value: T) -> T:
    """The value with NUL characters removed from every text in it (SQLite cannot keep them
    intact); everything else the user wrote is kept exactly."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_without_nul(item) for item in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {
            field.name: _without_nul(getattr(value, field.name))
            for field in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changed)
    return value


def normalized(incident: Incident) -> Incident:
    """The draft as it will be stored: required fields checked, tags tidied, NULs removed."""
    incident = _without_nul(incident)
    title, name = incident.title.strip(), incident.client.name.strip()
    if not title:
        raise InvalidInput("Give the incident a title: a few words are enough.")
    if not name and incident.client.id is None:
        raise InvalidInput("Say which client this happened with.")
    value = incident.compensation.value
    if value is not None and not (math.isfinite(value) and value >= 0):
        raise InvalidInput("The compensation's value must be a number of 0 or more.")
    tags: dict[str, str] = {}
    for tag in incident.tags:
        tag = " ".join(tag.split())
        if tag:
            tags.setdefault(nocase(tag), tag)
    return dataclasses.replace(
        incident,
        title=title,
        client=dataclasses.replace(incident.client, name=name),
        category=" ".join(incident.category.split()) or FALLBACK_CATEGORY,
        tags=tuple(tags.values()),
    )
