"""Backups are checked copies, private, pruned to the newest N, and restore brings them back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journal.errors import InvalidInput, JournalCorrupt, JournalUnavailable
from journal.restoring import restore_journal
from journal.service import Journal
from journal.storage import schema
from journal.storage.backup import check_backup
from tests.conftest import full_incident


def test_a_backup_is_a_private_checked_copy(journal: Journal) -> None:
    journal.create(full_incident())
    info = journal.backup()
    path = Path(info.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert check_backup(path) == schema.HEAD
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


@pytest.mark.parametrize("damage", ["garbage", "truncated", "pages"])
def test_a_damaged_journal_can_be_restored_and_the_damaged_file_is_kept(
    journal_path: Path, damage: str
) -> None:
    with Journal(journal_path) as setup:
        for number in range(40):
            setup.create(full_incident(title=f"Incident {number}", what_happened="z" * 3000))
        good = setup.backup().path
    data = journal_path.read_bytes()
    damaged = {
        "garbage": b"\x00garbage" * 1000,
        "truncated": data[:5000],
        "pages": data[:8192] + b"\xff" * 65536 + data[8192 + 65536 :],
    }[damage]
    journal_path.write_bytes(damaged)
    kept = restore_journal(journal_path, good)
    assert kept.read_bytes() == damaged
    with Journal(journal_path) as restored:
        assert restored.count() == 40
        assert restored.search("Incident 7")


def test_backups_of_a_journal_with_a_similar_name_are_left_alone(tmp_path: Path) -> None:
    with Journal(tmp_path / "work-old.amends") as old:
        old_backups = [old.backup().path for _ in range(2)]
    with Journal(tmp_path / "work.amends") as work:
        work.set_backups_to_keep(1)
        newest = work.backup().path
        assert [info.path for info in work.backups()] == [newest]
    assert all(Path(path).exists() for path in [*old_backups, newest])


def test_the_journal_itself_is_not_taken_for_a_backup(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="the journal itself"):
        journal.restore(journal.path)
