"""The journal view: search as you type, filters, the incident table and the selected one."""

from __future__ import annotations

from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Changes
from journal.errors import JournalError
from journal.listing import IncidentFilter, IncidentRow, SortKey
from journal.service import Journal
from ui.filter_bar import ChoicesRead, FilterBar, read_choices
from ui.filter_state import filter_from_text, filter_to_text
from ui.fonts import user_font
from ui.journal_columns import StretchFit, journal_table
from ui.journal_model import AHEAD, FOUND_IN, ROWS, SORT_KEYS, TITLE, JournalModel
from ui.journal_reads import (
    FIRST_ROWS,
    Found,
    IdsRead,
    PageRead,
    RowsRead,
    SnippetsRead,
    all_ids,
    page,
    rows,
    search,
    snippets,
)
from ui.list_count import SEARCH_LIMIT, ListCount
from ui.named import named
from ui.page_browser import PageBrowser
from ui.reader import Job, Reader
from ui.theme import colors

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

FILTER_SETTING = "browse_filter"
FIRST_IDS = 200  # a list's first ids, read at once; the rest on the reader's thread


class JournalView(QWidget):
    open_requested = Signal(int)
    status = Signal(str, bool)
    new_requested = Signal()
    list_shown = Signal()  # once, after the list's first paint

    def __init__(self, journal: Journal, reader: Reader) -> None:
        super().__init__()
        self.journal = journal
        self.reader = reader
        self.model = JournalModel(journal, read_here=False)  # rows come from the reader
        self.model.sort_changed.connect(self.on_sort)
        self.model.snippets_wanted.connect(self.want_snippets)
        self.model.rows_wanted.connect(self.want_rows)
        self.model.failed.connect(lambda message: self.status.emit(message, True))
        self.search = named(QLineEdit(), "search")
        self.search.setPlaceholderText(
            self.tr("Search every word of every incident, any language (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setFont(user_font(11))
        self.search.textChanged.connect(self.refresh)
        new = named(QPushButton(self.tr("New incident")), "new")
        new.clicked.connect(self.new_requested)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        self.filters = FilterBar(journal)  # its lists fill in after the first paint
        selection, label = filter_from_text(journal.settings.get(FILTER_SETTING))
        self.filters.show_selection(selection, label)
        self.filters.changed.connect(self.on_filter)
        self.filters.said.connect(self.status)
        self.table = self._table()
        hint = self.tr("Select an incident to read it here; Enter opens it.")
        self.page = named(PageBrowser(hint), "page")
        empty = self.tr(
            "Nothing here yet — when something goes wrong with a client, start here.\n\n"
            "Press Ctrl+N for a new incident. To see first what Amends is for, choose Help ▸ "
            "Look around with sample incidents."
        )
        self.empty = named(QLabel(empty), "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = named(QLabel(), "count")
        self.counted = ListCount(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)
        left_layout.addWidget(self.count)
        self.split = split = named(QSplitter(), "list_and_page")
        split.addWidget(left)
        split.addWidget(self.page)
        split.setSizes([900, 280])  # on a small screen the list keeps its columns in view
        split.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        self.painted = False
        self.closed = False  # set by the window as it closes
        self.list_stale = False  # read again when next shown
        self.choices_stale = False
        self.pending_page: int | None = None
        self.page_id: int | None = None  # the incident shown beside the list, or being read
        # The incident selected last: selected again when the list is read again (after a
        # change, a search, a new language), if it is still listed.
        self.kept_id: int | None = None
        self.still_to_select: int | None = None  # kept, but not among the first ids read
        self.listed = IncidentFilter()  # the filter of the list shown (not of a search)
        # Posted now, run after the window's first paint: two turns of the event loop later.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.after_first_paint))
        self.refresh()

    def after_first_paint(self) -> None:
        """What is not the list waits until the list has been painted once."""
        if self.painted or self.closed:  # the window closed meanwhile, its journal too
            return
        self.painted = True
        self.list_shown.emit()  # the menus and the one-window server
        self.fit.start()
        if self.pending_page is not None:
            self.show_page(self.pending_page)
        # The rest of a long list's ids, the rows below the first and the filters' lists
        # (40 ms at 100,000 incidents) are read on the reader's thread, after the work above,
        # which they would slow; rows asked for before now are asked again.
        self.want_all_ids()
        self.model.ask_again()
        self.model.read_ahead()
        self.reader.submit(Job("choices", read_choices, self._choices_read, self._choices_failed))

    def _table(self) -> QTableView:
        table = journal_table(self.model, *self.filters.sort)
        self.fit = StretchFit(table, TITLE)
        table.activated.connect(self.open_index)  # a double click (Enter is the menu's)
        table.selectionModel().currentRowChanged.connect(self.on_current)
        return table

    # What the list shows ------------------------------------------------------------------

    def selection(self) -> IncidentFilter:
        return self.filters.selection()

    def refresh(self) -> None:
        """Show the list for the current search and filters: the list at once, a search as
        soon as the reader has it (each keystroke only posts the query)."""
        text, selection = self.search.text(), self.selection()
        self.list_stale = False
        if text.strip() and text != self.model.query:
            self.kept_id = None  # new words: the best match comes first, and is selected
        if text.strip():
            self.count.setText(self.tr("Searching…"))
            read = partial(search, text=text, selection=selection, limit=SEARCH_LIMIT)
            self.reader.submit(Job("search", read, self._found, self._search_failed))
            return
        self.reader.cancel("search")  # a search still running is now stale
        self.listed = selection
        with self.journal.snapshot():  # the first ids, the count and the first rows agree
            incidents = self.journal.incidents
            first = incidents.list_ids(selection, FIRST_IDS)
            total = incidents.count(selection) if len(first) == FIRST_IDS else len(first)
            shown = self._first_rows(first)
        # A long list shows at once (reading 100,000 ids takes 30 ms): the rest of its ids,
        # and every row past the first, come from the reader's thread.
        self.model.show_ids(first, "", total, shown)
        self.want_all_ids()
        if self.painted:
            self.model.read_ahead()
        self.after_change()

    def _first_rows(self, ids: list[int]) -> list[IncidentRow]:
        """The rows the list shows first, read as the first paint read them before. A damaged
        page: none, and the reader's thread reads them, and says why it cannot."""
        try:
            return self.journal.incidents.rows_for(ids[:FIRST_ROWS])
        except JournalError:
            return []

    def on_changes(self, changes: Changes) -> None:
        """A write: the list is read again if incidents changed, the filters' names if
        clients or categories did; now if the list is shown, else when it is next."""
        if changes.incidents or changes.deleted or changes.everything:
            self.list_stale = True
        if changes.clients or changes.categories or changes.everything:
            self.choices_stale = True
        if self.isVisible():
            self.catch_up()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.catch_up()

    def catch_up(self) -> None:
        """Read again what changed while the list was not shown."""
        if self.closed:
            return
        if self.choices_stale:
            self.choices_stale = False
            try:
                self.filters.fill_choices()
            except JournalError as error:
                self._choices_failed(error)
        if self.list_stale:
            self.refresh()

    def want_all_ids(self) -> None:
        if self.painted and not self.model.complete:
            read = partial(all_ids, generation=self.model.generation, selection=self.listed)
            self.reader.submit(Job("ids", read, self._ids_read, self._failed))

    def want_rows(self, generation: int, ids: list[int], why: str) -> None:
        """Read rows for the model on the reader's thread; not while the window opens (the
        reader's thread starts later: the model asks again after the first paint)."""
        if not self.painted or self.closed:
            return
        if why == ROWS:  # the rows shown come before any read ahead
            self.reader.cancel(AHEAD)
        read = partial(rows, generation=generation, ids=ids)
        failed = partial(self.model.rows_failed, generation, ids)
        self.reader.submit(Job(why, read, partial(self._rows_read, why), failed))

    def want_snippets(self, ids: list[int]) -> None:
        read = partial(snippets, text=self.model.query, ids=ids)
        self.reader.submit(Job("snippets", read, self._snippets_read, self._failed))

    # What the reader's thread read (a job of each kind at a time, the newest) -------------

    def _found(self, found: Found) -> None:
        if found.text != self.search.text():
            return
        if self.table.itemDelegateForColumn(FOUND_IN) is None:  # loaded on the first search
            from ui.snippet_delegate import SnippetDelegate

            self.table.setItemDelegateForColumn(FOUND_IN, SnippetDelegate(self.table))
        self.model.show_ids(found.ids, found.text, rows=found.rows)
        self.model.read_ahead()  # every result's row: sorting them waits for none
        self.after_change()

    def _ids_read(self, read: IdsRead) -> None:
        self.model.complete_ids(read.ids, read.generation)
        wanted, self.still_to_select = self.still_to_select, None
        position = self.model.position_of(wanted)
        if position is not None and self.table.currentIndex().row() == 0:
            self.table.selectRow(position)
        current = self.table.currentIndex().row()
        if current >= 0 and self.model.id_at(current) != self.page_id:
            self.show_page(current)  # its id was not known yet, or the list was shown again

    def _rows_read(self, why: str, read: RowsRead) -> None:
        self.model.rows_read(read.generation, read.ids, read.rows, why)

    def _snippets_read(self, read: SnippetsRead) -> None:
        if read.text == self.model.query:
            self.model.add_snippets(read.snippets, read.ids)

    def _choices_read(self, read: ChoicesRead) -> None:
        self.filters.fill_choices(read)

    def _choices_failed(self, error: JournalError) -> None:
        self.choices_stale = True  # read again when the journal is next shown
        self._failed(error)

    def _search_failed(self, error: JournalError) -> None:
        self.count.setText("")
        self._failed(error)

    def _failed(self, error: JournalError) -> None:
        self.status.emit(error.in_window(), True)

    def after_change(self) -> None:
        rows = self.model.rowCount()
        searching = bool(self.search.text().strip())
        filtered = not self.selection().is_empty
        self.table.setColumnHidden(FOUND_IN, not searching)
        header = self.table.horizontalHeader()
        stretching = FOUND_IN if searching else TITLE  # the snippet takes the room, or the title
        if stretching != self.fit.stretching:
            # While searching, the snippet shows where the words are and the title is short.
            self.table.setColumnWidth(TITLE, StretchFit.LEAST if searching else 200)
            self.fit.stretch(stretching)
        header.setSortIndicatorShown(not searching)  # results are ranked until sorted
        everything_empty = not rows and not searching and not filtered
        self.table.setVisible(not everything_empty)
        self.empty.setVisible(everything_empty)
        self.count.setText(self.counted.said(rows, searching, filtered))
        if rows == 0:
            self.page.clear()
        else:
            wanted = self.kept_id
            self.table.selectRow(0)  # the first row, unless the one kept is listed too
            self.select_incident(wanted)
        key, descending = self.filters.sort
        if not searching and key in SORT_KEYS:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(SORT_KEYS.index(key), order)

    def on_filter(self) -> None:
        self.remember_filter()
        self.refresh()

    def on_sort(self, key: SortKey, descending: bool) -> None:
        if (key, descending) != self.filters.sort:
            self.filters.sort = (key, descending)
            self.on_filter()

    def show_filter(self, selection: IncidentFilter, label: str = "") -> None:
        """Show the incidents behind a chart's bar or a client: the search is cleared."""
        sort = self.filters.sort
        self.filters.show_selection(selection._replace(sort=sort[0], descending=sort[1]), label)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.on_filter()

    def remember_filter(self) -> None:
        kept = filter_to_text(self.selection(), self.filters.label)
        with suppress(JournalError):  # a read-only journal: the filter lasts until Amends closes
            self.journal.settings.set(FILTER_SETTING, kept)

    # The selected incident ----------------------------------------------------------------

    def on_current(self, current: QModelIndex, _: QModelIndex) -> None:
        # The page beside the list fills in right after the list is painted, not before.
        position = current.row()
        if (incident_id := self.model.id_at(position)) is not None:
            self.kept_id = incident_id
        if not self.painted:
            self.pending_page = position
            return
        QTimer.singleShot(0, lambda: self.show_page(position))

    def show_page(self, position: int) -> None:
        """The incident in that row beside the list, read on the reader's thread."""
        if self.closed or position != self.table.currentIndex().row():
            return
        incident_id = self.model.id_at(position)
        self.page_id = incident_id
        if incident_id is None:  # gone, or its id not read yet (it shows when it is)
            self.reader.cancel("page")
            self.page.clear()
            return
        read = partial(page, incident_id=incident_id, overdue_color=colors().overdue)
        self.reader.submit(Job("page", read, self._page_read, self._failed))

    def _page_read(self, read: PageRead) -> None:
        if read.incident_id == self.page_id:
            self.page.setHtml(read.html)

    def current_id(self) -> int | None:
        return self.model.id_at(self.table.currentIndex().row())

    def beside_current(self) -> int | None:
        """The incident after the one selected, or else the one before it."""
        row = self.table.currentIndex().row()
        return self.model.id_at(row + 1) or self.model.id_at(row - 1)

    def show_left(self, incident_id: int) -> None:
        """The incident just left in the worksheet, selected; if the filters hide it, said."""
        self.select_incident(incident_id)
        listed = self.model.position_of(incident_id) is not None
        searching = bool(self.search.text().strip())
        if not listed and self.model.complete and not searching and not self.selection().is_empty:
            said = self.tr("It is saved, but the filters hide it: “Clear filters” shows it.")
            self.status.emit(said, False)

    def select_incident(self, incident_id: int | None) -> None:
        """Select that incident in the list, now if it is listed, else once its id is read."""
        position = self.model.position_of(incident_id)
        waiting = position is None and not self.model.complete
        self.still_to_select = incident_id if waiting else None
        if position is not None:
            self.table.selectRow(position)  # and so kept (on_current)
        elif waiting:
            self.kept_id = incident_id

    def open_index(self, index: QModelIndex) -> None:
        incident_id = self.model.id_at(index.row())
        if incident_id is not None:
            self.open_requested.emit(incident_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
