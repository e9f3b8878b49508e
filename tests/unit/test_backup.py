"""Backups are checked copies, private, pruned to the newest N, and restore brings them back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journal.errors import JournalCorrupt, JournalUnavailable
from journal.service import Journal
from journal.storage.backup import check_backup
from tests.conftest import full_incident


def test_a_backup_is_a_private_checked_copy(journal: Journal) -> None:
    journal.create(full_incident())
    info = journal.backup()
    path = Path(info.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert check_backup(path) == "0002_search"
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]
    with Journal(path, read_only=True) as copy:
        assert [row.title for row in copy.list_rows()] == ["Missed the shop launch"]


def test_only_the_newest_backups_are_kept(journal: Journal) -> None:
    journal.set_backups_to_keep(3)
    made = [journal.backup().path for _ in range(5)]
    assert [info.path for info in journal.backups()] == list(reversed(made[-3:]))
    assert journal.backups_to_keep == 3
    with pytest.raises(Exception, match="at least one"):
        journal.set_backups_to_keep(0)


def test_restore_brings_back_what_was_deleted_and_keeps_the_present(journal: Journal) -> None:
    saved = journal.create(full_incident()).incident
    backup = journal.backup()
    journal.delete(saved.id or 0)
    journal.create(full_incident(title="Written after the backup"))
    changes = journal.restore(backup.path)
    assert changes.everything
    assert [row.title for row in journal.list_rows()] == ["Missed the shop launch"]
    assert [hit.row.id for hit in journal.search("checklist")] == [saved.id]
    before_restore = [info for info in journal.backups() if "before-restore" in info.path]
    with Journal(before_restore[0].path, read_only=True) as earlier:
        assert [row.title for row in earlier.list_rows()] == ["Written after the backup"]


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    journal.create(full_incident())
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"\x00" * 5000)
    with pytest.raises(JournalCorrupt, match="not a usable Amends backup"):
        journal.restore(junk)
    with pytest.raises(JournalUnavailable, match="no backup"):
        journal.restore(tmp_path / "missing.amends-backup")
    assert journal.count() == 1
