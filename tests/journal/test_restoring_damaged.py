"""A journal damaged too badly for SQLite to finish checking it is still found damaged, and a
backup restored into it while it is open makes it whole and writable again."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.errors import JournalCorrupt
from journal.service import Journal
from tests.conftest import full_incident
from tests.faults import journals


def test_a_page_too_damaged_to_check_is_found_and_nothing_more_is_written(
    tmp_path: Path,
) -> None:
    path = journals.make_journal(tmp_path, 20)
    journals.with_junk_page_of("incident")(path)
    with Journal(path) as journal:
        with pytest.raises(JournalCorrupt, match="nothing more is written"):
            journal.check_whole()
        assert journal.damage  # what SQLite said, kept
        with pytest.raises(JournalCorrupt, match="Restore the newest good backup"):
            journal.incidents.create(full_incident())


def test_a_backup_restored_into_a_damaged_journal_sets_the_damaged_one_aside(
    tmp_path: Path,
) -> None:
    path = journals.make_journal(tmp_path, 20)
    (backup,) = journals.backups(path)
    journals.with_junk_page_of("incident")(path)
    damaged = path.read_bytes()
    with Journal(path) as window, Journal(path) as restoring:
        with pytest.raises(JournalCorrupt):
            window.check_whole()
        kept = restoring.backups.restore_keeping_previous(backup)
        assert "damaged" in kept.name and kept.read_bytes() == damaged  # kept as it was
        window.restored()  # told by whoever restored it, on its own connection
        window.check_whole()
        assert window.incidents.count() == 20
        window.incidents.create(full_incident(title="Written after the restore"))
    assert journals.integrity(path) == "ok"
