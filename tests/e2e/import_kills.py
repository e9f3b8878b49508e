"""Kills `amends import` at chosen moments and says what each kill left in the journal."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from journal.service import Journal
from tests.e2e.killing import ROOT, environment, opened_as_left, wal_tail
from tests.fixtures import journal_state
from tests.samples.generator import generate

BEFORE = 50  # incidents in the journal before the import


@dataclass(frozen=True)
class Moment:
    """When to kill: this fraction of the whole import's time after it starts ("start"), or of
    its writing time after its first write to the journal's log ("write")."""

    phase: str
    fraction: float


@dataclass
class Content:
    count: int
    added: list[tuple[str, str, str]]  # title, client, what happened of those after BEFORE


def _content(connection: sqlite3.Connection, first_new: int) -> Content:
    count = connection.execute("SELECT count(*) FROM incident").fetchone()[0]
    added = connection.execute(
        "SELECT i.title, coalesce(c.name, ''), i.what_happened FROM incident i "
        "LEFT JOIN client c ON c.id = i.client_id WHERE i.id >= ?",
        (first_new,),
    ).fetchall()
    return Content(count, sorted(added))


@dataclass
class Importer:
    folder: Path
    size: int
    seed: int = 20000
    outcomes: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # of an uninterrupted import
    imports_again: int = 0

    def __post_init__(self) -> None:
        self.file = self.folder / "big.json"
        document = generate(self.size, seed=self.seed)
        self.file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        self.expected = sorted(
            (item["title"].strip(), item["client"]["name"].strip(), item.get("what_happened", ""))
            for item in document["incidents"]
        )
        self.original = self.folder / "before" / "journal.amends"
        with Journal(self.original) as journal:
            journal.transfer.import_json(json.dumps(generate(BEFORE, seed=self.seed + 1)))
            self.first_new = max(journal.incidents.list_ids()) + 1
        self.journal = self.folder / "work" / "journal.amends"
        self.journal.parent.mkdir(mode=0o700)
        self.put_back()

    def put_back(self) -> None:
        for leftover in (self.journal, Path(f"{self.journal}-wal"), Path(f"{self.journal}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(self.original, self.journal)

    def start(self) -> subprocess.Popen[str]:
        command = ["-m", "journal.cli", "--db", str(self.journal), "import", str(self.file)]
        return subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            env=environment(self.folder),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def written(self) -> bool:
        try:
            return Path(f"{self.journal}-wal").stat().st_size > 0
        except FileNotFoundError:
            return False

    def import_whole(self) -> None:
        """Import without a kill, timing it: to the first write, and the writing."""
        started = time.monotonic()
        program = self.start()
        while not self.written() and program.poll() is None:
            time.sleep(0.001)
        writing = time.monotonic()
        _, errors = program.communicate()
        ended = time.monotonic()
        if (program.returncode, errors) != (0, ""):
            self.problems.append(f"an import without a kill failed: {errors[-2000:]}")
        self.seconds = {"start": ended - started, "write": ended - writing}

    def kill(self, moment: Moment) -> str:
        program = self.start()
        started = time.monotonic()
        if moment.phase == "write":
            while not self.written() and program.poll() is None:
                time.sleep(0.001)
            started = time.monotonic()
        time.sleep(
            max(0.0, started + moment.fraction * self.seconds[moment.phase] - time.monotonic())
        )
        ended = program.poll() is not None
        program.kill()
        _, errors = program.communicate()
        tail = wal_tail(self.journal, verify=False)
        problems, content = opened_as_left(
            self.journal, self.folder / "scratch", lambda c: _content(c, self.first_new)
        )
        if problems:
            self.problems.append(f"{moment}: integrity_check/foreign_key_check: {problems[:5]}")
        if "Traceback" in errors:
            self.problems.append(f"{moment}: {errors[-2000:]}")
        outcome = self.outcome(moment, content)
        self.check_list(moment)
        if outcome == "none":
            self.imports_again += 1
            self.import_whole()
            with journal_state.opened(self.journal) as connection:
                if _content(connection, self.first_new).added != self.expected:
                    self.problems.append(f"{moment}: importing again did not add them all")
        label = "finished before the kill" if ended else f"killed: {outcome}"
        if not ended and outcome == "none":
            label += ", mid-write" if tail.uncommitted or tail.partial else ", before writing"
        self.outcomes[label] += 1
        self.put_back()
        return label

    def outcome(self, moment: Moment, content: Content) -> str:
        if content.count == BEFORE and not content.added:
            return "none"
        if content.count == BEFORE + self.size and content.added == self.expected:
            return "all"
        self.problems.append(
            f"{moment}: the journal holds {content.count} incidents, {len(content.added)} of "
            f"them new: neither the {BEFORE} it had nor those and all {self.size}"
        )
        return "some"

    def check_list(self, moment: Moment) -> None:
        listed = subprocess.run(
            [
                sys.executable,
                "-m",
                "journal.cli",
                "--db",
                str(self.journal),
                "list",
                "--limit",
                "3",
            ],
            cwd=ROOT,
            env=environment(self.folder),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if listed.returncode != 0 or listed.stderr:
            self.problems.append(f"{moment}: `list` afterwards: {listed.stderr[-2000:]}")

    def summary(self) -> str:
        kills = sum(self.outcomes.values())
        whole, writing = self.seconds.get("start", 0), self.seconds.get("write", 0)
        return (
            f"import kills ({self.size:,} incidents into a journal of {BEFORE}; an import "
            f"takes {whole:.1f} s, writing {writing:.1f} s):"
            f" {kills}; {dict(self.outcomes)}; imported again after a kill that left none:"
            f" {self.imports_again}; problems: {len(self.problems)}"
        )
