"""One way to replace a file whole or not at all (journal/files.py), and the writers that
use it: `amends export -o`, the briefing PDF, backups and restoring a damaged journal."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO

import pytest

from journal import files
from journal.briefing.render import render
from journal.errors import JournalError
from journal.incidents import NO_REPEATS
from journal.service import Journal
from journal.storage import backup
from tests.conftest import full_incident


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What happened to files on the way, in order: syncs and renames."""
    seen: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        seen.append("fsync")
        real_fsync(descriptor)

    def replace(source: str | Path, target: str | Path) -> None:
        seen.append(f"replace {Path(target).name}")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_bytes_and_text_are_written_whole_private_and_synced_before_the_rename(
    tmp_path: Path, steps: list[str]
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    files.write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert steps == ["fsync", "replace out.pdf"]

    text = tmp_path / "out.csv"
    files.write_atomically(text, lambda out: out.write("a,å\r\nb\n"))
    assert text.read_bytes() == "a,å\r\nb\n".encode()  # UTF-8, line ends as written
    assert _leftovers(tmp_path, {"out.pdf", "out.csv"}) == []


@pytest.mark.parametrize("raised", [ValueError("a bug"), KeyboardInterrupt()])
def test_a_writer_that_stops_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, raised: BaseException
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")

    def writer(out: IO[str]) -> None:
        out.write("half")
        raise raised

    with pytest.raises(type(raised)):
        files.write_atomically(target, writer)
    assert target.read_text() == "old"
    assert _leftovers(tmp_path, {"out.md"}) == []


def test_a_file_that_cannot_be_written_says_why_as_cannot_write_does(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")

    def full(out: IO[str]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(JournalError, match=r"Cannot write .*out.json: the disk is full\. "):
        files.write_atomically(target, full)
    assert target.read_text() == "old"
    assert _leftovers(tmp_path, {"out.json"}) == []
    with pytest.raises(JournalError, match=r"Cannot write .*missing.*Choose another place"):
        files.write_atomically(tmp_path / "missing" / "out.json", b"x")


def test_export_briefing_backup_and_restore_all_replace_through_it(
    journal: Journal, tmp_path: Path, steps: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from journal import cli

    incident = journal.incidents.create(full_incident()).incident
    out = tmp_path / "export.json"
    assert cli.main(["--db", str(journal.path), "export", "-o", str(out)]) == 0
    assert steps == ["fsync", "replace export.json"]

    steps.clear()
    render(incident, NO_REPEATS, tmp_path / "brief.pdf")
    assert steps == ["fsync", "replace brief.pdf"]

    steps.clear()
    made = Path(journal.backups.make().path)
    assert steps == ["fsync", f"replace {made.name}"]
    assert _leftovers(made.parent, {made.name}) == []

    steps.clear()
    damaged = tmp_path / "damaged.amends"
    damaged.write_bytes(b"not a journal")
    backup.replace_with_backup(damaged, made)
    assert steps == ["fsync", "replace damaged.amends"]
    assert damaged.read_bytes() == made.read_bytes()
