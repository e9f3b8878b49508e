"""The journal table's model: holds only row ids and fetches rows when Qt asks for them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from journal.domain import IncidentFilter, IncidentRow
from journal.service import Journal

COLUMNS = ("Date", "Client", "Title", "Category", "Severity", "Status")
BATCH = 200
Index = QModelIndex | QPersistentModelIndex


class JournalModel(QAbstractTableModel):
    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.ids: list[int] = []
        self.rows: dict[int, IncidentRow] = {}
        self.search = ""
        self.selection = IncidentFilter()

    def reload(self) -> None:
        self.beginResetModel()
        if self.search.strip():
            hits = self.journal.search(self.search, self.selection, limit=500)
            self.ids = [hit.row.id for hit in hits]
            self.rows = {hit.row.id: hit.row for hit in hits}
        else:
            self.ids = self.journal.list_ids(self.selection)
            self.rows = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, position: int) -> IncidentRow | None:
        if not 0 <= position < len(self.ids):
            return None
        incident_id = self.ids[position]
        if incident_id not in self.rows:
            batch = self.ids[position : position + BATCH]
            self.rows.update((row.id, row) for row in self.journal.rows_for(batch))
        return self.rows.get(incident_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        values = (
            row.occurred_on.isoformat() if row.occurred_on else "—",
            row.client_name,
            row.title,
            row.category,
            row.severity.value,
            row.status.value.replace("_", " "),
        )
        return " ".join(values[index.column()].split())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None
