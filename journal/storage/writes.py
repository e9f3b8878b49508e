"""Saves and deletes incidents, clients and categories through SQLModel, index kept in step."""

from __future__ import annotations

from sqlmodel import Session, col, delete, func, select, update

from journal.domain import Client, Incident
from journal.errors import InvalidInput, NotFound
from journal.storage import search
from journal.storage.connection import Database
from journal.storage.records import incident_columns, now_text, utc_text
from journal.storage.tables import (
    ActionTable,
    CategoryTable,
    ClientTable,
    IncidentTable,
    IncidentTagTable,
    TagTable,
)


def _client_id(session: Session, client: Client) -> tuple[int, bool]:
    """The client's id, found by id or by name (ignoring case), and whether the client's row
    was created or filled in (their other incidents then need reindexing)."""
    if client.id is not None:
        if session.get(ClientTable, client.id) is None:
            raise NotFound(f"There is no client with id {client.id}.")
        return client.id, False
    row = session.exec(select(ClientTable).where(ClientTable.name == client.name)).first()
    if row is None:
        row = ClientTable(
            name=client.name, company=client.company, email=client.email, notes=client.notes
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id, True
    # fill in what was missing, never overwrite what the user wrote earlier
    filled = False
    for field in ("company", "email", "notes"):
        if not getattr(row, field) and getattr(client, field):
            setattr(row, field, getattr(client, field))
            filled = True
    assert row.id is not None
    return row.id, filled


def category_id(session: Session, name: str) -> int:
    row = session.exec(select(CategoryTable).where(CategoryTable.name == name)).first()
    if row is None:
        last = session.exec(select(func.max(CategoryTable.position))).one()
        row = CategoryTable(name=name, position=(last or 0) + 1)
        session.add(row)
        session.flush()
    assert row.id is not None
    return row.id


def _tag_ids(session: Session, names: tuple[str, ...]) -> list[int]:
    ids: list[int] = []
    for name in names:
        row = session.exec(select(TagTable).where(TagTable.name == name)).first()
        if row is None:
            row = TagTable(name=name)
            session.add(row)
            session.flush()
        assert row.id is not None
        if row.id not in ids:
            ids.append(row.id)
    return ids


def save_incident(db: Database, incident: Incident) -> tuple[int, bool]:
    """Insert or update `incident`; return its id and whether the client list changed."""
    now = now_text()
    with db.session() as session:
        columns = incident_columns(incident)
        columns["client_id"], client_changed = _client_id(session, incident.client)
        columns["category_id"] = category_id(session, incident.category)
        if incident.id is None:
            created = utc_text(incident.created_at) if incident.created_at else now
            row = IncidentTable(**columns, created_at=created, updated_at=now)
            session.add(row)
        else:
            found = session.get(IncidentTable, incident.id)
            if found is None:
                raise NotFound(f"There is no incident {incident.id}; it may have been deleted.")
            row = found
            for name, value in columns.items():
                setattr(row, name, value)
            row.updated_at = now
            session.exec(delete(ActionTable).where(col(ActionTable.incident_id) == row.id))
            session.exec(
                delete(IncidentTagTable).where(col(IncidentTagTable.incident_id) == row.id)
            )
        session.flush()
        assert row.id is not None
        session.add_all(
            ActionTable(
                incident_id=row.id,
                position=position,
                text=action.text,
                due_on=None if action.due_on is None else action.due_on.isoformat(),
                done_on=None if action.done_on is None else action.done_on.isoformat(),
            )
            for position, action in enumerate(incident.actions)
        )
        session.add_all(
            IncidentTagTable(incident_id=row.id, tag_id=tag_id, position=position)
            for position, tag_id in enumerate(_tag_ids(session, incident.tags))
        )
        session.flush()
        if client_changed:
            search.reindex_owned_by(db.connection, "client_id", [columns["client_id"]])
        else:
            search.reindex(db.connection, [row.id])
        return row.id, client_changed


def delete_incident(db: Database, incident_id: int) -> None:
    with db.session() as session:
        row = session.get(IncidentTable, incident_id)
        if row is None:
            raise NotFound(f"There is no incident {incident_id}.")
        session.delete(row)
        session.flush()
        search.forget(db.connection, [incident_id])


def update_client(db: Database, client: Client) -> list[int]:
    """Change a client's details; return the ids of the incidents whose index changed."""
    if client.id is None:
        raise InvalidInput("Choose which client to change.")
    with db.session() as session:
        row = session.get(ClientTable, client.id)
        if row is None:
            raise NotFound(f"There is no client with id {client.id}.")
        clash = session.exec(
            select(ClientTable).where(ClientTable.name == client.name, ClientTable.id != row.id)
        ).first()
        if clash is not None:
            raise InvalidInput(f"There is already a client called {clash.name!r}.")
        row.name, row.company = client.name, client.company
        row.email, row.notes = client.email, client.notes
        session.flush()
        ids = list(
            session.exec(select(IncidentTable.id).where(IncidentTable.client_id == row.id)).all()
        )
        search.reindex(db.connection, [i for i in ids if i is not None])
        return [i for i in ids if i is not None]


def add_category(db: Database, name: str) -> None:
    with db.session() as session:
        category_id(session, name)


def rename_category(db: Database, old: str, new: str) -> None:
    """Rename a category; its incidents are reindexed, as the category name is searchable."""
    with db.session() as session:
        row = session.exec(select(CategoryTable).where(CategoryTable.name == old)).first()
        if row is None:
            raise NotFound(f"There is no category {old!r}.")
        clash = session.exec(
            select(CategoryTable).where(CategoryTable.name == new, CategoryTable.id != row.id)
        ).first()
        if clash is not None:
            raise InvalidInput(f"There is already a category called {clash.name!r}.")
        row.name = new
        session.flush()
        assert row.id is not None
        search.reindex_owned_by(db.connection, "category_id", [row.id])


def remove_category(db: Database, name: str, move_to: str) -> list[int]:
    """Delete a category, moving its incidents to `move_to`; return the moved incidents."""
    with db.session() as session:
        row = session.exec(select(CategoryTable).where(CategoryTable.name == name)).first()
        if row is None:
            raise NotFound(f"There is no category {name!r}.")
        target = category_id(session, move_to)
        if target == row.id:
            raise InvalidInput("Choose another category to move its incidents to.")
        ids = list(
            session.exec(select(IncidentTable.id).where(IncidentTable.category_id == row.id))
        )
        session.exec(
            update(IncidentTable)
            .where(col(IncidentTable.category_id) == row.id)
            .values(category_id=target)
        )
        session.delete(row)
        session.flush()
        search.reindex_owned_by(db.connection, "category_id", [target])
        return [i for i in ids if i is not None]
