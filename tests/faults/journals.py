"""Journals to break: a healthy one with a backup, its damaged forms, and what they hold."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.service import Journal

CLIENTS = ("Åsa Lindqvist", "Marko Horvat", "Somchai Chaiyaporn", "Priya Das")
NAME = "journal.amends"
PAGE = 4096


def incident(number: int) -> dict[str, object]:
    """One incident of the interchange format, with a page or so of text."""
    client = CLIENTS[number % len(CLIENTS)]
    return {
        "title": f"Incident {number}: the launch was late",
        "client": {"name": client, "company": f"{client.split()[0]} AB"},
        "occurred_on": f"2026-0{1 + number % 9}-1{number % 10}",
        "category": ("missed deadline", "quality defect", "billing error")[number % 3],
        "tags": ["launch", f"tag{number % 4}"],
        "what_happened": f"Incident {number}. " + "The shop went live two days late. " * 40,
        "whys": ["I tested the payments on the last day.", "I had no launch checklist."],
        "summary": "I launched your shop two days late because I tested payments too late.",
        "apology": "I am sorry: I missed the launch date we agreed on.",
        "status": "prepared",
    }


def document(count: int, first: int = 0) -> str:
    """An Amends JSON file with `count` incidents."""
    incidents = [incident(number) for number in range(first, first + count)]
    return json.dumps({"format": "amends", "version": 1, "incidents": incidents})


def make_journal(folder: Path, count: int = 12) -> Path:
    """A journal of `count` incidents in `folder`, with one backup; closed, so all of it is in
    the journal file itself (no -wal beside it)."""
    path = folder / NAME
    with Journal(path) as journal:
        journal.transfer.import_json(document(count))
        journal.backups.make()
    return path


def backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*.amends-backup"))


# What a file that is not an Amends journal, or no longer one, can hold -------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def as_text(path: Path) -> None:
    path.write_text("Notes from the call with Åsa\n- refund the ads\n" * 20, encoding="utf-8")


def as_png(path: Path) -> None:
    path.write_bytes(PNG)


def as_empty(path: Path) -> None:
    path.write_bytes(b"")


def as_other_database(path: Path) -> None:
    """A bookmarks database of another program."""
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
        other.executemany(
            "INSERT INTO moz_places (url, title) VALUES (?, ?)",
            [(f"https://example.org/{n}", f"Page {n}") for n in range(200)],
        )
    other.close()


def truncated_to(size: int) -> Callable[[Path], None]:
    """Cut the journal to `size` bytes; a negative size counts from its end."""

    def cut(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: size if size >= 0 else len(data) + size])

    cut.__name__ = f"truncated_to_{size}"
    return cut


def with_junk_pages(path: Path) -> None:
    """Pages past the first three overwritten with junk, as a failing disk might leave them."""
    data = bytearray(path.read_bytes())
    junk = bytes(zlib.crc32(bytes([n])) & 0xFF for n in range(256)) * (PAGE // 256)
    for start in range(3 * PAGE, len(data), 2 * PAGE):
        data[start : start + PAGE] = junk
    path.write_bytes(bytes(data))


def with_junk_page_of(table: str) -> Callable[[Path], None]:
    """A page holding rows of `table` (a leaf of its B-tree) overwritten with junk: the journal
    opens, and some of what it holds cannot be read."""

    def damage(path: Path) -> None:
        with _reading(path) as connection:
            try:
                (page,) = connection.execute(
                    "SELECT min(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
                    (table,),
                ).fetchone()
            except sqlite3.OperationalError:  # an SQLite built without dbstat: its root page
                (page,) = connection.execute(
                    "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
                ).fetchone()
        data = bytearray(path.read_bytes())
        start = (page - 1) * PAGE
        data[start : start + PAGE] = bytes(range(256)) * (PAGE // 256)
        path.write_bytes(bytes(data))

    damage.__name__ = f"with_junk_page_of_{table}"
    return damage


def with_damaged_header(path: Path) -> None:
    """The first 100 bytes (SQLite's header: its magic string, page size, counters) junk."""
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x5a" * 100
    path.write_bytes(bytes(data))


def with_bad_page_size(path: Path) -> None:
    """The magic string intact, the page size in the header impossible."""
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x01\x23"
    path.write_bytes(bytes(data))


def from_newer_amends(path: Path) -> None:
    """A journal whose schema a later Amends wrote (a revision this one does not know)."""
    with sqlite3.connect(path) as journal:
        journal.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    journal.close()


# What a journal holds ----------------------------------------------------------------------------


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection. Reading a WAL journal makes its -wal and -shm files, which a
    closed journal does not have: removed again (while they hold nothing), so that looking
    leaves the program under test the files it would find (a -shm takes room on a full disk)."""
    beside = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    there = any(side.exists() for side in beside)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()
        wal, shm = beside
        if not there and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            shm.unlink(missing_ok=True)


def integrity(path: Path) -> str:
    """SQLite's integrity_check of the journal: "ok" when it is whole."""
    with _reading(path) as connection:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))


def content(path: Path) -> str:
    """A digest of every row of every table: equal for journals that hold the same."""
    with _reading(path) as connection:
        digest = hashlib.sha256()
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            if "VIRTUAL" in (sql or "").upper():
                continue  # its rows are those of its own tables
            digest.update(name.encode())
            width = len(connection.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
            order = ", ".join(str(column) for column in range(1, width + 1))
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def incidents(path: Path) -> dict[int, tuple[str, str]]:
    """Each incident's title and what happened, by id."""
    with _reading(path) as connection:
        rows = connection.execute("SELECT id, title, what_happened FROM incident ORDER BY id")
        return {row[0]: (row[1], row[2]) for row in rows}


def setting(path: Path, key: str) -> str | None:
    with _reading(path) as connection:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])


def file_digest(path: Path) -> str | None:
    """The bytes of a file, hashed; None when there is none."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
