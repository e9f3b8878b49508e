"""The window shows a stored value as words ("Call held", not call_held): the journal's columns,
the filters' lists and the incident beside them; a filter still takes the stored value."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.domain import Client, Severity, Status
from journal.listing import IncidentFilter
from journal.service import Journal
from tests.conftest import TODAY, full_incident
from tests.ui.test_browse import shown_titles
from ui.filter_bar import FilterBar
from ui.incident_page import incident_html
from ui.journal_model import COLUMNS, JournalModel
from ui.main_window import MainWindow


def _fill(journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Held", severity=Severity.CRITICAL))
    journal.incidents.create(full_incident(title="Drafted", status=Status.DRAFT))
    journal.incidents.create(full_incident(title="Begun", status=Status.DRAFT, client=Client("")))


def _items(combo: QComboBox) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_list_s_columns_show_words(qtmodeltester: ModelTester, journal: Journal) -> None:
    _fill(journal)
    model = JournalModel(journal)
    model.show_ids(journal.incidents.list_ids(IncidentFilter(status=Status.CALL_HELD)))
    qtmodeltester.check(model)
    severity, status = COLUMNS.index("Severity"), COLUMNS.index("Status")
    assert model.data(model.index(0, severity)) == "Critical"
    assert model.data(model.index(0, status)) == "Call held"


def test_the_filters_list_words_and_keep_the_stored_values(qtbot: QtBot, journal: Journal) -> None:
    bar = FilterBar(journal)
    qtbot.addWidget(bar)
    # A filter kept from the last run is shown before the lists are filled: in words too.
    bar.show_selection(IncidentFilter(status=Status.CALL_HELD))
    assert bar.status.currentText() == "Call held"
    bar.fill_choices()
    assert _items(bar.status) == [
        ("All stages", None),
        ("Unfinished", "unfinished"),
        ("Draft", "draft"),
        ("Prepared", "prepared"),
        ("Call held", "call_held"),
        ("Resolved", "resolved"),
    ]
    assert [text for text, _ in _items(bar.severity)] == [
        "All severities", "Minor", "Moderate", "Major", "Critical",
    ]  # fmt: skip
    assert bar.status.currentText() == "Call held" and bar.status.count() == 6
    assert bar.selection().status is Status.CALL_HELD
    bar.severity.setCurrentIndex(bar.severity.findText("Critical"))
    assert bar.selection().severity is Severity.CRITICAL
    bar.reset()
    assert (bar.selection().status, bar.selection().severity) == (None, None)


def test_choosing_a_stage_by_its_words_filters_the_journal(
    window: MainWindow, journal: Journal
) -> None:
    _fill(journal)
    window.reload()
    status = window.browse.filters.status
    status.setCurrentIndex(status.findText("Call held"))
    assert shown_titles(window) == ["Held"]
    status.setCurrentIndex(status.findText("Draft"))
    assert shown_titles(window) == ["Drafted"]
    status.setCurrentIndex(status.findText("Unfinished"))
    assert shown_titles(window) == ["Begun"]
    assert window.browse.filters.selection() == IncidentFilter(unfinished=True)
    window.browse.filters.reset()
    assert shown_titles(window) == ["Begun", "Drafted", "Held"]
    window.browse.filters.show_selection(IncidentFilter(unfinished=True))  # kept from last run
    assert status.currentText() == "Unfinished"
    assert window.browse.filters.selection() == IncidentFilter(unfinished=True)


def test_the_incident_beside_the_list_shows_words() -> None:
    page = incident_html(full_incident(), TODAY)
    assert "Call held" in page and "In progress" in page and "Major" in page
    assert "call_held" not in page and "in_progress" not in page


def test_a_title_pasted_at_length_is_a_short_heading_on_the_page() -> None:
    pasted = "The launch slipped because I misread the brief " * 400
    page = incident_html(full_incident(title=pasted), TODAY)
    heading = page.split("<h2>", 1)[1].split("</h2>", 1)[0]
    assert heading.startswith("The launch slipped") and heading.endswith("…")
    assert len(heading) < 260 and "Client" in page
