"""Opens the journal file privately, sets its pragmas and hands out short transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.errors import JournalUnavailable
from journal.storage.failures import translated

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

BUSY_TIMEOUT_MS = 5000


def default_journal_path() -> Path:
    """The journal in the platform's user data folder, unless AMENDS_DB names another."""
    chosen = os.environ.get("AMENDS_DB")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path("Amends", appauthor=False) / "journal.amends"


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, in a folder only the owner can enter."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
            os.chmod(path.parent, 0o700)
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as error:
        raise JournalUnavailable(
            f"Cannot create the journal {path}: {error.strerror}. "
            "Choose another place with --db or the AMENDS_DB variable."
        ) from error
    os.close(descriptor)
    os.chmod(path, 0o600)


class Database:
    """One SQLite connection to one journal file, shared by raw reads and SQLModel writes."""

    def __init__(
        self, path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = path
        if not read_only and path.exists() and not os.access(path, os.W_OK):
            read_only = True
        self.read_only = read_only
        if not read_only:
            create_private_file(path)
        elif not path.exists():
            raise JournalUnavailable(f"There is no journal at {path}.")
        self._engine: Engine | None = None
        with translated(path):
            target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
            # isolation_level=None: reads never hold a transaction open; writes say BEGIN.
            self.connection = sqlite3.connect(
                target, uri=read_only, isolation_level=None, check_same_thread=False
            )
            self._apply_pragmas(busy_timeout_ms)

    def _apply_pragmas(self, busy_timeout_ms: int) -> None:
        run = self.connection.execute
        run(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not self.read_only:
            run("PRAGMA journal_mode = WAL")
        run("PRAGMA synchronous = FULL")
        run("PRAGMA foreign_keys = ON")
        run("PRAGMA secure_delete = ON")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.connection.close()

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        with translated(self.path):
            return self.connection.execute(sql, params).fetchall()

    def records(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Like rows(), but each row can also be read by column name."""
        with translated(self.path):
            cursor = self.connection.cursor()
            cursor.row_factory = sqlite3.Row
            return cursor.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with translated(self.path):
            row = self.connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the raw connection: all of it is saved, or none of it."""
        with translated(self.path):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    @property
    def engine(self) -> Engine:
        """SQLAlchemy over the same connection; imported only when something writes."""
        if self._engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.pool import StaticPool

            engine = create_engine(
                "sqlite://", creator=lambda: self.connection, poolclass=StaticPool
            )

            @event.listens_for(engine, "begin")
            def _begin_immediate(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

            self._engine = engine
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One SQLModel session for one unit of work, committed on success."""
        from sqlmodel import Session

        with translated(self.path), Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
