"""A journal found damaged is written to no more, so the damage cannot spread."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.errors import JournalCorrupt
from journal.service import Journal
from tests.conftest import full_incident


def damage_an_index(path: Path) -> None:
    """Overwrite one page of an index: the journal opens and lists, but is not whole."""
    with Journal(path) as journal:
        for number in range(200):
            journal.incidents.create(full_incident(title=f"Incident {number:03}"))
        journal._db.fold_log()
        page_size = journal._db.scalar("PRAGMA page_size")
        root = journal._db.scalar(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_incident_title_key'"
        )
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))


def test_a_damaged_journal_takes_no_import_and_no_more_writes(
    journal_path: Path, tmp_path: Path
) -> None:
    damage_an_index(journal_path)
    before = journal_path.read_bytes()
    with Journal(journal_path) as journal:
        assert journal.incidents.count() == 200  # it still opens and reads
        with pytest.raises(JournalCorrupt, match=r"damaged .* nothing more is written"):
            journal.transfer.import_incidents([full_incident(title="Not imported")])
        with pytest.raises(JournalCorrupt, match="Restore the newest good backup"):
            journal.incidents.create(full_incident(title="Not written either"))
    assert journal_path.read_bytes() == before
