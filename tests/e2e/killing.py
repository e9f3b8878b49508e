"""The parent's side: children started and killed, and what they left in the journal."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tests.e2e.keylog import read_log
from tests.fixtures import journal_state

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")
START_TIMEOUT_S = 90.0
FIELD_SQL = """
    SELECT i.id, coalesce(c.name, ''), i.title, i.what_happened, i.impact, i.whys,
           i.root_cause, i.ownership, i.summary, i.apology, i.empathy
    FROM incident i LEFT JOIN client c ON c.id = i.client_id
"""
SQL_FIELDS: tuple[str, ...] = ("client", "title", "what_happened", "impact", "whys")
SQL_FIELDS += ("root_cause", "ownership", "summary", "apology", "empathy")


def environment(scratch: Path, display: str | None = None) -> dict[str, str]:
    """The children's environment: this project importable, temporary files (the one-window
    socket, previews) in `scratch`, Qt offscreen or on the private X display."""
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    env["TMPDIR"] = str(scratch)
    env["QT_QPA_PLATFORM"] = "xcb" if display else "offscreen"
    if display:
        env["DISPLAY"] = display
    return env


class Child:
    """The window with its typist (tests.e2e.typist) in a child process, and its log."""

    def __init__(self, folder: Path, plan: dict[str, Any], display: str | None) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.log = folder / "log.jsonl"
        (folder / "plan.json").write_text(
            json.dumps({**plan, "log": str(self.log)}, ensure_ascii=False), encoding="utf-8"
        )
        self.stderr = folder / "stderr.txt"
        with open(self.stderr, "w", encoding="utf-8") as errors:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.e2e.typist", str(folder / "plan.json")],
                cwd=ROOT,
                env=environment(folder.parent, display),
                stdout=subprocess.DEVNULL,
                stderr=errors,
            )
        self.events: list[dict[str, Any]] = []
        self.offset = 0

    def read(self) -> list[dict[str, Any]]:
        new, self.offset = read_log(self.log, self.offset)
        self.events.extend(new)
        return new

    def wait_for(
        self,
        kind: str,
        timeout: float = START_TIMEOUT_S,
        after: float = 0.0,
        test: Callable[[dict[str, Any]], bool] = lambda _: True,
        poll: float = 0.001,
    ) -> Any:
        """The first event of this kind logged after monotonic time `after` that passes `test`."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            self.read()
            for event in self.events[seen:]:
                if event["e"] == kind and event["t"] > after and test(event):
                    return event
                if event["e"] == "error":
                    raise AssertionError(f"the typist failed: {event['message']}")
            seen = len(self.events)
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the window ended (exit status {self.process.returncode}) before {kind!r}:"
                    f"\n{self.stderr.read_text(encoding='utf-8')[-3000:]}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"no {kind!r} from the window within {timeout} s")
            time.sleep(poll)

    def wait_until(self, moment: float) -> None:
        """Let it type until monotonic time `moment`, watching that it still runs well."""
        while time.monotonic() < moment:
            self.read()
            if any(event["e"] == "error" for event in self.events):
                raise AssertionError(f"the typist failed: {self.problems()}")
            if self.process.poll() is not None:
                raise AssertionError(f"the window ended by itself: {self.problems()}")
            time.sleep(min(0.02, max(0.0, moment - time.monotonic())))

    def kill(self) -> float:
        """SIGKILL; the monotonic time just before it was sent."""
        moment = time.monotonic()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.read()
        return moment

    def problems(self) -> list[str]:
        """What went wrong inside the window: the typist's failures, Python's tracebacks."""
        found = [f"typist: {event['message']}" for event in self.events if event["e"] == "error"]
        errors = self.stderr.read_text(encoding="utf-8", errors="replace")
        if "Traceback" in errors:
            found.append(f"traceback in the window:\n{errors[-3000:]}")
        return found


def timed(events: list[dict[str, Any]], kind: str) -> list[tuple[float, float]]:
    """(begin, end) times of the saves (or remembers) that ended."""
    begun: float | None = None
    spans = []
    for event in events:
        if event["e"] == kind and event["p"] == "begin":
            begun = event["t"]
        elif event["e"] == kind and begun is not None:
            spans.append((begun, event["t"]))
            begun = None
    return spans


def interrupted(events: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """The save (or remember) that had begun and not ended when the program was killed."""
    last = None
    for event in events:
        if event["e"] == kind:
            last = event
    return last if last is not None and last["p"] == "begin" else None


# The journal ----------------------------------------------------------------------------


@dataclass
class Stored:
    """The fields the typist types into, per incident, as the worksheet shows them; the
    incident to bring back after a crash; and a digest of the incidents nobody typed into."""

    texts: dict[int, dict[str, str]]
    last_open: str | None
    untouched: str
    problems: list[Any]


def read_stored(connection: sqlite3.Connection, untouched_up_to: int) -> Stored:
    texts = {}
    for row in connection.execute(FIELD_SQL):
        values = dict(zip(SQL_FIELDS, row[1:], strict=True))
        values["whys"] = "\n".join(json.loads(values["whys"]))
        texts[row[0]] = values
    setting = connection.execute(
        "SELECT value FROM setting WHERE key = 'last_open_incident'"
    ).fetchone()
    digest = hashlib.sha256()
    for row in connection.execute(
        "SELECT * FROM incident WHERE id <= ? ORDER BY id", (untouched_up_to,)
    ):
        digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return Stored(texts, setting[0] if setting else None, digest.hexdigest(), [])


def snapshot(journal: Path, untouched_up_to: int) -> Stored:
    """What is committed now, read with a separate read-only connection while the window runs."""
    with journal_state.opened(journal, read_only=True) as connection:
        connection.execute("BEGIN")
        try:
            return read_stored(connection, untouched_up_to)
        finally:
            connection.execute("COMMIT")


def as_left(journal: Path, scratch: Path, untouched_up_to: int = 0) -> Stored:
    """The journal as the killed window left it (see opened_as_left), its integrity checked."""
    problems, stored = opened_as_left(
        journal, scratch, lambda connection: read_stored(connection, untouched_up_to)
    )
    stored.problems = problems
    return stored


def opened_as_left(
    journal: Path, scratch: Path, read: Callable[[sqlite3.Connection], T]
) -> tuple[list[Any], T]:
    """What integrity_check and foreign_key_check find in the journal as the killed program
    left it, and what `read` reads there. It is opened the way the next program opens it
    (rolling back what was half-written), but on a copy: the journal itself is left for the
    next program to recover."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    copy = scratch / journal.name
    shutil.copyfile(journal, copy)
    if Path(f"{journal}-wal").exists():
        shutil.copyfile(f"{journal}-wal", f"{copy}-wal")
    try:
        with journal_state.opened(copy) as connection:
            return journal_state.problems(connection), read(connection)
    finally:
        shutil.rmtree(scratch)


@dataclass(frozen=True)
class WalTail:
    """What the write-ahead log holds after the last commit: frames of a transaction that
    was being written (SQLite ignores them), and a frame cut short."""

    committed: int
    uncommitted: int
    partial: bool

    @property
    def torn(self) -> bool:
        return self.uncommitted > 0 or self.partial


def wal_tail(journal: Path, verify: bool = True) -> WalTail:
    """Frames are the current log's if their salt is the header's and (with `verify`: a
    large log takes long) their checksums chain on."""
    try:
        data = Path(f"{journal}-wal").read_bytes()
    except FileNotFoundError:
        return WalTail(0, 0, False)
    if len(data) < 32:
        return WalTail(0, 0, bool(data))
    big = int.from_bytes(data[0:4], "big") & 1
    page = int.from_bytes(data[8:12], "big")
    sums = _checksum(data[0:24], (0, 0), big)
    if sums != struct.unpack(">II", data[24:32]):
        return WalTail(0, 0, False)
    salt, offset, frames, last_commit = data[16:24], 32, 0, 0
    while offset + 24 <= len(data) and data[offset + 8 : offset + 16] == salt:
        if offset + 24 + page > len(data):
            return WalTail(last_commit, frames - last_commit, True)
        if verify:
            sums = _checksum(data[offset : offset + 8], sums, big)
            sums = _checksum(data[offset + 24 : offset + 24 + page], sums, big)
            if sums != struct.unpack(">II", data[offset + 16 : offset + 24]):
                break
        frames += 1
        if int.from_bytes(data[offset + 4 : offset + 8], "big"):
            last_commit = frames
        offset += 24 + page
    return WalTail(last_commit, frames - last_commit, False)


def _checksum(data: bytes, sums: tuple[int, int], big: int) -> tuple[int, int]:
    """SQLite's WAL checksum (its words big-endian when the magic number says so)."""
    s0, s1 = sums
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for position in range(0, len(words), 2):
        s0 = (s0 + words[position] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[position + 1] + s0) & 0xFFFFFFFF
    return s0, s1
