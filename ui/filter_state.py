"""The journal view's filter, kept between runs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from journal.days import parse_day as parse_day  # also read from here
from journal.domain import Severity, Status
from journal.listing import IncidentFilter, SortKey

TEXT_FIELDS = ("client", "category", "tag")


def filter_to_text(selection: IncidentFilter, label: str = "") -> str:
    """The filter as JSON, to keep in the journal between runs."""
    values: dict[str, Any] = selection._asdict()
    for key in ("occurred_from", "occurred_to"):
        values[key] = values[key] and values[key].isoformat()
    values["ids"] = None if selection.ids is None else list(selection.ids)
    values["label"] = label
    return json.dumps(values, ensure_ascii=False)


def filter_from_text(text: str | None) -> tuple[IncidentFilter, str]:
    """The filter kept by filter_to_text, and its label. A stored filter that is not what
    filter_to_text writes (edited, damaged) is no filter: Amends must always open."""
    try:
        values = json.loads(text or "{}")
        if not isinstance(values, dict):
            raise TypeError("not an object")
        label = values.pop("label", "")
        for key in TEXT_FIELDS:
            if not isinstance(values.get(key) or "", str):
                raise TypeError(key)
        for key in ("overdue", "descending", "unfinished"):
            if not isinstance(values.get(key, False), bool):
                raise TypeError(key)
        for key in TEXT_FIELDS:
            values[key] = values.get(key) or None
        for key in ("occurred_from", "occurred_to"):
            day = values.get(key) or None
            values[key] = None if day is None else dt.date.fromisoformat(day)
        severity, status = values.get("severity") or None, values.get("status") or None
        values["severity"] = None if severity is None else Severity(severity)
        values["status"] = None if status is None else Status(status)
        values["sort"] = SortKey(values.get("sort", SortKey.OCCURRED))
        ids = values.get("ids")
        if ids is not None and not all(type(i) is int for i in ids):
            raise TypeError("ids")
        values["ids"] = None if ids is None else tuple(ids)
        if not isinstance(label, str):
            raise TypeError("label")
        return IncidentFilter(**values), label
    except (ValueError, TypeError, AttributeError):
        return IncidentFilter(), ""
