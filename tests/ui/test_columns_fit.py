"""The column that says what each row is (the title; the snippet while searching) takes the
room the others leave, and in a narrow window stays readable while the list scrolls sideways."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journal.service import Journal
from tests.conftest import full_incident
from ui.journal_columns import StretchFit
from ui.journal_model import FOUND_IN
from ui.journal_view import TITLE
from ui.main_window import MainWindow


def room_left(window: MainWindow, stretching: int) -> int:
    table = window.browse.table
    header = table.horizontalHeader()
    others = sum(
        header.sectionSize(column)
        for column in range(header.count())
        if column != stretching and not header.isSectionHidden(column)
    )
    return table.viewport().width() - others


def test_a_narrow_window_scrolls_the_list_sideways_before_cutting_the_title(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(title="Prijevod ugovora predan nakon dogovorenog roka"))
    window.reload()
    table = window.browse.table
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: table.columnWidth(TITLE) == room_left(window, TITLE))
    assert table.horizontalScrollBar().maximum() == 0  # all in view, the title the widest
    window.resize(640, 600)
    qtbot.waitUntil(lambda: table.columnWidth(TITLE) == StretchFit.LEAST)
    assert room_left(window, TITLE) < StretchFit.LEAST
    assert table.horizontalScrollBar().maximum() > 0
    window.resize(1600, 700)  # and back: it takes the room again
    qtbot.waitUntil(lambda: table.columnWidth(TITLE) == room_left(window, TITLE))


def test_while_searching_the_snippet_takes_the_room_and_the_title_steps_back(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(title="Wrong invoice total"))
    window.reload()
    window.resize(1600, 700)
    window.browse.search.setText("invoice")
    table = window.browse.table
    qtbot.waitUntil(lambda: not table.isColumnHidden(FOUND_IN))
    qtbot.waitUntil(lambda: table.columnWidth(FOUND_IN) == room_left(window, FOUND_IN))
    assert table.columnWidth(TITLE) == StretchFit.LEAST  # short: the page beside has it all
    window.browse.search.clear()
    qtbot.waitUntil(lambda: table.columnWidth(TITLE) == room_left(window, TITLE))
