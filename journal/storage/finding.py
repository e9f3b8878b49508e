"""Search queries: the ranked ids first (quick), the marked snippets for the ids shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from journal.domain import IncidentFilter, SnippetPart
from journal.storage import reads, search
from journal.storage.connection import Database


def ranked(
    db: Database, text: str, selection: IncidentFilter | None, today: dt.date, limit: int
) -> list[tuple[int, float]]:
    """The ids of the incidents containing every word of `text`, best first, with the bm25
    rank (0.0 for words too short for the index)."""
    query = search.parse_query(text)
    if query.is_empty:
        return []
    clauses, params = search.fts_conditions(query)
    sql = f"SELECT incident_fts.rowid, {search.rank_sql(query)} AS rank FROM incident_fts"
    if selection is not None:
        where, filter_params = reads.filter_sql(selection, today)
        if where:
            sql += " JOIN incident i ON i.id = incident_fts.rowid"
            clauses.append(where.removeprefix(" WHERE "))
            params += filter_params
    sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY rank, incident_fts.rowid DESC LIMIT ?"
    return [(row[0], float(row[1])) for row in db.rows(sql, [*params, limit])]


def snippets(db: Database, text: str, ids: Sequence[int]) -> dict[int, tuple[SnippetPart, ...]]:
    """The text around the match in each of the given incidents, the matches marked."""
    query = search.parse_query(text)
    if query.is_empty or not ids:
        return {}
    clauses, params = search.fts_conditions(query)
    clauses.append(f"incident_fts.rowid IN ({','.join('?' * len(ids))})")
    sql = (
        f"SELECT incident_fts.rowid, {search.snippet_sql(query)} FROM incident_fts "
        "WHERE " + " AND ".join(clauses)
    )
    found = {}
    for incident_id, snippet in db.rows(sql, [*params, *ids]):
        if not query.match:
            snippet = search.mark_short_terms(snippet, query.short_terms)
        found[incident_id] = search.snippet_parts(snippet)
    return found
