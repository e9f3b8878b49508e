"""The follow-up message written to the client after the call, and the day it was sent."""

from alembic import op

revision = "0009_follow_up"
down_revision = "0008_search_from_declaration"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both empty for every incident so far: nothing is indexed again.
    op.execute("ALTER TABLE incident ADD COLUMN follow_up VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE incident ADD COLUMN follow_up_sent_on VARCHAR")


def downgrade() -> None:
    raise NotImplementedError("Restore the backup made before the upgrade instead.")
