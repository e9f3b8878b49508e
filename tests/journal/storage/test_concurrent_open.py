"""Several `amends` commands started at the same instant on a new or older journal all work.

One of them creates or upgrades the journal while the others wait for it; none dies with a
traceback ("table … already exists"), and the journal ends whole, current, with exactly what
was imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from journal.storage import backup, schema
from tests.fixtures import journal_state
from tests.fixtures.make_journals import fixture_path

ROOT = Path(__file__).parents[3]
AMENDS = ("-m", "journal.cli")
# Or: each program loads Amends, then waits at a gate, so that all of them open the journal
# at the same instant (loading takes longer than starting them one after another); then it
# runs as `python -m journal.cli` does.
GATED = (
    "-c",
    "import runpy, sys\n"
    "import journal.service\n"
    "sys.stdin.read(1)\n"
    "runpy.run_module('journal.cli', run_name='__main__', alter_sys=True)\n",
)
IMPORTED = ("Sent the wrong quote", "Citat på fel språk", "ส่งใบเสนอราคาผิด")
ONLY_LISTING = (("list",),) * 8
MIXED = (
    ("list",),
    ("import", "{file}"),
    ("backup",),
    ("list", "--json"),
    ("import", "{file}"),
    ("backup",),
    ("search", "quote"),
    ("list",),
)


def _start_together(
    journal: Path, commands: tuple[tuple[str, ...], ...], file: Path, start: tuple[str, ...]
) -> None:
    """Run the commands at once on the journal; each must succeed without a traceback."""
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    programs = [
        subprocess.Popen(
            [sys.executable, *start, "--db", str(journal)]
            + [part.format(file=file) for part in command],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for program in programs:  # opens the gate
        assert program.stdin is not None
        program.stdin.write("go")
        program.stdin.flush()
    outcomes = [
        (command, program.communicate())
        for command, program in zip(commands, programs, strict=True)
    ]
    codes = [program.returncode for program in programs]
    # A command that found no journal says that it started one; nothing else is said.
    said = [(c, err) for c, (_, err) in outcomes if err and "new, empty one" not in err]
    assert (codes, said) == ([0] * len(commands), [])


def _round(
    folder: Path, start: str, commands: tuple[tuple[str, ...], ...], gated: bool = True
) -> None:
    """One round on a new journal (`start` "new") or a copy of a revision's fixture."""
    folder.mkdir(mode=0o700)
    journal = folder / "journal.amends"
    titles: Counter[str] = Counter()
    if start != "new":
        shutil.copyfile(fixture_path(start), journal)
        with journal_state.opened(journal) as old:
            titles.update(title for (title,) in old.execute("SELECT title FROM incident"))
    file = folder / "few.json"
    incidents = [{"title": title, "client": {"name": "Lena Berg"}} for title in IMPORTED]
    file.write_text(json.dumps({"format": "amends", "version": 1, "incidents": incidents}))
    _start_together(journal, commands, file, GATED if gated else AMENDS)
    imports = sum(1 for command in commands if command[0] == "import")
    titles.update({title: imports for title in IMPORTED})
    with journal_state.opened(journal) as result:
        assert journal_state.revision(result) == schema.HEAD
        assert journal_state.problems(result) == []
        assert Counter(title for (title,) in result.execute("SELECT title FROM incident")) == titles
    upgrades = list((folder / "backups").glob(f"*before-{schema.HEAD}{backup.SUFFIX}"))
    assert len(upgrades) == (start != "new")  # upgraded once, by one of them


@pytest.mark.parametrize("start", ["new", schema.REVISIONS[0]])
def test_commands_started_together_on_a_new_or_old_journal_all_work(
    tmp_path: Path, start: str
) -> None:
    _round(tmp_path / "round", start, MIXED)


@pytest.mark.proof
@pytest.mark.parametrize("start", ["new", *schema.REVISIONS[:-1]])
def test_proof_many_rounds_of_commands_started_together(tmp_path: Path, start: str) -> None:
    for number in range(50 if start == "new" else 10):
        listing = number % 2 == 0  # as `python -m journal.cli list`, started one after another
        commands = ONLY_LISTING if listing else MIXED
        _round(tmp_path / f"round-{number}", start, commands, gated=not listing)
