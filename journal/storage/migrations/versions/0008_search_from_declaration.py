"""The search index's text is made from the incident's declared fields, not from a view.

Which fields are searchable is said where each field is declared (journal/domain.py), and
journal/storage/search_source.py makes the SQL that copies them into the index. The view
incident_search_source said it a second time; nothing reads it any more. What the index holds
is unchanged, so nothing is indexed again.
"""

from alembic import op

revision = "0008_search_from_declaration"
down_revision = "0007_name_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incident_search_source")


def downgrade() -> None:
    raise NotImplementedError("Restore the backup made before the upgrade instead.")
