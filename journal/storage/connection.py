"""Opens the journal file privately, sets its pragmas and hands out short transactions."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal import remedies
from journal.errors import (
    JournalCorrupt,
    JournalError,
    JournalFull,
    JournalReadOnly,
    JournalUnavailable,
    reason,
)
from journal.i18n import translate
from journal.storage.failures import journal_error_for, translated

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000


def default_journal_path(remembered: bool = False) -> Path:
    """The journal AMENDS_DB names; else (for the window: `remembered`) the one last opened
    from the window, if it is still there; else the one in the platform's user data folder.
    The command line never follows the window's choice: `amends restore` must not replace
    a journal the user has forgotten opening."""
    chosen = os.environ.get("AMENDS_DB")
    if chosen:
        return Path(chosen).expanduser()
    if remembered:
        from journal import preferences
        from journal.places import exists_in_time

        last = preferences.last_journal()
        if last is not None and exists_in_time(last):
            return last
    from platformdirs import user_data_path

    return user_data_path("Amends", appauthor=False) / "journal.amends"


SQLITE_HEADER = b"SQLite format 3\x00"


FOLDER, NOT_A_PLAIN_FILE = "folder", "other"  # what not_a_file() finds


def not_a_file(path: Path) -> str | None:
    """What `path` is, if it is there and not a plain file (FOLDER or NOT_A_PLAIN_FILE): a
    journal cannot be one, and a file written beside it and moved into place would replace
    it."""
    try:
        mode = path.stat().st_mode
    except OSError:  # not there, or not reachable: whatever opens it says so
        return None
    if stat.S_ISREG(mode):
        return None
    return FOLDER if stat.S_ISDIR(mode) else NOT_A_PLAIN_FILE


def refuse_unless_a_file(path: Path) -> None:
    """JournalUnavailable if the journal's path is a folder, a device or a pipe."""
    kind = not_a_file(path)
    if kind:
        said = (
            translate("JournalErrors", "{path} is a folder, not a journal.")
            if kind == FOLDER
            else translate("JournalErrors", "{path} is not a plain file, not a journal.")
        )
        raise JournalUnavailable(said.format(path=path), remedies.OPEN_A_JOURNAL_FILE)


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
        said = translate("JournalErrors", "Cannot create the journal {path}: {reason}.")
        raise JournalUnavailable(
            said.format(path=path, reason=reason(error)), remedies.CREATE_ELSEWHERE
        ) from error
    os.close(descriptor)
    os.chmod(path, 0o600)


def _writable(path: Path) -> bool:
    """WAL needs to write beside the file too (the -wal and -shm files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _contains(text: str | None, folded_term: str) -> bool:
    """Case-insensitive substring test for every script (SQLite's LIKE folds ASCII only)."""
    return text is not None and folded_term in text.casefold()


class Database:
    """One SQLite connection to one journal file, for its reads and writes alike (SQLAlchemy
    runs on it too, to migrate it)."""

    def __init__(
        self, path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = path
        refuse_unless_a_file(path)
        exists = path.exists()
        if read_only and not exists:
            said = translate("JournalErrors", "There is no journal at {path}.")
            raise JournalUnavailable(said.format(path=path))
        self.read_only = read_only or (exists and not _writable(path))
        self.damaged = ""  # what quick_check found wrong, once check_whole() found it
        self.why_read_only: JournalError | None = None  # opened read-only though asked to write
        if not self.read_only:
            create_private_file(path)
        self._engine: Engine | None = None
        self._interrupted = False  # interrupt() came while the read now running ran
        self.connection = self._connect(busy_timeout_ms)

    def _connect(self, busy_timeout_ms: int) -> sqlite3.Connection:
        """Open read-write if possible; else read-only; else as an unchanging file (a WAL
        journal in a read-only folder cannot be opened any other way). Opened read-only for
        a reason that may pass (a full disk), writing tries read-write again first."""
        modes = ([] if self.read_only else ["rwc"]) + ["ro", "ro&immutable=1"]
        for mode in modes:
            try:
                return self._open(mode, busy_timeout_ms)
            except sqlite3.Error as error:
                mapped = journal_error_for(error, self.path)
                fallback = isinstance(mapped, (JournalReadOnly, JournalFull, JournalUnavailable))
                if not fallback or mode == modes[-1]:
                    raise (mapped or error) from error
                if mode == "rwc":
                    self.why_read_only = mapped
                self.read_only = True
        raise AssertionError("unreachable")

    def _open(self, mode: str, busy_timeout_ms: int) -> sqlite3.Connection:
        uri = f"{self.path.resolve().as_uri()}?mode={mode}"
        # isolation_level=None: reads never hold a transaction open; writes say BEGIN.
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in ("synchronous = FULL", "foreign_keys = ON", "secure_delete = ON"):
                connection.execute(f"PRAGMA {pragma}")
        except BaseException:
            connection.close()
            raise
        connection.create_function("amends_contains", 2, _contains, deterministic=True)
        return connection

    def writable_again(self) -> None:
        """Opened read-only because it could not be written then: try read-write now, and
        if that fails too, say why it still cannot be written."""
        if self.why_read_only is None:
            return
        timeout = int(self.connection.execute("PRAGMA busy_timeout").fetchone()[0])
        try:
            writable = self._open("rwc", timeout)
            writable.execute("BEGIN IMMEDIATE")
            writable.execute("ROLLBACK")
        except sqlite3.Error as error:
            raise (journal_error_for(error, self.path) or self.why_read_only) from error
        self.connection.close()
        self.connection, self.read_only, self.why_read_only = writable, False, None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def use_wal(self) -> None:
        """Switch a writable journal to WAL, once it is known to be an Amends journal."""
        if not self.read_only:
            with translated(self.path):
                self.connection.execute("PRAGMA journal_mode = WAL")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.connection.close()

    def interrupt(self) -> None:
        """Stop the read running on this connection (from any thread): it raises Interrupted."""
        self._interrupted = True
        self.connection.interrupt()

    def _read(self) -> AbstractContextManager[None]:
        """Around a read: its failure is Interrupted if interrupt() came while it ran."""
        self._interrupted = False
        return translated(self.path, lambda: self._interrupted)

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        with self._read():
            return self.connection.execute(sql, params).fetchall()

    def records(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Like rows(), but each row can also be read by column name."""
        with self._read():
            cursor = self.connection.cursor()
            cursor.row_factory = sqlite3.Row
            return cursor.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self._read():
            row = self.connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def check_whole(self) -> None:
        """Read every page of the journal (PRAGMA quick_check); a damaged journal is written
        to no more, so the damage does not spread, and JournalCorrupt says so."""
        try:
            with translated(self.path):
                verdict = [row[0] for row in self.connection.execute("PRAGMA quick_check(5)")]
        except JournalCorrupt as error:  # too damaged for the check itself to finish
            verdict = [str(error.__cause__ or error.what)]
        if verdict != ["ok"]:  # on one line, as every message is
            found = " ".join(" ".join(verdict).split())
            self.damaged = found.removeprefix("*** in database main *** ")
        self.refuse_if_damaged()

    def refuse_if_damaged(self) -> None:
        if self.damaged:
            said = translate(
                "JournalErrors", "{path} is damaged ({reason}), so nothing more is written to it."
            )
            raise JournalCorrupt(
                said.format(path=self.path, reason=self.damaged[:200]), remedies.RESTORE_NEWEST
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the raw connection: all of it is saved, or none of it."""
        self.refuse_if_damaged()
        self.writable_again()
        with translated(self.path):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                # SQLite may have rolled back already (disk full, I/O error): keep the cause.
                if self.connection.in_transaction:
                    with suppress(sqlite3.Error):
                        self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the journal, whatever others write: one
        read transaction, which in WAL mode pins the journal as it was at its first read.
        Inside another snapshot (or a transaction) it is that one's."""
        if self.connection.in_transaction:
            yield
            return
        with self._read():
            self.connection.execute("BEGIN")
            self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # starts it
        try:
            yield
        finally:
            if self.connection.in_transaction:
                with suppress(sqlite3.Error):
                    self.connection.execute("COMMIT")

    def fold_log(self) -> bool:
        """Fold the write-ahead log back into the journal and empty it, if no reader is in the
        way: it frees the space a large write took, and old page images with it. Only tidying,
        so a failure (a busy reader, a full disk) leaves things as they were; False then."""
        try:
            busy, _, _ = self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        return not busy

    @property
    def engine(self) -> Engine:
        """SQLAlchemy over the same connection, for Alembic; imported only to migrate."""
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
