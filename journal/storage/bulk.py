"""Imports many incidents in one transaction with executemany: all of them, or none."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence

from journal.domain import Client, Incident
from journal.naming import name_key
from journal.storage import search
from journal.storage.records import incident_columns, now_text, utc_text
from journal.storage.writes import CLIENT_DETAILS, fill_in_client

Progress = Callable[[int, int], None]  # incidents written, of all; may raise Cancelled
BATCH = 2000


class _Names:
    """Ids of a name table (client, category, tag) by name_key, creating rows for new names
    on demand."""

    def __init__(self, connection: sqlite3.Connection, table: str) -> None:
        self.connection, self.table = connection, table
        self.ids = dict(connection.execute(f"SELECT name_key, id FROM {table}"))
        self.created = False

    def id_for(self, name: str, extra: Mapping[str, object] | None = None) -> int:
        key = name_key(name)
        found = self.ids.get(key)
        if found is None:
            columns = {"name": name, "name_key": key, **(extra or {})}
            marks = ",".join("?" * len(columns))
            cursor = self.connection.execute(
                f"INSERT INTO {self.table} ({','.join(columns)}) VALUES ({marks})",
                list(columns.values()),
            )
            found = self.ids[key] = int(cursor.lastrowid or 0)
            self.created = True
        return found


class _Clients(_Names):
    """Clients by name; details of an existing client are filled in where still empty."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        super().__init__(connection, "client")
        rows = connection.execute(f"SELECT id, {', '.join(CLIENT_DETAILS)} FROM client")
        self.details = {row[0]: dict(zip(CLIENT_DETAILS, row[1:], strict=True)) for row in rows}
        self.filled: set[int] = set()

    def id_for_client(self, client: Client) -> int | None:
        if not client.name:
            return None  # an unfinished draft, kept before it names its client
        given = {field: getattr(client, field) for field in CLIENT_DETAILS}
        client_id = self.id_for(client.name, given)
        known = self.details.setdefault(client_id, given)
        filled = fill_in_client(self.connection, client_id, client, list(known.values()))
        if filled:
            known.update(filled)
            self.filled.add(client_id)
        return client_id


def next_free_id(connection: sqlite3.Connection) -> int:
    """The number the next new incident gets: never one an incident had before, even one
    deleted since (AUTOINCREMENT remembers the highest)."""
    used = connection.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incident'), 0), "
        "coalesce((SELECT max(id) FROM incident), 0), coalesce((SELECT max(id) FROM trash), 0))"
    ).fetchone()[0]
    return int(used) + 1


def keep_numbers_used(connection: sqlite3.Connection, highest: int) -> None:
    """No new incident gets a number up to `highest` (the journal's before a restore took it
    back to an older copy): a printed briefing's number keeps meaning one incident."""
    if next_free_id(connection) > highest:
        return
    updated = connection.execute(
        "UPDATE sqlite_sequence SET seq = ? WHERE name = 'incident'", (highest,)
    ).rowcount
    if not updated:
        connection.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('incident', ?)", (highest,)
        )


def taken(connection: sqlite3.Connection, ids: Sequence[int | None]) -> bool:
    """Whether any of these numbers belongs to an incident, in the journal or its Trash."""
    found = connection.execute(
        "SELECT 1 FROM json_each(?) AS wanted WHERE wanted.value IN (SELECT id FROM incident) "
        "OR wanted.value IN (SELECT id FROM trash) LIMIT 1",
        (json.dumps(list(ids)),),
    ).fetchone()
    return found is not None


def insert_incidents(
    connection: sqlite3.Connection,
    incidents: Sequence[Incident],
    keep_ids: bool,
    progress: Progress | None = None,
) -> tuple[list[int], bool, bool]:
    """Insert all `incidents` inside the caller's transaction; return their ids and whether
    clients / categories were added. `progress` is called after each batch: what it raises
    (Cancelled, when the user stops the import) rolls the caller's transaction back."""
    now = now_text()
    clients = _Clients(connection)
    categories = _Names(connection, "category")
    tags = _Names(connection, "tag")
    next_position = connection.execute("SELECT coalesce(max(position), 0) FROM category")
    position = int(next_position.fetchone()[0])
    first_free = next_free_id(connection)
    ids: list[int] = []
    for start in range(0, len(incidents), BATCH):
        rows: list[dict[str, object]] = []
        actions: list[tuple[object, ...]] = []
        links: list[tuple[int, int, int]] = []
        for offset, incident in enumerate(incidents[start : start + BATCH]):
            incident_id = incident.id if keep_ids and incident.id else first_free + start + offset
            ids.append(incident_id)
            columns = incident_columns(incident)
            columns["title_key"] = name_key(incident.title)
            columns["id"] = incident_id
            columns["client_id"] = clients.id_for_client(incident.client)
            if name_key(incident.category) not in categories.ids:
                position += 1
            columns["category_id"] = categories.id_for(incident.category, {"position": position})
            columns["created_at"] = utc_text(incident.created_at) if incident.created_at else now
            columns["updated_at"] = utc_text(incident.updated_at) if incident.updated_at else now
            rows.append(columns)
            actions.extend(
                (incident_id, index, action.text,
                 action.due_on and action.due_on.isoformat(),
                 action.done_on and action.done_on.isoformat())
                for index, action in enumerate(incident.actions)
            )  # fmt: skip
            tag_ids = dict.fromkeys(tags.id_for(name) for name in incident.tags)
            links.extend((incident_id, tag, index) for index, tag in enumerate(tag_ids))
        names = list(rows[0])
        connection.executemany(
            f"INSERT INTO incident ({','.join(names)}) VALUES ({','.join('?' * len(names))})",
            [[row[name] for name in names] for row in rows],
        )
        connection.executemany(
            "INSERT INTO action (incident_id, position, text, due_on, done_on) "
            "VALUES (?, ?, ?, ?, ?)",
            actions,
        )
        connection.executemany(
            "INSERT INTO incident_tag (incident_id, tag_id, position) VALUES (?, ?, ?)", links
        )
        # Each batch is made searchable as it goes in, so that the progress reported is the
        # whole of the work and the import can be cancelled between any two batches.
        if keep_ids:
            search.reindex(connection, ids[start:])
        else:
            search.index_range(connection, ids[start], ids[-1])
        if progress:
            progress(len(ids), len(incidents))
    if clients.filled:  # their earlier incidents show the new details in search too
        search.reindex_owned_by(connection, "client_id", sorted(clients.filled))
    return ids, clients.created or bool(clients.filled), categories.created
