"""Browsing the journal in the window: search as you type, filters, sorting, the detail pane."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.domain import Action, Client, Status
from journal.listing import IncidentFilter, SortKey
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import press, type_text
from ui.journal_model import COLUMNS, FOUND_IN, KEEP_ROWS, SNIPPET_ROLE, JournalModel
from ui.main_window import MainWindow
from ui.reader import Job, Reader

KEPT = (Action("Add a reminder", dt.date(2026, 1, 1), dt.date(2026, 1, 1)),)
LATE = (Action("Send the style guide", dt.date(2026, 10, 1)),)  # the journal's today: 11-01
THAI_TITLE = "ส่งใบแจ้งหนี้ผิดเดือนให้ลูกค้า"


def fill(journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Missed the launch", actions=KEPT))
    journal.incidents.create(
        full_incident(
            title=THAI_TITLE,
            client=Client("สมชาย ใจดี"),
            category="billing error",
            what_happened="ส่งใบแจ้งหนี้ของเดือนมีนาคมแทนเดือนเมษายน",
            actions=LATE,
            status=Status.DRAFT,
            occurred_on=dt.date(2026, 4, 3),
        )
    )
    journal.incidents.create(
        full_incident(
            title="Wrong invoice total",
            category="billing error",
            actions=KEPT,
            status=Status.RESOLVED,
            occurred_on=dt.date(2025, 12, 1),
        )
    )


def shown_titles(window: MainWindow) -> list[str]:
    model = window.browse.model
    return [model.data(model.index(row, COLUMNS.index("Title"))) for row in range(model.rowCount())]


def test_the_model_is_a_well_behaved_qt_model_listing_and_searching(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    fill(journal)
    model = JournalModel(journal)
    model.show_ids(journal.incidents.list_ids())
    qtmodeltester.check(model)
    model.snippets_wanted.connect(
        lambda ids: model.add_snippets(journal.search.snippets("invoice", ids), ids)
    )
    model.show_ids(journal.search.ids("invoice"), "invoice")
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.data(model.index(0, FOUND_IN))


def test_scrolling_the_whole_journal_keeps_only_a_window_of_rows(journal: Journal) -> None:
    model = JournalModel(journal)
    ids = list(range(1, 20_001))  # ids of incidents that do not exist cost no rows
    journal.incidents.create(full_incident())
    model.show_ids([1, *ids])
    for position in range(0, len(ids), 150):
        model.row_at(position)
    assert len(model.rows) <= KEEP_ROWS + 250


def test_search_as_you_type_finds_thai_and_marks_the_words(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.browse.search, "ใบแจ้งหนี้")
    qtbot.waitUntil(lambda: shown_titles(window) == [THAI_TITLE])
    assert not window.browse.table.isColumnHidden(FOUND_IN)
    found_in = window.browse.model.index(0, FOUND_IN)
    qtbot.waitUntil(lambda: bool(window.browse.model.data(found_in, SNIPPET_ROLE)))
    snippet = window.browse.model.data(found_in, SNIPPET_ROLE)
    assert any(part.is_match and "ใบแจ้งหนี้" in part.text for part in snippet)
    window.browse.search.clear()
    assert len(shown_titles(window)) == 3 and window.browse.table.isColumnHidden(FOUND_IN)


def test_a_slow_older_query_never_replaces_a_newer_one(qtbot: QtBot, journal: Journal) -> None:
    reader = Reader(journal)
    shown: list[str] = []

    def slow(_: Journal) -> str:
        time.sleep(0.3)
        return "old"

    reader.submit(Job("search", slow, shown.append))
    reader.submit(Job("search", lambda opened: f"new {opened.incidents.count()}", shown.append))
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(400)
    reader.stop()
    assert shown == ["new 0"]


def test_filters_combine_and_survive_a_restart(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    filters = window.browse.filters
    filters.category.setCurrentText("billing error")
    assert set(shown_titles(window)) == {THAI_TITLE, "Wrong invoice total"}
    filters.overdue.setChecked(True)
    assert shown_titles(window) == [THAI_TITLE]
    assert window.browse.model.data(window.browse.model.index(0, COLUMNS.index("Steps")))
    assert "1 incident matches the filters" in window.browse.count.text()
    window.close()
    again = MainWindow(journal)
    qtbot.addWidget(again)
    assert again.browse.filters.category.currentText() == "billing error"
    assert again.browse.filters.overdue.isChecked() and shown_titles(again) == [THAI_TITLE]
    again.browse.filters.clear.click()
    assert len(shown_titles(again)) == 3
    again.close()


def test_dates_filter_a_range_and_status_filters_by_stage(
    window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    window.browse.filters.show_selection(
        IncidentFilter(occurred_from=dt.date(2026, 1, 1), status=Status.DRAFT)
    )
    window.browse.on_filter()
    assert shown_titles(window) == [THAI_TITLE]
    assert window.browse.filters.occurred_from.text() == "2026-01-01"
    assert window.browse.filters.occurred_to.text() == ""  # it reads "any"
    to = window.browse.filters.occurred_to
    to.setFocus()
    type_text(to, "2026-03")  # a month: up to its last day
    press(to, Qt.Key.Key_Return)
    assert window.browse.selection().occurred_to == dt.date(2026, 3, 31)
    assert shown_titles(window) == []  # the Thai draft is from April
    to.clear()
    assert shown_titles(window) == [THAI_TITLE]


def test_a_date_filter_that_is_no_date_says_so_and_can_be_cleared(
    window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    said: list[tuple[str, bool]] = []
    window.browse.status.connect(lambda message, wrong: said.append((message, wrong)))
    since = window.browse.filters.occurred_from
    since.setFocus()
    type_text(since, "2026-02-31")
    press(since, Qt.Key.Key_Return)
    assert said and said[-1][1] and "Not a date" in said[-1][0]  # not only in a tooltip
    assert window.browse.selection().occurred_from is None and len(shown_titles(window)) == 3
    assert window.browse.filters.clear.isEnabled()
    window.browse.filters.clear.click()
    assert since.text() == "" and not window.browse.filters.clear.isEnabled()
    type_text(since, "2026")
    press(since, Qt.Key.Key_Return)
    assert "Not a date" not in since.toolTip()


def test_clicking_a_column_header_sorts_by_it_and_is_remembered(
    window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    header = window.browse.table.horizontalHeader()
    window.browse.table.sortByColumn(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
    assert shown_titles(window) == ["Missed the launch", "Wrong invoice total", THAI_TITLE]
    assert header.sortIndicatorSection() == COLUMNS.index("Title")
    assert window.browse.filters.sort == (SortKey.TITLE, False)
    assert '"sort": "title"' in (journal.settings.get("browse_filter") or "")


def test_the_detail_pane_shows_user_markup_as_text_and_enter_opens_it(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(
        full_incident(
            title="<b>Bold</b> & <a href='x'>link</a>", what_happened="line one\nline two"
        )
    )
    window.reload()
    qtbot.waitUntil(lambda: "<b>Bold</b>" in window.browse.page.toPlainText())
    text = window.browse.page.toPlainText()
    assert "& <a href='x'>link</a>" in text and "line one\nline two" in text
    assert "What happened" in text
    window.browse.table.setFocus()
    press(window.browse.table, Qt.Key.Key_Return)
    assert window.in_worksheet()
    assert window.worksheet.widgets["title"].text().startswith("<b>Bold</b>")


def test_an_empty_list_says_why_and_what_to_do(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    browse = window.browse
    browse.search.setText("zzyzx")
    qtbot.waitUntil(lambda: browse.model.rowCount() == 0)
    assert browse.count.text() == "Nothing matches these words. Try fewer or shorter ones."
    browse.search.clear()
    browse.show_filter(IncidentFilter(occurred_from=dt.date(2030, 1, 1)))
    assert browse.model.rowCount() == 0 and "Clear filters" in browse.count.text()
    assert browse.filters.clear.isEnabled() and "words" not in browse.count.text()
    browse.search.setText("zzyzx")
    qtbot.waitUntil(lambda: "words, or clear the filters" in browse.count.text())


def test_the_client_filter_takes_a_typed_name_and_clearing_it_shows_all(
    window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    client = window.browse.filters.client
    client.setFocus()
    type_text(client, "สมชาย ใจดี")
    press(client, Qt.Key.Key_Return)
    assert shown_titles(window) == [THAI_TITLE]
    client.clear()
    assert len(shown_titles(window)) == 3


def test_autosave_leaves_the_list_alone_until_the_user_goes_back_to_it(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    window.new_incident()
    sheet = window.worksheet
    sheet.widgets["client"].setText("Marko Horvat")  # type: ignore[attr-defined]
    sheet.widgets["title"].setText("Typed while the list waits")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: journal.incidents.count() == 4, timeout=5000)
    assert len(shown_titles(window)) == 3  # no re-listing of a large journal mid-typing
    press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert "Typed while the list waits" in shown_titles(window)


def test_paging_on_finds_the_next_rows_already_read(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.journal_model import BATCH

    journal.transfer.import_incidents(
        [full_incident(title=f"Incident {n}", actions=()) for n in range(3 * BATCH)]
    )
    window.reload()
    model = window.browse.model
    # The first rows come with the list; those below them are read ahead on the reader's
    # thread, and the window's own journal reads no row.
    calls: list[int] = []
    monkeypatch.setattr(journal.incidents, "rows_for", lambda ids: calls.append(len(ids)) or [])
    qtbot.waitUntil(lambda: model.complete and model.ids[2 * BATCH] in model.rows)
    assert model.row_at(2 * BATCH) is not None and calls == []


def test_a_long_list_shows_its_first_ids_at_once_and_the_rest_meanwhile(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from ui.journal_view import FIRST_IDS

    journal.transfer.import_incidents(
        [full_incident(title=f"Incident {n}", actions=()) for n in range(FIRST_IDS + 50)]
    )
    model = window.browse.model
    window.reload()
    assert model.rowCount() == FIRST_IDS + 50 and not model.complete
    title = model.index(FIRST_IDS + 49, COLUMNS.index("Title"))
    assert model.data(title) == "…"  # its id is not read yet: a placeholder, never a guess
    qtbot.waitUntil(lambda: model.complete)  # from the reader's thread
    assert model.ids == journal.incidents.list_ids() and model.rowCount() == FIRST_IDS + 50
    qtbot.waitUntil(lambda: model.data(title) == "Incident 0")  # the oldest, at the bottom
    first, total = journal.incidents.list_ids(limit=FIRST_IDS), journal.incidents.count()
    model.show_ids(first, "", total)
    journal.incidents.create(full_incident(title="Written meanwhile"))  # an autosave, say
    model.complete_ids(journal.incidents.list_ids(), model.generation)  # read after the write
    assert model.rowCount() == FIRST_IDS + 51 and model.ids == journal.incidents.list_ids()


def test_a_partly_read_list_is_a_well_behaved_qt_model(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    journal.transfer.import_incidents([full_incident(title=f"Incident {n}") for n in range(60)])
    model = JournalModel(journal)
    model.show_ids(journal.incidents.list_ids(limit=20), "", 60)
    qtmodeltester.check(model)
    assert model.rowCount() == 60
    title = model.index(59, COLUMNS.index("Title"))
    assert model.data(title) == "…" and model.row_at(59) is None  # past the first 20
    model.complete_ids(journal.incidents.list_ids(), model.generation)
    (last,) = journal.incidents.rows_for(journal.incidents.list_ids()[-1:])
    assert model.data(title) == last.title
    assert model.complete and model.rowCount() == 60
