"""The journal file: private, safely configured, upgraded with a backup, never clobbered."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from journal.errors import JournalCorrupt, JournalTooNew
from journal.service import Journal
from journal.storage import schema
from journal.storage.connection import Database
from tests.conftest import full_incident


def test_a_new_journal_and_its_folder_are_private(journal_path: Path) -> None:
    with Journal(journal_path):
        pass
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700


def test_every_connection_is_configured_for_safety(journal: Journal) -> None:
    run = journal._db.connection.execute
    assert run("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert run("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert run("PRAGMA foreign_keys").fetchone()[0] == 1
    assert run("PRAGMA secure_delete").fetchone()[0] == 1
    assert run("PRAGMA busy_timeout").fetchone()[0] > 0


def test_amends_db_variable_chooses_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere" / "mine.amends"
    monkeypatch.setenv("AMENDS_DB", str(chosen))
    with Journal() as opened:
        assert opened.path == chosen
    assert chosen.exists()


def test_the_known_revisions_are_exactly_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    chain = [revision.revision for revision in scripts.walk_revisions()]
    assert tuple(reversed(chain)) == schema.REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_the_tables_match_what_the_migrations_create(journal: Journal) -> None:
    with journal._db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _not_search_tables}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def _not_search_tables(obj: object, name: str | None, kind: str, *_: object) -> bool:
    return not (kind == "table" and name and name.startswith("incident_fts"))


def test_an_older_journal_is_backed_up_then_upgraded(journal_path: Path) -> None:
    db = Database(journal_path)
    schema.upgrade(db, "0001_tables")
    db.connection.execute(
        "INSERT INTO client (name, company, email, notes) VALUES ('Old', '', '', '')"
    )
    db.connection.execute(
        "INSERT INTO incident (title, client_id, project, severity, category_id, what_happened, "
        "impact, whys, root_cause, ownership, fix, fix_status, prevention, compensation_offer, "
        "compensation_currency, surprise, summary, apology, empathy, questions, status, "
        "outcome_notes, created_at, updated_at) VALUES ('Lost the files', 1, '', 'major', 1, "
        "'the backup drive failed', '', '[]', '', '', '', 'planned', '', '', '', '', '', '', "
        "'', '[]', 'draft', '', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')"
    )
    db.close()
    with Journal(journal_path) as opened:
        assert [hit.row.title for hit in opened.search.find("backup drive")] == ["Lost the files"]
        assert [(c.label, c.incidents) for c in opened.patterns.figures().by_client] == [("Old", 1)]
        (backup,) = opened.backups.list()
    assert f"before-{schema.HEAD}" in backup.path
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_tables",
        )
        assert copy.execute("SELECT title FROM incident").fetchall() == [("Lost the files",)]


def test_a_journal_from_a_newer_amends_is_refused_and_left_untouched(journal_path: Path) -> None:
    with Journal(journal_path) as opened:
        opened.incidents.create(full_incident())
        opened._db.connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = journal_path.read_bytes()
    with pytest.raises(JournalTooNew, match="newer version of Amends"):
        Journal(journal_path)
    assert journal_path.read_bytes() == before


def test_another_programs_database_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    with sqlite3.connect(journal_path) as other:
        other.execute("CREATE TABLE photos (id INTEGER)")
    other.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalCorrupt, match="not an Amends journal"):
        Journal(journal_path)
    assert journal_path.read_bytes() == before
    with sqlite3.connect(journal_path) as other:
        assert other.execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]
    other.close()


def test_a_file_that_is_not_a_database_gets_a_clear_message(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    junk = b"These are my notes, not a database.\n" * 200
    journal_path.write_bytes(junk)
    with pytest.raises(JournalCorrupt, match="restore"):
        Journal(journal_path)
    assert journal_path.read_bytes() == junk


def _old_journal(path: Path) -> None:
    """A journal of the first revision, with one client and an incident of theirs."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    db = Database(path)
    schema.upgrade(db, schema.REVISIONS[0])
    db.connection.execute(
        "INSERT INTO client (name, company, email, notes) VALUES ('O', '', '', '')"
    )
    db.connection.execute(
        "INSERT INTO incident (title, client_id, project, severity, category_id, what_happened, "
        "impact, whys, root_cause, ownership, fix, fix_status, prevention, compensation_offer, "
        "compensation_currency, surprise, summary, apology, empathy, questions, status, "
        "outcome_notes, created_at, updated_at) VALUES ('Lost the files', 1, '', 'major', 1, "
        "'', '', '[]', '', '', '', 'planned', '', '', '', '', '', '', '', '[]', 'draft', '', "
        "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')"
    )
    db.close()


def test_an_upgrade_that_fails_part_way_leaves_the_journal_as_it_was(journal_path: Path) -> None:
    _old_journal(journal_path)
    with sqlite3.connect(journal_path) as old:  # a reference broken long ago, unnoticed
        old.execute("UPDATE incident SET category_id = 99")
        before = old.execute("SELECT * FROM incident").fetchall()
    old.close()
    with pytest.raises(JournalCorrupt, match="broken references"):
        Journal(journal_path)
    with sqlite3.connect(journal_path) as after:
        assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (
            schema.REVISIONS[0],
        )
        assert after.execute("SELECT * FROM incident").fetchall() == before
    after.close()


def test_opening_waits_for_another_program_upgrading_beyond_the_busy_timeout(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "UPGRADE_WAIT_MS", 20_000)  # not ten minutes, if it breaks
    _old_journal(journal_path)
    upgrading = sqlite3.connect(journal_path, isolation_level=None, check_same_thread=False)
    upgrading.execute("PRAGMA journal_mode = WAL")
    upgrading.execute("BEGIN IMMEDIATE")
    releases = threading.Timer(0.5, upgrading.execute, ("COMMIT",))
    releases.start()
    try:
        with Journal(journal_path, busy_timeout_ms=50) as opened:
            assert [row.title for row in opened.incidents.list_rows()] == ["Lost the files"]
            assert opened._db.scalar("PRAGMA busy_timeout") == 50
    finally:
        releases.join()
        upgrading.close()


def test_the_schema_keeps_the_journal_in_wal_mode(journal_path: Path) -> None:
    _old_journal(journal_path)
    db = Database(journal_path)
    try:
        schema.ensure_current(db, backups_to_keep=3)
        assert db.scalar("PRAGMA journal_mode") == "wal"
    finally:
        db.close()
