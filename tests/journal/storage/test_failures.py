"""When the disk or another program gets in the way, the user is told what to do."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from journal.errors import JournalCorrupt, JournalFull, JournalLocked, JournalReadOnly
from journal.service import Journal
from journal.storage.failures import translated
from tests.conftest import full_incident


def test_a_journal_locked_by_another_program_says_so(journal_path: Path) -> None:
    with Journal(journal_path) as setup:
        setup.incidents.create(full_incident())
    other = sqlite3.connect(journal_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with (
            Journal(journal_path, busy_timeout_ms=50) as opened,
            pytest.raises(JournalLocked, match="another program"),
        ):
            opened.incidents.create(full_incident(title="Kept in memory"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Journal(journal_path) as opened:
        assert [row.title for row in opened.incidents.list_rows()] == ["Missed the shop launch"]


def test_a_read_only_journal_can_be_read_but_not_changed(journal_path: Path) -> None:
    with Journal(journal_path) as setup:
        saved = setup.incidents.create(full_incident()).incident
    with Journal(journal_path, read_only=True) as opened:
        assert opened.read_only
        assert opened.incidents.get(saved.id or 0).title == saved.title
        assert opened.search.find("checklist")
        with pytest.raises(JournalReadOnly, match="read-only"):
            opened.incidents.create(full_incident(title="Not saved"))
        with pytest.raises(JournalReadOnly):
            opened.incidents.delete(saved.id or 0)


def test_a_file_without_write_permission_opens_read_only(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal(journal_path) as setup:
        setup.incidents.create(full_incident())
    monkeypatch.setattr("journal.storage.connection.os.access", lambda *_: False)
    with Journal(journal_path) as opened:
        assert opened.read_only
        with pytest.raises(JournalReadOnly):
            opened.incidents.create(full_incident())


def test_a_full_disk_says_so_and_the_journal_stays_whole(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    pages = journal._db.scalar("PRAGMA page_count")
    journal._db.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(JournalFull, match=r"disk .* is full"):
        journal.incidents.create(full_incident(what_happened="x" * 200_000))
    journal._db.connection.execute("PRAGMA max_page_count = 1073741823")
    assert journal.incidents.count() == 1
    assert journal._db.scalar("PRAGMA integrity_check") == "ok"


def test_a_damaged_journal_says_to_restore_a_backup(journal_path: Path) -> None:
    with Journal(journal_path) as setup:
        for number in range(30):
            setup.incidents.create(
                full_incident(title=f"Incident {number}", what_happened="y" * 3000)
            )
    data = bytearray(journal_path.read_bytes())
    data[8192:40960] = b"\xff" * (40960 - 8192)
    journal_path.write_bytes(bytes(data))
    with pytest.raises(JournalCorrupt, match="restore"), Journal(journal_path) as opened:
        opened.incidents.list_rows()
        opened.search.find("Incident")


def test_a_programming_error_is_not_disguised_as_a_journal_problem(journal: Journal) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"), translated("x"):
        journal._db.connection.execute("SELECT * FROM no_such_table")


def test_a_journal_in_a_read_only_folder_opens_read_only(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal(journal_path) as setup:
        setup.incidents.create(full_incident())
    folder = journal_path.parent
    real_access = os.access
    monkeypatch.setattr(
        "journal.storage.connection.os.access",
        lambda path, mode: Path(path) != folder and real_access(path, mode),
    )
    with Journal(journal_path) as opened:
        assert opened.read_only and opened.incidents.count() == 1


def test_a_full_disk_during_an_import_says_so_and_adds_nothing(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    pages = journal._db.scalar("PRAGMA page_count")
    journal._db.connection.execute(f"PRAGMA max_page_count = {pages + 20}")
    many = [full_incident(title=f"Imported {n}", what_happened="w" * 2000) for n in range(300)]
    with pytest.raises(JournalFull):
        journal.transfer.import_incidents(many)
    journal._db.connection.execute("PRAGMA max_page_count = 1073741823")
    assert journal.incidents.count() == 1
    journal.incidents.create(full_incident(title="Still writable"))
    assert journal.incidents.count() == 2
