"""Runs `amends --db J COMMAND` in a process of its own, and reads what it said."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30  # a command waits 5 s for a lock; longer is a hang
HUNG = -1  # the exit status of a command that hung, and was killed

# Each command that touches the journal, with what it needs: {incident} is an incident's id,
# {json} a file to import, {out} a folder for what it writes, {backup} a backup to restore.
COMMANDS: dict[str, tuple[str, ...]] = {
    "list": ("list",),
    "show": ("show", "{incident}"),
    "search": ("search", "launch"),
    "patterns": ("patterns",),
    "check": ("check", "--id", "{incident}"),
    "language": ("language",),
    "language sv": ("language", "sv"),
    "import": ("import", "{json}"),
    "export": ("export", "-o", "{out}/journal.json"),
    "brief": ("brief", "{incident}", "-o", "{out}/briefing.pdf", "--paper", "a4"),
    "backup": ("backup",),
    "backup --list": ("backup", "--list"),
    "restore": ("restore", "{backup}"),
}


@dataclass(frozen=True)
class Outcome:
    command: str
    code: int
    stdout: str
    stderr: str

    @property
    def message(self) -> str:
        return self.stderr.strip()

    def __str__(self) -> str:
        return (
            f"`{self.command}` exit {self.code}\nstdout: {self.stdout!r}\nstderr: {self.stderr!r}"
        )


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a user's shell gives: the terminal's language, no Qt, and `extra`."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("FAIL_WRITES", "AMENDS"))}
    base.pop("LD_PRELOAD", None)
    return {**base, "PYTHONPATH": str(ROOT), **(extra or {})}


def run(
    journal: Path,
    command: str,
    values: Mapping[str, object],
    extra: Mapping[str, str] | None = None,
) -> Outcome:
    """`python -m journal.cli --db JOURNAL COMMAND…` as `amends` runs it."""
    arguments = [part.format(**values) for part in COMMANDS[command]]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "journal.cli", "--db", str(journal), *arguments],
            capture_output=True,
            text=True,
            cwd=values.get("out", ROOT),
            env=environment(extra),
            timeout=TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as hung:  # killed by now
        printed = hung.stdout.decode() if isinstance(hung.stdout, bytes) else hung.stdout or ""
        return Outcome(command, HUNG, printed, f"(hung: still running after {TIMEOUT} s)")
    return Outcome(command, done.returncode, done.stdout, done.stderr)


def problems_with_message(outcome: Outcome) -> list[str]:
    """What is wrong with how a refused command said so: not exit 1 and one line on stderr
    that starts "amends: ", or a traceback."""
    found = []
    if outcome.code != 1:
        found.append(f"exit status {outcome.code}, not 1")
    lines = outcome.stderr.splitlines()
    if len(lines) != 1 or not lines[0].startswith("amends: "):
        found.append(f"{len(lines)} line(s) on stderr, not one starting 'amends: '")
    if "Traceback" in outcome.stderr + outcome.stdout:
        found.append("a traceback")
    return found


def problems_with_success(outcome: Outcome) -> list[str]:
    """What is wrong with a command that should have worked: it did not, or said too much."""
    found = []
    if outcome.code != 0:
        found.append(f"exit status {outcome.code}, not 0")
    if outcome.stderr:
        found.append("something on stderr")
    if "Traceback" in outcome.stdout:
        found.append("a traceback")
    return found
