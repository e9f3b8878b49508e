"""The journal view at its edges: after a crash, across restarts, with odd data and themes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journal.domain import Client
from journal.errors import JournalLocked
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import type_text
from ui.app import recover
from ui.journal_model import COLUMNS
from ui.main_window import LAST_OPEN, MainWindow


def _window(qtbot: QtBot, journal: Journal) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    return w


def test_detail_pane_works_after_crash_recovery(qtbot: QtBot, journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Alpha"))
    journal.incidents.create(full_incident(title="Beta"))
    journal.settings.set(LAST_OPEN, str(journal.incidents.list_ids()[0]))
    w = _window(qtbot, journal)
    recover(w)  # as run_window does: the worksheet is shown before the first paint
    qtbot.wait(200)
    w.back_to_journal()
    w.browse.table.selectRow(1)
    qtbot.waitUntil(lambda: "Alpha" in w.browse.page.toPlainText(), timeout=1000)
    w.close()


def test_chosen_sort_survives_a_restart(qtbot: QtBot, journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Alpha"))
    w = _window(qtbot, journal)
    w.browse.table.sortByColumn(COLUMNS.index("Client"), Qt.SortOrder.AscendingOrder)
    w.close()
    w2 = _window(qtbot, journal)
    assert w2.browse.filters.sort[0].value == "client"
    w2.close()


def test_sorting_search_results_keeps_pane_and_selection_together(
    qtbot: QtBot, journal: Journal
) -> None:
    for i, name in enumerate(("Zed", "Amy", "Mia")):
        journal.incidents.create(
            full_incident(
                title=f"Invoice {name}", client=Client(name), occurred_on=dt.date(2026, 1, 1 + i)
            )
        )
    w = _window(qtbot, journal)
    b = w.browse
    b.search.setText("invoice")
    qtbot.waitUntil(lambda: b.model.query == "invoice")
    clients = [b.model.data(b.model.index(r, 1)) for r in range(3)]
    target = sorted(clients)  # where each will be after sorting by client
    name = next(c for r, c in enumerate(clients) if target[r] != c)  # one that moves
    b.table.selectRow(clients.index(name))
    qtbot.waitUntil(lambda: f"Invoice {name}" in b.page.toPlainText())
    b.table.sortByColumn(COLUMNS.index("Client"), Qt.SortOrder.AscendingOrder)
    qtbot.wait(100)
    assert b.model.row_at(b.table.currentIndex().row()).title == f"Invoice {name}"
    w.close()


def test_new_client_is_offered_after_two_autosaves(qtbot: QtBot, journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Old"))
    w = _window(qtbot, journal)
    w.new_incident()
    ws = w.worksheet
    ws.widgets["title"].setText("Logo late")
    ws.widgets["client"].setText("Zoe Brand Co")
    ws.save()
    ws.widgets["what_happened"].setPlainText("A week late.")
    ws.save()
    w.back_to_journal()
    assert "Zoe Brand Co" in w.browse.filters.client_names.stringList()
    w.close()


def test_appearance_change_in_worksheet_does_not_lose_the_list_refresh(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.incidents.create(full_incident(title="Old"))
    w = _window(qtbot, journal)
    w.new_incident()
    w.worksheet.widgets["title"].setText("Brand new")
    w.worksheet.widgets["client"].setText("Zoe")
    w.worksheet.save()
    w.set_appearance("light")
    w.back_to_journal()
    assert w.browse.model.rowCount() == 2
    w.close()


def test_show_incidents_after_finding_a_client(qtbot: QtBot, journal: Journal) -> None:
    journal.incidents.create(full_incident(title="A", client=Client("Acme")))
    journal.incidents.create(full_incident(title="B", client=Client("Bob")))
    w = _window(qtbot, journal)
    w.show_view(1)
    cv = w._clients
    qtbot.waitUntil(lambda: cv.model.rowCount() == 2)
    type_text(cv.find, "bob")
    cv.open.click()
    assert w.browse.filters.selection().client == "Bob"
    w.show_view(1)
    cv.find.setText("acme")
    cv.find.returnPressed.emit()  # Enter in the find box opens the one found
    assert w.browse.filters.selection().client == "Acme"
    w.close()


def test_empty_causes_do_not_read_alike(journal: Journal) -> None:
    acme = Client("Acme")
    journal.incidents.create(
        full_incident(
            title="A", client=acme, root_cause=" ", whys=(), occurred_on=dt.date(2026, 1, 5)
        )
    )
    journal.incidents.create(
        full_incident(
            title="B", client=acme, root_cause="\n", whys=(), occurred_on=dt.date(2026, 2, 5)
        )
    )
    assert journal.patterns.figures().similar_causes == ()


def test_a_mistyped_future_date_does_not_blank_the_month_chart(journal: Journal) -> None:
    from ui.charts import MonthChart

    journal.incidents.create(full_incident(title="now", occurred_on=dt.date(2026, 10, 3)))
    journal.incidents.create(full_incident(title="typo", occurred_on=dt.date(2062, 6, 3)))
    chart = MonthChart()
    chart.show_months(journal.patterns.figures().by_month_category, journal.today())
    sets = chart.chart().series()[0].barSets()
    assert sum(s.sum() for s in sets) >= 1 and any(
        s.at(i) for s in sets for i in range(s.count()) if s.label() == "missed deadline"
    )
    assert chart.chart().axes()[0].categories()[-1].startswith("Nov")


def test_a_corrupt_stored_filter_is_ignored(qtbot: QtBot, journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Alpha"))
    journal.settings.set("browse_filter", '{"client": 5}')
    w = _window(qtbot, journal)  # it opens, unfiltered
    assert w.browse.model.rowCount() == 1 and w.browse.selection().is_empty
    w.close()


def test_legend_follows_the_appearance(qtbot: QtBot, journal: Journal) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ui import theme

    journal.incidents.create(full_incident(title="A", occurred_on=dt.date(2026, 10, 3)))
    theme.apply(QApplication.instance(), "light")
    w = _window(qtbot, journal)
    w.show_view(2)
    qtbot.waitUntil(lambda: bool(w._patterns.months.chart().series()))
    w.set_appearance("dark")
    qtbot.wait(300)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    try:
        assert w._patterns.months.chart().legend().labelColor() == text
    finally:
        w.set_appearance("light")
        w.close()


def test_a_long_cause_filter_does_not_widen_the_window(qtbot: QtBot, journal: Journal) -> None:
    cause = "I said yes before checking my calendar " * 6
    journal.incidents.create(full_incident(title="A", root_cause=cause))
    journal.incidents.create(full_incident(title="B", root_cause=cause))
    w = _window(qtbot, journal)
    w.resize(1200, 760)
    found = journal.patterns.figures().root_causes[0]
    w.show_filtered(found.selection, f"Cause: {found.cause}")
    qtbot.wait(50)
    assert w.minimumSizeHint().width() <= 1200
    assert found.cause.strip() in w.browse.filters.chip.toolTip()
    w.close()


def test_the_month_axis_counts_in_whole_incidents(journal: Journal) -> None:
    from ui.charts import MonthChart

    for day in (dt.date(2026, 10, 3), dt.date(2026, 10, 9)):
        journal.incidents.create(full_incident(occurred_on=day))
    chart = MonthChart()
    chart.show_months(journal.patterns.figures().by_month_category, journal.today())
    y_axis = next(axis for axis in chart.chart().axes() if axis.orientation() == Qt.Vertical)
    assert (y_axis.min(), y_axis.max(), y_axis.tickInterval()) == (0, 2, 1)


def test_menus_come_even_when_the_filter_lists_cannot_be_read(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.incidents.create(full_incident(title="Alpha"))

    def locked(_: Journal) -> object:
        raise JournalLocked("The journal is busy in another program; try again.")

    monkeypatch.setattr("ui.journal_view.read_choices", locked)  # on the reader's thread
    w = MainWindow(journal)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.browse.list_shown):
        w.show()
    entries = [[entry for entry in menu.actions() if not entry.isSeparator()] for menu in w.menus]
    assert [len(menu) for menu in entries] == [10, 6, 7, 4, 2, 4]  # File, Edit, …, Help
    qtbot.waitUntil(lambda: "busy" in w.statusBar().currentMessage(), timeout=1000)
    assert w.browse.model.rowCount() == 1
    assert w.browse.choices_stale  # read again when the journal is next shown
    w.close()


def test_a_search_snippet_reads_with_the_spaces_around_the_words_found(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from PySide6.QtGui import QTextDocument

    from ui.journal_model import FOUND_IN, SNIPPET_ROLE
    from ui.snippet_delegate import snippet_html

    journal.incidents.create(full_incident(what_happened="Kalendern visade fel\ntidszon."))
    window.reload()
    window.browse.search.setText("tidszon")
    found_in = window.browse.model.index(0, FOUND_IN)
    qtbot.waitUntil(lambda: bool(window.browse.model.data(found_in, SNIPPET_ROLE)))
    drawn = QTextDocument()
    drawn.setHtml(snippet_html(window.browse.model.data(found_in, SNIPPET_ROLE), "yellow"))
    assert "visade fel tidszon." in drawn.toPlainText()


def test_the_page_beside_a_narrow_list_breaks_lines_between_words(
    qtbot: QtBot, journal: Journal
) -> None:
    from tests.conftest import TODAY
    from ui.incident_page import incident_html
    from ui.page_browser import PageBrowser

    page = PageBrowser("")
    qtbot.addWidget(page)
    page.resize(260, 600)
    page.show()
    incident = full_incident(category="miscommunication", project="Rebranding the storefront")
    page.setHtml(incident_html(incident, TODAY))
    document = page.document()
    document.setTextWidth(page.viewport().width())
    text = document.toPlainText()
    broken = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount() - 1):
            end = block.position() + layout.lineAt(number).textStart()
            end += layout.lineAt(number).textLength()
            if text[end - 1 : end].isalpha() and text[end : end + 1].isalpha():
                broken.append(text[end - 8 : end + 8])
        block = block.next()
    assert "miscommunication" in text and broken == []


def test_a_search_hit_far_into_its_snippet_is_drawn_inside_the_cell(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.journal_model import FOUND_IN, SNIPPET_ROLE

    words = "The proofs went out on Tuesday with every page checked twice and then the "
    journal.incidents.create(full_incident(what_happened=words + "watermark stayed on."))
    window.reload()
    window.browse.search.setText("watermark")
    found_in = window.browse.model.index(0, FOUND_IN)
    qtbot.waitUntil(lambda: bool(window.browse.model.data(found_in, SNIPPET_ROLE)))

    def drawn(width: int) -> QImage:
        cell = QImage(width, 28, QImage.Format.Format_ARGB32)
        cell.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.rect = cell.rect()
        option.palette.setColor(QPalette.ColorRole.Highlight, QColor(0, 0, 255))
        painter = QPainter(cell)
        window.browse.table.itemDelegateForColumn(FOUND_IN).paint(painter, option, found_in)
        painter.end()
        return cell

    def marked(cell: QImage) -> list[int]:  # where the match's mark is: blue, a quarter strong
        colors = [cell.pixelColor(QPoint(x, 14)) for x in range(cell.width())]
        return [x for x, color in enumerate(colors) if color.blue() == 255 and color.red() < 240]

    from PySide6.QtGui import QFont, QTextDocument

    from ui.snippet_delegate import snippet_html

    whole = QTextDocument()
    option = QStyleOptionViewItem()
    whole.setDefaultFont(QFont(option.font))
    whole.setDocumentMargin(2)
    whole.setHtml(snippet_html(window.browse.model.data(found_in, SNIPPET_ROLE), "blue"))
    fits = int(whole.idealWidth()) + 4  # a cell just wide enough for all of the snippet
    narrow, roomy, unmoved = (marked(drawn(width)) for width in (150, fits, 3000))
    assert len(narrow) > 10  # brought into the narrow cell
    assert narrow[0] < unmoved[0] and unmoved[0] > fits / 4  # (it had to move)
    assert roomy[0] == unmoved[0]  # where all of it fits, nothing moves


def test_part_of_one_client_s_name_in_the_client_filter_is_that_client(
    qtbot: QtBot, journal: Journal
) -> None:
    from tests.ui.test_browse import shown_titles

    journal.incidents.create(full_incident(title="Portal", client=Client("Margaret Holloway")))
    journal.incidents.create(full_incident(title="Prints", client=Client("Tom Ashworth")))
    window = _window(qtbot, journal)
    filters = window.browse.filters
    qtbot.waitUntil(lambda: len(filters.client_names.stringList()) == 2)
    filters.client.setText("margaret")
    filters.client.editingFinished.emit()  # Enter, or Tab away
    assert filters.client.text() == "Margaret Holloway" and shown_titles(window) == ["Portal"]
    filters.client.setText("o")  # in both names: which one is not said, so neither
    filters.client.editingFinished.emit()
    assert filters.client.text() == "o" and shown_titles(window) == []
    window.close()
