"""The full-text index: kept in step with every write, queried with bm25 and snippets."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from journal.listing import SnippetPart
from journal.storage.search_source import INSERT

# Private-use characters mark the matched text in snippets; the service turns them into parts.
MATCH_START, MATCH_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 48
TRIGRAM = 3  # the trigram index can look up terms of at least this many characters
COLUMN_WEIGHTS = "10.0, 6.0, 4.0, 1.0"  # title, client, tags, body
COLUMNS = ("title", "client", "tags", "body")
# FTS5's snippet() weighs every match in an incident against every other one, so its work
# grows with the square of the matches: 3,000 took 30-60 ms, and a 100 KB field of "aaaa…"
# searched for "aaa" (a match at every character) 66 s. An incident matched this often gets
# a plainer snippet made here instead (crowded_snippet), in linear time.
CROWDED = 300
CROWDED_SNIPPET = "amends_crowded_snippet"  # crowded_snippet, as the SQL function finding adds
_TERM = re.compile(r'"([^"]+)"|(\S+)')


def reindex(connection: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Copy the given incidents' current text into the index (inside the caller's transaction)."""
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" * len(chunk))
        connection.execute(f"DELETE FROM incident_fts WHERE rowid IN ({marks})", chunk)
        connection.execute(f"{INSERT} WHERE i.id IN ({marks})", chunk)


def reindex_owned_by(connection: sqlite3.Connection, column: str, owner_ids: list[int]) -> None:
    """Reindex every incident of the given clients or categories (their names are indexed)."""
    if column not in ("client_id", "category_id"):
        raise ValueError(column)
    marks = ",".join("?" * len(owner_ids))
    owned = f"(SELECT id FROM incident WHERE {column} IN ({marks}))"
    connection.execute(f"DELETE FROM incident_fts WHERE rowid IN {owned}", owner_ids)
    connection.execute(f"{INSERT} WHERE i.id IN {owned}", owner_ids)


def index_range(connection: sqlite3.Connection, first_id: int, last_id: int) -> None:
    """Index the new incidents numbered `first_id` to `last_id` (a batch of a bulk insert)."""
    connection.execute(f"{INSERT} WHERE i.id BETWEEN ? AND ?", (first_id, last_id))


def forget(connection: sqlite3.Connection, ids: Iterable[int]) -> None:
    connection.executemany("DELETE FROM incident_fts WHERE rowid = ?", [(i,) for i in ids])


@dataclass(frozen=True)
class SearchQuery:
    """A user's query split into what the index can match and what needs a scan."""

    terms: tuple[str, ...]
    long_terms: tuple[str, ...]  # of three or more characters: the index looks them up
    short_terms: tuple[str, ...]  # one- and two-character terms, matched with LIKE

    @property
    def is_empty(self) -> bool:
        return not self.terms

    @property
    def match(self) -> str | None:
        """An FTS5 expression over the long terms."""
        match = " AND ".join('"' + term.replace('"', '""') + '"' for term in self.long_terms)
        return match or None


def parse_query(text: str) -> SearchQuery:
    """Every word must occur (as part of a word, in any field); "quoted words" as a phrase."""
    found = (quoted or bare for quoted, bare in _TERM.findall(text))
    stripped = (term.replace("\x00", "").strip() for term in found)
    # A word given twice is asked for once: bm25() lines up the matches of every phrase with
    # those of every other, and "TTT" 200 times over 20,000 T's took 2 s (2,000 times, minutes).
    unique: dict[str, str] = {}
    for term in stripped:
        if term:
            unique.setdefault(term.casefold(), term)
    terms = tuple(unique.values())
    return SearchQuery(
        terms,
        tuple(term for term in terms if len(term) >= TRIGRAM),
        tuple(term for term in terms if len(term) < TRIGRAM),
    )


def fts_conditions(query: SearchQuery) -> tuple[list[str], list[str]]:
    """WHERE clauses (over the incident_fts table) and their parameters for `query`."""
    clauses: list[str] = []
    params: list[str] = []
    if query.match:
        clauses.append("incident_fts MATCH ?")
        params.append(query.match)
    for term in query.short_terms:
        clauses.append(
            "(" + " OR ".join(f"amends_contains(incident_fts.{c}, ?)" for c in COLUMNS) + ")"
        )
        params.extend([term.casefold()] * len(COLUMNS))
    return clauses, params


def snippet_sql(query: SearchQuery) -> tuple[str, list[str]]:
    """The SQL expression of an incident's marked snippet for `query`, and its parameters."""
    if query.match:
        columns = ", ".join(f"incident_fts.{c}" for c in COLUMNS)
        fts5 = f"snippet(incident_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', {SNIPPET_TOKENS})"
        return f"coalesce({CROWDED_SNIPPET}(?, {columns}), {fts5})", ["\x00".join(query.long_terms)]
    fields = " || char(10) || ".join(f"incident_fts.{c}" for c in COLUMNS)
    return f"substr({fields}, 1, 4000)", []


def rank_sql(query: SearchQuery) -> str:
    return f"bm25(incident_fts, {COLUMN_WEIGHTS})" if query.match else "0.0"


def mark_terms(text: str, terms: tuple[str, ...], width: int = 120) -> str:
    """A snippet made without snippet(): a window around the first hit, marked."""
    lowered = text.casefold()
    hits = [lowered.find(term.casefold()) for term in terms]
    first = min((hit for hit in hits if hit >= 0), default=0)
    start = max(first - width // 3, 0)
    window = text[start : start + width].replace("\n", " ")
    # One pass, longest term first: a term inside another's match is not marked twice.
    longest_first = sorted(terms, key=len, reverse=True)
    window = re.sub(
        "|".join(map(re.escape, longest_first)), lambda m: f"{MATCH_START}{m.group(0)}{MATCH_END}",
        window, flags=re.IGNORECASE,
    )  # fmt: skip
    return ("…" if start else "") + window + ("…" if start + width < len(text) else "")


def _matches_at_least(folded_text: str, folded_terms: list[str], enough: int) -> bool:
    """Whether the terms occur `enough` times (overlapping, as trigrams match), counting no
    further than that."""
    found = 0
    for term in folded_terms:
        at = folded_text.find(term)
        while at >= 0:
            found += 1
            if found >= enough:
                return True
            at = folded_text.find(term, at + 1)
    return False


def crowded_snippet(terms: str, *columns: str | None) -> str | None:
    """The snippet of an incident matched at least CROWDED times by the NUL-separated terms,
    made here; None for any other incident, for snippet() to make."""
    text = "\n".join(column or "" for column in columns)
    words = tuple(terms.split("\x00"))
    # casefold() folds at least what the trigram index folds, so no crowded incident is missed.
    if not _matches_at_least(text.casefold(), [word.casefold() for word in words], CROWDED):
        return None
    return mark_terms(text, words)


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
