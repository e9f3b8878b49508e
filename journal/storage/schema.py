"""Keeps a journal's schema current: refuses newer ones, backs up and upgrades older ones."""

from __future__ import annotations

from pathlib import Path

from journal.errors import JournalCorrupt, JournalReadOnly, JournalTooNew
from journal.storage.backup import make_backup
from journal.storage.connection import Database
from journal.storage.failures import translated

# Kept in step with migrations/versions by a test, so opening a current journal
# does not have to import Alembic.
REVISIONS = (
    "0001_tables",
    "0002_search",
    "0003_pattern_counts",
    "0004_browse_indexes",
    "0005_list_order",
)
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).parent / "migrations"


def current_revision(db: Database) -> str | None:
    """The schema revision, or None for an empty file; JournalCorrupt for a foreign one."""
    tables = {row[0] for row in db.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" in tables:
        return str(db.scalar("SELECT version_num FROM alembic_version"))
    if tables:
        raise JournalCorrupt(
            f"{db.path} is a database, but not an Amends journal; it was left untouched. "
            "Open another file with --db."
        )
    return None


def ensure_current(db: Database, backups_to_keep: int) -> None:
    revision = current_revision(db)
    if revision == HEAD:
        return
    if revision is not None and revision not in REVISIONS:
        raise JournalTooNew(
            f"{db.path} was written by a newer version of Amends (schema {revision}). "
            "Update Amends to open it; the file was left untouched."
        )
    if db.read_only:
        raise JournalReadOnly(
            f"{db.path} is read-only and must be upgraded before this version of Amends can "
            "use it. Make it writable, or open a writable copy with --db."
        )
    if revision is not None:
        make_backup(db, keep=backups_to_keep, label=f"before-{HEAD}")
    upgrade(db, HEAD)


def upgrade(db: Database, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with translated(db.path):
        # Batch migrations copy tables; foreign keys must be off for that, outside a transaction.
        db.connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with db.engine.connect() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                connection.commit()
            broken = db.rows("PRAGMA foreign_key_check")
        finally:
            db.connection.execute("PRAGMA foreign_keys = ON")
    if broken:
        raise JournalCorrupt(f"{db.path}: the upgrade left {len(broken)} broken references.")
