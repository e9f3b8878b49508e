"""Unfinished drafts, exact amounts, unreadable input kept, numbers never reused, a Trash."""

from decimal import Decimal

from alembic import op

revision = "0006_drafts_and_trash"
down_revision = "0005_list_order"
branch_labels = None
depends_on = None

# The incident table is rebuilt (SQLite cannot change a column in place): its client may be
# missing (an unfinished draft), its amount is decimal text (a float rounded 1234567.89123),
# it keeps what the user typed that could not be read, and AUTOINCREMENT keeps a deleted
# incident's number from being given to a new one (a briefing names it).
TEXT_COLUMNS = (
    "project", "occurred_on", "severity", "category_id", "what_happened", "impact", "whys",
    "root_cause", "ownership", "fix", "fix_status", "prevention", "compensation_offer",
    "compensation_value", "compensation_currency", "compensation_delivered_on", "surprise",
    "summary", "apology", "empathy", "questions", "call_at", "status", "outcome_notes",
    "client_stayed", "advocate", "created_at", "updated_at",
)  # fmt: skip
INCIDENT = """
CREATE TABLE incident (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    title VARCHAR COLLATE "NOCASE" NOT NULL,
    client_id INTEGER REFERENCES client (id),
    project VARCHAR NOT NULL,
    occurred_on VARCHAR,
    severity VARCHAR NOT NULL,
    category_id INTEGER NOT NULL REFERENCES category (id),
    what_happened VARCHAR NOT NULL,
    impact VARCHAR NOT NULL,
    whys VARCHAR NOT NULL,
    root_cause VARCHAR NOT NULL,
    ownership VARCHAR NOT NULL,
    fix VARCHAR NOT NULL,
    fix_status VARCHAR NOT NULL,
    prevention VARCHAR NOT NULL,
    compensation_offer VARCHAR NOT NULL,
    compensation_value VARCHAR,
    compensation_currency VARCHAR NOT NULL,
    compensation_delivered_on VARCHAR,
    surprise VARCHAR NOT NULL,
    summary VARCHAR NOT NULL,
    apology VARCHAR NOT NULL,
    empathy VARCHAR NOT NULL,
    questions VARCHAR NOT NULL,
    call_at VARCHAR,
    status VARCHAR NOT NULL,
    outcome_notes VARCHAR NOT NULL,
    client_stayed BOOLEAN,
    advocate BOOLEAN,
    unreadable VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL
)
"""
INDEXES = (
    "CREATE INDEX ix_incident_client_category ON incident (client_id, category_id, occurred_on)",
    "CREATE INDEX ix_incident_category_id ON incident (category_id)",
    "CREATE INDEX ix_incident_updated_at ON incident (updated_at)",
    "CREATE INDEX ix_incident_created_at ON incident (created_at)",
    "CREATE INDEX ix_incident_status ON incident (status)",
    "CREATE INDEX ix_incident_severity ON incident (severity)",
    "CREATE INDEX ix_incident_title ON incident (title)",
    "CREATE INDEX ix_incident_root_cause ON incident (root_cause)",
    "CREATE INDEX ix_incident_occurred_category ON incident (occurred_on, category_id)",
    "CREATE INDEX ix_incident_compensation ON incident (client_id, compensation_currency, "
    "compensation_value, compensation_delivered_on) WHERE compensation_value IS NOT NULL",
    "CREATE INDEX ix_incident_outcome ON incident (client_id, occurred_on, client_stayed, "
    "advocate) WHERE client_stayed IS NOT NULL OR advocate IS NOT NULL",
    "CREATE INDEX ix_incident_occurred_on ON incident (occurred_on)",
)
# The per-client counts leave out drafts without a client.
GROUP = "client_id = {row}.client_id AND category_id = {row}.category_id"
ADD = """
    INSERT INTO incident_group (client_id, category_id, incidents, last_on)
    SELECT new.client_id, new.category_id, 1, new.occurred_on WHERE new.client_id IS NOT NULL
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
TRIGGERS = (
    f"CREATE TRIGGER incident_group_insert AFTER INSERT ON incident BEGIN {ADD} END",
    f"CREATE TRIGGER incident_group_delete AFTER DELETE ON incident BEGIN {REMOVE} END",
    "CREATE TRIGGER incident_group_update AFTER UPDATE OF client_id, category_id, "
    f"occurred_on ON incident BEGIN {REMOVE} {ADD} END",
)
NL = "char(10)"
BODY_FIELDS = (
    "k.name", "i.project", "c.company", "c.email", "c.notes", "i.what_happened", "i.impact",
    "i.root_cause", "i.ownership", "i.fix", "i.prevention", "i.compensation_offer",
    "i.surprise", "i.summary", "i.apology", "i.empathy", "i.outcome_notes",
)  # fmt: skip
LIST_FIELDS = (
    "(SELECT group_concat(value, char(10)) FROM json_each(i.whys))",
    "(SELECT group_concat(json_extract(value, '$[0]') || char(10) || "
    "json_extract(value, '$[1]'), char(10)) FROM json_each(i.questions))",
    "(SELECT group_concat(a.text, char(10)) FROM action a WHERE a.incident_id = i.id)",
    "(SELECT group_concat(value, char(10)) FROM json_each(i.unreadable))",
)
TRASH = """
CREATE TABLE trash (
    id INTEGER NOT NULL PRIMARY KEY,
    deleted_at VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    client VARCHAR NOT NULL,
    data VARCHAR NOT NULL
)
"""


def _search_view() -> str:
    body = " || ".join(
        f"coalesce(nullif({field}, '') || {NL}, '')" for field in (*BODY_FIELDS, *LIST_FIELDS)
    )
    return f"""
        CREATE VIEW incident_search_source AS
        SELECT i.id AS incident_id, i.title AS title, coalesce(c.name, '') AS client,
               coalesce((SELECT group_concat(t.name, ' ') FROM incident_tag it
                         JOIN tag t ON t.id = it.tag_id WHERE it.incident_id = i.id), '') AS tags,
               {body} AS body
        FROM incident i LEFT JOIN client c ON c.id = i.client_id
        JOIN category k ON k.id = i.category_id
        """


def _decimal_text(value: float) -> str:
    """The amount as the shortest decimal that reads back as the same float."""
    return format(Decimal(repr(value)), "f")


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("DROP VIEW incident_search_source")
    op.execute(INCIDENT.replace("CREATE TABLE incident", "CREATE TABLE incident_new", 1))
    columns = ", ".join(("id", "title", "client_id", *TEXT_COLUMNS))
    op.execute(
        f"INSERT INTO incident_new ({columns}, unreadable) SELECT {columns}, '{{}}' FROM incident"
    )
    amounts = bind.exec_driver_sql(
        "SELECT id, compensation_value FROM incident WHERE compensation_value IS NOT NULL"
    ).fetchall()
    if amounts:
        bind.exec_driver_sql(
            "UPDATE incident_new SET compensation_value = ? WHERE id = ?",
            [(_decimal_text(float(value)), incident_id) for incident_id, value in amounts],
        )
    op.execute("DROP TABLE incident")  # its indexes and triggers go with it
    op.execute("ALTER TABLE incident_new RENAME TO incident")
    for statement in (*INDEXES, *TRIGGERS, TRASH, _search_view()):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Restore the backup made before the upgrade instead.")
