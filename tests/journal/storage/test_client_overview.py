"""The first page of the Clients view (journal.storage.client_overview) is the first of
every client as client_summaries reads them: the same clients, in the same order, summed
up alike (ties in the latest outcome's day, clients left without incidents)."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from journal.domain import Client, Compensation, Outcome
from journal.service import Journal
from journal.storage import client_overview, client_summaries
from journal.storage.connection import Database
from tests.conftest import full_incident
from tests.samples.generator import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clients") / "generated.amends"
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(1_500, seed=5), ensure_ascii=False))
    return path


@pytest.mark.parametrize("limit", [1, 20, 100, 10_000])
def test_the_first_page_is_the_first_of_every_client(generated: Path, limit: int) -> None:
    with closing(Database(generated, read_only=True)) as db:
        every = client_summaries.summaries(db)
        assert len(every) > 100
        assert client_overview.first_page(db, limit) == every[:limit]


def test_the_first_page_sums_up_ties_and_a_client_left_without_incidents(
    journal: Journal,
) -> None:
    day = dt.date(2026, 5, 4)
    for number, name in enumerate(("Åsa Berg", "émile", "Zoë", "Marko")):
        for count in range(number + 1):  # each day's outcomes differ: a tie to break
            journal.incidents.create(
                full_incident(
                    title=f"{name} {count}",
                    client=Client(name),
                    category=("billing error", "missed deadline", "other")[(number + count) % 3],
                    occurred_on=day - dt.timedelta(days=7 * number),
                    compensation=Compensation("A refund", Decimal(10 * count), "EUR"),
                    outcome=Outcome("", (number + count) % 2 == 0, number == 1 or None),
                )
            )
    rows = journal.incidents.rows_for(journal.incidents.list_ids())
    journal.incidents.delete(next(row.id for row in rows if row.client_name == "Åsa Berg"))
    with closing(Database(journal.path, read_only=True)) as db:
        every = client_summaries.summaries(db)
        assert every[-1].name == "Åsa Berg" and every[-1].incidents == 0
        assert every[0].stayed is True  # Marko's four on one day: as after the last of them
        assert client_overview.first_page(db, 10) == every
