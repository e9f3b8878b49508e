"""Alembic environment: runs on the journal's own connection, all revisions in one transaction."""

from alembic import context
from sqlmodel import SQLModel

import journal.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

SEARCH_TABLE_PREFIX = "incident_fts"


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 tables and their shadow tables are written by hand in the revisions.
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX))


connection = context.config.attributes["connection"]
# One transaction for the whole upgrade (SQLite's DDL is transactional, though Alembic does not
# assume so): a kill between two revisions must not leave a journal half upgraded.
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    transaction_per_migration=False,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
