"""Full-text search: a trigram index over every text field, the client, category and tags."""

from alembic import op

revision = "0002_search"
down_revision = "0001_tables"
branch_labels = None
depends_on = None

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
)


def upgrade() -> None:
    # Each non-empty field on a line of its own, so snippets show no runs of blank lines.
    body = " || ".join(
        f"coalesce(nullif({field}, '') || {NL}, '')" for field in (*BODY_FIELDS, *LIST_FIELDS)
    )
    # The view says what is indexed; the storage layer copies rows from it on every write.
    op.execute(
        f"""
        CREATE VIEW incident_search_source AS
        SELECT i.id AS incident_id, i.title AS title, c.name AS client,
               coalesce((SELECT group_concat(t.name, ' ') FROM incident_tag it
                         JOIN tag t ON t.id = it.tag_id WHERE it.incident_id = i.id), '') AS tags,
               {body} AS body
        FROM incident i JOIN client c ON c.id = i.client_id JOIN category k ON k.id = i.category_id
        """
    )
    # trigram: finds a Thai word inside unspaced Thai, and any part of a word elsewhere.
    op.execute(
        "CREATE VIRTUAL TABLE incident_fts USING fts5(title, client, tags, body, "
        "tokenize = 'trigram')"
    )
    op.execute(
        "INSERT INTO incident_fts(rowid, title, client, tags, body) "
        "SELECT incident_id, title, client, tags, body FROM incident_search_source"
    )


def downgrade() -> None:
    op.execute("DROP TABLE incident_fts")
    op.execute("DROP VIEW incident_search_source")
