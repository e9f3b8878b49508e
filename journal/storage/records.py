"""Converts between domain objects and the journal's column values (ISO text, JSON lists)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from decimal import Decimal

from journal.domain import INCIDENT_FIELDS, Action, Client, Incident, Question, Severity, Status
from journal.fields import Declared, Kind, built
from journal.listing import IncidentRow


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


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# How each kind of field kept in a column of the incident table is written there and read back;
# the kinds kept in tables of their own (client, category, tags, actions) are not here.
_TO_COLUMN: dict[Kind, Callable[[Any], Any]] = {
    Kind.LINE: str,
    Kind.TEXT: str,
    Kind.COACHED: str,
    Kind.CHOICE: lambda choice: choice.value,
    Kind.FLAG: lambda flag: flag,
    Kind.DATE: date_text,
    Kind.DATETIME: lambda value: None if value is None else value.isoformat(),
    Kind.AMOUNT: amount_text,
    Kind.LINES: lambda items: _json(list(items)),
    Kind.QUESTIONS: lambda items: _json([[q.question, q.answer] for q in items]),
}
_FROM_COLUMN: dict[Kind, Callable[[Declared, Any], Any]] = {
    Kind.LINE: lambda _, text: text,
    Kind.TEXT: lambda _, text: text,
    Kind.COACHED: lambda _, text: text,
    Kind.CHOICE: lambda field, value: field.about.choices(value),  # type: ignore[misc]
    Kind.FLAG: lambda _, flag: None if flag is None else bool(flag),
    Kind.DATE: lambda _, text: parse_date(text),
    Kind.DATETIME: lambda _, text: parse_datetime(text),
    Kind.AMOUNT: lambda _, text: parse_amount(text),
    Kind.LINES: lambda _, text: tuple(json.loads(text)),
    Kind.QUESTIONS: lambda _, text: tuple(Question(q, a) for q, a in json.loads(text)),
}
# The incident's fields kept in a column of the incident table, in declaration order.
IN_COLUMNS = tuple(field for field in INCIDENT_FIELDS if field.kind in _TO_COLUMN)


# Each column's name, how to find its value in an incident, and how it is kept: made once,
# as an import writes a hundred thousand incidents through here.
_WRITTEN = tuple((f.column, attrgetter(f.path), _TO_COLUMN[f.kind]) for f in IN_COLUMNS)


def incident_columns(incident: Incident) -> dict[str, Any]:
    """The incident table's values for `incident`, except ids and timestamps."""
    columns = {column: keep(value_of(incident)) for column, value_of, keep in _WRITTEN}
    columns["unreadable"] = json.dumps(
        dict(incident.unreadable), ensure_ascii=False, sort_keys=True
    )
    return columns


def incident_from_row(
    row: sqlite3.Row, client: Client, tags: tuple[str, ...], actions: tuple[Action, ...]
) -> Incident:
    """Build an Incident from a `SELECT incident.*, category.name AS category_name` row."""
    values = {f.path: _FROM_COLUMN[f.kind](f, row[f.column]) for f in IN_COLUMNS}
    values.update(
        id=row["id"],
        client=client,
        category=row["category_name"],
        tags=tags,
        actions=actions,
        unreadable=tuple(sorted(json.loads(row["unreadable"]).items())),
        created_at=parse_datetime(row["created_at"]),
        updated_at=parse_datetime(row["updated_at"]),
    )
    return built(Incident, values)


def overdue_step(alias: str = "") -> str:
    """journal.domain.Action.overdue in SQL, over an `action` row (its columns after `alias`,
    e.g. "a."); today's ISO date is its one parameter. It is true, or else false or NULL
    (no due date), which WHERE, EXISTS and total() take as false alike; its plain columns let
    the partial index ix_action_open serve it. Every query that shows or counts overdue steps
    uses it, so they all agree."""
    return f"({alias}done_on IS NULL AND {alias}due_on < ?)"


OVERDUE_STEP = overdue_step()
# Incident.unfinished over an `incident i` row: no title or no client yet (titles are kept
# stripped, drafts.normalized). The list's rows, its filter and its sort all read this.
UNFINISHED = "(i.title = '' OR i.client_id IS NULL)"
# The incidents with a step overdue; today's ISO date is its one parameter.
OVERDUE_INCIDENT_IDS = f"SELECT incident_id FROM action WHERE {OVERDUE_STEP}"

ROW_SELECT = """
    SELECT i.id, i.title, i.client_id, coalesce(c.name, ''), i.project, i.occurred_on, i.severity,
           k.name, i.status, i.updated_at,
           (SELECT group_concat(t.name, char(31)) FROM
              (SELECT t.name FROM incident_tag it JOIN tag t ON t.id = it.tag_id
               WHERE it.incident_id = i.id ORDER BY it.position) AS t),
           EXISTS (SELECT 1 FROM action a WHERE a.incident_id = i.id
                   AND {overdue}),
           {unfinished}
    FROM incident i LEFT JOIN client c ON c.id = i.client_id
    JOIN category k ON k.id = i.category_id
""".format(overdue=overdue_step("a."), unfinished=UNFINISHED)


def row_from_tuple(values: tuple[Any, ...]) -> IncidentRow:
    """An IncidentRow from the columns of ROW_SELECT, in order."""
    (id_, title, client_id, client, project, occurred, severity, category, status, updated,
     tags, overdue, unfinished) = values  # fmt: skip
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
        unfinished=bool(unfinished),
    )
