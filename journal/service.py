"""Every use case of the journal, in one place: the window, the PDF and the CLI all call this."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING

from journal.domain import (
    Category,
    Changes,
    Client,
    Incident,
    IncidentFilter,
    IncidentRow,
    Saved,
    SearchHit,
    SimilarIncident,
    SnippetPart,
)
from journal.errors import InvalidInput
from journal.keeping import Keeping
from journal.naming import name_key
from journal.storage import backup, reads, schema
from journal.storage.connection import BUSY_TIMEOUT_MS, Database, default_journal_path

if TYPE_CHECKING:  # search, imports and saving load these on first use: opening stays quick
    from journal.figures import ClientSummary, Patterns
    from journal.reports import (
        Briefing,
        DraftField,
        Finding,
        ImportResult,
    )
    from journal.storage import bulk

LANGUAGE_SETTING = "language"
COACH_LANGUAGES = ("en", "sv", "hr", "th", "bn")


def _writes() -> ModuleType:
    """The write path, imported on the first write so opening and reading stay fast."""
    from journal.storage import writes

    return writes


class Journal(Keeping):
    """An open journal file. Use as a context manager, or call close()."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.path = Path(path) if path is not None else default_journal_path()
        self._today = today
        self._db = Database(self.path, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        try:
            schema.ensure_current(self._db, backup.DEFAULT_KEEP)  # and in WAL mode
        except BaseException:
            self._db.close()
            raise

    def today(self) -> dt.date:
        """The date the journal counts overdue steps from."""
        return self._today()

    def reader(self) -> Journal:
        """Another, read-only connection to the same journal, for reading on another thread."""
        return Journal(self.path, read_only=True, today=self._today)

    def interrupt(self) -> None:
        """Stop the query running on this connection (from any thread); it raises there."""
        self._db.connection.interrupt()

    def snapshot(self) -> AbstractContextManager[None]:
        """Reads made inside see one state of the journal, whatever another program or
        connection writes meanwhile (for a read made of several queries)."""
        return self._db.snapshot()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Incidents -------------------------------------------------------------------------

    def create(self, draft: Incident) -> Saved:
        return self._save(lambda: dataclasses.replace(draft, id=None))

    def update(self, incident: Incident) -> Saved:
        if incident.id is None:
            raise InvalidInput("This incident has not been saved yet; create it first.")
        return self._save(lambda: incident)

    def edit(self, incident_id: int | None, changes: Mapping[str, object]) -> Saved:
        """Save only what the user changed (see edits.with_changes for the keys), on top of the
        incident as it is stored at this moment; with no id, a new incident with just those."""
        from journal.edits import with_changes

        def changed() -> Incident:
            if incident_id is None:
                return with_changes(Incident(title="", client=Client("")), changes)
            return with_changes(self.get(incident_id), changes)

        return self._save(changed)

    def _save(self, make: Callable[[], Incident]) -> Saved:
        """Write what `make` gives, read and written in one transaction, as it is stored."""
        from journal.drafts import normalized

        with self._db.transaction() as connection:
            stored = normalized(make())
            known = connection.execute(
                "SELECT 1 FROM category WHERE name_key = ?", (name_key(stored.category),)
            ).fetchone()
            incident_id, new_client = _writes().save_incident(connection, stored)
        return Saved(
            incident=self.get(incident_id),
            changes=Changes(
                incidents=frozenset({incident_id}),
                clients=new_client,
                categories=known is None,
            ),
        )

    def get(self, incident_id: int) -> Incident:
        return reads.get_incident(self._db, incident_id)

    def all_incidents(self) -> Iterator[Incident]:
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
        return reads.rows_for(self._db, ids, self._today())

    def list_rows(
        self, selection: IncidentFilter | None = None, limit: int | None = None
    ) -> list[IncidentRow]:
        return self.rows_for(self.list_ids(selection, limit))

    # Search ----------------------------------------------------------------------------

    def search(
        self, text: str, selection: IncidentFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Incidents containing every word of `text`, best first, each with a marked snippet."""
        from journal.storage import finding

        found = finding.ranked(self._db, text, selection, self._today(), limit, True)
        ranked = {incident_id: (rank, parts) for incident_id, rank, parts in found}
        rows = self.rows_for(list(ranked))
        return [SearchHit(row, ranked[row.id][1], ranked[row.id][0]) for row in rows]

    def search_ids(
        self, text: str, selection: IncidentFilter | None = None, limit: int = 50
    ) -> list[int]:
        """The ids search() finds, best first, without rows or snippets: the quick part."""
        from journal.storage import finding

        return [
            found for found, _ in finding.ranked(self._db, text, selection, self._today(), limit)
        ]

    def snippets(self, text: str, ids: Sequence[int]) -> dict[int, tuple[SnippetPart, ...]]:
        """For the given incidents, the text around what `text` matches, marked."""
        from journal.storage import finding

        return finding.snippets(self._db, text, ids)

    def similar(self, draft: Incident, limit: int = 5) -> list[SimilarIncident]:
        """Past incidents like this draft: same client and category first, then like words."""
        from journal.storage import search

        found: list[SimilarIncident] = []
        seen = {draft.id} if draft.id is not None else set()
        name = draft.client.name.strip()
        if name:
            for same_category in (True, False):
                selection = IncidentFilter(
                    client=name, category=draft.category if same_category else None
                )
                reason = "same client and category" if same_category else "same client"
                for row in self.list_rows(selection, limit=limit + len(seen)):
                    if row.id not in seen and len(found) < limit:
                        seen.add(row.id)
                        found.append(SimilarIncident(row, reason))
        words = search.similarity_terms(f"{draft.title}\n{draft.what_happened}\n{draft.impact}")
        if words and len(found) < limit:
            sql = (
                "SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? "
                f"ORDER BY bm25(incident_fts, {search.COLUMN_WEIGHTS}) LIMIT ?"
            )
            ids = [row[0] for row in self._db.rows(sql, (words, limit + len(seen)))]
            for row in self.rows_for([i for i in ids if i not in seen][: limit - len(found)]):
                found.append(SimilarIncident(row, "similar words"))
        return found

    # Patterns, clients, categories -------------------------------------------------------

    def patterns(self, limit: int | None = 50) -> Patterns:
        """Where the user fails the same way, what is overdue, and the counts; each long list
        cut to the `limit` largest (None: all of them)."""
        from journal.storage import patterns as pattern_queries

        return pattern_queries.patterns(self._db, self._today(), limit)

    def client_summaries(self) -> list[ClientSummary]:
        """Every client with how often and how it went wrong, and how they took it."""
        from journal.storage import client_summaries

        return client_summaries.summaries(self._db)

    def clients(self) -> list[Client]:
        return reads.clients(self._db)

    def client_names(self) -> list[str]:
        return [row[0] for row in self._db.rows("SELECT name FROM client ORDER BY name_key")]

    def update_client(self, client: Client) -> Changes:
        if not client.name.strip():
            raise InvalidInput("A client needs a name.")
        client = dataclasses.replace(client, name=client.name.strip())
        with self._db.transaction() as connection:
            ids = _writes().update_client(connection, client)
        return Changes(incidents=frozenset(ids), clients=True)

    def categories(self) -> list[Category]:
        return reads.categories(self._db)

    def tags(self) -> list[str]:
        """The tags some incident has, in alphabetical order."""
        rows = self._db.rows(
            "SELECT name FROM tag WHERE id IN (SELECT tag_id FROM incident_tag) ORDER BY name_key"
        )
        return [row[0] for row in rows]

    def add_category(self, name: str) -> Changes:
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("A category needs a name.")
        with self._db.transaction() as connection:
            _writes().category_id(connection, name)
        return Changes(categories=True)

    def rename_category(self, old: str, new: str) -> Changes:
        new = " ".join(new.split())
        if not new:
            raise InvalidInput("A category needs a name.")
        with self._db.transaction() as connection:
            _writes().rename_category(connection, old, new)
        return Changes(categories=True, everything=True)

    def remove_category(self, name: str, move_to: str = "other") -> Changes:
        with self._db.transaction() as connection:
            moved = _writes().remove_category(connection, name, move_to)
        return Changes(incidents=frozenset(moved), categories=True)

    def setting(self, key: str) -> str | None:
        return reads.get_setting(self._db, key)

    def set_setting(self, key: str, value: str | None) -> None:
        """Remember (or with None, forget) a small value in the journal itself."""
        with self._db.transaction() as connection:
            reads.put_setting(connection, key, value)

    # The apology coach ---------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The language the coach reads this journal's text in; None: guess from each text."""
        return reads.get_setting(self._db, LANGUAGE_SETTING)

    def set_language(self, code: str | None) -> None:
        if code is not None and code not in COACH_LANGUAGES:
            raise InvalidInput(
                f"The coach knows {', '.join(COACH_LANGUAGES)}; {code!r} is not one of them."
            )
        with self._db.transaction() as connection:
            reads.put_setting(connection, LANGUAGE_SETTING, code)

    def check(
        self, text: str, field: DraftField | None = None, language: str | None = None
    ) -> list[Finding]:
        """What the apology coach finds in a text, in the given or the journal's language."""
        from journal import checker
        from journal.reports import DraftField

        return checker.check(text, language or self.language, field or DraftField.ANY)

    def check_call(
        self, incident: Incident, language: str | None = None
    ) -> dict[DraftField, list[Finding]]:
        """The coach's findings on the words for the call: summary, apology and empathy."""
        from journal import checker

        return checker.check_call(
            incident.summary, incident.apology, incident.empathy, language or self.language
        )

    # The briefing --------------------------------------------------------------------------

    def history_for(self, incident: Incident) -> list[IncidentRow]:
        """Other incidents with the same client in the same category: the repeat to avoid."""
        if not incident.client.name.strip():
            return []
        selection = IncidentFilter(client=incident.client.name, category=incident.category)
        return [row for row in self.list_rows(selection) if row.id != incident.id]

    def brief(self, incident_id: int, path: Path | str, paper: str | None = None) -> Briefing:
        """Write the one-page call briefing for an incident as a PDF at `path`."""
        from journal.briefing.render import render

        incident = self.get(incident_id)
        if incident.unfinished:
            raise InvalidInput(
                f"Incident {incident_id} is an unfinished draft: give it a client and a title "
                "in the worksheet first; the briefing is for the call with them."
            )
        return render(incident, self.history_for(incident), Path(path), paper)

    # Import ------------------------------------------------------------------------------

    def import_incidents(
        self, incidents: Sequence[Incident], progress: bulk.Progress | None = None
    ) -> ImportResult:
        """Add all the incidents, or none. Their ids are kept when none is taken already."""
        from journal.drafts import normalized
        from journal.storage import bulk

        self.check_whole()  # an import is large: it goes into no damaged journal
        cleaned = [normalized(incident) for incident in incidents]
        wanted = [incident.id for incident in cleaned]
        keep_ids = all(wanted) and len(set(wanted)) == len(wanted)
        with self._db.transaction() as connection:
            keep_ids = keep_ids and not bulk.taken(connection, wanted)
            ids, new_clients, new_categories = bulk.insert_incidents(
                connection, cleaned, keep_ids=keep_ids, progress=progress
            )
        # Committed: from here on, a failure must not say the import did not happen.
        self._db.fold_log()
        from journal.reports import ImportResult

        return ImportResult(
            count=len(ids),
            renumbered=any(wanted) and not keep_ids,
            changes=Changes(
                incidents=frozenset(ids), clients=new_clients, categories=new_categories
            ),
        )

    def import_json(self, data: bytes | str, progress: bulk.Progress | None = None) -> ImportResult:
        """Import an Amends JSON file's content: checked whole first, then all of it or none."""
        from journal import interchange

        return self.import_incidents(interchange.parse(data), progress=progress)

    def export(self, out: IO[str], file_format: str = "json") -> int:
        """Write every incident as Amends JSON, CSV or Markdown; return how many."""
        from journal import exporters, interchange

        writers = {
            "json": interchange.write,
            "csv": exporters.write_csv,
            "md": exporters.write_markdown,
        }
        if file_format not in writers:
            raise InvalidInput(f"Amends exports {', '.join(writers)}, not {file_format!r}.")
        with self._db.snapshot():  # one consistent state, even if another program writes
            return writers[file_format](self.all_incidents(), out)
