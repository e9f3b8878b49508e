"""What the search index holds of each incident, as SQL made from the declared fields."""

from __future__ import annotations

from journal.domain import INCIDENT_FIELDS
from journal.fields import Declared, Kind

NL = "char(10)"


def _texts(field: Declared) -> tuple[str, ...]:
    """SQL for the searchable text of one field, over `incident i`, `client c`, `category k`."""
    column = f"i.{field.column}"
    match field.kind:
        case Kind.LINE | Kind.TEXT | Kind.COACHED:
            return (column,)
        case Kind.LINES:
            return (f"(SELECT group_concat(value, {NL}) FROM json_each({column}))",)
        case Kind.QUESTIONS:
            return (
                f"(SELECT group_concat(json_extract(value, '$[0]') || {NL} || "
                f"json_extract(value, '$[1]'), {NL}) FROM json_each({column}))",
            )
        case Kind.ACTIONS:
            texts = f"SELECT group_concat(a.text, {NL}) FROM action a WHERE a.incident_id = i.id"
            return (f"({texts})",)
        case Kind.CATEGORY:
            return ("k.name",)
        case Kind.CLIENT:  # the name is a column of the index of its own
            return ("c.company", "c.email", "c.notes")
    raise ValueError(f"{field.path} ({field.kind}) cannot be searched")


def _body() -> str:
    """Every searchable text, one a line (the title, the client's name and the tags have
    columns of their own), and whatever was typed where a date or an amount could not be read."""
    texts = [text for field in INCIDENT_FIELDS if field.about.searchable for text in _texts(field)]
    texts.append(f"(SELECT group_concat(value, {NL}) FROM json_each(i.unreadable))")
    return " || ".join(f"coalesce(nullif({text}, '') || {NL}, '')" for text in texts)


# The index's columns, as FTS5 keeps them, from each incident; ends with a WHERE to complete.
SOURCE = f"""
    SELECT i.id, i.title, coalesce(c.name, ''),
           coalesce((SELECT group_concat(t.name, ' ') FROM incident_tag it
                     JOIN tag t ON t.id = it.tag_id WHERE it.incident_id = i.id), ''),
           {_body()}
    FROM incident i LEFT JOIN client c ON c.id = i.client_id
    JOIN category k ON k.id = i.category_id
"""
INSERT = f"INSERT INTO incident_fts(rowid, title, client, tags, body) {SOURCE}"
