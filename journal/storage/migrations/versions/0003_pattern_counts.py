"""Incident counts per client and category, kept by triggers, so patterns need no table scan."""

import sqlalchemy as sa
from alembic import op

revision = "0003_pattern_counts"
down_revision = "0002_search"
branch_labels = None
depends_on = None

GROUP = "client_id = {row}.client_id AND category_id = {row}.category_id"
ADD = """
    INSERT INTO incident_group (client_id, category_id, incidents, last_on)
    VALUES (new.client_id, new.category_id, 1, new.occurred_on)
    ON CONFLICT (client_id, category_id) DO UPDATE SET
        incidents = incidents + 1,
        last_on = nullif(max(coalesce(last_on, ''), coalesce(excluded.last_on, '')), '');
"""
REMOVE = f"""
    UPDATE incident_group SET
        incidents = incidents - 1,
        last_on = (SELECT max(occurred_on) FROM incident WHERE {GROUP.format(row="old")})
    WHERE {GROUP.format(row="old")};
    DELETE FROM incident_group WHERE {GROUP.format(row="old")} AND incidents <= 0;
"""


def upgrade() -> None:
    op.create_table(
        "incident_group",
        sa.Column("client_id", sa.Integer(), primary_key=True),
        sa.Column("category_id", sa.Integer(), primary_key=True),
        sa.Column("incidents", sa.Integer(), nullable=False),
        sa.Column("last_on", sa.String(), nullable=True),
    )
    op.execute(
        "INSERT INTO incident_group (client_id, category_id, incidents, last_on) "
        "SELECT client_id, category_id, count(*), max(occurred_on) FROM incident "
        "GROUP BY client_id, category_id"
    )
    op.execute(f"CREATE TRIGGER incident_group_insert AFTER INSERT ON incident BEGIN {ADD} END")
    op.execute(f"CREATE TRIGGER incident_group_delete AFTER DELETE ON incident BEGIN {REMOVE} END")
    op.execute(
        "CREATE TRIGGER incident_group_update AFTER UPDATE OF client_id, category_id, "
        f"occurred_on ON incident BEGIN {REMOVE} {ADD} END"
    )


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER incident_group_{trigger}")
    op.drop_table("incident_group")
