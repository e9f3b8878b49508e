"""The journal's clients: listed, named, changed, and summed up for the Clients view."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from journal.domain import Changes, Client
from journal.errors import InvalidInput
from journal.i18n import translate
from journal.storage import reads
from journal.storage.connection import Database

if TYPE_CHECKING:  # the figures load with the Clients view, after the first paint
    from journal.figures import ClientSummary


class Clients:
    """One open journal's clients (`journal.clients`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def names(self) -> list[str]:
        """Every client's name, in name order."""
        return reads.client_names(self._db)

    def update(self, client: Client) -> Changes:
        """Change a client's name and details; their incidents are found by the new name."""
        from journal.storage import writes

        if not client.name.strip():
            raise InvalidInput(translate("Clients", "A client needs a name."))
        client = dataclasses.replace(client, name=client.name.strip())
        with self._db.transaction() as connection:
            ids = writes.update_client(connection, client)
        return Changes(incidents=frozenset(ids), clients=True)

    def summaries(self) -> list[ClientSummary]:
        """Every client with how often and how it went wrong, and how they took it."""
        from journal.storage import client_summaries

        return client_summaries.summaries(self._db)

    def first_page(self, limit: int) -> list[ClientSummary]:
        """The first `limit` of summaries(), in its order, read in a fraction of its time: for
        the Clients view to show while the rest is read."""
        from journal.storage import client_overview

        return client_overview.first_page(self._db, limit)

    def list(self) -> list[Client]:
        """Every client, in name order."""
        return reads.clients(self._db)
