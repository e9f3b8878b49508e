"""Alembic revisions, one per schema change, named in order."""
