"""The order of a table's rows: what search results sort by, and keeping the selection on
the same items when rows are reordered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from journal.domain import Severity, Status
from journal.listing import IncidentRow, SortKey
from journal.naming import name_key


def sort_value(row: IncidentRow, key: SortKey) -> Any:
    """What search results sort by: as the list sorts in SQL (reads.SORT_COLUMNS), names and
    titles by journal.naming.name_key, ties by id."""
    values: dict[SortKey, Any] = {
        SortKey.OCCURRED: row.occurred_on.isoformat() if row.occurred_on else "",
        SortKey.CLIENT: name_key(row.client_name),
        SortKey.TITLE: name_key(row.title),
        SortKey.CATEGORY: name_key(row.category),
        SortKey.SEVERITY: list(Severity).index(row.severity),
        SortKey.STATUS: -1 if row.unfinished else list(Status).index(row.status),
        SortKey.OVERDUE: row.overdue,
    }
    return values.get(key, row.updated_at), row.id


def move_persistent_rows(model: QAbstractTableModel, before: list[Any], after: list[Any]) -> None:
    """Keep the selection and the current row on the same items when rows are reordered."""
    where = {item: row for row, item in enumerate(after)}
    old = model.persistentIndexList()
    new = []
    for index in old:
        row = where.get(before[index.row()]) if index.row() < len(before) else None
        new.append(QModelIndex() if row is None else model.index(row, index.column()))
    model.changePersistentIndexList(old, new)
