"""Deleting moves an incident to the Trash; it comes back whole, or is wiped for good."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest

from journal.domain import Client
from journal.errors import NotFound
from journal.service import Journal
from tests.conftest import full_incident

MARKER = "Zebrakvokka-ส่งผิด"  # words that stand out in the file's bytes, Thai among them


def _bytes_in(path: Path, text: str) -> int:
    return path.read_bytes().count(text.encode()) if path.exists() else 0


def test_a_deleted_incident_leaves_every_view_and_comes_back_whole(journal: Journal) -> None:
    kept = journal.incidents.create(full_incident(title="Kept")).incident
    gone = journal.incidents.create(full_incident(title="Gone", what_happened=MARKER)).incident
    changes = journal.incidents.delete(gone.id or 0)
    assert changes.deleted == {gone.id}
    assert [row.id for row in journal.incidents.list_rows()] == [kept.id]
    assert journal.search.find(MARKER) == [] and journal.incidents.count() == 1
    assert journal.patterns.figures().by_category[0].incidents == 1
    out = io.StringIO()
    assert journal.transfer.export(out) == 1 and MARKER not in out.getvalue()
    (trashed,) = journal.trash.list()
    assert (trashed.id, trashed.title, trashed.client) == (gone.id, "Gone", gone.client.name)
    journal.trash.restore([gone.id or 0])
    assert journal.incidents.get(gone.id or 0) == gone  # same number, same times, every field
    assert [hit.row.id for hit in journal.search.find(MARKER)] == [gone.id]
    assert journal.trash.list() == []
    with pytest.raises(NotFound):
        journal.trash.restore([gone.id or 0])


def test_a_number_is_never_given_to_another_incident(journal: Journal) -> None:
    first = journal.incidents.create(full_incident(title="One")).incident
    last = journal.incidents.create(full_incident(title="Two")).incident
    journal.incidents.delete(last.id or 0)
    assert journal.incidents.create(full_incident(title="Three")).incident.id == (last.id or 0) + 1
    journal.trash.empty()
    journal.incidents.delete(first.id or 0)
    journal.trash.empty()
    newest = journal.transfer.import_json(
        '{"format": "amends", "version": 1, "incidents": '
        '[{"title": "Four", "client": {"name": "Nong"}}]}'
    )
    assert min(newest.changes.incidents) == (last.id or 0) + 2


def test_the_trash_empties_what_it_held_longer_than_asked(journal: Journal) -> None:
    old = journal.incidents.create(full_incident(title="Old")).incident
    new = journal.incidents.create(full_incident(title="New")).incident
    journal.incidents.delete(old.id or 0)
    journal.incidents.delete(new.id or 0)
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=31)).isoformat(timespec="seconds")
    with journal._db.transaction() as connection:
        connection.execute("UPDATE trash SET deleted_at = ? WHERE id = ?", (long_ago, old.id))
    assert journal.trash.empty(older_than=dt.timedelta(days=30)) == 1
    assert [item.title for item in journal.trash.list()] == ["New"]


def test_emptying_the_trash_wipes_the_words_from_the_file_its_log_and_new_backups(
    journal: Journal,
) -> None:
    for number in range(20):  # pages and index segments to hide in
        journal.incidents.create(full_incident(title=f"Other {number}", what_happened="x" * 3000))
    secret = full_incident(
        title=f"Title {MARKER}",
        client=Client(f"Client {MARKER}", notes=f"Notes {MARKER}"),
        tags=(f"tag-{MARKER}",),
        what_happened=f"{MARKER} " * 400,  # long enough for overflow pages
        whys=(f"Why {MARKER}",),
        actions=(dataclasses.replace(full_incident().actions[0], text=f"Step {MARKER}"),),
    )
    gone = journal.incidents.create(secret).incident
    journal.incidents.create(full_incident(title="Later"))
    journal.incidents.delete(gone.id or 0)
    journal.trash.empty()
    wal = Path(f"{journal.path}-wal")
    assert _bytes_in(journal.path, MARKER) == 0
    assert _bytes_in(wal, MARKER) == 0
    assert _bytes_in(Path(journal.backups.make().path), MARKER) == 0
    assert journal.search.find(MARKER) == [] and journal.tags.list() == ["launch", "webshop"]
    assert all(MARKER not in client.name for client in journal.clients.list())
