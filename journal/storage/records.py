"""Converts between domain objects and the journal's column values (ISO text, JSON lists)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from decimal import Decimal

from journal.domain import (
    Action,
    Client,
    Compensation,
    FixStatus,
    Incident,
    IncidentRow,
    Outcome,
    Question,
    Severity,
    Status,
)

# The incident table's columns that map one-to-one onto Incident fields of the same name.
PLAIN_TEXT = (
    "title", "project", "what_happened", "impact", "root_cause", "ownership", "fix",
    "prevention", "surprise", "summary", "apology", "empathy",
)  # fmt: skip


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def parse_datetime(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def amount_text(value: Decimal | None) -> str | None:
    """An amount as the journal keeps it: decimal text, every digit as written, no exponent."""
    return None if value is None else format(value, "f")


def parse_amount(value: str | None) -> Decimal | None:
    from decimal import Decimal  # only when a whole incident is read

    return None if value is None else Decimal(value)


def utc_text(value: dt.datetime) -> str:
    """Date-times in the journal are UTC text, so they sort as text; naive ones are local."""
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def incident_columns(incident: Incident) -> dict[str, Any]:
    """The incident table's values for `incident`, except ids and timestamps."""
    columns: dict[str, Any] = {name: getattr(incident, name) for name in PLAIN_TEXT}
    compensation, outcome = incident.compensation, incident.outcome
    columns.update(
        occurred_on=date_text(incident.occurred_on),
        severity=incident.severity.value,
        whys=json.dumps(list(incident.whys), ensure_ascii=False),
        fix_status=incident.fix_status.value,
        compensation_offer=compensation.offer,
        compensation_value=amount_text(compensation.value),
        compensation_currency=compensation.currency,
        compensation_delivered_on=date_text(compensation.delivered_on),
        questions=json.dumps(
            [[q.question, q.answer] for q in incident.questions], ensure_ascii=False
        ),
        call_at=None if incident.call_at is None else incident.call_at.isoformat(),
        status=incident.status.value,
        outcome_notes=outcome.notes,
        client_stayed=outcome.client_stayed,
        advocate=outcome.advocate,
        unreadable=json.dumps(dict(incident.unreadable), ensure_ascii=False, sort_keys=True),
    )
    return columns


def _optional_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def incident_from_row(
    row: sqlite3.Row, client: Client, tags: tuple[str, ...], actions: tuple[Action, ...]
) -> Incident:
    """Build an Incident from a `SELECT incident.*, category.name AS category_name` row."""
    return Incident(
        id=row["id"],
        client=client,
        **{name: row[name] for name in PLAIN_TEXT},
        occurred_on=parse_date(row["occurred_on"]),
        severity=Severity(row["severity"]),
        category=row["category_name"],
        tags=tags,
        whys=tuple(json.loads(row["whys"])),
        fix_status=FixStatus(row["fix_status"]),
        actions=actions,
        compensation=Compensation(
            offer=row["compensation_offer"],
            value=parse_amount(row["compensation_value"]),
            currency=row["compensation_currency"],
            delivered_on=parse_date(row["compensation_delivered_on"]),
        ),
        questions=tuple(Question(q, a) for q, a in json.loads(row["questions"])),
        call_at=parse_datetime(row["call_at"]),
        status=Status(row["status"]),
        outcome=Outcome(
            notes=row["outcome_notes"],
            client_stayed=_optional_bool(row["client_stayed"]),
            advocate=_optional_bool(row["advocate"]),
        ),
        unreadable=tuple(sorted(json.loads(row["unreadable"]).items())),
        created_at=parse_datetime(row["created_at"]),
        updated_at=parse_datetime(row["updated_at"]),
    )


ROW_SELECT = """
    SELECT i.id, i.title, i.client_id, coalesce(c.name, ''), i.project, i.occurred_on, i.severity,
           k.name, i.status, i.updated_at,
           (SELECT group_concat(t.name, char(31)) FROM
              (SELECT t.name FROM incident_tag it JOIN tag t ON t.id = it.tag_id
               WHERE it.incident_id = i.id ORDER BY it.position) AS t),
           EXISTS (SELECT 1 FROM action a WHERE a.incident_id = i.id
                   AND a.done_on IS NULL AND a.due_on < ?)
    FROM incident i LEFT JOIN client c ON c.id = i.client_id
    JOIN category k ON k.id = i.category_id
"""


def row_from_tuple(values: tuple[Any, ...]) -> IncidentRow:
    """An IncidentRow from the columns of ROW_SELECT, in order."""
    (id_, title, client_id, client, project, occurred, severity, category, status, updated,
     tags, overdue) = values  # fmt: skip
    return IncidentRow(
        id=id_,
        title=title,
        client_id=client_id,
        client_name=client,
        project=project,
        occurred_on=parse_date(occurred),
        severity=Severity(severity),
        category=category,
        status=Status(status),
        tags=tuple(tags.split("\x1f")) if tags else (),
        updated_at=dt.datetime.fromisoformat(updated),
        overdue=bool(overdue),
    )
