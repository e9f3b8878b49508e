"""The Clients and Patterns views: figures a person reads at a glance, each a way into the list."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.domain import Action, Client, Compensation
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import press
from tests.ui.test_browse import shown_titles
from ui import theme
from ui.bar_list import BarList
from ui.main_window import MainWindow

CAUSE = "Jag hade ingen checklista för lanseringar."


def fill(journal: Journal) -> None:
    for day in (dt.date(2026, 9, 3), dt.date(2026, 10, 7)):
        journal.incidents.create(
            full_incident(
                title=f"Late launch {day.month}",
                occurred_on=day,
                root_cause=CAUSE,
                actions=(Action("Write the checklist", dt.date(2026, 10, 20)),),
                compensation=Compensation("refund", Decimal("100.0"), "EUR", dt.date(2026, 10, 9)),
            )
        )
    journal.incidents.create(
        full_incident(
            title="Wrong invoice",
            client=Client("Marko Horvat"),
            category="billing error",
            occurred_on=dt.date(2026, 10, 12),
            root_cause="Copied last month's invoice.",
            actions=(),
        )
    )


def labels(bars: BarList) -> list[str]:
    model = bars.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_clients_view_lists_each_client_and_opens_their_incidents(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    clients = window._clients
    assert clients is not None
    qtbot.waitUntil(lambda: clients.model.rowCount() == 2)
    first = [clients.model.index(0, column).data() for column in range(8)]
    assert first[:3] == ["Åsa Lindqvist", "Lindqvist Keramik AB", "2"]
    assert first[4] == "Oct 7, 2026" and first[5] == "€200, delivered"
    clients.find.setText("horvat")
    assert clients.model.rowCount() == 1
    clients.table.selectRow(0)
    clients.show_current()
    assert window.tabs.currentIndex() == 0 and shown_titles(window) == ["Wrong invoice"]


def test_patterns_view_shows_the_figures_and_each_bar_filters_the_journal(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    patterns = window._patterns
    assert patterns is not None
    qtbot.waitUntil(lambda: labels(patterns.categories) == ["missed deadline", "billing error"])
    assert "3 incidents with 2 clients" in patterns.summary.text()
    assert labels(patterns.causes) == [CAUSE]
    assert labels(patterns.repeats) == ["Åsa Lindqvist — missed deadline"]
    assert [len(labels(patterns.overdue))] == [2]
    patterns.categories.setFocus()
    patterns.categories.setCurrentIndex(patterns.categories.model().index(1, 0))
    press(patterns.categories, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0 and shown_titles(window) == ["Wrong invoice"]
    window.show_view(2)
    patterns.causes.clicked.emit(patterns.causes.model().index(0, 0))
    assert sorted(shown_titles(window)) == ["Late launch 10", "Late launch 9"]
    assert CAUSE in window.browse.filters.chip.text()


def test_a_month_bar_shows_that_months_incidents_of_that_category(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    window.show_view(2)
    patterns = window._patterns
    assert patterns is not None
    qtbot.waitUntil(lambda: bool(patterns.months.bars))
    (series,) = patterns.months.chart().series()
    missed = next(s for s in series.barSets() if s.label() == "missed deadline")
    october = next(i for (name, i), f in patterns.months.bars.items() if f.month == "2026-10")
    missed.clicked.emit(october)
    assert shown_titles(window) == ["Late launch 10"]
    selection = window.browse.selection()
    assert (selection.occurred_from, selection.occurred_to) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 31),
    )


def test_an_overdue_step_opens_its_incident(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    window.reload()
    window.show_view(2)
    patterns = window._patterns
    assert patterns is not None
    qtbot.waitUntil(lambda: patterns.overdue.model().rowCount() == 2)
    patterns.overdue.clicked.emit(patterns.overdue.model().index(0, 0))
    assert window.in_worksheet()
    assert window.worksheet.widgets["title"].text().startswith("Late launch")


def test_dark_appearance_is_dark_and_is_remembered(window: MainWindow, journal: Journal) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window.set_appearance("dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert theme.colors().dark and journal.settings.get(theme.APPEARANCE_SETTING) == "dark"
        window.set_appearance("light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert not theme.colors().dark
    finally:
        theme.apply(app, "system")


def test_clients_sort_by_any_column_and_are_found_in_any_script(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    fill(journal)
    journal.incidents.create(
        full_incident(client=Client("สมชาย ใจดี"), occurred_on=dt.date(2026, 1, 2))
    )
    window.reload()
    window.show_view(1)
    clients = window._clients
    assert clients is not None
    qtbot.waitUntil(lambda: clients.model.rowCount() == 3)
    names = lambda: [clients.model.index(r, 0).data() for r in range(clients.model.rowCount())]  # noqa: E731
    clients.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by journal.naming.name_key
    assert names() == ["Åsa Lindqvist", "Marko Horvat", "สมชาย ใจดี"]
    clients.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the latest incident first
    assert names()[0] == "Marko Horvat"
    clients.find.setText("ใจดี")
    assert names() == ["สมชาย ใจดี"]
    clients.find.setText("keramik")  # the company counts too
    assert names() == ["Åsa Lindqvist"]
    # Found by the rule names compare by: in any case, typed composed or decomposed.
    clients.find.setText(unicodedata.normalize("NFD", "ÅSA LIND"))
    assert names() == ["Åsa Lindqvist"]


def test_an_empty_list_says_why_and_clicking_it_goes_nowhere(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(actions=(), root_cause="Once only."))
    window.reload()
    window.show_view(2)
    patterns = window._patterns
    assert patterns is not None
    qtbot.waitUntil(lambda: labels(patterns.overdue) == ["No prevention step is overdue."])
    assert labels(patterns.causes) == ["No cause given twice yet."]
    patterns.causes.clicked.emit(patterns.causes.model().index(0, 0))
    patterns.overdue.clicked.emit(patterns.overdue.model().index(0, 0))
    assert window.tabs.currentIndex() == 2 and not window.in_worksheet()
