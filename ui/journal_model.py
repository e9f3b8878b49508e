"""The journal table's model: holds only row ids and fetches rows when Qt asks for them."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from journal.domain import (
    UNFINISHED,
    UNTITLED,
    IncidentRow,
    Severity,
    SnippetPart,
    SortKey,
    Status,
)
from journal.errors import JournalError
from journal.naming import name_key
from journal.service import Journal
from ui.plain_text import tooltip
from ui.theme import colors

COLUMNS = ("Date", "Client", "Title", "Category", "Severity", "Status", "Steps", "Found in")
SORT_KEYS = (
    SortKey.OCCURRED,
    SortKey.CLIENT,
    SortKey.TITLE,
    SortKey.CATEGORY,
    SortKey.SEVERITY,
    SortKey.STATUS,
    SortKey.OVERDUE,
)
FOUND_IN = COLUMNS.index("Found in")
STEPS = COLUMNS.index("Steps")
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWERED = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    SNIPPET_ROLE,
}
BATCH = 100
SNIPPET_BATCH = 60  # more than a screenful
KEEP_ROWS = 5_000  # rows kept in memory; scrolling 100,000 refetches, never hoards
Index = QModelIndex | QPersistentModelIndex


def _sort_value(row: IncidentRow, key: SortKey) -> Any:
    """What search results sort by: as the list sorts in SQL (reads.SORT_COLUMNS), names and
    titles by journal.naming.name_key, ties by id."""
    values: dict[SortKey, Any] = {
        SortKey.OCCURRED: row.occurred_on.isoformat() if row.occurred_on else "",
        SortKey.CLIENT: name_key(row.client_name),
        SortKey.TITLE: name_key(row.title),
        SortKey.CATEGORY: name_key(row.category),
        SortKey.SEVERITY: list(Severity).index(row.severity),
        SortKey.STATUS: list(Status).index(row.status),
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


class JournalModel(QAbstractTableModel):
    sort_changed = Signal(object, bool)  # SortKey, descending: the list is to be fetched again
    snippets_wanted = Signal(list)  # ids of results whose snippets are to be read
    rows_wanted = Signal(int, list)  # the list's generation, ids of rows to read ahead
    failed = Signal(str)  # rows could not be read: why

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.ids: list[int] = []
        self.total = 0  # rows shown: more than len(ids) while only the first ids are read
        self.all_ids: Callable[[], list[int]] | None = None  # reads them all, until done
        self.rows: dict[int, IncidentRow] = {}
        self.snippets: dict[int, tuple[SnippetPart, ...]] = {}
        self.asked: set[int] = set()  # the batch of snippets being read now
        self.generation = 0  # counts the lists shown, so late rows for an old one are dropped
        self.query = ""  # the search whose results are shown; "" for the list
        self.failed_generation = -1  # the list whose rows could not be read, said once

    @property
    def searching(self) -> bool:
        return bool(self.query)

    def show_ids(
        self,
        ids: list[int],
        query: str = "",
        total: int | None = None,
        all_ids: Callable[[], list[int]] | None = None,
    ) -> None:
        """The list, or with `query` the search results best first; rows are fetched only
        for the rows shown, snippets asked for (snippets_wanted) and added when read.

        With `total`, `ids` are only the first of that many: all_ids() reads the rest when
        a row past them is wanted, unless complete_ids() brought them first."""
        self.beginResetModel()
        self.ids, self.query = ids, query
        self.total = len(ids) if total is None else max(total, len(ids))
        self.all_ids = all_ids if self.total > len(ids) else None
        self.rows, self.snippets, self.asked = {}, {}, set()
        self.generation += 1
        self.endResetModel()

    @property
    def complete(self) -> bool:
        return self.all_ids is None

    def complete_ids(self, ids: list[int], generation: int) -> None:
        """Every id of a list shown by its first ones, read meanwhile on another thread. If
        the journal changed in between, the list is shown again as it now is."""
        if generation != self.generation or self.complete:
            return
        if len(ids) == self.total and ids[: len(self.ids)] == self.ids:
            self.ids, self.all_ids = ids, None
        else:
            self.show_ids(ids)

    def _read_all_ids(self) -> None:
        """A row past the first ids is wanted before complete_ids() came: read them here.
        Called while Qt paints, so the row count must stay; a change shows at the next
        refresh."""
        assert self.all_ids is not None
        ids, self.all_ids = self.all_ids(), None
        self.ids = ids[: self.total] + [-1] * (self.total - len(ids))  # -1: gone, left blank

    def snippet_at(self, position: int) -> tuple[SnippetPart, ...]:
        """The snippet if read; else it is asked for, and the cell fills in when it comes."""
        incident_id = self.ids[position]
        if incident_id not in self.snippets and incident_id not in self.asked:
            # One batch in flight: a newer one replaces it (the reader drops the older), and
            # rows of the dropped one ask again when they are painted next.
            batch = self.ids[position : position + SNIPPET_BATCH]
            self.asked = {i for i in batch if i not in self.snippets}
            self.snippets_wanted.emit(sorted(self.asked, key=batch.index))
        return self.snippets.get(incident_id, ())

    def add_snippets(self, found: dict[int, tuple[SnippetPart, ...]], asked: list[int]) -> None:
        self.snippets.update((i, found.get(i, ())) for i in asked)
        if self.ids:
            last = len(self.ids) - 1
            self.dataChanged.emit(self.index(0, FOUND_IN), self.index(last, FOUND_IN))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, position: int) -> IncidentRow | None:
        if not 0 <= position < self.total:
            return None
        if position >= len(self.ids):
            self._read_all_ids()
        incident_id = self.ids[position]
        if incident_id not in self.rows:
            batch = self.ids[max(position - BATCH // 4, 0) : position + BATCH]
            try:
                self.add_rows(self.journal.rows_for(batch))
            except JournalError as error:  # a damaged page: blank rows, and said once
                if self.failed_generation != self.generation:
                    self.failed_generation = self.generation
                    self.failed.emit(str(error))
                return None
            # The rows below are read on the reader's thread meanwhile: paging on through a
            # large journal then finds them here instead of waiting for the disk.
            ahead = self.ids[position + BATCH : position + 3 * BATCH]
            if ahead and not self.searching:
                self.rows_wanted.emit(self.generation, ahead)
        return self.rows.get(incident_id)

    def add_rows(self, rows: list[IncidentRow], generation: int | None = None) -> None:
        """Keep these rows, forgetting the longest-kept beyond KEEP_ROWS; rows read for a
        list shown before (another `generation`) are dropped."""
        if generation is not None and generation != self.generation:
            return
        self.rows.update((row.id, row) for row in rows)
        for old in list(itertools.islice(self.rows, max(len(self.rows) - KEEP_ROWS, 0))):
            del self.rows[old]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles; most are answered before any row is looked at.
        if role not in ANSWERED or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column != STEPS:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == SNIPPET_ROLE and column == FOUND_IN:
            return self.snippet_at(index.row()) if self.searching else ()
        if role == Qt.ItemDataRole.ForegroundRole:
            # A colour, not a QBrush: QBrush costs its own start-up (its enums).
            return QColor(colors().overdue) if row.overdue else None
        if role == SNIPPET_ROLE:
            return None
        if column == FOUND_IN:
            parts = self.snippet_at(index.row()) if self.searching else ()
            text = " ".join("".join(part.text for part in parts).split())
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        values = (
            row.occurred_on.isoformat() if row.occurred_on else "—",
            row.client_name or "—",
            row.title if row.title.strip() else UNTITLED,
            row.category,
            row.severity.value,
            UNFINISHED if row.unfinished else row.status.value.replace("_", " "),
            "overdue" if row.overdue else "",
        )
        if column == STEPS and role == Qt.ItemDataRole.ToolTipRole:
            return "A prevention step is past its due date." if row.overdue else None
        text = " ".join(values[column].split())
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(SORT_KEYS):
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if self.searching:  # at most a few hundred: sorted here, the ranking aside
            missing = [i for i in self.ids if i not in self.rows]
            self.rows.update((row.id, row) for row in self.journal.rows_for(missing))
            self.layoutAboutToBeChanged.emit()
            before = list(self.ids)
            self.ids = [i for i in self.ids if i in self.rows]
            self.ids.sort(key=lambda i: _sort_value(self.rows[i], key), reverse=descending)
            move_persistent_rows(self, before, self.ids)
            self.layoutChanged.emit()
            return
        self.sort_changed.emit(key, descending)
