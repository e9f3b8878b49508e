"""The Clients view's model: a well-behaved Qt model on every sort and find, rows made when
shown, Find looking in what each row shows, and a first page of clients before the rest
with the selection kept."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.domain import Client, Compensation, Outcome
from journal.figures import ClientSummary
from journal.listing import IncidentFilter
from journal.naming import name_key
from journal.service import Journal
from journal.storage import client_overview, client_summaries
from journal.storage.connection import Database
from tests.conftest import full_incident
from tests.samples.generator import generate
from ui.clients_view import COLUMNS, ClientsView, prepare

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


def fill(journal: Journal) -> None:
    """Clients that differ in every column, with ties in the latest outcome's day."""
    day = dt.date(2026, 5, 4)
    for number, (name, company) in enumerate(
        (("Åsa Berg", "Keramik"), ("émile", "Zed AB"), ("Zoë", ""), ("Marko", "Horvat d.o.o."))
    ):
        for count in range(number + 1):
            journal.incidents.create(
                full_incident(
                    title=f"{name} {count}",
                    client=Client(name, company=company),
                    category=("billing error", "missed deadline", "other")[(number + count) % 3],
                    occurred_on=day - dt.timedelta(days=7 * number),
                    compensation=Compensation("A refund", Decimal(10 * (number + count)), "EUR"),
                    outcome=Outcome("", (number + count) % 2 == 0, number == 1 or None),
                )
            )


def names(view: ClientsView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def summaries(journal: Journal) -> list[ClientSummary]:
    with closing(Database(journal.path, read_only=True)) as db:
        return client_summaries.summaries(db)


def sort_value(client: ClientSummary, column: int) -> Any:
    values = (
        name_key(client.name),
        name_key(client.company),
        client.incidents,
        len(client.categories),
        client.last_on.isoformat() if client.last_on else "",
        sum(offered for _, offered, _ in client.compensation),
        -1 if client.stayed is None else int(client.stayed),
        -1 if client.advocate is None else int(client.advocate),
    )
    return values[column]


@pytest.mark.parametrize("order", ORDERS, ids=["ascending", "descending"])
def test_the_clients_sort_by_every_column_as_a_well_behaved_qt_model(
    qtbot: QtBot, qtmodeltester: ModelTester, journal: Journal, order: Qt.SortOrder
) -> None:
    fill(journal)
    clients = summaries(journal)
    view = ClientsView()
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    view.show_clients(prepare(clients))
    assert names(view) == ["Marko", "Zoë", "émile", "Åsa Berg"]  # most incidents first
    for column in range(len(COLUMNS)):
        view.table.sortByColumn(column, order)
        shown = [view.model.client_at(row) for row in range(view.model.rowCount())]
        values = [sort_value(client, column) for client in shown if client is not None]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    view.find.setText("HORVAT")  # the company, as names compare
    assert names(view) == ["Marko"]
    view.find.setText("")
    assert len(names(view)) == 4


def test_a_row_shows_what_the_client_summary_says(qtbot: QtBot, journal: Journal) -> None:
    fill(journal)
    view = ClientsView()
    qtbot.addWidget(view)
    view.show_clients(prepare(summaries(journal)))
    marko = [view.model.data(view.model.index(0, column)) for column in range(len(COLUMNS))]
    assert marko[:3] == ["Marko", "Horvat d.o.o.", "4"]
    assert marko[3] == "billing error, missed deadline, other"  # most incidents first
    # Four incidents the same day, two of them kept: as after the last of them, yes.
    assert marko[4:] == ["Apr 13, 2026", "€180, not delivered yet", "Yes", "Not known yet"]
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_in_a_wide_window_the_company_and_the_compensation_are_whole(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.incidents.create(
        full_incident(
            client=Client("Margaret Holloway", company="Holloway Interiors B.V."),
            compensation=Compensation(offer="refund", value=Decimal("2400"), currency="SEK"),
        )
    )
    view = ClientsView()
    qtbot.addWidget(view)
    view.resize(1180, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_clients(prepare(summaries(journal)))
    metrics = view.table.fontMetrics()
    for column in (COLUMNS.index("Company"), COLUMNS.index("Compensation")):
        shown = str(view.model.data(view.model.index(0, column)))
        assert view.table.columnWidth(column) > metrics.horizontalAdvance(shown), shown
    assert view.table.horizontalScrollBar().maximum() == 0  # and nothing is pushed off


def test_the_compensation_column_says_how_much_was_delivered(
    qtbot: QtBot, journal: Journal
) -> None:
    fill(journal)
    marko = journal.incidents.list_ids(IncidentFilter(client="Marko"))
    view = ClientsView()
    qtbot.addWidget(view)
    compensation = COLUMNS.index("Compensation")

    def said() -> str:
        view.show_clients(prepare(summaries(journal)))
        return str(view.model.data(view.model.index(0, compensation)))

    smallest, second, *rest = sorted(marko)  # refunds of 30 and 40 EUR of 180
    journal.incidents.mark_delivered(smallest, dt.date(2026, 5, 1))
    journal.incidents.mark_delivered(second)
    assert said() == "€180, €70 delivered"
    for incident_id in rest:
        journal.incidents.mark_delivered(incident_id)
    assert said() == "€180, delivered"
    with closing(Database(journal.path, read_only=True)) as db:
        assert client_overview.first_page(db, 2)[0] == summaries(journal)[0]


def test_a_first_page_then_every_client_keeps_the_chosen_client_and_the_find(
    qtbot: QtBot, qtmodeltester: ModelTester, journal: Journal
) -> None:
    fill(journal)
    clients = summaries(journal)
    view = ClientsView()
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    view.show_clients(prepare(clients[:2], complete=False))
    assert names(view) == ["Marko", "Zoë"] and "Reading" in view.hint.text()
    view.table.selectRow(1)
    view.show_clients(prepare(clients))
    assert names(view) == ["Marko", "Zoë", "émile", "Åsa Berg"]
    assert view.model.client_at(view.table.currentIndex().row()) == clients[1]
    assert "double-click" in view.hint.text()
    view.find.setText("berg")
    assert names(view) == ["Åsa Berg"]
    view.show_clients(prepare(clients))  # read again after an edit: still found
    assert names(view) == ["Åsa Berg"]


def test_find_looks_in_what_each_row_shows_and_rows_are_made_as_shown(
    qtbot: QtBot, generated: Path
) -> None:
    with closing(Database(generated, read_only=True)) as db:
        clients = client_summaries.summaries(db)
    prepared = prepare(clients)
    view = ClientsView()
    qtbot.addWidget(view)
    view.show_clients(prepared)
    model = view.model
    assert len(model.texts) <= 1  # no row's text is made before it is shown
    for row in range(model.rowCount()):
        client = model.client_at(row)
        assert client is not None
        shown = " ".join(model.data(model.index(row, column)) for column in range(len(COLUMNS)))
        assert prepared.folded[clients.index(client)] == name_key(shown)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clients") / "generated.amends"
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(400, seed=5), ensure_ascii=False))
    return path
