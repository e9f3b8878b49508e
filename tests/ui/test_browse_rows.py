"""The journal list's rows: read on the reader's thread, a placeholder until they come (never
another row's text), one row count whatever another program deletes, and a well-behaved Qt
model on every path: placeholders, each sort key in both directions, list and results."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.domain import Client, Severity, Status
from journal.incidents import Incidents
from journal.listing import IncidentFilter
from journal.service import Journal
from tests.conftest import full_incident
from ui.journal_model import AHEAD, BATCH, COLUMNS, ROWS, SORT_KEYS, TO_SORT, JournalModel
from ui.main_window import MainWindow

TITLE = COLUMNS.index("Title")
CLIENT = COLUMNS.index("Client")
ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


def fill(journal: Journal, count: int) -> None:
    """Incidents that differ in every sorted column, and all found by "invoice"."""
    journal.transfer.import_incidents(
        [
            full_incident(
                title=f"Invoice {n:03}",
                client=Client(f"Client {(n * 7) % count:03}"),
                category=("billing error", "missed deadline", "other")[n % 3],
                severity=list(Severity)[n % len(Severity)],
                status=list(Status)[n % len(Status)],
                occurred_on=dt.date(2026, 1, 1) + dt.timedelta(days=(n * 5) % count),
                actions=(),
            )
            for n in range(count)
        ]
    )


def titles(model: JournalModel) -> list[str]:
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


class Asked:
    """What a model read elsewhere (read_here=False) asks for, as the journal view gets it."""

    def __init__(self, model: JournalModel) -> None:
        self.calls: list[tuple[int, list[int], str]] = []
        model.rows_wanted.connect(lambda *call: self.calls.append(call))

    def answer(self, model: JournalModel, journal: Journal) -> None:
        """Read every request, as the reader's thread would, and hand the rows back."""
        calls, self.calls = self.calls, []
        for generation, ids, why in calls:
            model.rows_read(generation, ids, journal.incidents.rows_for(ids), why)

    def answer_all(self, model: JournalModel, journal: Journal) -> None:
        """Answer until nothing more is asked (each answer may ask for more: rows ahead)."""
        for _ in range(50):
            if not self.calls:
                return
            self.answer(model, journal)
        raise AssertionError("the model keeps asking for rows")


def test_a_row_not_read_yet_is_a_placeholder_until_its_row_comes(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    fill(journal, 300)
    ids = journal.incidents.list_ids()
    first = journal.incidents.rows_for(ids[:100])
    model = JournalModel(journal, read_here=False)
    asked = Asked(model)
    model.show_ids(ids, rows=first)
    shown = [model.data(model.index(row, TITLE)) for row in range(100)]
    assert shown == [row.title for row in first] and asked.calls == []  # shown at once
    cell = model.index(150, TITLE)
    assert model.data(cell) == "…" and model.data(model.index(150, CLIENT)) is None
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) is None  # no text of another row
    (_, batch, why), *_ = asked.calls
    assert why == ROWS and ids[150] in batch and ids[130] in batch  # and the rows around it
    qtmodeltester.check(model)  # its checks read cells: placeholders, and more asked for
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed.append(bottom.row()))
    asked.answer(model, journal)
    assert model.data(cell) == journal.incidents.rows_for([ids[150]])[0].title and changed
    assert AHEAD in {why for *_, why in asked.calls}  # and then the rows below, ahead
    asked.answer_all(model, journal)
    titles(model)  # every row painted: those not read yet ask
    asked.answer_all(model, journal)
    assert titles(model) == [row.title for row in journal.incidents.rows_for(ids)]


def test_rows_of_a_list_shown_before_are_dropped(journal: Journal) -> None:
    fill(journal, 30)
    model = JournalModel(journal, read_here=False)
    asked = Asked(model)
    model.show_ids(journal.incidents.list_ids())
    model.data(model.index(0, TITLE))
    generation, ids, why = asked.calls[-1]
    model.show_ids(list(reversed(journal.incidents.list_ids())))  # the list, sorted the other way
    model.rows_read(generation, ids, journal.incidents.rows_for(ids), why)  # late, for the old list
    assert model.rows == {} and model.data(model.index(0, TITLE)) == "…"


def test_a_row_deleted_before_it_was_read_is_left_blank_and_asked_for_no_more(
    journal: Journal,
) -> None:
    fill(journal, 30)
    ids = journal.incidents.list_ids()
    model = JournalModel(journal, read_here=False)
    asked = Asked(model)
    model.show_ids(ids)
    model.data(model.index(3, TITLE))
    with Journal(journal.path) as other:  # another program
        other.incidents.delete(ids[3])
    asked.answer(model, journal)
    assert model.data(model.index(3, TITLE)) is None and model.id_at(3) is None
    assert asked.calls == []
    assert model.data(model.index(4, TITLE)) == journal.incidents.rows_for([ids[4]])[0].title


def test_the_window_never_reads_a_far_page_on_its_own_thread(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.journal_view import FIRST_IDS

    fill(journal, 3 * FIRST_IDS)
    listed = journal.incidents.list_ids()
    title = {row.id: row.title for row in journal.incidents.rows_for(listed)}
    window.reload()
    browse, model = window.browse, window.browse.model
    assert not model.complete  # only the first ids so far
    window_thread = threading.get_ident()
    on_window_thread: list[str] = []

    def watch(name: str) -> None:
        real = getattr(Incidents, name)

        def watched(self: Incidents, *args: object, **kwargs: object) -> object:
            if threading.get_ident() == window_thread:
                on_window_thread.append(name)
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Incidents, name, watched)

    for name in ("rows_for", "list_ids", "get"):
        watch(name)
    browse.table.setFocus()
    QTest.keyClick(browse.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = model.index(model.rowCount() - 1, TITLE)
    assert model.data(last) == "…"
    qtbot.waitUntil(lambda: model.data(last) == title[listed[-1]])
    qtbot.waitUntil(lambda: title[listed[-1]] in browse.page.toPlainText())  # beside it, too
    bar = browse.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = browse.table.rowAt(browse.table.viewport().height() // 2)
    cell = model.index(middle, TITLE)
    qtbot.waitUntil(lambda: model.data(cell) == title[listed[middle]])
    QTest.keyClick(browse.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert model.data(model.index(0, TITLE)) == title[listed[0]]  # kept from the first read
    assert model.ids == listed and on_window_thread == []


@pytest.mark.parametrize("read_here", [True, False], ids=["alone", "read_elsewhere"])
def test_sorting_results_after_another_program_deleted_a_hit(
    qtmodeltester: ModelTester, journal: Journal, read_here: bool
) -> None:
    """The count and the ids are one truth: a hit deleted by another connection between the
    search and the sort is removed as a row, not dropped from the ids inside a layout change
    while the row count stays."""
    fill(journal, 2 * BATCH)
    found = journal.search.ids("invoice", limit=500)
    model = JournalModel(journal, read_here=read_here)
    asked = Asked(model)
    model.show_ids(found, "invoice")
    qtmodeltester.check(model)  # which reads the first rows, not those past them
    gone = found[-1]
    assert gone not in model.rows
    with Journal(journal.path) as other:
        other.incidents.delete(gone)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    if not read_here:
        assert TO_SORT in {why for *_, why in asked.calls}
        asked.answer(model, journal)
    assert model.rowCount() == 2 * BATCH - 1 and gone not in model.ids
    assert titles(model) == sorted(row.title for row in journal.incidents.rows_for(found))


@pytest.mark.parametrize("order", ORDERS, ids=["ascending", "descending"])
@pytest.mark.parametrize("column", range(len(SORT_KEYS)), ids=[str(k) for k in SORT_KEYS])
def test_search_results_sort_by_every_column_as_the_list_does(
    qtmodeltester: ModelTester, journal: Journal, column: int, order: Qt.SortOrder
) -> None:
    fill(journal, 12)
    key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
    listed = journal.incidents.list_ids(IncidentFilter(sort=key, descending=descending))
    model = JournalModel(journal, read_here=False)
    asked = Asked(model)
    found = journal.search.ids("invoice")
    model.show_ids(found, "invoice", rows=journal.incidents.rows_for(found[:5]))  # the first read
    qtmodeltester.check(model)
    kept, chosen = QPersistentModelIndex(model.index(2, TITLE)), model.ids[2]
    model.sort(column, order)
    assert any(why == TO_SORT for *_, why in asked.calls)  # the other results' rows first
    asked.answer(model, journal)
    assert model.ids == listed
    assert model.ids[kept.row()] == chosen  # the selection stays on its incident


@pytest.mark.parametrize("order", ORDERS, ids=["ascending", "descending"])
def test_the_list_sorts_by_every_column_in_the_window(
    qtmodeltester: ModelTester, window: MainWindow, journal: Journal, order: Qt.SortOrder
) -> None:
    fill(journal, 12)
    window.reload()
    model = window.browse.model
    qtmodeltester.check(model)
    for column, key in enumerate(SORT_KEYS):
        window.browse.table.sortByColumn(column, order)
        descending = order == Qt.SortOrder.DescendingOrder
        order_wanted = IncidentFilter(sort=key, descending=descending)
        assert model.ids == journal.incidents.list_ids(order_wanted)
        assert window.browse.filters.sort == (key, descending)
        expected = [row.title for row in journal.incidents.rows_for(model.ids)]
        assert titles(model) == expected  # the first rows came with the list
