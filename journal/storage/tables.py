"""SQLModel tables; only the storage layer sees them, the service hands out domain objects."""

from __future__ import annotations

import types
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from journal.domain import Incident
from journal.fields import Kind
from journal.storage.records import IN_COLUMNS

# Dates are stored as ISO text ("2026-03-02"), date-times as ISO text with their offset,
# lists of text as JSON arrays: readable with any SQLite tool, and sortable as text.


def _key_column(unique: bool = False) -> Column[str]:
    """A name's or title's key (journal.naming.name_key): what it is compared and sorted by."""
    return Column(String, nullable=False, server_default="", index=True, unique=unique)


class ClientTable(SQLModel, table=True):
    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    name_key: str = Field(sa_column=_key_column(unique=True))  # journal.naming.name_key(name)
    company: str = ""
    email: str = ""
    notes: str = ""


class CategoryTable(SQLModel, table=True):
    __tablename__ = "category"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    name_key: str = Field(sa_column=_key_column(unique=True))  # journal.naming.name_key(name)
    position: int = 0


class TagTable(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    name_key: str = Field(sa_column=_key_column(unique=True))  # journal.naming.name_key(name)


# What each kind of field kept in a column of the incident table is there, and its default.
_COLUMNS: dict[Kind, tuple[Any, Any]] = {
    Kind.LINE: (str, ""),
    Kind.TEXT: (str, ""),
    Kind.COACHED: (str, ""),
    Kind.CHOICE: (str, None),  # the declared default's value
    Kind.FLAG: (bool | None, None),
    Kind.DATE: (str | None, None),  # ISO text
    Kind.DATETIME: (str | None, None),  # ISO text with its offset
    Kind.AMOUNT: (str | None, None),  # decimal text, exactly as written
    Kind.LINES: (str, "[]"),  # JSON
    Kind.QUESTIONS: (str, "[]"),  # JSON pairs
}
_INDEXES = (
    # Rows are wide (all the user's text), so every list, filter and pattern figure reads a
    # narrow index instead of the table.
    Index("ix_incident_client_category", "client_id", "category_id", "occurred_on"),
    Index("ix_incident_category_id", "category_id"),
    Index("ix_incident_occurred_category", "occurred_on", "category_id"),
    Index("ix_incident_occurred_on", "occurred_on"),  # the list's order, ties by id
    Index("ix_incident_root_cause", "root_cause"),
    Index("ix_incident_updated_at", "updated_at"),
    Index("ix_incident_created_at", "created_at"),
    Index("ix_incident_status", "status"),
    Index("ix_incident_severity", "severity"),
    Index(
        "ix_incident_compensation",
        "client_id",
        "compensation_currency",
        "compensation_value",
        "compensation_delivered_on",
        sqlite_where=text("compensation_value IS NOT NULL"),
    ),
    Index(
        "ix_incident_outcome",
        "client_id",
        "occurred_on",
        "client_stayed",
        "advocate",
        sqlite_where=text("client_stayed IS NOT NULL OR advocate IS NOT NULL"),
    ),
)


def _incident_body(namespace: dict[str, Any]) -> None:
    """The incident table: its keys and bookkeeping, and a column for each declared field
    kept in one (journal.storage.records.IN_COLUMNS)."""
    columns: dict[str, Any] = {
        "id": int | None,
        "client_id": int | None,  # None while an unfinished draft has no client yet
        "category_id": int,
        "title_key": str,  # sorts by title, from its index
        "unreadable": str,  # JSON: field name → what was typed there and could not be read
        "created_at": str,
        "updated_at": str,
    }
    namespace.update(
        __tablename__="incident",
        __table_args__=(*_INDEXES, {"sqlite_autoincrement": True}),  # numbers never reused
        id=Field(default=None, primary_key=True),
        client_id=Field(
            default=None, sa_column=Column(Integer, ForeignKey("client.id"), nullable=True)
        ),
        category_id=Field(sa_column=Column(Integer, ForeignKey("category.id"), nullable=False)),
        title_key=Field(sa_column=_key_column()),
        unreadable="{}",
    )
    for field in IN_COLUMNS:
        annotation, default = _COLUMNS[field.kind]
        if field.kind is Kind.CHOICE:
            default = field.value_in(Incident()).value
        columns[field.column] = annotation
        namespace[field.column] = default
    # Titles were compared ignoring ASCII case before title_key; the column keeps its collation.
    namespace["title"] = Field(sa_column=Column(String(collation="NOCASE"), nullable=False))
    namespace["__annotations__"] = columns


IncidentTable = types.new_class(
    "IncidentTable", (SQLModel,), {"table": True}, lambda namespace: _incident_body(namespace)
)


class IncidentTagTable(SQLModel, table=True):
    __tablename__ = "incident_tag"

    incident_id: int = Field(
        sa_column=Column(Integer, ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id"), primary_key=True, index=True)
    )
    position: int = 0


class ActionTable(SQLModel, table=True):
    __tablename__ = "action"
    __table_args__ = (
        UniqueConstraint("incident_id", "position"),
        Index("ix_action_open", "due_on", sqlite_where=text("done_on IS NULL")),
        Index("ix_action_dates", "due_on", "done_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(
        sa_column=Column(Integer, ForeignKey("incident.id", ondelete="CASCADE"), nullable=False)
    )
    position: int = 0
    text: str
    due_on: str | None = None
    done_on: str | None = None


class IncidentGroupTable(SQLModel, table=True):
    """How many incidents each client has in each category, and the latest: kept by triggers
    (migration 0003), read by the pattern figures. Never written by the application."""

    __tablename__ = "incident_group"

    client_id: int = Field(primary_key=True)
    category_id: int = Field(primary_key=True)
    incidents: int
    last_on: str | None = None


class TrashTable(SQLModel, table=True):
    """Deleted incidents, whole, as Amends JSON, until restored or the Trash is emptied."""

    __tablename__ = "trash"

    id: int = Field(primary_key=True)  # the incident's own number, for restoring
    deleted_at: str
    title: str
    client: str
    data: str


class SettingTable(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
