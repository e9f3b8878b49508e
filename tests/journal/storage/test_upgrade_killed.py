"""An upgrade is all or nothing: killed at any moment, the journal is as it was, or current.

A large journal of the first revision is upgraded by `amends list` in another process, which
is killed (SIGKILL) while it backs the journal up or upgrades it. After each kill the journal
must be whole, and either exactly as it was or exactly as an upgrade that was not interrupted
leaves it; the next `amends` must upgrade it, and remove what the killed backups left.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from journal.service import Journal
from journal.settings import BACKUPS_KEPT_BY_DEFAULT
from journal.storage import backup, schema
from tests.fixtures import journal_state
from tests.fixtures.make_journals import build

ROOT = Path(__file__).parents[3]
OLD_REVISION = schema.REVISIONS[0]


class Moment(NamedTuple):
    """When to kill: this far into the backup's or the upgrade's time (from its first write),
    as a fraction of it."""

    phase: str  # "backup" or "upgrade"
    fraction: float


def _start(journal: Path) -> subprocess.Popen[str]:
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    return subprocess.Popen(
        [sys.executable, "-m", "journal.cli", "--db", str(journal), "list", "--limit", "1"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _temporaries(journal: Path) -> list[Path]:
    return list(backup.backup_folder(journal).glob(".*.tmp*"))


def _upgrade_backups(journal: Path) -> set[Path]:
    return set(backup.backup_folder(journal).glob(f"*before-{schema.HEAD}{backup.SUFFIX}"))


def _wait_until(done: Callable[[], bool], program: subprocess.Popen[str]) -> None:
    """Until `done()`, or the program has ended (which must be within a minute)."""
    deadline = time.monotonic() + 60
    while not done() and program.poll() is None:
        assert time.monotonic() < deadline, "the program neither got there nor ended"
        time.sleep(0.001)


def _upgrade_written(journal: Path) -> bool:
    """Whether the upgrade's transaction has started writing (to the write-ahead log)."""
    try:
        return Path(f"{journal}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


WAITS: dict[str, Callable[[Path], bool]] = {"backup": lambda j: bool(_temporaries(j))}
WAITS["upgrade"] = _upgrade_written


def _phases(journal: Path) -> dict[str, float]:
    """Upgrade the journal here, uninterrupted; return the seconds it took to back it up, and
    to upgrade it."""
    copying = time.monotonic()
    backup.make_backup_of_committed(journal, BACKUPS_KEPT_BY_DEFAULT, "timed")
    backed_up = time.monotonic()
    Journal(journal).close()
    upgrading = time.monotonic() - backed_up
    return {"backup": backed_up - copying, "upgrade": upgrading - (backed_up - copying)}


def _state(journal: Path) -> tuple[str, str]:
    """The revision and content, read as the next program would: after SQLite has rolled back
    what was left half-written. The journal must be whole."""
    with journal_state.opened(journal) as connection:
        assert journal_state.problems(connection) == []
        return journal_state.revision(connection), journal_state.content(connection)


def _put_back(original: Path, journal: Path) -> None:
    for leftover in (journal, Path(f"{journal}-wal"), Path(f"{journal}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(original, journal)


def _age(paths: list[Path]) -> None:
    """Make what a killed backup left as old as it would be by the next day's backup."""
    long_ago = time.time() - 2 * backup.STALE_TEMPORARY_SECONDS
    for path in paths:
        os.utime(path, (long_ago, long_ago))


def _kill_upgrades(tmp_path: Path, incidents: int, moments: list[Moment]) -> Counter[str]:
    """Kill an upgrade of a journal of `incidents` at each moment; count what the kills left."""
    original = tmp_path / "original" / "journal.amends"
    build(original, OLD_REVISION, incidents)
    as_it_was = (OLD_REVISION, _state(original)[1])
    reference = tmp_path / "reference" / "journal.amends"
    reference.parent.mkdir(mode=0o700)
    shutil.copyfile(original, reference)
    seconds = _phases(reference)
    upgraded = _state(reference)
    assert upgraded[0] == schema.HEAD

    journal = tmp_path / "work" / "journal.amends"
    journal.parent.mkdir(mode=0o700)
    _put_back(original, journal)
    outcomes: Counter[str] = Counter()
    for moment in moments:
        program = _start(journal)
        _wait_until(lambda phase=moment.phase: WAITS[phase](journal), program)
        time.sleep(moment.fraction * seconds[moment.phase])
        ended = program.poll() is not None
        program.kill()
        program.communicate()
        written = _upgrade_written(journal)
        left = _temporaries(journal)
        _age(left)
        state = _state(journal)
        assert state in (as_it_was, upgraded)
        if ended:
            outcomes["finished before the kill"] += 1
        elif state == upgraded:
            outcomes["killed after the upgrade"] += 1
        elif written:
            outcomes["killed during the upgrade: as it was"] += 1
        else:
            outcomes[f"killed before the upgrade: as it was{', copy left' if left else ''}"] += 1
        if state == upgraded:
            _put_back(original, journal)
    finished = _start(journal)
    _, errors = finished.communicate()
    assert (finished.returncode, errors) == (0, "")
    assert _state(journal) == upgraded
    assert _temporaries(journal) == []
    return outcomes


def _during_the_upgrade(outcomes: Counter[str]) -> int:
    return outcomes["killed during the upgrade: as it was"]


def test_an_upgrade_killed_midway_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    moments = [Moment("backup", 0.5), Moment("upgrade", 0), Moment("upgrade", 0.5)]
    outcomes = _kill_upgrades(tmp_path, 1_000, moments)
    assert _during_the_upgrade(outcomes) >= 1, outcomes


@pytest.mark.proof
def test_proof_upgrades_killed_at_random_moments(tmp_path: Path) -> None:
    chance = random.Random(20261101)
    moments = [
        Moment("backup", chance.uniform(0, 1)) if number % 5 == 0 else
        Moment("upgrade", chance.uniform(0, 1.2))
        for number in range(50)
    ]  # fmt: skip
    outcomes = _kill_upgrades(tmp_path, 20_000, moments)
    print(f"\n50 kills upgrading 20,000 incidents: {dict(outcomes)}")
    assert _during_the_upgrade(outcomes) >= 20, outcomes
