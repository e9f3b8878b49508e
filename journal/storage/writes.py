"""Saves incidents, clients, categories and settings, moves incidents to the Trash and back,
and purges it; each inside the caller's transaction, with the search index kept in step."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from journal.domain import Client, Incident
from journal.errors import InvalidInput, NotFound
from journal.i18n import translate
from journal.naming import name_key
from journal.storage import search
from journal.storage.records import incident_columns, now_text, utc_text

CLIENT_DETAILS = ("company", "email", "notes")


def _no_client(client_id: int) -> str:
    return translate("JournalErrors", "There is no client with id {id}.").format(id=client_id)


def _client_id(connection: sqlite3.Connection, client: Client) -> tuple[int | None, bool]:
    """The client's id, found by id or by name (by name_key), and whether the client's row
    was created or filled in (their other incidents then need reindexing); None for an
    unfinished draft that names no client yet."""
    if client.id is not None:
        if connection.execute("SELECT 1 FROM client WHERE id = ?", (client.id,)).fetchone():
            return client.id, False
        raise NotFound(_no_client(client.id))
    if not client.name:
        return None, False
    key = name_key(client.name)
    found = connection.execute(
        "SELECT id, company, email, notes FROM client WHERE name_key = ?", (key,)
    ).fetchone()
    if found is None:
        cursor = connection.execute(
            "INSERT INTO client (name, name_key, company, email, notes) VALUES (?, ?, ?, ?, ?)",
            (client.name, key, client.company, client.email, client.notes),
        )
        return int(cursor.lastrowid or 0), True
    client_id, *known = found
    return int(client_id), bool(fill_in_client(connection, client_id, client, known))


def fill_in_client(
    connection: sqlite3.Connection, client_id: int, client: Client, known: Sequence[object]
) -> dict[str, str]:
    """Write the details of `client` that the journal has none of yet (`known`, in the order
    of CLIENT_DETAILS); what the user wrote earlier is never overwritten. Returns them."""
    filled = {
        field: given
        for field, old in zip(CLIENT_DETAILS, known, strict=True)
        if (given := getattr(client, field)) and not old
    }
    for field, value in filled.items():
        connection.execute(f"UPDATE client SET {field} = ? WHERE id = ?", (value, client_id))
    return filled


def category_exists(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute("SELECT 1 FROM category WHERE name_key = ?", (name_key(name),))
    return found.fetchone() is not None


def category_id(connection: sqlite3.Connection, name: str) -> int:
    key = name_key(name)
    found = connection.execute("SELECT id FROM category WHERE name_key = ?", (key,)).fetchone()
    if found is not None:
        return int(found[0])
    cursor = connection.execute(
        "INSERT INTO category (name, name_key, position) "
        "SELECT ?, ?, coalesce(max(position), 0) + 1 FROM category",
        (name, key),
    )
    return int(cursor.lastrowid or 0)


def _tag_ids(connection: sqlite3.Connection, names: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for name in names:
        key = name_key(name)
        found = connection.execute("SELECT id FROM tag WHERE name_key = ?", (key,)).fetchone()
        if found is None:
            cursor = connection.execute(
                "INSERT INTO tag (name, name_key) VALUES (?, ?)", (name, key)
            )
            tag_id = int(cursor.lastrowid or 0)
        else:
            tag_id = int(found[0])
        if tag_id not in ids:
            ids.append(tag_id)
    return ids


def save_incident(connection: sqlite3.Connection, incident: Incident) -> tuple[int, bool]:
    """Insert or update `incident`; return its id and whether the client list changed."""
    now = now_text()
    columns = incident_columns(incident)
    columns["title_key"] = name_key(incident.title)
    columns["client_id"], client_changed = _client_id(connection, incident.client)
    columns["category_id"] = category_id(connection, incident.category)
    columns["updated_at"] = now
    if incident.id is None:
        columns["created_at"] = utc_text(incident.created_at) if incident.created_at else now
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        cursor = connection.execute(
            f"INSERT INTO incident ({names}) VALUES ({marks})", list(columns.values())
        )
        incident_id = int(cursor.lastrowid or 0)
    else:
        incident_id = incident.id
        assignments = ", ".join(f"{name} = ?" for name in columns)
        cursor = connection.execute(
            f"UPDATE incident SET {assignments} WHERE id = ?", [*columns.values(), incident_id]
        )
        if cursor.rowcount == 0:
            said = translate(
                "JournalErrors", "There is no incident {id}; it may have been deleted."
            )
            raise NotFound(said.format(id=incident_id))
        connection.execute("DELETE FROM action WHERE incident_id = ?", (incident_id,))
        connection.execute("DELETE FROM incident_tag WHERE incident_id = ?", (incident_id,))
    connection.executemany(
        "INSERT INTO action (incident_id, position, text, due_on, done_on) VALUES (?, ?, ?, ?, ?)",
        [
            (incident_id, position, action.text,
             action.due_on and action.due_on.isoformat(),
             action.done_on and action.done_on.isoformat())
            for position, action in enumerate(incident.actions)
        ],
    )  # fmt: skip
    connection.executemany(
        "INSERT INTO incident_tag (incident_id, tag_id, position) VALUES (?, ?, ?)",
        [
            (incident_id, tag_id, position)
            for position, tag_id in enumerate(_tag_ids(connection, incident.tags))
        ],
    )
    client_id = columns["client_id"]
    if client_changed and client_id is not None:
        search.reindex_owned_by(connection, "client_id", [client_id])
    else:
        search.reindex(connection, [incident_id])
    return incident_id, client_changed


def move_to_trash(connection: sqlite3.Connection, incident: Incident, data: str, when: str) -> None:
    """Keep the whole incident (Amends JSON) in the Trash and take it out of the journal."""
    assert incident.id is not None
    connection.execute(
        "INSERT OR REPLACE INTO trash (id, deleted_at, title, client, data) VALUES (?, ?, ?, ?, ?)",
        (incident.id, when, incident.title, incident.client.name, data),
    )
    connection.execute("DELETE FROM incident WHERE id = ?", (incident.id,))
    search.forget(connection, [incident.id])


def trash_data(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    """The kept Amends JSON of those of these incidents that are in the Trash, by id."""
    found = connection.execute(
        "SELECT id, data FROM trash WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),),
    )
    return {row[0]: row[1] for row in found}


def take_from_trash(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Take these incidents out of the Trash, to be put back in the journal."""
    connection.execute(
        "DELETE FROM trash WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)
    )


def trash_ids(connection: sqlite3.Connection, deleted_before: str | None = None) -> list[int]:
    """The incidents in the Trash; only those deleted before the given UTC time, if given."""
    query, params = "SELECT id FROM trash", []
    if deleted_before is not None:
        query, params = f"{query} WHERE deleted_at < ?", [deleted_before]
    return [row[0] for row in connection.execute(query, params)]


def purge_trash(connection: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Remove these incidents from the Trash for good, with the tag and client names that
    nothing uses any more; the search index drops the old text of whatever was deleted."""
    connection.executemany("DELETE FROM trash WHERE id = ?", [(i,) for i in ids])
    connection.execute("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM incident_tag)")
    connection.execute(
        "DELETE FROM client WHERE id NOT IN "
        "(SELECT client_id FROM incident WHERE client_id IS NOT NULL)"
    )
    # FTS5 keeps a deleted row's words in its older segments until they are merged.
    connection.execute("INSERT INTO incident_fts (incident_fts) VALUES ('optimize')")


def update_client(connection: sqlite3.Connection, client: Client) -> list[int]:
    """Change a client's details; return the ids of the incidents whose index changed."""
    if client.id is None:
        raise InvalidInput(translate("JournalErrors", "Choose which client to change."))
    if not connection.execute("SELECT 1 FROM client WHERE id = ?", (client.id,)).fetchone():
        raise NotFound(_no_client(client.id))
    key = name_key(client.name)
    clash = connection.execute(
        "SELECT name FROM client WHERE name_key = ? AND id != ?", (key, client.id)
    ).fetchone()
    if clash is not None:
        said = translate("JournalErrors", "There is already a client called {name}.")
        raise InvalidInput(said.format(name=repr(clash[0])))
    connection.execute(
        "UPDATE client SET name = ?, name_key = ?, company = ?, email = ?, notes = ? WHERE id = ?",
        (client.name, key, client.company, client.email, client.notes, client.id),
    )
    ids = [
        row[0]
        for row in connection.execute("SELECT id FROM incident WHERE client_id = ?", (client.id,))
    ]
    search.reindex(connection, ids)
    return ids


def _category_named(connection: sqlite3.Connection, name: str) -> int:
    found = connection.execute(
        "SELECT id FROM category WHERE name_key = ?", (name_key(name),)
    ).fetchone()
    if found is None:
        said = translate("JournalErrors", "There is no category {name}.")
        raise NotFound(said.format(name=repr(name)))
    return int(found[0])


def rename_category(connection: sqlite3.Connection, old: str, new: str) -> None:
    """Rename a category; its incidents are reindexed, as the category name is searchable."""
    row_id = _category_named(connection, old)
    key = name_key(new)
    clash = connection.execute(
        "SELECT name FROM category WHERE name_key = ? AND id != ?", (key, row_id)
    ).fetchone()
    if clash is not None:
        said = translate("JournalErrors", "There is already a category called {name}.")
        raise InvalidInput(said.format(name=repr(clash[0])))
    connection.execute(
        "UPDATE category SET name = ?, name_key = ? WHERE id = ?", (new, key, row_id)
    )
    search.reindex_owned_by(connection, "category_id", [row_id])


def remove_category(connection: sqlite3.Connection, name: str, move_to: str) -> list[int]:
    """Delete a category, moving its incidents to `move_to`; return the moved incidents."""
    row_id = _category_named(connection, name)
    target = category_id(connection, move_to)
    if target == row_id:
        raise InvalidInput(
            translate("JournalErrors", "Choose another category to move its incidents to.")
        )
    ids = [
        row[0]
        for row in connection.execute("SELECT id FROM incident WHERE category_id = ?", (row_id,))
    ]
    connection.execute(
        "UPDATE incident SET category_id = ? WHERE category_id = ?", (target, row_id)
    )
    connection.execute("DELETE FROM category WHERE id = ?", (row_id,))
    search.reindex_owned_by(connection, "category_id", [target])
    return ids


def put_setting(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    """Store (or with None, forget) a journal setting."""
    if value is None:
        connection.execute("DELETE FROM setting WHERE key = ?", (key,))
        return
    connection.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
