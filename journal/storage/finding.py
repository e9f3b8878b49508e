"""Search queries: the ranked ids first (quick), the marked snippets for the ids shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from journal.listing import IncidentFilter, SnippetPart
from journal.storage import reads, search
from journal.storage.connection import Database


def ranked(
    db: Database,
    text: str,
    selection: IncidentFilter | None,
    today: dt.date,
    limit: int,
    with_snippets: bool = False,
) -> list[tuple[Any, ...]]:
    """(id, bm25 rank) of the incidents containing every word of `text`, best first (the
    rank is 0.0 for words too short for the index); with_snippets, (id, rank, snippet parts)
    from the same query: quicker than asking for the snippets after."""
    query = search.parse_query(text)
    if query.is_empty:
        return []
    clauses, params = search.fts_conditions(query)
    snippet, snippet_params = _snippet_sql(db, query) if with_snippets else ("", [])
    columns = f"incident_fts.rowid, {search.rank_sql(query)} AS rank" + (
        f", {snippet}" if snippet else ""
    )
    sql = f"SELECT {columns} FROM incident_fts"
    if selection is not None:
        where, filter_params = reads.filter_sql(selection, today)
        if where:
            sql += " JOIN incident i ON i.id = incident_fts.rowid"
            clauses.append(where.removeprefix(" WHERE "))
            params += filter_params
    sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY rank, incident_fts.rowid DESC LIMIT ?"
    found = db.rows(sql, [*snippet_params, *params, limit])
    if not with_snippets:
        return [(row[0], float(row[1])) for row in found]
    return [(row[0], float(row[1]), _parts(query, row[2])) for row in found]


def _snippet_sql(db: Database, query: search.SearchQuery) -> tuple[str, list[str]]:
    """search.snippet_sql, with the SQL function it may call added to the connection."""
    # Added here rather than with amends_contains when the journal opens: only snippets use it.
    db.connection.create_function(
        search.CROWDED_SNIPPET, 1 + len(search.COLUMNS), search.crowded_snippet, deterministic=True
    )
    return search.snippet_sql(query)


def _parts(query: search.SearchQuery, snippet: str) -> tuple[SnippetPart, ...]:
    if not query.match:
        snippet = search.mark_terms(snippet, query.short_terms)
    return search.snippet_parts(snippet)


def snippets(db: Database, text: str, ids: Sequence[int]) -> dict[int, tuple[SnippetPart, ...]]:
    """The text around the match in each of the given incidents, the matches marked."""
    query = search.parse_query(text)
    if query.is_empty or not ids:
        return {}
    clauses, params = search.fts_conditions(query)
    clauses.append(f"incident_fts.rowid IN ({','.join('?' * len(ids))})")
    snippet, snippet_params = _snippet_sql(db, query)
    sql = f"SELECT incident_fts.rowid, {snippet} FROM incident_fts WHERE " + " AND ".join(clauses)
    found = db.rows(sql, [*snippet_params, *params, *ids])
    return {incident_id: _parts(query, snippet) for incident_id, snippet in found}
