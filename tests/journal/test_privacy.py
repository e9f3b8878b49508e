"""Only the user can read what Amends writes, and nothing of it goes over the network."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal import cli
from journal.service import Journal
from tests import offline
from tests.conftest import full_incident

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_amends_writes_is_private(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal(journal_path) as journal:
        saved = journal.incidents.create(full_incident()).incident
        journal.incidents.delete(saved.id or 0)  # the Trash is in the journal, not beside it
        journal.trash.restore([saved.id or 0])
        backup = Path(journal.backups.make().path)
        wal, shm = Path(f"{journal_path}-wal"), Path(f"{journal_path}-shm")
        written = {journal_path: _mode(journal_path), wal: _mode(wal), shm: _mode(shm)}
    for arguments in (
        ["export", "-o", tmp_path / "all.json"],
        ["brief", "1", "-o", tmp_path / "b.pdf"],
    ):
        assert cli.main(["--db", str(journal_path), *map(str, arguments)]) == 0
    capsys.readouterr()
    written |= {path: _mode(path) for path in (backup, tmp_path / "all.json", tmp_path / "b.pdf")}
    assert set(written.values()) == {0o600}, {str(p): oct(m) for p, m in written.items()}
    assert _mode(journal_path.parent) == 0o700 and _mode(backup.parent) == 0o700


def test_a_connection_attempt_is_refused_and_fails_the_run() -> None:
    import socket

    before = len(offline.ATTEMPTS)
    with pytest.raises(ConnectionRefusedError), socket.socket() as probe:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never reachable anyway
    assert len(offline.ATTEMPTS) == before + 1
    offline.ATTEMPTS.pop()  # this one was the test's own


def test_the_command_line_exports_and_briefs_without_the_network(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        journal.incidents.create(full_incident())
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests import offline
        offline.refuse_network()
        from journal import cli
        folder = {str(journal_path.parent)!r}
        for arguments in (["export", "-o", folder + "/out.json"], ["brief", "1", "-o",
                          folder + "/b.pdf"], ["search", "launch"], ["patterns"]):
            assert cli.main(["--db", {str(journal_path)!r}, *arguments]) == 0
        print("attempts:", len(offline.ATTEMPTS))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("attempts: 0")
