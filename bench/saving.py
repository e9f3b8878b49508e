"""The worksheet's save, timed as a user meets it: the first save of a session and the ones
after, each beside raw SQLite writing the same text to the same row, in the same process.

    python3 bench/saving.py [--size 2000] [--sessions 15]

Each session is a fresh process (as a new start of Amends is): it opens the journal, saves one
field (what autosave does after the first keystrokes), then saves 20 more times. The baseline
is one UPDATE of the same column in its own transaction on the same file, with the same
durability (WAL, synchronous=FULL) and the search index left alone: the floor of a save.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SESSION = """
import json, sqlite3, sys, time
sys.path.insert(0, {root!r})
from journal.service import Journal

path, incident_id = {path!r}, {incident_id}
text = "Jag skickade fel fil till tryckeriet och katalogen trycktes med förra årets priser. "

def timed(action):
    start = time.perf_counter(); action(); return (time.perf_counter() - start) * 1000

raw = sqlite3.connect(path, isolation_level=None)
raw.execute("PRAGMA synchronous = FULL")
def raw_save(n):
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE incident SET what_happened = ? WHERE id = ?", (text * n, incident_id))
    raw.execute("COMMIT")

baseline = [timed(lambda: raw_save(1))] + [timed(lambda n=n: raw_save(n)) for n in range(2, 22)]
raw.close()
journal = Journal(path)
ours = [timed(lambda n=n: journal.incidents.edit(incident_id, {{"what_happened": text * n}}))
        for n in range(1, 22)]
journal.close()
print(json.dumps({{"ours": ours, "baseline": baseline}}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="incidents in the journal")
    parser.add_argument("--sessions", type=int, default=15, help="fresh processes timed")
    args = parser.parse_args()
    from journal.service import Journal
    from tests.samples.generator import generate

    folder = Path(tempfile.mkdtemp(prefix="amends-bench-saving-"))
    path = folder / "journal.amends"
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(args.size, seed=7)))
        incident_id = journal.incidents.list_ids()[0]
    script = SESSION.format(root=str(ROOT), path=str(path), incident_id=incident_id)
    firsts, firsts_raw, laters, laters_raw = [], [], [], []
    for _ in range(args.sessions):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        timings = json.loads(done.stdout)
        firsts.append(timings["ours"][0])
        firsts_raw.append(timings["baseline"][0])
        laters.extend(timings["ours"][1:])
        laters_raw.extend(timings["baseline"][1:])
    rows = (
        ("first save of a session", statistics.median(firsts), statistics.median(firsts_raw)),
        ("later saves", statistics.median(laters), statistics.median(laters_raw)),
        ("first save, worst session", max(firsts), max(firsts_raw)),
    )
    print(f"{args.size:,} incidents, {args.sessions} sessions")
    for name, ours, base in rows:
        print(f"{name:28} {ours:8.2f} ms   raw SQLite {base:8.2f} ms   {ours / base:6.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
