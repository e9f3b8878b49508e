"""The journal's incidents: written whole or field by field, read, listed and deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import NamedTuple

from journal.domain import FALLBACK_CATEGORY, Changes, Client, Incident, Saved
from journal.errors import InvalidInput
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.listing import IncidentFilter, IncidentRow
from journal.storage import reads
from journal.storage.connection import Database


class Repeats(NamedTuple):
    """Incidents like one incident (same client, same category), before and after it."""

    earlier: tuple[IncidentRow, ...]
    later: tuple[IncidentRow, ...]


NO_REPEATS = Repeats((), ())


def came_before(row: IncidentRow, incident: Incident) -> bool:
    """Whether `row` happened before `incident`: by the days they happened on when both have
    one and they differ, else by which was written down first (a new draft comes last)."""
    if row.occurred_on and incident.occurred_on and row.occurred_on != incident.occurred_on:
        return row.occurred_on < incident.occurred_on
    return incident.id is None or row.id < incident.id


NO_STEPS = QT_TRANSLATE_NOOP("JournalErrors", "Incident {incident} has no prevention steps.")
NO_SUCH_STEP = QT_TRANSLATE_NOOP(
    "JournalErrors", "Incident {incident} has no prevention step {step}: it has {count}."
)
NO_OFFER = QT_TRANSLATE_NOOP(
    "JournalErrors", "Incident {incident} offers no compensation, so there is nothing to deliver."
)


class Incidents:
    """The incidents of one open journal (`journal.incidents`)."""

    def __init__(self, db: Database, today: Callable[[], dt.date]) -> None:
        self._db, self._today = db, today

    def create(self, draft: Incident) -> Saved:
        """Save a new incident (any id it has is ignored)."""
        return self._save(lambda: dataclasses.replace(draft, id=None))

    def update(self, incident: Incident) -> Saved:
        """Replace a stored incident, every field, with this one."""
        if incident.id is None:
            raise InvalidInput(
                translate("JournalErrors", "This incident has not been saved yet; create it first.")
            )
        return self._save(lambda: incident)

    def edit(self, incident_id: int | None, changes: Mapping[str, object]) -> Saved:
        """Save only what the user changed (see edits.with_changes for the keys), on top of the
        incident as it is stored at this moment; with no id, a new incident with just those."""
        return self._edit(incident_id, lambda _: changes)

    def _edit(
        self, incident_id: int | None, changes_to: Callable[[Incident], Mapping[str, object]]
    ) -> Saved:
        """edit() with the changes made from the incident as stored, read in the write's own
        transaction: a change to one step of the list never undoes another program's edit."""
        from journal.edits import with_changes

        def changed() -> Incident:
            if incident_id is None:
                stored = Incident(title="", client=Client(""))
            else:
                stored = self.get(incident_id)
            return with_changes(stored, changes_to(stored))

        return self._save(changed)

    # Keeping the promises: a prevention step done, the compensation delivered.

    def mark_step_done(
        self, incident_id: int, step_number: int, on: dt.date | None = None
    ) -> Saved:
        """Prevention step `step_number` (1 is the first, in the incident's order) done on
        `on`, today unless given; a step already done takes the new date."""
        day = self._today() if on is None else on
        return self._edit(incident_id, lambda stored: _step_done(stored, step_number, day))

    def mark_step_not_done(self, incident_id: int, step_number: int) -> Saved:
        """Prevention step `step_number` not done after all: its done date is cleared."""
        return self._edit(incident_id, lambda stored: _step_done(stored, step_number, None))

    def mark_delivered(self, incident_id: int, on: dt.date | None = None) -> Saved:
        """The compensation offered delivered on `on`, today unless given."""
        day = self._today() if on is None else on
        return self._edit(incident_id, lambda stored: _delivered(stored, day))

    def mark_not_delivered(self, incident_id: int) -> Saved:
        """The compensation not delivered after all: its delivered date is cleared."""
        return self._edit(incident_id, lambda stored: _delivered(stored, None))

    def _save(self, make: Callable[[], Incident]) -> Saved:
        """Write what `make` gives, read and written in one transaction, as it is stored."""
        from journal.drafts import normalized
        from journal.storage import writes  # the write path: loaded on the first write

        with self._db.transaction() as connection:
            stored = normalized(make())
            known = writes.category_exists(connection, stored.category)
            incident_id, new_client = writes.save_incident(connection, stored)
        return Saved(
            incident=self.get(incident_id),
            changes=Changes(
                incidents=frozenset({incident_id}), clients=new_client, categories=not known
            ),
        )

    def get(self, incident_id: int) -> Incident:
        return reads.get_incident(self._db, incident_id)

    def all(self) -> Iterator[Incident]:
        """Every incident, in id order, read a batch at a time."""
        return reads.iter_incidents(self._db)

    def count(self, selection: IncidentFilter | None = None) -> int:
        """How many incidents list_ids() gives, without reading them."""
        return reads.count_ids(self._db, selection or IncidentFilter(), self._today())

    def list_ids(
        self, selection: IncidentFilter | None = None, limit: int | None = None
    ) -> list[int]:
        """The ids of the incidents a filtered list shows, in its order (fetch rows lazily)."""
        return reads.list_ids(self._db, selection or IncidentFilter(), self._today(), limit)

    def rows_for(self, ids: Sequence[int]) -> list[IncidentRow]:
        """The list's rows for these ids, in their order; ids that are gone are skipped."""
        return reads.rows_for(self._db, ids, self._today())

    def list_rows(
        self, selection: IncidentFilter | None = None, limit: int | None = None
    ) -> list[IncidentRow]:
        return self.rows_for(self.list_ids(selection, limit))

    def history_for(self, incident: Incident) -> Repeats:
        """Other incidents with the same client in the same category, the ones before this
        one apart from the ones after it: the repeat to avoid. The kind "other" is no kind to
        repeat, and an unfinished draft (perhaps this very incident, begun before) is no
        earlier failure."""
        if not incident.client.name.strip() or incident.category == FALLBACK_CATEGORY:
            return NO_REPEATS
        selection = IncidentFilter(client=incident.client.name, category=incident.category)
        rows = self.list_rows(selection)
        others = [row for row in rows if row.id != incident.id and not row.unfinished]
        earlier = tuple(row for row in others if came_before(row, incident))
        return Repeats(earlier, tuple(row for row in others if row not in earlier))

    def delete(self, incident_id: int) -> Changes:
        """Move the incident to the Trash, from where journal.trash.restore() brings it back."""
        from journal.trash import move_to_trash

        move_to_trash(self._db, incident_id)
        return Changes(deleted=frozenset({incident_id}), clients=True, trash=True)


def _step_done(incident: Incident, step_number: int, day: dt.date | None) -> dict[str, object]:
    """The change that gives step `step_number` of `incident` the done date `day` (None: not
    done), every other step as it is."""
    actions = incident.actions
    if not 1 <= step_number <= len(actions):
        if not actions:
            raise InvalidInput(translate("JournalErrors", NO_STEPS).format(incident=incident.id))
        said = translate("JournalErrors", NO_SUCH_STEP)
        raise InvalidInput(said.format(incident=incident.id, step=step_number, count=len(actions)))
    place = step_number - 1
    step = dataclasses.replace(actions[place], done_on=day)
    return {"actions": (*actions[:place], step, *actions[place + 1 :])}


def _delivered(incident: Incident, day: dt.date | None) -> dict[str, object]:
    """The change that gives the compensation the delivered date `day` (None: not delivered).
    Only an offer can be delivered; a date kept without one (from a file) can be cleared."""
    compensation = incident.compensation
    offered = bool(compensation.offer.strip()) or compensation.value is not None
    clearing = day is None and compensation.delivered_on is not None
    if not offered and not clearing:
        raise InvalidInput(translate("JournalErrors", NO_OFFER).format(incident=incident.id))
    return {"compensation.delivered_on": day}
