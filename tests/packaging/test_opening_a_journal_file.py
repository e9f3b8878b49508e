"""`amends PATH`, as a double click on a journal starts Amends: the window on that journal,
while every command reads as before; and `--version` says pyproject.toml's version."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from journal import cli
from journal.service import Journal

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    """The windows `amends` would have opened: (journal, demo)."""
    windows: list[tuple[Path | None, bool]] = []

    def run_window(db: Path | None, demo: bool = False) -> int:
        windows.append((db, demo))
        return 0

    monkeypatch.setattr("ui.app.run_window", run_window)
    return windows


def test_a_journal_file_given_alone_opens_the_window_on_it(
    opened: list[tuple[Path | None, bool]], journal_template: Path, tmp_path: Path
) -> None:
    journal = tmp_path / "Client work" / "Acme & Co.amends"
    journal.parent.mkdir()
    journal.write_bytes(journal_template.read_bytes())
    assert cli.main([str(journal)]) == 0
    assert opened == [(journal, False)]


def test_a_missing_file_opens_nothing_and_says_so(
    opened: list[tuple[Path | None, bool]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main([str(tmp_path / "gone.amends")])
    assert stopped.value.code == 2
    assert "gone.amends" in capsys.readouterr().err
    assert opened == []
    assert not (tmp_path / "gone.amends").exists()


def test_commands_are_still_commands_beside_a_file_of_their_name(
    opened: list[tuple[Path | None, bool]],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "patterns").write_text("a file named like a command")
    monkeypatch.setenv("AMENDS_DB", str(journal_path))
    with Journal(journal_path):
        pass
    assert cli.main(["patterns"]) == 0
    assert opened == []
    capsys.readouterr()
    data = ROOT / "journal" / "demo" / "journal.json"
    assert cli.main(["import", str(data)]) == 0
    count = len(json.loads(data.read_bytes())["incidents"])
    assert f"Imported {count} incidents" in capsys.readouterr().out
    assert opened == []


def test_the_version_shown_is_pyproject_s() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    shown = subprocess.run(
        [sys.executable, "-m", "journal.cli", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert (shown.returncode, shown.stdout) == (0, f"amends {declared}\n")
    import journal

    assert journal.__version__ == declared
