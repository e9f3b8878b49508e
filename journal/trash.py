"""The Trash: a deleted incident is kept whole until it is restored or the Trash is emptied,
and emptying it wipes its words from the journal file and its log."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence

from journal.errors import NotFound
from journal.reports import TrashedIncident
from journal.storage import bulk, reads, writes
from journal.storage.connection import Database
from journal.storage.records import now_text

FOLD_ATTEMPTS = 20  # a reader on another thread may hold the log for a moment


def move_to_trash(db: Database, incident_id: int) -> None:
    from journal.interchange import incident_dict

    with db.transaction() as connection:
        incident = reads.get_incident(db, incident_id)
        data = json.dumps(incident_dict(incident), ensure_ascii=False)
        writes.move_to_trash(connection, incident, data, now_text())


def listed(db: Database) -> list[TrashedIncident]:
    rows = db.rows("SELECT id, title, client, deleted_at FROM trash ORDER BY deleted_at DESC, id")
    return [
        TrashedIncident(id_, title, client, dt.datetime.fromisoformat(deleted))
        for id_, title, client, deleted in rows
    ]


def restore(db: Database, incident_ids: Sequence[int]) -> list[int]:
    """Put these incidents back, with their own numbers; return the numbers they have."""
    from journal.drafts import normalized
    from journal.interchange import incident_from_json

    incident_ids = list(dict.fromkeys(incident_ids))  # each once, in the order asked
    with db.transaction() as connection:
        found = {
            row[0]: row[1]
            for row in connection.execute(
                "SELECT id, data FROM trash WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(incident_ids)),),
            )
        }
        missing = [i for i in incident_ids if i not in found]
        if missing:
            raise NotFound(f"Incident {missing[0]} is not in the Trash.")
        incidents = [normalized(incident_from_json(found[i])) for i in incident_ids]
        connection.execute(
            "DELETE FROM trash WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(incident_ids)),),
        )
        keep_ids = not bulk.taken(connection, list(incident_ids))
        ids, _, _ = bulk.insert_incidents(connection, incidents, keep_ids=keep_ids)
    return ids


def empty(db: Database, older_than: dt.timedelta | None = None) -> int:
    """Remove incidents from the Trash for good; return how many."""
    query, params = "SELECT id FROM trash", []
    if older_than is not None:
        cutoff = dt.datetime.now(dt.UTC) - older_than
        query, params = f"{query} WHERE deleted_at < ?", [cutoff.isoformat(timespec="seconds")]
    with db.transaction() as connection:
        ids = [row[0] for row in connection.execute(query, params)]
        if ids:
            writes.purge_trash(connection, ids)
    if ids:
        for _ in range(FOLD_ATTEMPTS):  # the old page images in the log go too
            if db.fold_log():
                break
            time.sleep(0.05)
    return len(ids)
