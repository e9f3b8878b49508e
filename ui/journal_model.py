"""The journal table's model: one id per row, and the rows read for the rows shown.

A row not read yet shows "…" in its title and nothing else, and is read on the reader's
thread: the model asks with rows_wanted, the view reads and hands the rows to rows_read, and
the cells fill in. A long list shows at once from its first ids (the rest are UNKNOWN, shown
as "…", until complete_ids brings them). A model on its own (read_here, as in tests) reads a
missing row itself, on its own thread. The row count is always len(ids): a change of count
is a reset or a removal of rows, never a layout change."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from journal.errors import JournalError
from journal.formats import day
from journal.i18n import QT_TRANSLATE_NOOP
from journal.listing import IncidentRow, SnippetPart, SortKey
from journal.service import Journal
from journal.words import category_word, choice_word, stage_word, untitled
from ui.plain_text import tooltip
from ui.row_order import move_persistent_rows, sort_value
from ui.theme import colors

# The columns' headers, in English: also how the code finds a column (translated where shown).
COLUMNS = (
    QT_TRANSLATE_NOOP("JournalModel", "Date"),
    QT_TRANSLATE_NOOP("JournalModel", "Client"),
    QT_TRANSLATE_NOOP("JournalModel", "Title"),
    QT_TRANSLATE_NOOP("JournalModel", "Category"),
    QT_TRANSLATE_NOOP("JournalModel", "Severity"),
    QT_TRANSLATE_NOOP("JournalModel", "Status"),
    QT_TRANSLATE_NOOP("JournalModel", "Steps"),
    QT_TRANSLATE_NOOP("JournalModel", "Found in"),
)
SORT_KEYS = (
    SortKey.OCCURRED,
    SortKey.CLIENT,
    SortKey.TITLE,
    SortKey.CATEGORY,
    SortKey.SEVERITY,
    SortKey.STATUS,
    SortKey.OVERDUE,
)
TITLE = COLUMNS.index("Title")
FOUND_IN = COLUMNS.index("Found in")
STEPS = COLUMNS.index("Steps")
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWERED = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    SNIPPET_ROLE,
}
BATCH = 100  # rows read together: a screenful and more, from a little above the one wanted
SNIPPET_BATCH = 60  # more than a screenful
KEEP_ROWS = 5_000  # rows kept in memory; scrolling 100,000 refetches, never hoards
UNKNOWN = 0  # the id of a row of a long list whose ids are still being read (ids start at 1)
PENDING = "…"  # the title of a row being read
# What rows are read for, each a job of the reader's of its own (the newest of each wins):
ROWS = "rows"  # the rows shown
AHEAD = "rows ahead"  # not shown: the rows below them (or all search results), ahead of need
TO_SORT = "rows to sort"  # not shown: every search result, to sort them by a column
Index = QModelIndex | QPersistentModelIndex


class JournalModel(QAbstractTableModel):
    sort_changed = Signal(object, bool)  # SortKey, descending: the list is to be fetched again
    snippets_wanted = Signal(list)  # ids of results whose snippets are to be read
    rows_wanted = Signal(int, list, str)  # the list's generation, ids to read, ROWS/AHEAD/TO_SORT
    failed = Signal(str)  # rows could not be read: why

    def __init__(self, journal: Journal, read_here: bool = True) -> None:
        super().__init__()
        self.journal = journal
        self.read_here = read_here  # False: rows are read elsewhere (rows_wanted, rows_read)
        self.ids: list[int] = []  # one per row, UNKNOWN where not read yet
        self.known = 0  # how many of the first ids are known: all, once complete
        self.rows: dict[int, IncidentRow] = {}
        self.wanted: set[int] = set()  # the rows being read for the rows shown
        self.gone: set[int] = set()  # rows asked for and not found (deleted) or unreadable
        self.ahead_from = 0  # where reading ahead starts: below the rows last wanted
        self.spans: dict[str, range] = {}  # the rows each kind of read was last asked for
        self.sorting: tuple[SortKey, bool] | None = None  # a sort of results waiting for rows
        self.snippets: dict[int, tuple[SnippetPart, ...]] = {}
        self.asked: set[int] = set()  # the batch of snippets being read now
        self.generation = 0  # counts the lists shown, so late rows for an old one are dropped
        self.query = ""  # the search whose results are shown; "" for the list
        self.failed_generation = -1  # the list whose rows could not be read, said once

    @property
    def searching(self) -> bool:
        return bool(self.query)

    # What is listed ---------------------------------------------------------------------

    def show_ids(
        self,
        ids: list[int],
        query: str = "",
        total: int | None = None,
        rows: list[IncidentRow] | tuple[IncidentRow, ...] = (),
    ) -> None:
        """The list, or with `query` the search results best first, with what is read of
        their `rows` (the first screenful); other rows are read as they are shown, snippets
        asked for (snippets_wanted) and added when read.

        With `total`, `ids` are only the first of that many: complete_ids() brings the rest."""
        self.beginResetModel()
        count = len(ids) if total is None else max(total, len(ids))
        self.ids = [*ids, *itertools.repeat(UNKNOWN, count - len(ids))]
        self.known, self.query = len(ids), query
        self.rows = {row.id: row for row in rows}
        self.wanted, self.gone, self.ahead_from, self.sorting = set(), set(), len(rows), None
        self.spans = {}
        self.snippets, self.asked = {}, set()
        self.generation += 1
        self.endResetModel()

    @property
    def complete(self) -> bool:
        return self.known >= len(self.ids)

    def complete_ids(self, ids: list[int], generation: int) -> None:
        """Every id of a list shown by its first ones, read meanwhile on another thread. If
        the journal changed in between, the list is shown again as it now is."""
        if generation != self.generation or self.complete:
            return
        if len(ids) == len(self.ids) and ids[: self.known] == self.ids[: self.known]:
            came = range(self.known, len(ids))
            self.ids, self.known = ids, len(ids)
            self._changed(came)  # those shown fill in, asking for their rows
            self.read_ahead()  # and those ahead that had no id yet
        else:
            self.show_ids(ids)

    def id_at(self, position: int) -> int | None:
        """The id of the incident in that row, if it is known and was not found gone."""
        if not 0 <= position < len(self.ids):
            return None
        incident_id = self.ids[position]
        return None if incident_id == UNKNOWN or incident_id in self.gone else incident_id

    def position_of(self, incident_id: int | None) -> int | None:
        """The row of a listed incident whose id is known; None if it is not listed (yet)."""
        if incident_id is None or incident_id in self.gone:
            return None
        try:
            return self.ids.index(incident_id)
        except ValueError:
            return None

    # Rows ---------------------------------------------------------------------------------

    def row_at(self, position: int) -> IncidentRow | None:
        """The row if read; else None, and it is asked for (or read, read_here)."""
        incident_id = self.id_at(position)
        if incident_id is None:
            return None
        row = self.rows.get(incident_id)
        if row is None and incident_id not in self.wanted:
            self._want_rows(position)
            row = self.rows.get(incident_id)
        return row

    def _missing(self, incident_id: int) -> bool:
        return (
            incident_id != UNKNOWN and incident_id not in self.rows and incident_id not in self.gone
        )

    def _want_rows(self, position: int) -> None:
        start = max(position - BATCH // 4, 0)
        batch = [i for i in self.ids[start : position + BATCH] if self._missing(i)]
        if self.read_here:
            self._read_here(batch)
            return
        # One batch for the rows shown at a time: a newer one replaces it (the reader drops
        # the older), and rows of the dropped one ask again when they are painted next.
        self.wanted, self.ahead_from = set(batch), position + BATCH
        self._ask(batch, ROWS, range(start, position + BATCH))

    def _read_here(self, ids: list[int]) -> None:
        try:
            self._keep(self.journal.incidents.rows_for(ids), ids)
        except JournalError as error:  # a damaged page: blank rows, and said once
            self.gone.update(ids)
            self._say(str(error))

    def _keep(self, rows: list[IncidentRow], asked: list[int]) -> None:
        """Keep these rows, forgetting the longest-kept beyond KEEP_ROWS; those asked for and
        not found are gone (deleted meanwhile) and left blank."""
        self.rows.update((row.id, row) for row in rows)
        self.gone.update(i for i in asked if i not in self.rows)
        for old in list(itertools.islice(self.rows, max(len(self.rows) - KEEP_ROWS, 0))):
            del self.rows[old]

    def rows_read(
        self, generation: int, asked: list[int], rows: list[IncidentRow], why: str
    ) -> None:
        """Rows read on the reader's thread for the list of `generation` (else dropped)."""
        if generation != self.generation:
            return
        self._keep(rows, asked)
        self.wanted.difference_update(asked)
        self._changed(self.spans.get(why))
        if why == ROWS:
            self.read_ahead()
        self._sort_results()

    def rows_failed(self, generation: int, asked: list[int], error: JournalError) -> None:
        """Rows that could not be read are left blank, and why is said once."""
        if generation != self.generation:
            return
        self.gone.update(i for i in asked if i not in self.rows)
        self.wanted.difference_update(asked)
        self._say(str(error))
        self._changed()
        self._sort_results()

    def _ask(self, ids: list[int], why: str, span: range | None = None) -> None:
        """Ask for rows to be read; `span` holds the rows they are in (None: anywhere), so
        that only those are painted again when the rows come."""
        if span is None:
            self.spans.pop(why, None)
        else:
            self.spans[why] = span
        self.rows_wanted.emit(self.generation, ids, why)

    def read_ahead(self) -> None:
        """Ask for the rows below those last wanted (all of them for search results), so that
        paging on finds them read."""
        if self.read_here:
            return
        span = (
            range(len(self.ids))
            if self.searching
            else range(self.ahead_from, self.ahead_from + 2 * BATCH)
        )
        ahead = [i for i in self.ids[span.start : span.stop] if self._missing(i)]
        if ahead:
            self._ask(ahead, AHEAD, span)

    def ask_again(self) -> None:
        """Rows asked for were never read (asked before the reader could read): the rows
        shown ask again."""
        if self.wanted:
            self.wanted = set()
            self._changed()

    def _changed(self, span: range | None = None) -> None:
        """Rows filled in: those of `span` (None: any). Only those on screen are painted."""
        rows = range(len(self.ids)) if span is None else span
        first, last = max(rows.start, 0), min(rows.stop, len(self.ids)) - 1
        if first <= last:
            bottom = self.index(last, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(first, 0), bottom)

    def _say(self, message: str) -> None:
        if self.failed_generation != self.generation:
            self.failed_generation = self.generation
            self.failed.emit(message)

    # Snippets -----------------------------------------------------------------------------

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

    # Qt's side ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles; most are answered before any row is looked at.
        if role not in ANSWERED or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column != STEPS:
            return None
        position = index.row()
        row = self.row_at(position)
        if row is None:  # being read, or gone: never another row's text
            shows = role == Qt.ItemDataRole.DisplayRole and column == TITLE
            being_read = position < len(self.ids) and self.ids[position] not in self.gone
            return PENDING if shows and being_read else None
        if role == SNIPPET_ROLE and column == FOUND_IN:
            return self.snippet_at(position) if self.searching else ()
        if role == Qt.ItemDataRole.ForegroundRole:
            # A colour, not a QBrush: QBrush costs its own start-up (its enums).
            return QColor(colors().overdue) if row.overdue else None
        if role == SNIPPET_ROLE:
            return None
        if column == FOUND_IN:
            parts = self.snippet_at(position) if self.searching else ()
            text = " ".join("".join(part.text for part in parts).split())
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        values = (
            day(row.occurred_on) if row.occurred_on else "—",
            row.client_name or "—",
            row.title if row.title.strip() else untitled(),
            category_word(row.category),
            choice_word(row.severity),
            stage_word(row.status, row.unfinished),
            self.tr("overdue") if row.overdue and column == STEPS else "",
        )
        if column == STEPS and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A prevention step is past its due date.") if row.overdue else None
        text = " ".join(values[column].split())
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("JournalModel", COLUMNS[section])
        return None

    # Sorting ------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The list is read again in that order (sort_changed); search results, at most a
        few hundred, are sorted here once all their rows are read."""
        if column >= len(SORT_KEYS):
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if not self.searching:
            self.sort_changed.emit(key, descending)
            return
        self.sorting = (key, descending)
        missing = [i for i in self.ids if self._missing(i)]
        if missing and self.read_here:
            self._read_here(missing)
        elif missing:
            self._ask(missing, TO_SORT)
            return
        self._sort_results()

    def _sort_results(self) -> None:
        """The sort asked for, once every result's row is read; results found gone (another
        program deleted them) are removed first, as rows."""
        if self.sorting is None or any(self._missing(i) for i in self.ids):
            return
        key, descending = self.sorting
        self.sorting = None
        self._remove_gone()
        self.layoutAboutToBeChanged.emit()
        before = list(self.ids)
        self.ids.sort(key=lambda i: sort_value(self.rows[i], key), reverse=descending)
        move_persistent_rows(self, before, self.ids)
        self.layoutChanged.emit()

    def _remove_gone(self) -> None:
        end = len(self.ids)
        while end > 0:
            if self.ids[end - 1] not in self.gone:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self.ids[start - 1] in self.gone:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self.ids[start:end]
            self.known = len(self.ids)
            self.endRemoveRows()
            end = start
