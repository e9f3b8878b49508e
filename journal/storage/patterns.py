"""The pattern figures: where the user keeps failing, and what they still owe."""

from __future__ import annotations

import datetime as dt

from journal.domain import CompensationTotal, Count, OverdueAction, Patterns, Repeat
from journal.storage.connection import Database
from journal.storage.records import parse_date

# Counts per client and category come from incident_group, which triggers keep; the other
# figures read narrow indexes of the incident table (its rows are wide, and scanning them is
# what would make this slow). SQLite sorts; Python only wraps the rows.

REPEATS = """
    SELECT c.name, k.name, g.incidents, g.last_on, g.client_id, g.category_id
    FROM incident_group g
    JOIN client c ON c.id = g.client_id JOIN category k ON k.id = g.category_id
    WHERE g.incidents > 1 ORDER BY g.incidents DESC, g.last_on DESC, c.name
"""
TOTALS = """
    SELECT n.name, t.incidents FROM
        (SELECT {key} AS id, sum(incidents) AS incidents FROM incident_group GROUP BY {key}) t
    JOIN {names} n ON n.id = t.id ORDER BY t.incidents DESC, n.name
"""
OVERDUE = """
    SELECT a.incident_id, i.title, c.name, a.text, a.due_on
    FROM action a JOIN incident i ON i.id = a.incident_id JOIN client c ON c.id = i.client_id
    WHERE a.done_on IS NULL AND a.due_on < ? ORDER BY a.due_on, a.incident_id
"""
COMPENSATION = """
    SELECT c.name, t.currency, t.total, t.incidents FROM
        (SELECT client_id, compensation_currency AS currency,
                sum(compensation_value) AS total, count(*) AS incidents
         FROM incident WHERE compensation_value IS NOT NULL
         GROUP BY client_id, compensation_currency) t
    JOIN client c ON c.id = t.client_id ORDER BY c.name, t.currency
"""
DAYS = """
    SELECT occurred_on, count(*) FROM incident WHERE occurred_on IS NOT NULL
    GROUP BY occurred_on ORDER BY occurred_on
"""


def patterns(db: Database, today: dt.date) -> Patterns:
    months: dict[str, int] = {}
    for day, count in db.rows(DAYS):  # per day walks the index in order; months summed here
        months[day[:7]] = months.get(day[:7], 0) + count
    return Patterns(
        by_category=tuple(
            Count(*row) for row in db.rows(TOTALS.format(key="category_id", names="category"))
        ),
        by_client=tuple(
            Count(*row) for row in db.rows(TOTALS.format(key="client_id", names="client"))
        ),
        by_month=tuple(Count(month, count) for month, count in months.items()),
        repeats=tuple(
            Repeat(client, category, count, parse_date(last), client_id, category_id)
            for client, category, count, last, client_id, category_id in db.rows(REPEATS)
        ),
        overdue_actions=tuple(
            OverdueAction(incident, title, client, text, dt.date.fromisoformat(due_on))
            for incident, title, client, text, due_on in db.rows(OVERDUE, (today.isoformat(),))
        ),
        compensation=tuple(CompensationTotal(*row) for row in db.rows(COMPENSATION)),
    )
