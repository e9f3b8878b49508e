"""The incident selected in the list stays selected when the list is read again (after a
change, a filter, clearing a search, a new language); new search words select the best match;
the page beside the list says what to do while it is empty, in as many lines as it needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journal.domain import Status
from journal.listing import IncidentFilter
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import type_text
from tests.ui.test_settings import choose
from ui.main_window import MainWindow
from ui.page_browser import PageBrowser
from ui.session import Session

TITLES = ("Late logo files", "Wrong invoice total", "Missed the launch call", "Typo in the flyer")


@pytest.fixture
def listed(window: MainWindow, journal: Journal) -> MainWindow:
    for title in TITLES:
        status = Status.RESOLVED if title.startswith("Typo") else Status.PREPARED
        journal.incidents.create(full_incident(title=title, status=status))
    window.reload()
    return window


def select_title(window: MainWindow, title: str) -> int:
    browse = window.browse
    ids = browse.journal.incidents.list_ids()
    (wanted,) = [i for i in ids if browse.journal.incidents.get(i).title == title]
    browse.table.selectRow(browse.model.position_of(wanted) or 0)
    assert browse.current_id() == wanted
    return wanted


def test_a_change_elsewhere_leaves_the_selected_incident_selected(
    listed: MainWindow, journal: Journal
) -> None:
    chosen = select_title(listed, "Wrong invoice total")
    journal.incidents.create(full_incident(title="Written in another window"))
    listed.reload()  # the list is read again, with a new row at the top
    assert listed.browse.model.rowCount() == len(TITLES) + 1
    assert listed.browse.current_id() == chosen


def test_a_filter_keeps_the_selection_if_it_still_lists_it_else_starts_at_the_top(
    listed: MainWindow,
) -> None:
    browse = listed.browse
    chosen = select_title(listed, "Wrong invoice total")  # not the first row it will be in
    browse.show_filter(IncidentFilter(status=Status.PREPARED))
    assert browse.model.rowCount() == len(TITLES) - 1 and browse.current_id() == chosen
    browse.show_filter(IncidentFilter(status=Status.RESOLVED))
    assert browse.table.currentIndex().row() == 0 and browse.current_id() != chosen


def test_new_search_words_select_the_best_match_and_clearing_them_keeps_the_one_chosen(
    qtbot: QtBot, listed: MainWindow
) -> None:
    browse = listed.browse
    select_title(listed, "Missed the launch call")
    browse.search.setFocus()
    type_text(browse.search, "invoice")
    qtbot.waitUntil(lambda: browse.model.rowCount() == 1)
    assert browse.table.currentIndex().row() == 0
    found = browse.current_id()
    browse.search.clear()  # back to the whole list, on the incident found
    assert browse.model.rowCount() == len(TITLES) and browse.current_id() == found
    assert browse.table.currentIndex().row() != 0


def test_an_incident_below_the_first_ids_read_is_selected_once_its_id_comes(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from ui.journal_view import FIRST_IDS

    journal.transfer.import_incidents(
        [full_incident(title=f"Incident {n}", actions=()) for n in range(FIRST_IDS + 20)]
    )
    oldest = min(journal.incidents.list_ids())
    window.reload()
    assert not window.browse.model.complete
    window.browse.select_incident(oldest)
    qtbot.waitUntil(lambda: window.browse.current_id() == oldest)
    assert window.browse.table.currentIndex().row() == FIRST_IDS + 19


def test_a_new_language_keeps_the_incident_selected(
    qtbot: QtBot, journal: Journal, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.translation.catalogues_folder", lambda: catalogues)
    for title in TITLES:
        journal.incidents.create(full_incident(title=title))
    session = Session(journal)
    old = session.window
    try:
        with qtbot.waitSignal(old.browse.list_shown):
            session.show()
        chosen = select_title(old, "Wrong invoice total")
        choose("hr", None)
        old.show_settings()
        qtbot.waitUntil(lambda: session.window is not old, timeout=3000)
        assert session.window.browse.current_id() == chosen
        page = session.window.browse.page
        qtbot.waitUntil(lambda: "Wrong invoice total" in page.toPlainText())
    finally:
        session.window.close()


def test_the_empty_page_s_hint_wraps_to_the_pane_s_width(qtbot: QtBot) -> None:
    hint = "Select an incident to read it here; Enter opens it."
    page = PageBrowser(hint)
    qtbot.addWidget(page)
    page.resize(160, 160)
    page.show()
    page.clear()  # nothing selected
    qtbot.waitExposed(page)
    lines = _lines_of_ink(page.viewport().grab().toImage(), page.palette().base().color())
    assert page.placeholderText() == hint and lines >= 3  # a word or two a line, all shown
    page.setHtml("<p>Shown</p>")  # the incident replaces it
    assert _lines_of_ink(page.viewport().grab().toImage(), page.palette().base().color()) == 1


def _lines_of_ink(image: QImage, paper: QColor) -> int:
    """How many bands of rows have anything but the paper on them."""
    inked = [
        any(image.pixelColor(x, y) != paper for x in range(4, image.width() - 4))
        for y in range(image.height())
    ]
    return sum(1 for y, ink in enumerate(inked) if ink and (y == 0 or not inked[y - 1]))


def test_the_incident_left_in_the_worksheet_is_selected_or_said_to_be_filtered_out(
    listed: MainWindow, journal: Journal
) -> None:
    browse = listed.browse
    listed.new_incident()
    listed.worksheet.widgets["client"].setText("Nils Berg")  # type: ignore[attr-defined]
    listed.worksheet.widgets["title"].setText("Proofs sent late")  # type: ignore[attr-defined]
    listed.back_to_journal()  # Ctrl+W
    written = max(journal.incidents.list_ids())
    assert browse.current_id() == written
    browse.show_filter(IncidentFilter(status=Status.RESOLVED))
    listed.open_incident(written)
    listed.worksheet.widgets["title"].setText("Proofs sent a day late")  # type: ignore[attr-defined]
    listed.back_to_journal()
    assert journal.incidents.get(written).title == "Proofs sent a day late"
    assert "the filters hide it" in listed.statusBar().currentMessage()
    assert browse.model.position_of(written) is None
