"""Applies what the user changed, field by field, to an incident as it is stored now."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from journal.domain import Client, Incident

UNREADABLE = "unreadable."  # "unreadable.call_at": what was typed there, or None once read


def with_changes(incident: Incident, changes: Mapping[str, Any]) -> Incident:
    """`incident` with each changed field set and nothing else touched. Keys are the
    incident's field names, "part.field" inside compensation and outcome, "client" for the
    client's name, and "unreadable.NAME" for what could not be read in the field NAME."""
    unreadable = dict(incident.unreadable)
    for path, value in changes.items():
        if path.startswith(UNREADABLE):
            name = path.removeprefix(UNREADABLE)
            if value:
                unreadable[name] = value
            else:
                unreadable.pop(name, None)
        elif path == "client":
            same = value == incident.client.name
            incident = dataclasses.replace(
                incident, client=incident.client if same else Client(value)
            )
        elif "." in path:
            part, name = path.split(".", 1)
            inner = dataclasses.replace(getattr(incident, part), **{name: value})
            incident = dataclasses.replace(incident, **{part: inner})
        else:
            incident = dataclasses.replace(incident, **{path: value})
    return dataclasses.replace(incident, unreadable=tuple(sorted(unreadable.items())))
