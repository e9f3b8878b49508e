"""Every write from the window says what it changed; each view decides whether that concerns
it, reads again at once if it is shown, and otherwise when it is next shown."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal.domain import Changes, Client
from journal.errors import JournalLocked
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import type_text
from tests.ui.test_browse import shown_titles
from ui.journal_model import COLUMNS
from ui.main_window import MainWindow
from ui.reader import Job


@pytest.fixture
def jobs(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of the jobs the window's reader is given from now on."""
    submitted: list[str] = []
    submit = window.reader.submit

    def counting(job: Job[Any]) -> None:
        submitted.append(job.key)
        submit(job)

    monkeypatch.setattr(window.reader, "submit", counting)
    return submitted


def _show_patterns(qtbot: QtBot, window: MainWindow, expected: str) -> None:
    window.show_view(2)
    assert window._patterns is not None
    qtbot.waitUntil(lambda: expected in window._patterns.summary.text())  # type: ignore[union-attr]


def test_after_a_save_the_list_reads_again_and_patterns_only_when_shown(
    qtbot: QtBot, window: MainWindow, journal: Journal, jobs: list[str]
) -> None:
    journal.incidents.create(full_incident(title="Older"))
    window.reload()
    _show_patterns(qtbot, window, "1 incident with 1 client")
    window.show_view(0)
    jobs.clear()
    window.new_incident()
    for name, text in (("title", "Wrong invoice"), ("client", "Marko")):
        editor = window.worksheet.widgets[name]
        assert isinstance(editor, QLineEdit)
        editor.setFocus()
        type_text(editor, text)
    with qtbot.waitSignal(window.operations.changed) as told:
        assert window.worksheet.save()
    assert told.args is not None
    changes: Changes = told.args[0]
    assert changes.incidents == {window.worksheet.incident_id()} and changes.clients
    window.back_to_journal()
    assert sorted(shown_titles(window)) == ["Older", "Wrong invoice"]  # at once, no waiting
    assert "Marko" in window.browse.filters.client_names.stringList()  # a new client
    assert "patterns" not in jobs and window.patterns_tab.stale  # not shown: not read yet
    _show_patterns(qtbot, window, "2 incidents with 2 clients")
    assert jobs.count("patterns") == 1


def test_after_a_category_is_renamed_the_filters_offer_the_new_name(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(category="billing error"))
    window.reload()
    category = window.browse.filters.category
    assert category.findText("billing error") > 0
    window.operations.run(lambda: journal.categories.rename("billing error", "invoicing"))
    assert category.findText("invoicing") > 0 and category.findText("billing error") < 0
    column = COLUMNS.index("Category")
    model = window.browse.model
    qtbot.waitUntil(lambda: model.data(model.index(0, column)) == "invoicing")


def test_after_a_client_is_edited_the_clients_view_reads_again(
    qtbot: QtBot, window: MainWindow, journal: Journal, jobs: list[str]
) -> None:
    journal.incidents.create(full_incident())
    window.reload()
    window.show_view(1)
    clients = window._clients
    assert clients is not None
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1)
    (client,) = journal.clients.list()
    renamed = dataclasses.replace(client, name="Åsa Berg", company="Berg Keramik")
    window.operations.run(lambda: journal.clients.update(renamed))  # shown: read at once
    qtbot.waitUntil(lambda: clients.model.index(0, 0).data() == "Åsa Berg")
    assert clients.model.index(0, 1).data() == "Berg Keramik"
    window.show_view(0)
    jobs.clear()
    again = dataclasses.replace(renamed, company="Berg & Dotter")
    window.operations.run(lambda: journal.clients.update(again))
    assert "clients" not in jobs and window.clients_tab.stale  # not shown: when shown next
    window.show_view(1)
    qtbot.waitUntil(lambda: clients.model.index(0, 1).data() == "Berg & Dotter")


def test_a_change_no_view_shows_reads_nothing_again(
    qtbot: QtBot, window: MainWindow, journal: Journal, jobs: list[str]
) -> None:
    gone = journal.incidents.create(full_incident(title="Gone")).incident
    journal.incidents.create(full_incident(title="Stays"))
    journal.incidents.delete(gone.id or 0)
    window.reload()
    window.show_view(1)
    qtbot.waitUntil(lambda: not window.reader.is_reading())
    generation = window.browse.model.generation
    jobs.clear()
    window.operations.run(journal.trash.empty, lambda _: Changes(trash=True))
    assert journal.trash.list() == [] and jobs == []
    assert window.browse.model.generation == generation and not window.clients_tab.stale


def test_a_write_that_fails_announces_nothing(window: MainWindow, journal: Journal) -> None:
    told: list[Changes] = []
    window.operations.changed.connect(told.append)

    def locked() -> Changes:
        raise JournalLocked("The journal is busy: another program is writing to it.")

    with pytest.raises(JournalLocked):
        window.operations.run(locked)
    assert told == []


def test_a_write_made_outside_the_window_shows_once_the_window_is_told(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    with Journal(journal.path) as elsewhere:  # another program's connection
        elsewhere.incidents.create(full_incident(title="From elsewhere", client=Client("Nong")))
    assert shown_titles(window) == []
    window.reload()
    assert shown_titles(window) == ["From elsewhere"]
    assert "Nong" in window.browse.filters.client_names.stringList()


def test_the_clients_view_shows_its_first_page_first_then_every_client(
    qtbot: QtBot, window: MainWindow, journal: Journal, jobs: list[str]
) -> None:
    for number in range(3):
        journal.incidents.create(full_incident(client=Client(f"Client {number}")))
    window.reload()
    jobs.clear()
    window.show_view(1)
    clients = window._clients
    assert clients is not None
    assert jobs[-2:] == ["clients first page", "clients"]
    qtbot.waitUntil(lambda: clients.model.complete and clients.model.rowCount() == 3)
    journal.incidents.create(full_incident(client=Client("Client 3")))
    jobs.clear()
    window.operations.announce(Changes(clients=True))  # a list is shown: it stays till read
    assert jobs == ["clients"]
    qtbot.waitUntil(lambda: clients.model.rowCount() == 4)
