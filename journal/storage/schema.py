"""Keeps a journal's schema current: refuses newer ones, backs up and upgrades older ones."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journal import remedies
from journal.errors import JournalCorrupt, JournalLocked, JournalReadOnly, JournalTooNew
from journal.i18n import translate
from journal.storage.connection import Database
from journal.storage.failures import translated

if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).parent / "migrations"
# The revisions in order, by their file names (a test checks Alembic's chain agrees), so that
# opening a current journal does not have to import Alembic.
REVISIONS = tuple(sorted(path.stem for path in (MIGRATIONS / "versions").glob("[0-9]*.py")))
HEAD = REVISIONS[-1]
# How long opening a journal waits for another program creating or upgrading it: creating
# takes a moment, upgrading a large journal can take minutes.
UPGRADE_WAIT_MS = 10 * 60 * 1000


def current_revision(db: Database) -> str | None:
    """The schema revision, or None for an empty file; JournalCorrupt for a foreign one."""
    tables = {row[0] for row in db.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" in tables:
        return str(db.scalar("SELECT version_num FROM alembic_version"))
    if tables:
        said = translate(
            "JournalErrors",
            "{path} is a database, but not an Amends journal; it was left untouched.",
        )
        raise JournalCorrupt(said.format(path=db.path), remedies.OPEN_ANOTHER)
    return None


def ensure_current(db: Database, backups_to_keep: int) -> None:
    """Bring the journal to HEAD, in WAL mode. Of several programs opening a new or older
    journal at the same moment, one creates or upgrades it and the others wait for it."""
    with _waiting_for_other_programs(db):
        revision = current_revision(db)
        if revision != HEAD:
            _refuse_unless_upgradable(db, revision)
        _switch_to_wal(db)  # only now: the file is empty or known to be an Amends journal
        if revision != HEAD:
            upgrade(db, HEAD, backups_to_keep)


@contextmanager
def _waiting_for_other_programs(db: Database) -> Iterator[None]:
    """Wait longer than usual for the journal's locks: another program may be upgrading it."""
    usual = int(db.scalar("PRAGMA busy_timeout"))
    db.connection.execute(f"PRAGMA busy_timeout = {UPGRADE_WAIT_MS}")
    try:
        yield
    finally:
        db.connection.execute(f"PRAGMA busy_timeout = {usual}")


def _switch_to_wal(db: Database) -> None:
    """Database.use_wal, tried again while another program switches the file at the same
    moment: SQLite does not wait for that itself (it could deadlock), it answers busy."""
    deadline = time.monotonic() + UPGRADE_WAIT_MS / 1000
    while True:
        try:
            db.use_wal()
            return
        except JournalLocked:
            if time.monotonic() > deadline:
                raise
            import random  # only when two programs meet: opening a journal does without it

            time.sleep(random.uniform(0.005, 0.05))  # apart, so two do not retry in step


def _refuse_unless_upgradable(db: Database, revision: str | None) -> None:
    if revision is not None and revision not in REVISIONS:
        said = translate(
            "JournalErrors",
            "{path} was written by a newer version of Amends (schema {revision}). "
            "Update Amends to open it; the file was left untouched.",
        )
        raise JournalTooNew(said.format(path=db.path, revision=revision))
    if db.read_only:
        said = translate(
            "JournalErrors",
            "{path} is read-only and must be upgraded before this version of Amends can use it.",
        )
        raise JournalReadOnly(said.format(path=db.path), remedies.UPGRADE_A_COPY)


def upgrade(db: Database, target: str, backups_to_keep: int | None = None) -> None:
    """Bring the journal to `target` in one transaction: killed or failed, it stays as it was.
    The write lock comes first and the revision is read again under it, so of several programs
    only the first upgrades and the others find it done. With `backups_to_keep`, a checked
    backup of the journal as it was is written first."""
    if not _still_needed(db, target):
        return
    with translated(db.path):
        # Batch migrations copy tables; foreign keys must be off for that, outside a transaction.
        db.connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with db.engine.connect() as connection:
                connection.begin()  # BEGIN IMMEDIATE: waits for any other writer to finish
                revision = current_revision(db)
                if revision != target:
                    _refuse_unless_upgradable(db, revision)
                    if revision is not None and backups_to_keep is not None:
                        from journal.storage.backup import make_backup_of_committed

                        make_backup_of_committed(db.path, backups_to_keep, f"before-{target}")
                    _migrate(connection, target)
                    broken = db.rows("PRAGMA foreign_key_check")
                    if broken:
                        said = translate(
                            "JournalErrors",
                            "{path}: the upgrade would leave {count} broken references, so it "
                            "was not made; the journal is as it was.",
                        )
                        raise JournalCorrupt(said.format(path=db.path, count=len(broken)))
                connection.commit()
        finally:
            db.connection.execute("PRAGMA foreign_keys = ON")


def _still_needed(db: Database, target: str) -> bool:
    """Whether the journal is still not at `target` once the other programs upgrading it are
    done. Alembic is loaded under the write lock, so that those programs wait rather than load
    it too; the upgrade takes the lock again at once, and checks again."""
    with db.transaction():
        if current_revision(db) == target:
            return False
        import alembic.command  # noqa: F401

        return True


def _migrate(connection: Connection, target: str) -> None:
    """Run the revisions up to `target` inside the caller's transaction (see migrations/env.py)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, target)
