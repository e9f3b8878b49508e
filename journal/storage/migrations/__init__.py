"""Alembic migrations of the journal schema; run by journal.storage.schema, never by hand."""
