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


def test_a_restore_into_a_journal_too_damaged_to_open_gives_no_number_out_again(
    tmp_path: Path,
) -> None:
    from journal.restoring import restore_journal

    path = tmp_path / "work.amends"
    with Journal(path) as journal:
        journal.incidents.create(full_incident(title="Before the backup"))
        backup = journal.backups.make()
        printed = journal.incidents.create(full_incident(title="Briefing printed")).incident.id
        journal.backups.make()  # a later backup holds the number given since
    damaged = bytearray(path.read_bytes())
    damaged[4096 : 4096 * 6] = b"\x55" * (4096 * 5)  # pages in the middle, the header whole
    path.write_bytes(bytes(damaged))
    with pytest.raises(JournalCorrupt):
        Journal(path).close()
    restore_journal(path, backup.path)
    with Journal(path) as journal:
        assert [incident.title for incident in journal.incidents.all()] == ["Before the backup"]
        again = journal.incidents.create(full_incident(title="After the restore")).incident.id
    assert printed is not None and again is not None and again > printed
