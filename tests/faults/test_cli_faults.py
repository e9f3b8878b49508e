"""Every command under every fault: one line that says what happened and what to do, and the
journal as it was."""

from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults import catalogue, cli, journals, shim
from tests.faults.catalogue import DAMAGES, FULL, OUTPUTS, PARTIAL_DAMAGES, Said
from tests.faults.places import Place, place_for

OUTPUT_NAMES = {"export": "journal.json", "brief": "briefing.pdf"}


def temporaries(folder: Path) -> list[str]:
    """Hidden files a write in progress makes (a backup's, an export's): none once it ended."""
    return sorted(entry.name for entry in folder.glob(".*")) if folder.is_dir() else []


def problems_with(outcome: cli.Outcome, said: Said | None) -> list[str]:
    if said is None or (said.or_works and outcome.code == 0):
        return cli.problems_with_success(outcome)
    return [*cli.problems_with_message(outcome), *said.problems(outcome.stderr)]


def under(fault: str, command: str, place: Place) -> tuple[cli.Outcome, list[str]]:
    """Run `command` under `fault`, then lift it; the outcome, and what is wrong with it or
    with the journal and the files beside it afterwards."""
    values = place.values()
    healthy = journals.content(place.journal)
    backups = set(journals.backups(place.journal))
    with ExitStack() as stack:
        extra = catalogue.bring_about(fault, place, stack)
        damaged = journals.file_digest(place.journal)  # as the fault left it
        outcome = cli.run(place.journal, command, values, extra)
    said = catalogue.expected(fault, command)
    problems = problems_with(outcome, said)
    if said and said.or_works and outcome.code == 0:
        said = None  # it worked: it did what it was asked
    if fault in DAMAGES or fault in PARTIAL_DAMAGES:
        if command == "restore" and said is None:
            problems += restored(place, damaged)
        elif said and journals.file_digest(place.journal) != damaged:
            problems.append("the file was changed")
    else:
        if journals.integrity(place.journal) != "ok":
            problems.append("the journal is damaged")
        kept = journals.content(place.backup) if command == "restore" and not said else healthy
        if journals.content(place.journal) != kept:
            problems.append("the journal changed" if said else "the journal is not as it should be")
    if command in OUTPUTS:
        written = sorted(entry.name for entry in place.out.iterdir())
        if written != ([] if said else [OUTPUT_NAMES[command]]):
            problems.append(f"{place.out} holds {written}")
    if command == "backup" and temporaries(place.folder / "backups"):
        problems.append(f"left behind {temporaries(place.folder / 'backups')}")
    if command == "backup" and said and set(journals.backups(place.journal)) != backups:
        problems.append("a backup was made after all")
    return outcome, problems


def restored(place: Place, damaged: str | None) -> list[str]:
    """What is wrong after restoring into a damaged journal: it is not the backup, or the
    damaged file was not kept."""
    found = []
    if journals.integrity(place.journal) != "ok":
        found.append("the restored journal is damaged")
    elif journals.content(place.journal) != journals.content(place.backup):
        found.append("the journal is not the backup")
    kept = [path for path in journals.backups(place.journal) if "damaged" in path.name]
    if [journals.file_digest(path) for path in kept] != [damaged]:
        found.append("the damaged file was not kept as it was")
    return found


def report(outcome: cli.Outcome, problems: list[str]) -> str:
    return "; ".join(problems) + f"\n{outcome}"


# The normal run: each kind of fault, with a command or two -----------------------------------

SHORT = (
    ("read-only file", "language sv"),
    ("read-only file", "restore"),
    ("read-only folder", "import"),
    ("read-only folder", "backup"),
    ("disk full", "language sv"),
    ("disk full", "export"),
    ("disk I/O error", "import"),
    ("real full disk", "import"),
    ("locked by a writer", "import"),
    ("text file", "show"),
    ("another program's database", "search"),
    ("cut to one page", "list"),
    ("pages of junk", "brief"),
    ("a page of incidents junk", "list"),
    ("header of junk", "language"),
    ("pages of junk", "restore"),
    ("from a newer Amends", "language sv"),
)


@pytest.mark.parametrize(("fault", "command"), SHORT)
def test_a_command_under_a_fault(fault: str, command: str, tmp_path: Path, prepared: Path) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        outcome, problems = under(fault, command, place)
    assert not problems, report(outcome, problems)


@pytest.mark.parametrize("k", [20])
def test_a_full_disk_midway_through_an_import_adds_nothing(
    k: int, tmp_path: Path, prepared_small: Path
) -> None:
    """The k-th write of the import's transaction fails (its WAL frames)."""
    place = Place.copied(prepared_small, tmp_path / "place")
    before = journals.content(place.journal)
    log = tmp_path / "writes.log"
    fault = shim.DiskFault((place.base,), after=k, log=log)
    outcome = cli.run(place.journal, "import", place.values(), fault.environment())
    (failed, *_) = [write for write in shim.writes(log) if write.failed]
    assert failed.path.endswith("-wal")
    assert not problems_with(outcome, FULL), report(outcome, problems_with(outcome, FULL))
    assert journals.content(place.journal) == before
    assert journals.integrity(place.journal) == "ok"


def test_an_empty_file_is_a_new_journal(tmp_path: Path) -> None:
    """What SQLite and Amends make first, before the journal's tables: not a damaged journal."""
    path = tmp_path / "new.amends"
    journals.as_empty(path)
    outcome = cli.run(path, "list", {"out": tmp_path})
    assert not cli.problems_with_success(outcome), outcome
    assert journals.integrity(path) == "ok" and journals.incidents(path) == {}


# The proofs: every command under every fault, and the disk failing at every write -------------


@pytest.mark.proof
@pytest.mark.parametrize("command", list(cli.COMMANDS))
@pytest.mark.parametrize("fault", catalogue.FAULTS)
def test_proof_every_command_under_every_fault(
    fault: str, command: str, tmp_path: Path, prepared: Path
) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        outcome, problems = under(fault, command, place)
    assert not problems, report(outcome, problems)


# Each command that writes, and a read; "create" is `list` on a journal not made yet.
SWEPT = ("create", "language sv", "import", "export", "brief", "backup", "restore", "list")


def phase(path: str, base: Path) -> str:
    """Which part of the work a write to `path` was."""
    name = path.removeprefix(f"{base.resolve()}/")
    if name.startswith("out/"):
        return "writing the output file"
    if name.startswith("journal/backups"):
        return "writing a backup"
    for ending, what in (
        ("-shm", "opening (WAL index)"),
        ("-wal", "saving (WAL)"),
        ("-journal", "creating (rollback journal)"),
        (journals.NAME, "checkpoint into the journal file"),
    ):
        if name.endswith(ending):
            return what
    return f"syncing the folder {name}"


def swept(name: str, k: int, errno: str, prepared: Path, base: Path) -> tuple[str, str, list[str]]:
    """Run the command with the disk failing after `k` writes; the phase the failing write
    was in, what the command said, and what is wrong."""
    place = Place.copied(prepared, base)
    if name == "create":
        shutil.rmtree(place.folder)
        place.folder.mkdir()
    command = "list" if name == "create" else name
    values = place.values()
    before = None if name == "create" else Before.of(place)
    log = base / "writes.log"
    fault = shim.DiskFault((place.base,), after=k, errno=errno, log=log)
    outcome = cli.run(place.journal, command, values, fault.environment())
    failed = [write for write in shim.writes(log) if write.failed]
    where = f"{failed[0].function}, {phase(failed[0].path, base)}" if failed else "(none failed)"
    said = catalogue.said_for(errno, failed[0] if failed else None)
    if outcome.code == 0:
        problems = cli.problems_with_success(outcome) + done(name, place, before)
    else:
        problems = problems_with(outcome, said) + undone(name, place, before)
    again = cli.run(place.journal, "list", values)  # the disk has room again
    problems += [f"afterwards `list`: {problem}" for problem in cli.problems_with_success(again)]
    if journals.integrity(place.journal) != "ok":
        problems.append("the journal is damaged")
    for folder in (place.out, place.folder / "backups"):
        if temporaries(folder):
            problems.append(f"left behind {temporaries(folder)}")
    return where, outcome.message or outcome.stdout.strip()[:60], problems


@dataclass(frozen=True)
class Before:
    """A journal before a command: what it held, its incidents, its backups."""

    content: str
    incidents: int
    backups: frozenset[Path]

    @classmethod
    def of(cls, place: Place) -> Before:
        path = place.journal
        return cls(
            journals.content(path),
            len(journals.incidents(path)),
            frozenset(journals.backups(path)),
        )


def done(name: str, place: Place, before: Before | None) -> list[str]:
    """What is wrong after a command that said it worked: what it did is not all there."""
    path = place.journal
    if before is None:  # created
        return []
    if name == "language sv" and journals.setting(path, "language") != "sv":
        return ["the language was not saved"]
    if name == "import" and len(journals.incidents(path)) != before.incidents + 2:
        return ["the import is not all there"]
    if name == "restore" and journals.content(path) != journals.content(place.backup):
        return ["the journal is not the backup"]
    if name == "backup":
        (new,) = set(journals.backups(path)) - before.backups
        return [] if journals.integrity(new) == "ok" else ["the new backup is damaged"]
    if name == "export":
        exported = json.loads((place.out / "journal.json").read_text(encoding="utf-8"))
        return [] if len(exported["incidents"]) == before.incidents else ["not all exported"]
    if name == "brief":
        pdf = (place.out / "briefing.pdf").read_bytes()
        whole = pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
        return [] if whole else ["the PDF is not whole"]
    if name == "list" and journals.content(path) != before.content:
        return ["reading changed the journal"]
    return []


def undone(name: str, place: Place, before: Before | None) -> list[str]:
    """What is wrong after a command that said it failed: the journal changed, or a file it
    was writing is there anyway."""
    found = []
    if before is not None and journals.content(place.journal) != before.content:
        found.append("the journal changed")
    if name in OUTPUTS and list(place.out.iterdir()):
        found.append(f"{place.out} is not empty")
    if name == "backup" and before and set(journals.backups(place.journal)) != before.backups:
        found.append("a backup was made after all")
    return found


@pytest.mark.proof
@pytest.mark.parametrize("errno", ["ENOSPC", "EIO"])
@pytest.mark.parametrize("name", SWEPT)
def test_proof_the_disk_failing_at_every_write(
    name: str, errno: str, tmp_path: Path, prepared_small: Path
) -> None:
    """A first run counts the command's writes; then, for each k, the disk fails after k of
    them (k = all: no write fails)."""
    _, _, problems = swept(name, 10**9, errno, prepared_small, tmp_path / "counting")
    assert not problems, problems
    total = len(shim.writes(tmp_path / "counting" / "writes.log"))
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(
            pool.map(
                lambda k: swept(name, k, errno, prepared_small, tmp_path / f"k{k}"),
                range(total + 1),
            )
        )
    wrong = [
        f"k={k} ({where}): {'; '.join(problems)} — said {said!r}"
        for k, (where, said, problems) in enumerate(results)
        if problems
    ]
    assert not wrong, f"{len(wrong)} of {total + 1} went wrong:\n" + "\n".join(wrong)
