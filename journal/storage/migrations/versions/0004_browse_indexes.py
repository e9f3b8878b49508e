"""Indexes for browsing and the Patterns view: causes, months by category, delivered offers."""

import sqlalchemy as sa
from alembic import op

revision = "0004_browse_indexes"
down_revision = "0003_pattern_counts"
branch_labels = None
depends_on = None

COMPENSATION = ["client_id", "compensation_currency", "compensation_value"]
PAID = sa.text("compensation_value IS NOT NULL")
OUTCOME = ["client_id", "occurred_on", "client_stayed", "advocate"]
KNOWN = sa.text("client_stayed IS NOT NULL OR advocate IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_incident_root_cause", "incident", ["root_cause"])
    # Dates with their category: months stacked by category read this index alone.
    op.drop_index("ix_incident_occurred_on", "incident")
    op.create_index("ix_incident_occurred_category", "incident", ["occurred_on", "category_id"])
    op.drop_index("ix_incident_compensation", "incident")
    op.create_index(
        "ix_incident_compensation",
        "incident",
        [*COMPENSATION, "compensation_delivered_on"],
        sqlite_where=PAID,
    )
    # How each client took it, for the clients view, without reading the wide rows.
    op.create_index("ix_incident_outcome", "incident", OUTCOME, sqlite_where=KNOWN)
    # Promises kept, late or overdue: counted from this index, not the steps' text.
    op.create_index("ix_action_dates", "action", ["due_on", "done_on"])


def downgrade() -> None:
    op.drop_index("ix_action_dates", "action")
    op.drop_index("ix_incident_outcome", "incident")
    op.drop_index("ix_incident_compensation", "incident")
    op.create_index("ix_incident_compensation", "incident", COMPENSATION, sqlite_where=PAID)
    op.drop_index("ix_incident_occurred_category", "incident")
    op.create_index("ix_incident_occurred_on", "incident", ["occurred_on"])
    op.drop_index("ix_incident_root_cause", "incident")
