"""Backups are checked copies, private, pruned to the newest N, and restore brings them back."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from journal.errors import InvalidInput, JournalCorrupt, JournalError, JournalUnavailable
from journal.restoring import restore_journal
from journal.service import Journal
from journal.storage import schema
from journal.storage.backup import STALE_TEMPORARY_SECONDS, check_backup
from tests.conftest import full_incident


def test_a_backup_is_a_private_checked_copy(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    info = journal.backups.make()
    path = Path(info.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert check_backup(path) == schema.HEAD
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]
    with Journal(path, read_only=True) as copy:
        assert [row.title for row in copy.incidents.list_rows()] == ["Missed the shop launch"]


def test_only_the_newest_backups_are_kept(journal: Journal) -> None:
    journal.settings.set_backups_to_keep(3)
    made = [journal.backups.make().path for _ in range(5)]
    assert [info.path for info in journal.backups.list()] == list(reversed(made[-3:]))
    assert journal.settings.backups_to_keep == 3
    with pytest.raises(Exception, match="at least one"):
        journal.settings.set_backups_to_keep(0)


def test_restore_brings_back_what_was_deleted_and_keeps_the_present(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    backup = journal.backups.make()
    journal.incidents.delete(saved.id or 0)
    journal.incidents.create(full_incident(title="Written after the backup"))
    changes = journal.backups.restore(backup.path)
    assert changes.everything
    assert [row.title for row in journal.incidents.list_rows()] == ["Missed the shop launch"]
    assert [hit.row.id for hit in journal.search.find("checklist")] == [saved.id]
    before_restore = [info for info in journal.backups.list() if "before-restore" in info.path]
    with Journal(before_restore[0].path, read_only=True) as earlier:
        assert [row.title for row in earlier.incidents.list_rows()] == ["Written after the backup"]


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    journal.incidents.create(full_incident())
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"\x00" * 5000)
    with pytest.raises(JournalCorrupt, match="not a usable Amends backup"):
        journal.backups.restore(junk)
    with pytest.raises(JournalUnavailable, match="no backup"):
        journal.backups.restore(tmp_path / "missing.amends-backup")
    assert journal.incidents.count() == 1


@pytest.mark.parametrize("damage", ["garbage", "truncated", "pages"])
def test_a_damaged_journal_can_be_restored_and_the_damaged_file_is_kept(
    journal_path: Path, damage: str
) -> None:
    with Journal(journal_path) as setup:
        for number in range(40):
            setup.incidents.create(
                full_incident(title=f"Incident {number}", what_happened="z" * 3000)
            )
        good = setup.backups.make().path
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
        assert restored.incidents.count() == 40
        assert restored.search.find("Incident 7")


def test_backups_of_a_journal_with_a_similar_name_are_left_alone(tmp_path: Path) -> None:
    with Journal(tmp_path / "work-old.amends") as old:
        old_backups = [old.backups.make().path for _ in range(2)]
    with Journal(tmp_path / "work.amends") as work:
        work.settings.set_backups_to_keep(1)
        newest = work.backups.make().path
        assert [info.path for info in work.backups.list()] == [newest]
    assert all(Path(path).exists() for path in [*old_backups, newest])


def test_the_journal_itself_is_not_taken_for_a_backup(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="the journal itself"):
        journal.backups.restore(journal.path)


def test_journals_with_the_same_stem_keep_their_own_backups(tmp_path: Path) -> None:
    with Journal(tmp_path / "work.amends") as amends, Journal(tmp_path / "work.sqlite") as other:
        other_backups = [other.backups.make().path for _ in range(3)]
        amends.settings.set_backups_to_keep(1)
        newest = [amends.backups.make().path for _ in range(2)][-1]
        assert [info.path for info in amends.backups.list()] == [newest]
        assert [info.path for info in other.backups.list()] == list(reversed(other_backups))
    assert all(Path(path).name.startswith("work.sqlite.") for path in other_backups)


def _legacy_copy(made: str, name: str) -> Path:
    """A backup as Amends named them before: by the journal's stem."""
    legacy = Path(made).with_name(name)
    os.replace(made, legacy)
    return legacy


def test_backups_named_by_the_stem_are_still_the_journals_own(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    legacy = _legacy_copy(
        journal.backups.make().path, "journal-20250101-090000-000000.amends-backup"
    )
    older = _legacy_copy(
        journal.backups.make().path, "journal-20240101-090000-000000-x.amends-backup"
    )
    (journal.path.parent / "journal.json").write_text("{}")  # an export is not a journal
    newer = journal.backups.make().path
    assert [info.path for info in journal.backups.list()] == [newer, str(legacy), str(older)]
    journal.incidents.delete(saved.id or 0)
    journal.backups.restore(legacy)
    assert [row.title for row in journal.incidents.list_rows()] == ["Missed the shop launch"]
    journal.settings.set_backups_to_keep(2)
    journal.backups.make()
    assert not legacy.exists() and not older.exists()  # pruned with the journal's own


def test_backups_named_by_a_shared_stem_are_left_alone(journal: Journal) -> None:
    legacy = _legacy_copy(
        journal.backups.make().path, "journal-20250101-090000-000000.amends-backup"
    )
    with Journal(journal.path.with_suffix(".sqlite")) as namesake:
        namesake.backups.make()
        assert legacy.name not in [Path(info.path).name for info in namesake.backups.list()]
    journal.settings.set_backups_to_keep(1)
    assert legacy.name not in [Path(info.path).name for info in journal.backups.list()]
    assert legacy.exists()  # it could be either journal's: never pruned


def test_what_killed_backups_left_is_removed_but_not_what_one_is_writing(
    journal: Journal,
) -> None:
    folder = Path(journal.backups.make().path).parent
    killed = [folder / ".journal.amends.20250101-090000-000000.amends-backup.tmp"]
    killed.append(Path(f"{killed[0]}-journal"))
    writing = folder / ".journal.amends.20250101-090500-000000.amends-backup.tmp"
    for path in [*killed, writing]:
        path.write_bytes(b"\0" * 4096)
    long_ago = time.time() - STALE_TEMPORARY_SECONDS - 60
    for path in killed:
        os.utime(path, (long_ago, long_ago))
    journal.backups.make()
    assert sorted(name for name in os.listdir(folder) if name.startswith(".")) == [writing.name]


def test_listing_backups_keeps_the_locks_this_program_holds(tmp_path: Path) -> None:
    """Reading any file of an open journal (its -shm, say) and closing it would drop the
    locks SQLite holds on that file for this program (POSIX): another could then write."""
    with Journal(tmp_path / "work.amends") as journal, Journal(tmp_path / "work.sqlite") as other:
        journal.backups.make()
        for holder in (journal, other):
            holder._db.connection.execute("BEGIN IMMEDIATE")
        journal.backups.list()
        other.backups.list()
        for holder in (journal, other):
            intruder = sqlite3.connect(holder.path, timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                intruder.execute("BEGIN IMMEDIATE")
            intruder.close()
            holder._db.connection.execute("ROLLBACK")


def test_restore_never_replaces_a_file_that_was_not_a_journal(tmp_path: Path) -> None:
    from journal.errors import InvalidInput
    from journal.restoring import restore_journal

    source = tmp_path / "journal" / "journal.amends"
    with Journal(source) as journal:
        kept = journal.backups.make()
    other = tmp_path / "passwd"
    other.write_text("root:x:0:0:root:/root:/bin/bash\n")
    with pytest.raises(InvalidInput, match="not an Amends journal"):
        restore_journal(other, kept.path)
    assert other.read_text() == "root:x:0:0:root:/root:/bin/bash\n"
    with pytest.raises(JournalUnavailable, match="is a folder"):
        restore_journal(tmp_path, kept.path)


def test_pruning_keeps_the_newest_backup_made_before_an_upgrade_and_a_restore(
    journal_path: Path,
) -> None:
    from journal.storage import backup

    with Journal(journal_path) as journal:
        journal.settings.set_backups_to_keep(2)
        upgrade = backup.make_backup(journal._db, keep=2, label="before-0006_drafts_and_trash")
        restore = backup.make_backup(journal._db, keep=2, label="before-restore")
        for _ in range(4):
            journal.backups.make()
        kept = journal.backups.list()
    assert {info.path for info in kept} >= {upgrade.path, restore.path}
    assert len(kept) == 4 and [info.label for info in kept[:2]] == ["", ""]


def test_the_days_first_backup_is_not_made_again_of_an_unchanged_journal(
    journal_path: Path,
) -> None:
    import datetime as dt

    from journal.storage.backup import STAMP

    with Journal(journal_path) as journal:
        journal.incidents.create(full_incident())
        (first,) = [journal.backups.daily()]
        assert first is not None and first.label == "daily"
        assert journal.backups.daily() is None  # once a day
    # As if made yesterday evening, of a journal last written to yesterday at noon.
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    made, written = yesterday.replace(hour=23), yesterday.replace(hour=12)
    moved = Path(first.path.replace(first.created_at.strftime(STAMP), made.strftime(STAMP)))
    Path(first.path).rename(moved)
    os.utime(journal_path, (written.timestamp(), written.timestamp()))  # its log is folded in
    with Journal(journal_path) as journal:
        assert journal.backups.daily() is None  # nothing was written since
        journal.incidents.create(full_incident(title="Written since"))
        assert journal.backups.daily() is not None


def test_a_backup_the_disk_cannot_sync_says_so_and_leaves_nothing_behind(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(JournalError, match=r"the disk is full\. Free some space"):
        journal.backups.make()
    monkeypatch.undo()
    folder = journal.path.parent / "backups"
    assert [entry.name for entry in folder.iterdir()] == []  # no half backup, no temporary
    assert journal.backups.make().size > 0
