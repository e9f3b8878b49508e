"""The full-text index: kept in step with every write, queried with bm25 and snippets."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from journal.domain import SnippetPart

# Private-use characters mark the matched text in snippets; the service turns them into parts.
MATCH_START, MATCH_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 48
TRIGRAM = 3  # the trigram index can look up terms of at least this many characters
COLUMN_WEIGHTS = "10.0, 6.0, 4.0, 1.0"  # title, client, tags, body
_TERM = re.compile(r'"([^"]+)"|(\S+)')
_WORD_BREAK = re.compile(r"[\s.,;:!?\"'()\[\]{}<>«»“”‘’„—–\-/\\|*#]+")
SIMILARITY_TERMS = 16
LONG_RUN = 12  # longer runs without a break are unspaced script (Thai): compare in pieces


def reindex(connection: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Copy the given incidents' current text into the index (inside the caller's transaction)."""
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        connection.execute(f"DELETE FROM incident_fts WHERE rowid IN ({marks})", chunk)
        connection.execute(
            "INSERT INTO incident_fts(rowid, title, client, tags, body) "
            "SELECT incident_id, title, client, tags, body FROM incident_search_source "
            f"WHERE incident_id IN ({marks})",
            chunk,
        )


def reindex_owned_by(connection: sqlite3.Connection, column: str, owner_ids: list[int]) -> None:
    """Reindex every incident of the given clients or categories (their names are indexed)."""
    if column not in ("client_id", "category_id"):
        raise ValueError(column)
    marks = ",".join("?" * len(owner_ids))
    owned = f"(SELECT id FROM incident WHERE {column} IN ({marks}))"
    connection.execute(f"DELETE FROM incident_fts WHERE rowid IN {owned}", owner_ids)
    connection.execute(
        "INSERT INTO incident_fts(rowid, title, client, tags, body) "
        "SELECT incident_id, title, client, tags, body FROM incident_search_source "
        f"WHERE incident_id IN {owned}",
        owner_ids,
    )


def reindex_from(connection: sqlite3.Connection, first_id: int) -> None:
    """Index every incident with an id of at least `first_id` (after a bulk insert)."""
    connection.execute(
        "INSERT INTO incident_fts(rowid, title, client, tags, body) "
        "SELECT incident_id, title, client, tags, body FROM incident_search_source "
        "WHERE incident_id >= ?",
        (first_id,),
    )


def forget(connection: sqlite3.Connection, ids: Iterable[int]) -> None:
    connection.executemany("DELETE FROM incident_fts WHERE rowid = ?", [(i,) for i in ids])


@dataclass(frozen=True)
class SearchQuery:
    """A user's query split into what the index can match and what needs a scan."""

    terms: tuple[str, ...]
    match: str | None  # an FTS5 expression over the terms of three or more characters
    short_terms: tuple[str, ...]  # one- and two-character terms, matched with LIKE

    @property
    def is_empty(self) -> bool:
        return not self.terms


def parse_query(text: str) -> SearchQuery:
    """Every word must occur (as part of a word, in any field); "quoted words" as a phrase."""
    terms = [quoted or bare for quoted, bare in _TERM.findall(text)]
    terms = [term.replace("\x00", "").strip() for term in terms]
    terms = [term for term in terms if term]
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    short_terms = tuple(term for term in terms if len(term) < TRIGRAM)
    match = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
    return SearchQuery(tuple(terms), match or None, short_terms)


def fts_conditions(query: SearchQuery) -> tuple[list[str], list[str]]:
    """WHERE clauses (over the incident_fts table) and their parameters for `query`."""
    clauses: list[str] = []
    params: list[str] = []
    if query.match:
        clauses.append("incident_fts MATCH ?")
        params.append(query.match)
    for term in query.short_terms:
        columns = ("title", "client", "tags", "body")
        clauses.append(
            "(" + " OR ".join(f"amends_contains(incident_fts.{c}, ?)" for c in columns) + ")"
        )
        params.extend([term.casefold()] * len(columns))
    return clauses, params


def snippet_sql(query: SearchQuery) -> str:
    if query.match:
        return f"snippet(incident_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', {SNIPPET_TOKENS})"
    fields = " || char(10) || ".join(
        f"incident_fts.{c}" for c in ("title", "client", "tags", "body")
    )
    return f"substr({fields}, 1, 4000)"


def rank_sql(query: SearchQuery) -> str:
    return f"bm25(incident_fts, {COLUMN_WEIGHTS})" if query.match else "0.0"


def mark_short_terms(text: str, terms: tuple[str, ...], width: int = 120) -> str:
    """A snippet for scans the index could not rank: a window around the first hit, marked."""
    lowered = text.casefold()
    hits = [lowered.find(term.casefold()) for term in terms]
    first = min((hit for hit in hits if hit >= 0), default=0)
    start = max(first - width // 3, 0)
    window = text[start : start + width].replace("\n", " ")
    for term in terms:
        window = re.sub(
            re.escape(term), lambda m: f"{MATCH_START}{m.group(0)}{MATCH_END}", window,
            flags=re.IGNORECASE,
        )  # fmt: skip
    return ("…" if start else "") + window + ("…" if start + width < len(text) else "")


def similarity_terms(text: str) -> str | None:
    """An FTS5 expression matching incidents that share any of the text's longest words."""
    pieces: list[str] = []
    for word in _WORD_BREAK.split(text.replace("\x00", "")):
        if len(word) > LONG_RUN:
            pieces.extend(word[i : i + 4] for i in range(0, len(word) - TRIGRAM, 4))
        elif len(word) >= TRIGRAM:
            pieces.append(word)
    unique = dict.fromkeys(piece.casefold() for piece in pieces)
    chosen = sorted(unique, key=len, reverse=True)[:SIMILARITY_TERMS]
    return " OR ".join('"' + piece.replace('"', '""') + '"' for piece in chosen) or None


SNIPPET_MARKS = re.compile(f"{MATCH_START}(.*?){MATCH_END}", re.DOTALL)


def snippet_parts(raw: str) -> tuple[SnippetPart, ...]:
    """Split a marked snippet into plain and matching parts, on one line."""
    raw = re.sub(r"\s+", " ", raw).strip()
    parts: list[SnippetPart] = []
    position = 0
    for found in SNIPPET_MARKS.finditer(raw):
        if found.start() > position:
            parts.append(SnippetPart(raw[position : found.start()], False))
        parts.append(SnippetPart(found.group(1), True))
        position = found.end()
    if position < len(raw):
        parts.append(SnippetPart(raw[position:], False))
    return tuple(parts)
