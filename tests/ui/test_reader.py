"""The reader: typed jobs, the newest of a key wins, a read stopped for a newer one is read
again only when it is still wanted, and closing never waits long for a read."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from typing import Any, NamedTuple

import pytest
from pytestqt.qtbot import QtBot

from journal.errors import Interrupted, JournalError, JournalLocked
from journal.service import Journal
from tests.conftest import full_incident
from ui.reader import Job, Reader

ENDLESS = (
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
    "SELECT count(*) FROM r WHERE x < 0"
)


class Counted(NamedTuple):
    incidents: int


@pytest.fixture
def reader(journal: Journal) -> Iterator[Reader]:
    started = Reader(journal)
    yield started
    started.stop()


def test_a_job_delivers_its_own_type_to_its_own_callback(
    qtbot: QtBot, reader: Reader, journal: Journal
) -> None:
    journal.incidents.create(full_incident())
    got: list[Counted] = []
    reader.submit(Job("count", lambda opened: Counted(opened.incidents.count()), got.append))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [Counted(1)]
    assert callable(reader.thread) and reader.thread() is not None  # QObject's, not shadowed


def test_a_newer_job_interrupts_the_running_one_which_never_delivers(
    qtbot: QtBot, reader: Reader
) -> None:
    got: list[str] = []
    started = threading.Event()

    def endless(opened: Journal) -> str:
        started.set()
        opened._db.rows(ENDLESS)
        return "old"

    reader.submit(Job("search", endless, got.append))
    assert started.wait(5)
    time.sleep(0.05)  # inside the query
    began = time.monotonic()
    reader.submit(Job("search", lambda _: "new", got.append))
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got == ["new"] and time.monotonic() - began < 2


def test_a_job_of_another_key_is_not_interrupted(qtbot: QtBot, reader: Reader) -> None:
    got: list[str] = []
    reader.submit(Job("patterns", lambda _: (time.sleep(0.2), "patterns")[1], got.append))
    reader.submit(Job("search", lambda _: "search", got.append))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got == ["patterns", "search"]


def test_a_read_interrupted_while_still_wanted_is_read_again(qtbot: QtBot, reader: Reader) -> None:
    tries: list[int] = []
    got: list[str] = []

    def once_interrupted(_: Journal) -> str:
        tries.append(1)
        if len(tries) == 1:  # as if the interrupt meant for the job before had hit this one
            raise Interrupted("interrupted")
        return "read"

    reader.submit(Job("rows", once_interrupted, got.append))
    qtbot.waitUntil(lambda: bool(got))
    assert got == ["read"] and len(tries) == 2


def test_only_the_type_of_an_error_says_it_was_an_interruption(
    qtbot: QtBot, reader: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error that merely mentions an interrupt is a bug, reported once, not read again."""
    bugs: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, error, trace: bugs.append(error))
    tries: list[int] = []

    def says_interrupted(_: Journal) -> str:
        tries.append(1)
        raise sqlite3.ProgrammingError("interrupted, or so it says")

    reader.submit(Job("rows", says_interrupted, lambda _: None))
    qtbot.waitUntil(lambda: bool(bugs))
    assert len(tries) == 1 and isinstance(bugs[0], sqlite3.ProgrammingError)


def test_a_journal_error_goes_to_the_job_s_failed(qtbot: QtBot, reader: Reader) -> None:
    failed: list[JournalError] = []
    done: list[object] = []

    def locked(_: Journal) -> Any:
        raise JournalLocked("The journal is busy: another program is writing to it.")

    reader.submit(Job("clients", locked, done.append, failed.append))
    qtbot.waitUntil(lambda: bool(failed))
    assert done == [] and isinstance(failed[0], JournalLocked)
    said: list[str] = []
    reader.error.connect(said.append)  # without a `failed` of its own, the reader says it
    reader.submit(Job("clients", locked, done.append))
    qtbot.waitUntil(lambda: bool(said))
    assert "busy" in said[0]


def test_a_cancelled_job_never_delivers(qtbot: QtBot, reader: Reader) -> None:
    release = threading.Event()
    got: list[str] = []
    reader.submit(Job("search", lambda _: (release.wait(5), "found")[1], got.append))
    reader.cancel("search")
    release.set()
    qtbot.waitUntil(lambda: not reader.is_reading())
    qtbot.wait(50)
    assert got == []


def test_stopping_waits_a_little_then_leaves_a_read_that_will_not_stop(
    qtbot: QtBot, journal: Journal
) -> None:
    reader = Reader(journal)
    release = threading.Event()
    got: list[str] = []
    started = threading.Event()

    def stubborn(_: Journal) -> str:  # Python code: an interrupt cannot stop it
        started.set()
        release.wait(10)
        return "late"

    reader.submit(Job("patterns", stubborn, got.append))
    assert started.wait(5)
    began = time.monotonic()
    reader.stop(wait_s=0.2)
    assert time.monotonic() - began < 1
    assert reader.worker is not None and reader.worker.is_alive() and reader.worker.daemon
    release.set()
    reader.worker.join(5)
    qtbot.wait(50)
    assert got == [] and not reader.worker.is_alive()
    reader.submit(Job("patterns", lambda _: "after", got.append))  # a stopped reader reads no more
    qtbot.wait(50)
    assert got == []


def test_several_queries_of_a_job_see_one_state_of_the_journal(
    qtbot: QtBot, reader: Reader, journal: Journal
) -> None:
    journal.incidents.create(full_incident())

    def twice(opened: Journal) -> tuple[int, int]:
        before = opened.incidents.count()
        with Journal(journal.path) as elsewhere:
            elsewhere.incidents.create(full_incident(title="Meanwhile"))
        return before, opened.incidents.count()

    got: list[tuple[int, int]] = []
    reader.submit(Job("count", twice, got.append))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(1, 1)] and journal.incidents.count() == 2
