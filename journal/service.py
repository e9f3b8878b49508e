"""An open journal file: its life, and an attribute for each concern (after Anki's `col.decks`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from journal.settings import BACKUPS_KEPT_BY_DEFAULT
from journal.storage import schema
from journal.storage.connection import BUSY_TIMEOUT_MS, Database, default_journal_path

if TYPE_CHECKING:  # each concern's module loads when it is first used: opening stays quick
    from journal.backups import Backups
    from journal.briefings import Briefings
    from journal.categories import Categories
    from journal.clients import Clients
    from journal.coaching import Coach
    from journal.incidents import Incidents
    from journal.patterns import PatternFigures
    from journal.searching import Search
    from journal.settings import Settings
    from journal.tags import Tags
    from journal.transfer import Transfer
    from journal.trash import Trash


class Journal:
    """An open journal file. Use as a context manager, or call close().

    What it holds is reached by concern: `journal.incidents`, `.search`, `.trash`,
    `.clients`, `.categories`, `.tags`, `.settings`, `.backups`, `.patterns`, `.coach`,
    `.briefings` and `.transfer`."""

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
            schema.ensure_current(self._db, BACKUPS_KEPT_BY_DEFAULT)  # and in WAL mode
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
        self._db.interrupt()

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

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def check_whole(self) -> None:
        """Read the whole journal for damage; JournalCorrupt, and no more writes, if found."""
        self._db.check_whole()

    @property
    def damage(self) -> str:
        """What check_whole() found wrong with the journal; "" while nothing was."""
        return self._db.damaged

    def refuse_writes(self, damage: str) -> None:
        """Another connection found this journal damaged: write nothing more to it."""
        self._db.damaged = damage

    def restored(self) -> None:
        """Another connection replaced this journal with a checked backup: what was found
        damaged is gone, and writing goes on."""
        self._db.damaged = ""

    # The concerns -------------------------------------------------------------------------

    @cached_property
    def incidents(self) -> Incidents:
        from journal.incidents import Incidents

        return Incidents(self._db, self._today)

    @cached_property
    def search(self) -> Search:
        from journal.searching import Search

        return Search(self._db, self._today)

    @cached_property
    def trash(self) -> Trash:
        from journal.trash import Trash

        return Trash(self._db)

    @cached_property
    def clients(self) -> Clients:
        from journal.clients import Clients

        return Clients(self._db)

    @cached_property
    def categories(self) -> Categories:
        from journal.categories import Categories

        return Categories(self._db)

    @cached_property
    def tags(self) -> Tags:
        from journal.tags import Tags

        return Tags(self._db)

    @cached_property
    def settings(self) -> Settings:
        from journal.settings import Settings

        return Settings(self._db)

    @cached_property
    def backups(self) -> Backups:
        from journal.backups import Backups

        return Backups(self._db, self.path, self.settings)

    @cached_property
    def patterns(self) -> PatternFigures:
        from journal.patterns import PatternFigures

        return PatternFigures(self._db, self._today)

    @cached_property
    def coach(self) -> Coach:
        from journal.coaching import Coach

        return Coach(self.settings)

    @cached_property
    def briefings(self) -> Briefings:
        from journal.briefings import Briefings

        return Briefings(self.incidents, self.settings)

    @cached_property
    def transfer(self) -> Transfer:
        from journal.transfer import Transfer

        return Transfer(self._db, self.incidents, self.backups)
