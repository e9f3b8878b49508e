"""Benchmarks of the journal at scale, each beside a raw-SQLite baseline measured in the same run.

    python3 bench/run.py --size 100000

Prints each figure, the baseline and their ratio against the goal. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import median_ms
from journal import interchange
from journal.listing import IncidentFilter
from journal.service import Journal
from tests.conftest import full_incident
from tests.samples.generator import generate

QUERIES = ("deadline", "fakturan", "račun", "ใบแจ้งหนี้", "ক্লায়েন্ট", "invoice client")
TEXT_KEYS = (
    "project", "what_happened", "impact", "root_cause", "ownership", "fix", "prevention",
    "surprise", "summary", "apology", "empathy",
)  # fmt: skip


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(name: str, ours: float, base: float | None, goal: str, unit: str = "ms") -> None:
    ratio = f"{ours / base:5.2f}×" if base else "     "
    baseline = f"baseline {base:9.1f} {unit}" if base else " " * 21
    print(f"{name:34} {ours:9.1f} {unit}   {baseline}   {ratio}   goal {goal}")


def raw_import(path: Path, data: bytes) -> None:
    """The floor: the same rows and text, one flat table, executemany, then an FTS rebuild."""
    document = json.loads(data)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    columns = ["title", "client", "tags", "body", "occurred_on", "severity", "category", "rest"]
    connection.execute(f"CREATE TABLE incident (id INTEGER PRIMARY KEY, {', '.join(columns)})")
    connection.execute(
        "CREATE VIRTUAL TABLE incident_fts USING fts5(title, client, tags, body, "
        "content='incident', content_rowid='id', tokenize='trigram')"
    )
    rows = [
        (
            item["title"],
            item["client"]["name"],
            " ".join(item.get("tags") or ()),
            "\n".join(
                [str(item.get(key) or "") for key in TEXT_KEYS]
                + list(item.get("whys") or ())
                + [a["text"] for a in item.get("actions") or ()]
                + [f"{q['question']}\n{q.get('answer') or ''}" for q in item.get("questions") or ()]
            ),
            item.get("occurred_on"),
            item.get("severity"),
            item.get("category"),
            json.dumps([item.get("compensation"), item.get("outcome"), item.get("actions")]),
        )
        for item in document["incidents"]
    ]
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO incident ({', '.join(columns)}) VALUES (?,?,?,?,?,?,?,?)", rows
    )
    connection.execute("INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')")
    connection.execute("COMMIT")
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="incidents in the journal")
    parser.add_argument("--repeat", type=int, default=20, help="runs per measured query")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="amends-bench-"))
    source = folder / "journal.json"
    seconds = timed(lambda: source.write_text(
        json.dumps(generate(args.size, seed=1), ensure_ascii=False), encoding="utf-8"
    ))  # fmt: skip
    data = source.read_bytes()
    print(
        f"{args.size:,} incidents, {len(data) / 1e6:.0f} MB of JSON (generated in {seconds:.1f} s)"
    )
    print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}\n")

    base = timed(lambda: raw_import(folder / "raw.sqlite", data))
    journal = Journal(folder / "journal.amends")
    ours = timed(lambda: journal.transfer.import_incidents(interchange.parse(data)))
    report("import (file → searchable)", ours, base, "≤ 3×", "s")

    fts = journal._db.connection
    raw_sql = (
        "SELECT rowid, snippet(incident_fts, -1, '[', ']', '…', 48), "
        "bm25(incident_fts, 10.0, 6.0, 4.0, 1.0) AS r FROM incident_fts "
        "WHERE incident_fts MATCH ? ORDER BY r LIMIT 50"
    )
    for query in QUERIES:
        match = " AND ".join(f'"{word}"' for word in query.split())
        base_ms = median_ms(lambda m=match: fts.execute(raw_sql, (m,)).fetchall(), args.repeat)
        ours_ms = median_ms(lambda q=query: journal.search.find(q), args.repeat)
        hits = len(journal.search.find(query))
        report(f"search {query!r} ({hits} hits)", ours_ms, base_ms, "≤ 2×")

    draft = full_incident()
    journal.incidents.create(draft)  # warm the ORM up, as a running window would be
    report(
        "save one new incident",
        median_ms(lambda: journal.incidents.create(draft), 50),
        None,
        "≤ 5 ms",
    )
    saved = journal.incidents.create(draft).incident
    report(
        "save an edit to one incident",
        median_ms(lambda: journal.incidents.update(saved), 50),
        None,
        "≤ 5 ms",
    )

    raw_count = median_ms(
        lambda: fts.execute("SELECT category_id, count(*) FROM incident GROUP BY 1").fetchall(), 5
    )
    report(
        "pattern figures (top 50 of each)",
        median_ms(journal.patterns.figures, 9),
        raw_count,
        "≤ 200 ms",
    )
    every = median_ms(lambda: journal.patterns.figures(limit=None), 9)
    report("pattern figures, every entry", every, raw_count, "(patterns --all)")
    first_page = median_ms(
        lambda: journal.incidents.rows_for(journal.incidents.list_ids(IncidentFilter())[:100]), 5
    )
    report("list ids + first 100 rows", first_page, None, "(window's first page)")
    journal.close()


if __name__ == "__main__":
    main()
