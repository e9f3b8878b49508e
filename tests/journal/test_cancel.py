"""Stopping a long import or export at the user's word: the journal, or the file, as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.domain import Client, Incident
from journal.errors import Cancelled, InvalidInput
from journal.service import Journal
from journal.storage import bulk
from tests.conftest import full_incident
from tests.faults.journals import content, document


def _cancel_after(batches: int) -> tuple[list[int], bulk.Progress]:
    """A progress callback that lets `batches` batches be written, then cancels."""
    told: list[int] = []

    def progress(done: int, total: int) -> None:
        told.append(done)
        if len(told) > batches:  # the first call comes before any batch is written
            raise Cancelled

    return told, progress


def test_an_import_cancelled_halfway_leaves_the_journal_exactly_as_it_was(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BATCH", 10)
    kept = journal.incidents.create(full_incident(title="Kept as it was")).incident
    journal.incidents.delete(journal.incidents.create(full_incident(title="Trashed")).incident.id)
    before = content(journal.path)
    told, progress = _cancel_after(3)
    with pytest.raises(Cancelled):
        journal.transfer.import_json(document(100), progress=progress)
    assert told == [0, 10, 20, 30]  # three batches were written before it stopped
    assert content(journal.path) == before  # every table, row for row: nothing half-written
    assert [row.title for row in journal.incidents.list_rows()] == ["Kept as it was"]
    assert journal.search.find("Incident") == []  # each imported title begins so
    assert [client.name for client in journal.clients.list()] == [kept.client.name]
    after = journal.incidents.create(full_incident(title="Next")).incident
    assert after.id == 3  # no number was used up by the incidents that were not imported


def test_an_import_cancelled_before_it_writes_does_not_touch_the_journal(
    journal: Journal,
) -> None:
    before = content(journal.path)
    told, progress = _cancel_after(0)
    with pytest.raises(Cancelled):
        journal.transfer.import_json(document(5), progress=progress)
    assert told == [0] and content(journal.path) == before


def test_an_import_tells_its_progress_from_nothing_to_all(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BATCH", 4)
    told: list[tuple[int, int]] = []
    result = journal.transfer.import_json(document(10), progress=lambda *at: told.append(at))
    assert told == [(0, 10), (4, 10), (8, 10), (10, 10)]
    assert result.count == 10 == journal.incidents.count()
    assert len(journal.search.find("Incident")) == 10  # each batch made searchable


def test_an_import_with_its_own_numbers_is_searchable_batch_by_batch(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BATCH", 3)
    incidents = [Incident(id=100 + n, title=f"Numbered {n}", client=Client("A")) for n in range(7)]
    result = journal.transfer.import_incidents(incidents)
    assert not result.renumbered
    assert sorted(hit.row.id for hit in journal.search.find("Numbered")) == list(range(100, 107))


def test_an_export_tells_its_progress_and_a_cancelled_one_leaves_the_file_as_it_was(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal import transfer

    monkeypatch.setattr(transfer, "EXPORT_STEP", 2)
    journal.transfer.import_incidents([full_incident(title=f"Incident {n}") for n in range(5)])
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.json"
    told: list[tuple[int, int]] = []
    assert journal.transfer.export_to(target, "json", lambda *at: told.append(at)) == 5
    assert told == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert len(json.loads(target.read_text(encoding="utf-8"))["incidents"]) == 5
    target.write_text("an earlier export", encoding="utf-8")
    _, progress = _cancel_after(1)
    with pytest.raises(Cancelled):
        journal.transfer.export_to(target, "csv", progress)
    assert target.read_text(encoding="utf-8") == "an earlier export"
    assert [path.name for path in folder.iterdir()] == ["out.json"]  # no temporary left


def test_an_export_never_writes_over_the_journal_its_backups_or_a_folder(
    journal: Journal, tmp_path: Path
) -> None:
    backup = Path(journal.backups.make().path)
    for target in (journal.path, backup, tmp_path):
        with pytest.raises(InvalidInput, match=str(target)):
            journal.transfer.export_to(target, "json")
    assert Path(backup).exists() and journal.incidents.count() == 0
