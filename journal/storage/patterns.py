"""The pattern figures: where the user keeps failing, and what they still owe."""

from __future__ import annotations

import datetime as dt

from journal.domain import CompensationTotal, Count, OverdueAction, Patterns, Repeat
from journal.storage.connection import Database
from journal.storage.records import parse_date

_JOINED = (
    " FROM incident i JOIN client c ON c.id = i.client_id JOIN category k ON k.id = i.category_id"
)


def _counts(
    db: Database, label: str, group: str, where: str = "", order: str = ""
) -> tuple[Count, ...]:
    order = order or "count(*) DESC, 1"
    sql = f"SELECT {label}, count(*){_JOINED}{where} GROUP BY {group} ORDER BY {order}"
    return tuple(Count(str(name), count) for name, count in db.rows(sql))


def patterns(db: Database, today: dt.date) -> Patterns:
    repeats = tuple(
        Repeat(
            client=client,
            category=category,
            count=count,
            last_on=parse_date(last_on),
            incident_ids=tuple(int(i) for i in ids.split(",")),
        )
        for client, category, count, last_on, ids in db.rows(
            "SELECT c.name, k.name, count(*), max(i.occurred_on), group_concat(i.id)"
            f"{_JOINED} GROUP BY i.client_id, i.category_id HAVING count(*) > 1 "
            "ORDER BY count(*) DESC, max(i.occurred_on) DESC"
        )
    )
    overdue = tuple(
        OverdueAction(incident_id, title, client, text, dt.date.fromisoformat(due_on))
        for incident_id, title, client, text, due_on in db.rows(
            "SELECT a.incident_id, i.title, c.name, a.text, a.due_on FROM action a "
            "JOIN incident i ON i.id = a.incident_id JOIN client c ON c.id = i.client_id "
            "WHERE a.done_on IS NULL AND a.due_on < ? ORDER BY a.due_on, a.incident_id",
            (today.isoformat(),),
        )
    )
    compensation = tuple(
        CompensationTotal(client, currency, float(total), count)
        for client, currency, total, count in db.rows(
            "SELECT c.name, i.compensation_currency, sum(i.compensation_value), count(*)"
            f"{_JOINED} WHERE i.compensation_value IS NOT NULL "
            "GROUP BY i.client_id, i.compensation_currency ORDER BY c.name, 2"
        )
    )
    return Patterns(
        by_category=_counts(db, "k.name", "k.id"),
        by_client=_counts(db, "c.name", "c.id"),
        by_month=_counts(
            db, "substr(i.occurred_on, 1, 7)", "1", " WHERE i.occurred_on IS NOT NULL", "1"
        ),
        repeats=repeats,
        overdue_actions=overdue,
        compensation=compensation,
    )
