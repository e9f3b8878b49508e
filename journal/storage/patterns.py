"""The pattern figures: where the user keeps failing, and what they still owe."""

from __future__ import annotations

import datetime as dt

from journal.domain import CompensationTotal, Count, OverdueAction, Patterns, Repeat
from journal.storage.connection import Database
from journal.storage.records import parse_date

# Each figure groups a narrow index of the incident table first and looks names up after:
# the rows themselves are wide, and scanning them is what would make this slow.


def _counts(db: Database, grouped: str, names: str) -> tuple[Count, ...]:
    sql = (
        f"SELECT n.name, g.count FROM ({grouped}) g JOIN {names} n ON n.id = g.key "
        "ORDER BY g.count DESC, n.name"
    )
    return tuple(Count(str(name), count) for name, count in db.rows(sql))


def patterns(db: Database, today: dt.date) -> Patterns:
    repeats = tuple(
        Repeat(
            client=client,
            category=category,
            incidents=count,
            last_on=parse_date(last_on),
            client_id=client_id,
            category_id=category_id,
        )
        for client, category, count, last_on, client_id, category_id in db.rows(
            "SELECT c.name, k.name, g.n, g.last_on, g.client_id, g.category_id FROM ("
            "  SELECT client_id, category_id, count(*) AS n, max(occurred_on) AS last_on"
            "  FROM incident"
            "  GROUP BY client_id, category_id HAVING count(*) > 1) g "
            "JOIN client c ON c.id = g.client_id JOIN category k ON k.id = g.category_id "
            "ORDER BY g.n DESC, g.last_on DESC, c.name"
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
            "SELECT c.name, g.currency, g.total, g.n FROM ("
            "  SELECT client_id, compensation_currency AS currency,"
            "         sum(compensation_value) AS total, count(*) AS n FROM incident"
            "  WHERE compensation_value IS NOT NULL GROUP BY client_id, compensation_currency) g "
            "JOIN client c ON c.id = g.client_id ORDER BY c.name, g.currency"
        )
    )
    months: dict[str, int] = {}
    for day, count in db.rows(  # per day walks the index in order; months are summed here
        "SELECT occurred_on, count(*) FROM incident WHERE occurred_on IS NOT NULL "
        "GROUP BY occurred_on ORDER BY occurred_on"
    ):
        months[day[:7]] = months.get(day[:7], 0) + count
    by_month = tuple(Count(month, count) for month, count in months.items())
    return Patterns(
        by_category=_counts(
            db,
            "SELECT category_id AS key, count(*) AS count FROM incident GROUP BY category_id",
            "category",
        ),
        by_client=_counts(
            db,
            "SELECT client_id AS key, count(*) AS count FROM incident GROUP BY client_id",
            "client",
        ),
        by_month=by_month,
        repeats=repeats,
        overdue_actions=overdue,
        compensation=compensation,
    )
