"""The pattern figures: where the user keeps failing, and what they still owe."""

from __future__ import annotations

import datetime as dt

from journal.figures import (
    ActionTally,
    CompensationTotal,
    Count,
    MonthCount,
    OverdueAction,
    Patterns,
    Repeat,
)
from journal.storage import causes
from journal.storage.connection import Database
from journal.storage.records import OVERDUE_STEP, parse_date

# Counts per client and category come from incident_group, which triggers keep; the other
# figures read narrow indexes of the incident table (its rows are wide, and scanning them is
# what would make this slow). Each list is ranked and cut before any name is looked up.

REPEATS = """
    SELECT c.name, k.name, g.incidents, g.last_on, g.client_id, g.category_id FROM
        (SELECT * FROM incident_group WHERE incidents > 1
         ORDER BY incidents DESC, last_on DESC, client_id, category_id LIMIT ?) g
    JOIN client c ON c.id = g.client_id JOIN category k ON k.id = g.category_id
    ORDER BY g.incidents DESC, g.last_on DESC, g.client_id, g.category_id
"""
TOTALS = """
    SELECT n.name, t.incidents FROM
        (SELECT {key} AS id, sum(incidents) AS incidents FROM incident_group GROUP BY {key}
         ORDER BY incidents DESC, id LIMIT ?) t
    JOIN {names} n ON n.id = t.id ORDER BY t.incidents DESC, t.id
"""
OVERDUE = f"""
    SELECT a.incident_id, i.title, c.name, a.text, a.due_on FROM
        (SELECT incident_id, text, due_on FROM action WHERE {OVERDUE_STEP}
         ORDER BY due_on, incident_id, position LIMIT ?) a
    JOIN incident i ON i.id = a.incident_id JOIN client c ON c.id = i.client_id
    ORDER BY a.due_on, a.incident_id
"""
COMPENSATION = """
    SELECT c.name, t.currency, t.total, t.incidents, t.delivered, t.delivered_incidents FROM
        (SELECT client_id, compensation_currency AS currency,
                sum(compensation_value) AS total, count(*) AS incidents,
                total(CASE WHEN compensation_delivered_on IS NOT NULL
                           THEN compensation_value END) AS delivered,
                count(compensation_delivered_on) AS delivered_incidents
         FROM incident WHERE compensation_value IS NOT NULL
         GROUP BY client_id, compensation_currency
         ORDER BY incidents DESC, total DESC, client_id LIMIT ?) t
    JOIN client c ON c.id = t.client_id ORDER BY t.incidents DESC, t.total DESC, t.client_id
"""
DAYS = """
    SELECT occurred_on, category_id, count(*) FROM incident WHERE occurred_on IS NOT NULL
    GROUP BY occurred_on, category_id
"""
# Not done: overdue, or else open (not due yet, or no due date).
ACTIONS = f"""
    SELECT total(done_on IS NOT NULL AND (due_on IS NULL OR done_on <= due_on)),
           total(done_on IS NOT NULL AND done_on > due_on),
           total({OVERDUE_STEP}),
           total(done_on IS NULL) - total({OVERDUE_STEP})
    FROM action
"""
TOTAL_COUNTS = f"""
    SELECT (SELECT count(DISTINCT client_id) FROM incident_group),
           (SELECT count(*) FROM incident_group WHERE incidents > 1),
           (SELECT count(*) FROM action WHERE {OVERDUE_STEP}),
           (SELECT count(*) FROM (SELECT 1 FROM incident WHERE compensation_value IS NOT NULL
                                  GROUP BY client_id, compensation_currency))
"""


def _months_by_category(db: Database) -> tuple[MonthCount, ...]:
    """Per day and category walks an index in order; months are summed here."""
    names, keys = {}, {}
    for category_id, name, key in db.rows("SELECT id, name, name_key FROM category"):
        names[category_id], keys[category_id] = name, key
    counts: dict[tuple[str, int], int] = {}
    for day, category_id, count in db.rows(DAYS):
        key = (day[:7], category_id)
        counts[key] = counts.get(key, 0) + count
    # ties in a month by name, as names sort everywhere (journal.naming)
    ranked = sorted(counts.items(), key=lambda item: (item[0][0], -item[1], keys[item[0][1]]))
    return tuple(MonthCount(month, names[category], n) for (month, category), n in ranked)


def patterns(db: Database, today: dt.date, limit: int | None) -> Patterns:
    """The figures, all read from one snapshot: a save from another connection between two
    of the queries would otherwise leave totals that disagree with their lists."""
    with db.snapshot():
        return _patterns(db, today, limit)


def _patterns(db: Database, today: dt.date, limit: int | None) -> Patterns:
    cap = -1 if limit is None else limit  # LIMIT -1 is no limit in SQLite
    day = today.isoformat()
    month_category = _months_by_category(db)
    months: dict[str, int] = {}
    for entry in month_category:
        months[entry.month] = months.get(entry.month, 0) + entry.incidents
    clients, repeats, overdue, compensated = db.rows(TOTAL_COUNTS, (day,))[0]
    return Patterns(
        by_category=tuple(
            Count(*row)
            for row in db.rows(TOTALS.format(key="category_id", names="category"), (-1,))
        ),
        by_client=tuple(
            Count(*row) for row in db.rows(TOTALS.format(key="client_id", names="client"), (cap,))
        ),
        by_month=tuple(Count(month, count) for month, count in months.items()),
        repeats=tuple(
            Repeat(client, category, count, parse_date(last), client_id, category_id)
            for client, category, count, last, client_id, category_id in db.rows(REPEATS, (cap,))
        ),
        overdue_actions=tuple(
            OverdueAction(incident, title, client, text, dt.date.fromisoformat(due_on))
            for incident, title, client, text, due_on in db.rows(OVERDUE, (day, cap))
        ),
        compensation=tuple(CompensationTotal(*row) for row in db.rows(COMPENSATION, (cap,))),
        clients_total=clients,
        repeats_total=repeats,
        overdue_total=overdue,
        compensated_total=compensated,
        by_month_category=month_category,
        root_causes=causes.root_causes(db, cap),
        similar_causes=causes.similar_causes(db),
        actions=ActionTally(*(int(n) for n in db.rows(ACTIONS, (day, day))[0])),
    )
