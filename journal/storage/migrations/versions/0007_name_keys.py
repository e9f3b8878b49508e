"""Names compared by one rule, journal.naming.name_key: a key column beside each name and title.

Before, names matched by SQLite's NOCASE, which folds A-Z only: "ÅSA AB" and "åsa ab" could be
two clients (two categories, two tags). Rows whose names now have the same key are merged
into the one with the lowest id, which keeps its name; see _merge.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import Connection

from journal.naming import name_key

revision = "0007_name_keys"
down_revision = "0006_drafts_and_trash"
branch_labels = None
depends_on = None

NAMED = ("client", "category", "tag")
CLIENT_DETAILS = ("company", "email", "notes")
CHUNK = 500


def upgrade() -> None:
    bind = op.get_bind()
    merged: set[int] = set()  # incidents whose client, category or tags were merged
    for table in NAMED:
        op.execute(f"ALTER TABLE {table} ADD COLUMN name_key VARCHAR NOT NULL DEFAULT ''")
        merged |= _merge(bind, table)
        op.execute(f"CREATE UNIQUE INDEX ix_{table}_name_key ON {table} (name_key)")
    # Titles sort by the same key (an unfinished draft's empty title keeps the default '').
    op.execute("ALTER TABLE incident ADD COLUMN title_key VARCHAR NOT NULL DEFAULT ''")
    titles = bind.exec_driver_sql("SELECT id, title FROM incident WHERE title != ''").fetchall()
    _update(bind, "UPDATE incident SET title_key = ? WHERE id = ?", titles)
    op.execute("DROP INDEX ix_incident_title")  # sorted NOCASE: nothing reads it now
    op.execute("CREATE INDEX ix_incident_title_key ON incident (title_key)")
    _reindex(bind, sorted(merged))


def _update(bind: Connection, sql: str, rows: Sequence[tuple[int, str]]) -> None:
    """Run `sql` with (key of the text, id) for each (id, text)."""
    keyed = [(name_key(text), row_id) for row_id, text in rows]
    if keyed:
        bind.exec_driver_sql(sql, keyed)


def _merge(bind: Connection, table: str) -> set[int]:
    """Give each row of `table` its name_key. Rows whose keys are equal become one: the row
    with the lowest id is kept with its name, the others' incidents (or tag links) move to it,
    a client's empty company, email and notes are filled from the others in id order, and the
    others are deleted. Return the incidents whose indexed text may have changed."""
    rows = bind.exec_driver_sql(f"SELECT id, name FROM {table} ORDER BY id").fetchall()
    groups: dict[str, list[int]] = {}
    for row_id, name in rows:
        groups.setdefault(name_key(name), []).append(row_id)
    touched: set[int] = set()
    for kept, *others in groups.values():
        if not others:
            continue
        if table == "client":
            _fill_details(bind, kept, others)
        for other in others:
            if table == "tag":
                # An incident with both spellings keeps one link, at the kept tag's place.
                bind.exec_driver_sql(
                    "UPDATE OR IGNORE incident_tag SET tag_id = ? WHERE tag_id = ?", (kept, other)
                )
                bind.exec_driver_sql("DELETE FROM incident_tag WHERE tag_id = ?", (other,))
            else:
                column = f"{table}_id"
                bind.exec_driver_sql(
                    f"UPDATE incident SET {column} = ? WHERE {column} = ?", (kept, other)
                )
            bind.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (other,))
        owned = (
            "SELECT incident_id FROM incident_tag WHERE tag_id = ?"
            if table == "tag"
            else f"SELECT id FROM incident WHERE {table}_id = ?"
        )
        touched.update(row[0] for row in bind.exec_driver_sql(owned, (kept,)))
    kept_ids = {ids[0] for ids in groups.values()}
    survivors = [(row_id, name) for row_id, name in rows if row_id in kept_ids]
    _update(bind, f"UPDATE {table} SET name_key = ? WHERE id = ?", survivors)
    return touched


def _fill_details(bind: Connection, kept: int, others: list[int]) -> None:
    """The kept client's empty details, from the first of the others that has them."""
    select = f"SELECT {', '.join(CLIENT_DETAILS)} FROM client WHERE id = ?"
    mine, *theirs = (bind.exec_driver_sql(select, (row_id,)).one() for row_id in (kept, *others))
    for position, field in enumerate(CLIENT_DETAILS):
        found = next((other[position] for other in theirs if other[position]), None)
        if found and not mine[position]:
            bind.exec_driver_sql(f"UPDATE client SET {field} = ? WHERE id = ?", (found, kept))


def _reindex(bind: Connection, ids: list[int]) -> None:
    """The search index copies client, category and tag names: copy them again."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        bind.exec_driver_sql(f"DELETE FROM incident_fts WHERE rowid IN ({marks})", tuple(chunk))
        bind.exec_driver_sql(
            "INSERT INTO incident_fts(rowid, title, client, tags, body) "
            "SELECT incident_id, title, client, tags, body FROM incident_search_source "
            f"WHERE incident_id IN ({marks})",
            tuple(chunk),
        )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup made before the upgrade instead.")
