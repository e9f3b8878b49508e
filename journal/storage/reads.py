"""Reads the journal with plain sqlite3: fast to import, fast to run, domain objects out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from journal.domain import Action, Category, Client, Incident, Severity, Status
from journal.errors import NotFound
from journal.i18n import translate
from journal.listing import IncidentFilter, IncidentRow, SortKey
from journal.naming import name_key
from journal.storage.connection import Database
from journal.storage.records import (
    OVERDUE_INCIDENT_IDS,
    ROW_SELECT,
    UNFINISHED,
    incident_from_row,
    parse_date,
    row_from_tuple,
)

if TYPE_CHECKING:  # the Trash's report type is not needed to open and list a journal
    from journal.reports import TrashedIncident

_SEVERITY_ORDER = "CASE i.severity " + " ".join(
    f"WHEN '{severity.value}' THEN {rank}" for rank, severity in enumerate(Severity)
) + " END"  # fmt: skip
# By stage as the list shows it: the unfinished first, then the statuses in their order.
_STATUS_ORDER = f"CASE WHEN {UNFINISHED} THEN -1 ELSE CASE i.status " + " ".join(
    f"WHEN '{status.value}' THEN {rank}" for rank, status in enumerate(Status)
) + " END END"  # fmt: skip
SORT_COLUMNS = {
    SortKey.OCCURRED: "i.occurred_on",
    SortKey.UPDATED: "i.updated_at",
    SortKey.CREATED: "i.created_at",
    SortKey.TITLE: "i.title_key",  # names and titles sort by journal.naming.name_key
    SortKey.CLIENT: "c.name_key",
    SortKey.SEVERITY: _SEVERITY_ORDER,
    SortKey.CATEGORY: "k.name_key",
    SortKey.STATUS: _STATUS_ORDER,
    SortKey.OVERDUE: f"i.id IN ({OVERDUE_INCIDENT_IDS})",
}
# Sorting by a name needs the table it is in.
SORT_JOINS = {
    SortKey.CLIENT: " LEFT JOIN client c ON c.id = i.client_id",
    SortKey.CATEGORY: " JOIN category k ON k.id = i.category_id",
}


def filter_sql(selection: IncidentFilter, today: dt.date) -> tuple[str, list[Any]]:
    """WHERE clauses over `incident i` alone (no joins, so indexes serve them), and parameters.
    Clients, categories and tags are found by name_key."""
    clauses: list[str] = []
    params: list[Any] = []
    simple = (
        ("i.client_id IN (SELECT id FROM client WHERE name_key = ?)", _key(selection.client)),
        (
            "i.category_id IN (SELECT id FROM category WHERE name_key = ?)",
            _key(selection.category),
        ),
        ("i.severity = ?", selection.severity and selection.severity.value),
        ("i.status = ?", selection.status and selection.status.value),
        ("i.occurred_on >= ?", selection.occurred_from and selection.occurred_from.isoformat()),
        ("i.occurred_on <= ?", selection.occurred_to and selection.occurred_to.isoformat()),
    )
    for clause, value in simple:
        if value:
            clauses.append(clause)
            params.append(value)
    if selection.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM incident_tag it JOIN tag t ON t.id = it.tag_id "
            "WHERE it.incident_id = i.id AND t.name_key = ?)"
        )
        params.append(name_key(selection.tag))
    # A stage is what the list says: an unfinished draft is "unfinished", whatever its status.
    if selection.unfinished:
        clauses.append(UNFINISHED)
    elif selection.status:
        clauses.append(f"NOT {UNFINISHED}")
    if selection.overdue:
        clauses.append(f"i.id IN ({OVERDUE_INCIDENT_IDS})")
        params.append(today.isoformat())
    if selection.ids is not None:
        clauses.append("i.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(selection.ids)))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _key(name: str | None) -> str | None:
    return name and name_key(name)


def order_sql(selection: IncidentFilter) -> str:
    """The ORDER BY clause; sorting by overdue steps takes today's date as a parameter."""
    direction = "DESC" if selection.descending else "ASC"
    return f" ORDER BY {SORT_COLUMNS[selection.sort]} {direction}, i.id {direction}"


def list_ids(
    db: Database, selection: IncidentFilter, today: dt.date, limit: int | None = None
) -> list[int]:
    where, params = filter_sql(selection, today)
    joined = SORT_JOINS.get(selection.sort, "")
    sql = "SELECT i.id FROM incident i" + joined + where + order_sql(selection)
    if selection.sort is SortKey.OVERDUE:
        params.append(today.isoformat())
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.rows(sql, params)]


def count_ids(db: Database, selection: IncidentFilter, today: dt.date) -> int:
    where, params = filter_sql(selection, today)
    return int(db.rows("SELECT count(*) FROM incident i" + where, params)[0][0])


def rows_for(db: Database, ids: Sequence[int], today: dt.date) -> list[IncidentRow]:
    """Table rows for the given ids, in the order given; ids that are gone are skipped."""
    found: dict[int, IncidentRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        sql = f"{ROW_SELECT} WHERE i.id IN ({marks})"
        for values in db.rows(sql, [today.isoformat(), *chunk]):
            found[values[0]] = row_from_tuple(values)
    return [found[i] for i in ids if i in found]


NO_CLIENT = Client("")  # an unfinished draft's, until the user names one


def _client(row: Any) -> Client:
    return Client(id=row[0], name=row[1], company=row[2], email=row[3], notes=row[4])


LARGEST_ID = 2**63 - 1  # SQLite's largest integer: no incident has a larger number


def get_incidents(db: Database, ids: Sequence[int]) -> list[Incident]:
    """Whole incidents for the given ids, in that order; ids that are gone are skipped."""
    ids = [i for i in ids if i <= LARGEST_ID]
    marks = ",".join("?" * len(ids))
    incidents = db.records(
        "SELECT i.*, k.name AS category_name FROM incident i "
        f"JOIN category k ON k.id = i.category_id WHERE i.id IN ({marks})",
        list(ids),
    )
    client_ids = sorted({row["client_id"] for row in incidents} - {None})
    clients = {
        row[0]: _client(row)
        for row in db.rows(
            "SELECT id, name, company, email, notes FROM client "
            f"WHERE id IN ({','.join('?' * len(client_ids))})",
            client_ids,
        )
    }
    tags: dict[int, list[str]] = {}
    for incident_id, name in db.rows(
        "SELECT it.incident_id, t.name FROM incident_tag it JOIN tag t ON t.id = it.tag_id "
        f"WHERE it.incident_id IN ({marks}) ORDER BY it.incident_id, it.position",
        list(ids),
    ):
        tags.setdefault(incident_id, []).append(name)
    actions: dict[int, list[Action]] = {}
    for incident_id, text, due, done in db.rows(
        "SELECT incident_id, text, due_on, done_on FROM action "
        f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position",
        list(ids),
    ):
        actions.setdefault(incident_id, []).append(Action(text, parse_date(due), parse_date(done)))
    built = {
        row["id"]: incident_from_row(
            row,
            clients.get(row["client_id"], NO_CLIENT),
            tuple(tags.get(row["id"], ())),
            tuple(actions.get(row["id"], ())),
        )
        for row in incidents
    }
    return [built[i] for i in ids if i in built]


def get_incident(db: Database, incident_id: int) -> Incident:
    found = get_incidents(db, [incident_id])
    if not found:
        said = translate("JournalErrors", "There is no incident {id}.")
        raise NotFound(said.format(id=incident_id))
    return found[0]


def iter_incidents(db: Database, batch: int = 500) -> Iterator[Incident]:
    """Every incident in id order, a batch at a time (for export)."""
    ids = [row[0] for row in db.rows("SELECT id FROM incident ORDER BY id")]
    for start in range(0, len(ids), batch):
        yield from get_incidents(db, ids[start : start + batch])


def clients(db: Database) -> list[Client]:
    rows = db.rows("SELECT id, name, company, email, notes FROM client ORDER BY name_key")
    return [_client(row) for row in rows]


def client_names(db: Database) -> list[str]:
    return [row[0] for row in db.rows("SELECT name FROM client ORDER BY name_key")]


def categories(db: Database) -> list[Category]:
    rows = db.rows(
        "SELECT k.id, k.name, count(i.id) FROM category k "
        "LEFT JOIN incident i ON i.category_id = k.id GROUP BY k.id ORDER BY k.position, k.id"
    )
    return [Category(id=row[0], name=row[1], incident_count=row[2]) for row in rows]


def get_setting(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    return None if value is None else str(value)


def used_tags(db: Database) -> list[str]:
    """The tags some incident has, by name_key."""
    rows = db.rows(
        "SELECT name FROM tag WHERE id IN (SELECT tag_id FROM incident_tag) ORDER BY name_key"
    )
    return [row[0] for row in rows]


def trashed(db: Database) -> list[TrashedIncident]:
    """The incidents in the Trash, the most recently deleted first."""
    from journal.reports import TrashedIncident

    rows = db.rows("SELECT id, title, client, deleted_at FROM trash ORDER BY deleted_at DESC, id")
    return [
        TrashedIncident(id_, title, client, dt.datetime.fromisoformat(deleted))
        for id_, title, client, deleted in rows
    ]
