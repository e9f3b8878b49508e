"""Reads made of several queries see one state of the journal, whatever is written meanwhile;
a read stopped for a newer one says so by its type."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from journal.domain import Client
from journal.errors import Interrupted, JournalError
from journal.service import Journal
from tests.conftest import full_incident

ENDLESS = (
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
    "SELECT count(*) FROM r WHERE x < 0"
)


@contextmanager
def writing_after_query(
    reading: Journal, number: int, write: Callable[[], object]
) -> Iterator[None]:
    """While inside: another connection writes right after the reader's `number`-th query."""
    database = reading._db
    original = database.rows
    asked = 0

    def rows(sql: str, params: Any = ()) -> list[Any]:
        nonlocal asked
        found = original(sql, params)
        asked += 1
        if asked == number:
            write()
        return found

    database.rows = rows  # type: ignore[method-assign]
    try:
        yield
    finally:
        database.rows = original  # type: ignore[method-assign]


def _incident(number: int) -> object:
    return full_incident(title=f"Written meanwhile {number}", client=Client(f"Client {number}"))


def test_pattern_totals_agree_with_their_lists_while_another_connection_writes(
    journal: Journal,
) -> None:
    journal.incidents.create(full_incident())
    journal.incidents.create(full_incident(category="billing error"))
    with journal.reader() as reading:
        for number in range(1, 16):  # after each of the queries in turn
            with writing_after_query(
                reading, number, lambda n=number: journal.incidents.create(_incident(n))
            ):
                found = reading.patterns.figures(limit=None)
            incidents = sum(count.incidents for count in found.by_category)
            assert sum(count.incidents for count in found.by_month) == incidents
            assert sum(count.incidents for count in found.by_client) == incidents
            assert sum(entry.incidents for entry in found.by_month_category) == incidents
            assert found.clients_total == len(found.by_client)
            assert found.overdue_total == len(found.overdue_actions)
            assert found.repeats_total == len(found.repeats)
            assert found.compensated_total == len(found.compensation)
    assert journal.incidents.count() == 17  # every write landed; the figures just did not see it


def test_client_summaries_never_list_a_client_without_their_incidents(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    with journal.reader() as reading:
        for number in range(1, 6):
            with writing_after_query(
                reading, number, lambda n=number: journal.incidents.create(_incident(n))
            ):
                found = reading.clients.summaries()
            assert all(client.incidents == 1 and client.compensation for client in found), [
                (client.name, client.incidents) for client in found
            ]


def test_a_snapshot_inside_a_snapshot_is_the_same_one(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    with journal.reader() as reading, reading.snapshot():
        before = reading.incidents.count()
        journal.incidents.create(full_incident(title="Not seen"))
        with reading.snapshot():
            assert reading.incidents.count() == before
        assert reading.patterns.figures().by_category[0].incidents == before
    assert journal.incidents.count() == before + 1


def test_an_interrupted_read_raises_interrupted_not_a_journal_error(journal: Journal) -> None:
    with journal.reader() as reading:
        timer = threading.Timer(0.1, reading.interrupt)
        timer.start()
        with pytest.raises(Interrupted) as raised:
            reading._db.rows(ENDLESS)
        timer.join()
        assert not isinstance(raised.value, JournalError)
        assert reading.incidents.count() == 0  # the connection reads on afterwards


def test_a_read_failing_otherwise_because_it_was_interrupted_is_interrupted(
    journal: Journal,
) -> None:
    """SQLite may tell an interrupted read by another error: an interrupted search's first
    use of the index says "vtable constructor failed". It is the interrupt all the same, read
    again by the reader's thread, never a bug's report."""
    with journal.reader() as reading:

        def stop(interrupt: bool) -> int:
            if interrupt:
                reading.interrupt()
            raise ValueError("stopped")

        reading._db.connection.create_function("stop", 1, stop)
        with pytest.raises(Interrupted):
            reading._db.rows("SELECT stop(1)")
        with pytest.raises(sqlite3.OperationalError):  # the same failure, not interrupted
            reading._db.rows("SELECT stop(0)")


def test_figures_are_still_correct_without_anyone_writing(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    journal.incidents.create(dataclasses.replace(full_incident(), category="billing error"))
    found = journal.patterns.figures(limit=None)
    assert [count.incidents for count in found.by_category] == [1, 1]
    assert found.clients_total == 1
