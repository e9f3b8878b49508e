"""The tests' fresh journal, a copy of one migrated template, is the journal Amends creates."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from journal.service import Journal
from journal.storage.schema import HEAD
from tests.conftest import full_incident


def _shape(path: Path) -> dict[str, object]:
    """Everything about a journal file that is not its incidents."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        return {
            "schema": sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
            "revision": db.execute("SELECT version_num FROM alembic_version").fetchall(),
            "journal_mode": db.execute("PRAGMA journal_mode").fetchone(),
            **{
                pragma: db.execute(f"PRAGMA {pragma}").fetchone()
                for pragma in ("user_version", "page_size", "auto_vacuum", "encoding")
            },
            "rows": {
                table: db.execute(f'SELECT * FROM "{table}"').fetchall()
                for (table,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
                )
            },
        }


def test_a_fresh_journal_is_one_created_the_real_way(
    tmp_path: Path, fresh_journal: Callable[[Path], Path]
) -> None:
    created = tmp_path / "created" / "journal.amends"
    Journal(created).close()
    copied = fresh_journal(tmp_path / "copied" / "journal.amends")
    with Journal(copied) as journal:
        assert journal.incidents.count() == 0
        assert _shape(copied)["revision"] == [(HEAD,)]
    assert _shape(copied) == _shape(created)
    for path in (copied, created):  # as private as Amends makes its own
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_each_fresh_journal_starts_empty_whatever_the_last_test_wrote(
    tmp_path: Path, fresh_journal: Callable[[Path], Path]
) -> None:
    first = fresh_journal(tmp_path / "one" / "journal.amends")
    with Journal(first) as journal:
        journal.incidents.create(full_incident())
        assert journal.incidents.count() == 1
    with Journal(fresh_journal(tmp_path / "two" / "journal.amends")) as second:
        assert second.incidents.count() == 0


def test_the_journal_fixture_is_a_working_current_journal(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident())
    assert journal.incidents.get(saved.incident.id or 0).title == full_incident().title
    assert _shape(journal.path)["revision"] == [(HEAD,)]
