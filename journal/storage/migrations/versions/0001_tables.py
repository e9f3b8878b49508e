"""The journal's tables, with the default categories."""

import sqlalchemy as sa
from alembic import op

revision = "0001_tables"
down_revision = None
branch_labels = None
depends_on = None

DEFAULT_CATEGORIES = (
    "missed deadline",
    "quality defect",
    "miscommunication",
    "billing error",
    "scope mismatch",
    "vendor or tool failure",
    "data loss",
    "privacy or security slip",
    "other",
)


def _name_column() -> sa.Column[str]:
    return sa.Column("name", sa.String(collation="NOCASE"), nullable=False, unique=True)


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), primary_key=True),
        _name_column(),
        *[sa.Column(name, sa.String(), nullable=False) for name in ("company", "email", "notes")],
    )
    category = op.create_table(
        "category",
        sa.Column("id", sa.Integer(), primary_key=True),
        _name_column(),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table("tag", sa.Column("id", sa.Integer(), primary_key=True), _name_column())
    text = [
        "what_happened", "impact", "whys", "root_cause", "ownership", "fix", "fix_status",
        "prevention", "compensation_offer",
    ]  # fmt: skip
    later_text = ["surprise", "summary", "apology", "empathy", "questions"]
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(collation="NOCASE"), nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("client.id"), nullable=False),
        sa.Column("project", sa.String(), nullable=False),
        sa.Column("occurred_on", sa.String(), nullable=True),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("category.id"), nullable=False),
        *[sa.Column(name, sa.String(), nullable=False) for name in text],
        sa.Column("compensation_value", sa.Float(), nullable=True),
        sa.Column("compensation_currency", sa.String(), nullable=False),
        sa.Column("compensation_delivered_on", sa.String(), nullable=True),
        *[sa.Column(name, sa.String(), nullable=False) for name in later_text],
        sa.Column("call_at", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("outcome_notes", sa.String(), nullable=False),
        sa.Column("client_stayed", sa.Boolean(), nullable=True),
        sa.Column("advocate", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    # Rows are wide (all the user's text): lists, filters and patterns read narrow indexes.
    op.create_index(
        "ix_incident_client_category", "incident", ["client_id", "category_id", "occurred_on"]
    )
    for column in (
        "category_id", "occurred_on", "updated_at", "created_at", "status", "severity", "title",
    ):  # fmt: skip
        op.create_index(f"ix_incident_{column}", "incident", [column])
    op.create_index(
        "ix_incident_compensation",
        "incident",
        ["client_id", "compensation_currency", "compensation_value"],
        sqlite_where=sa.text("compensation_value IS NOT NULL"),
    )
    op.create_table(
        "incident_tag",
        sa.Column(
            "incident_id",
            sa.Integer(),
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag_id", sa.Integer(), sa.ForeignKey("tag.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_incident_tag_tag_id", "incident_tag", ["tag_id"])
    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "incident_id",
            sa.Integer(),
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("due_on", sa.String(), nullable=True),
        sa.Column("done_on", sa.String(), nullable=True),
        sa.UniqueConstraint("incident_id", "position"),
    )
    op.create_index("ix_action_open", "action", ["due_on"], sqlite_where=sa.text("done_on IS NULL"))
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.bulk_insert(
        category,
        [{"name": name, "position": index} for index, name in enumerate(DEFAULT_CATEGORIES)],
    )


def downgrade() -> None:
    for table in ("setting", "action", "incident_tag", "incident", "tag", "category", "client"):
        op.drop_table(table)
