"""Journal's old names, kept only until the files named beside each call its concern."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from journal.domain import Incident, IncidentFilter, IncidentRow, Saved, SnippetPart

if TYPE_CHECKING:
    from journal.clients import Clients
    from journal.figures import ClientSummary
    from journal.incidents import Incidents
    from journal.reports import ImportResult
    from journal.searching import Search
    from journal.settings import Settings
    from journal.storage.bulk import Progress
    from journal.transfer import Transfer


class Forwarding:
    """The old names, each forwarding to its concern (see journal.service.Journal).

    Still called by the journal list's files, which move to the concerns on their own:
    ui/journal_model.py, ui/journal_view.py, ui/journal_reads.py, tests/ui/test_browse*.py,
    bench/browse.py and bench/paging.py. Delete each method once they call its concern."""

    if TYPE_CHECKING:  # Journal's concerns

        @property
        def incidents(self) -> Incidents: ...
        @property
        def search(self) -> Search: ...
        @property
        def clients(self) -> Clients: ...
        @property
        def settings(self) -> Settings: ...
        @property
        def transfer(self) -> Transfer: ...

    # forwarding until the journal list's files call journal.incidents.rows_for
    def rows_for(self, ids: Sequence[int]) -> list[IncidentRow]:
        return self.incidents.rows_for(ids)

    # forwarding until the journal list's files call journal.incidents.list_ids
    def list_ids(
        self, selection: IncidentFilter | None = None, limit: int | None = None
    ) -> list[int]:
        return self.incidents.list_ids(selection, limit)

    # forwarding until the journal list's files call journal.incidents.count
    def count(self, selection: IncidentFilter | None = None) -> int:
        return self.incidents.count(selection)

    # forwarding until the journal list's files call journal.incidents.get
    def get(self, incident_id: int) -> Incident:
        return self.incidents.get(incident_id)

    # forwarding until the journal list's files call journal.incidents.create
    def create(self, draft: Incident) -> Saved:
        return self.incidents.create(draft)

    # forwarding until the journal list's files call journal.transfer.import_incidents
    def import_incidents(
        self, incidents: Sequence[Incident], progress: Progress | None = None
    ) -> ImportResult:
        return self.transfer.import_incidents(incidents, progress)

    # forwarding until the journal list's files call journal.transfer.import_json
    def import_json(self, data: bytes | str, progress: Progress | None = None) -> ImportResult:
        return self.transfer.import_json(data, progress)

    # forwarding until the journal list's files call journal.settings.get
    def setting(self, key: str) -> str | None:
        return self.settings.get(key)

    # forwarding until the journal list's files call journal.settings.set
    def set_setting(self, key: str, value: str | None) -> None:
        self.settings.set(key, value)

    # forwarding until the journal list's files call journal.search.ids
    def search_ids(
        self, text: str, selection: IncidentFilter | None = None, limit: int = 50
    ) -> list[int]:
        return self.search.ids(text, selection, limit)

    # forwarding until the journal list's files call journal.search.snippets
    def snippets(self, text: str, ids: Sequence[int]) -> dict[int, tuple[SnippetPart, ...]]:
        return self.search.snippets(text, ids)

    # forwarding until the journal list's files call journal.clients.summaries
    def client_summaries(self) -> list[ClientSummary]:
        return self.clients.summaries()
