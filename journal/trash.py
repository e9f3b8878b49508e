"""The Trash: a deleted incident is kept whole until it is restored or the Trash is emptied,
and emptying it wipes its words from the journal file and its log."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from journal.domain import Changes
from journal.errors import NotFound
from journal.i18n import translate
from journal.storage import reads
from journal.storage.connection import Database

if TYPE_CHECKING:  # the Trash's reports and writes load when it is first used
    from journal.reports import TrashedIncident

FOLD_ATTEMPTS = 20  # a reader on another thread may hold the log for a moment


def move_to_trash(db: Database, incident_id: int) -> None:
    """Keep the whole incident in the Trash and take it out of the journal (for
    journal.incidents.delete)."""
    from journal.interchange import incident_dict
    from journal.storage import writes
    from journal.storage.records import now_text

    with db.transaction() as connection:
        incident = reads.get_incident(db, incident_id)
        data = json.dumps(incident_dict(incident), ensure_ascii=False)
        writes.move_to_trash(connection, incident, data, now_text())


class Trash:
    """One open journal's Trash (`journal.trash`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def restore(self, incident_ids: Sequence[int]) -> Changes:
        """Put incidents from the Trash back in the journal, with their own numbers."""
        from journal.drafts import normalized
        from journal.interchange import incident_from_json
        from journal.storage import bulk, writes

        incident_ids = list(dict.fromkeys(incident_ids))  # each once, in the order asked
        with self._db.transaction() as connection:
            found = writes.trash_data(connection, incident_ids)
            missing = [i for i in incident_ids if i not in found]
            if missing:
                said = translate("JournalErrors", "Incident {id} is not in the Trash.")
                raise NotFound(said.format(id=missing[0]))
            incidents = [normalized(incident_from_json(found[i])) for i in incident_ids]
            writes.take_from_trash(connection, incident_ids)
            keep_ids = not bulk.taken(connection, incident_ids)
            restored, _, _ = bulk.insert_incidents(connection, incidents, keep_ids=keep_ids)
        return Changes(incidents=frozenset(restored), clients=True, categories=True, trash=True)

    def empty(self, older_than: dt.timedelta | None = None) -> int:
        """Remove incidents from the Trash for good (only those deleted longer ago than
        `older_than`, if given), their text wiped from the file; return how many."""
        from journal.storage import writes

        cutoff = None
        if older_than is not None:
            cutoff = (dt.datetime.now(dt.UTC) - older_than).isoformat(timespec="seconds")
        with self._db.transaction() as connection:
            ids = writes.trash_ids(connection, cutoff)
            if ids:
                writes.purge_trash(connection, ids)
        if ids:
            for _ in range(FOLD_ATTEMPTS):  # the old page images in the log go too
                if self._db.fold_log():
                    break
                time.sleep(0.05)
        return len(ids)

    def list(self) -> list[TrashedIncident]:
        """The incidents in the Trash, the most recently deleted first."""
        return reads.trashed(self._db)
