"""Another program holding the journal's lock, in a process of its own, until told to let go."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Another program's SQLite connection, in the middle of a write: in a WAL journal others can
# still read, and wait to write. "exclusive": in SQLite's exclusive locking mode, which keeps
# the lock and takes the WAL index into its own memory, so no one can even read.
SQLITE_PROGRAM = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("INSERT INTO setting (key, value) VALUES ('another_program', 'was here')")
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""

# A second Amends importing a large file: it stops after the first of its batches, inside its
# transaction, until told; then it stops without saving any of it.
AMENDS_PROGRAM = """
import sys
from journal.service import Journal
from journal.storage.bulk import BATCH
from tests.faults.journals import document


def halfway(done, total):
    if 0 < done < total:  # after its first batch: 0 is told before it starts writing
        print("held", flush=True)
        sys.stdin.read()
        raise SystemExit(0)

with Journal(sys.argv[1]) as journal:
    journal.transfer.import_json(document(BATCH + 1, first=100), progress=halfway)
"""


@contextmanager
def held(path: Path, how: str = "wal") -> Iterator[None]:
    """The journal locked by another program: "wal" or "exclusive" (an SQLite program), or
    "amends" (a second Amends halfway through an import)."""
    program = AMENDS_PROGRAM if how == "amends" else SQLITE_PROGRAM
    with subprocess.Popen(
        [sys.executable, "-c", program, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as other:
        assert other.stdin is not None and other.stdout is not None and other.stderr is not None
        try:
            line = other.stdout.readline()
            assert line.strip() == "held", f"the other program did not start: {other.stderr.read()}"
            yield
        finally:
            other.stdin.close()
            other.wait(timeout=30)
