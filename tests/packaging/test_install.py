"""packaging/linux/install.sh: a user install of a bundle, and its uninstall, into a
temporary home (with a stand-in for the built bundle)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
INSTALL = ROOT / "packaging" / "linux" / "install.sh"
APP_ID = next((ROOT / "packaging" / "linux").glob("*.desktop")).stem
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A folder shaped like the built one: an `amends` that says what it was given."""
    folder = tmp_path / "dist" / "amends"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "amends"
    program.write_text('#!/bin/sh\necho "bundled amends: $*"\n')
    program.chmod(0o755)
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    (folder / "Documents" / "notes.txt").write_text("mine")
    return folder


def run(home: Path, *arguments: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(
        ["sh", str(INSTALL), *map(str, arguments)], env=env, capture_output=True, text=True
    )


def tree(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def file_type(home: Path, path: Path) -> str:
    """The file's type as the desktop (Qt's reading of the shared MIME database) sees it."""
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QMimeDatabase
        print(QMimeDatabase().mimeTypeForFile({str(path)!r}).name())
        """
    )
    env = {**os.environ, "XDG_DATA_HOME": str(home / ".local" / "share")}
    found = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    return found.stdout.strip()


def test_install_puts_amends_in_the_menu_and_uninstall_takes_exactly_that_away(
    bundle: Path, home: Path, journal_template: Path, tmp_path: Path
) -> None:
    before = tree(home)
    installed = run(home, bundle)
    assert installed.returncode == 0, installed.stderr

    share = home / ".local" / "share"
    launcher = home / ".local" / "bin" / "amends"
    opened = subprocess.run([launcher, "/tmp/a journal.amends"], capture_output=True, text=True)
    assert opened.stdout == "bundled amends: /tmp/a journal.amends\n"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{launcher}" %f\n' in desktop.read_text()
    validated = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
    assert validated.stdout == ""
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    journal = tmp_path / "client work.amends"
    journal.write_bytes(journal_template.read_bytes())
    other_database = tmp_path / "other.db"
    other_database.write_bytes(journal_template.read_bytes())
    assert file_type(home, journal) == "application/x-amends-journal"
    assert file_type(home, other_database) == "application/vnd.sqlite3"

    removed = run(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert tree(home) == before
    assert file_type(home, journal) != "application/x-amends-journal"


def test_install_refuses_a_folder_without_a_built_amends(home: Path, tmp_path: Path) -> None:
    installed = run(home, tmp_path / "nothing here")
    assert installed.returncode == 1
    assert "No built Amends" in installed.stderr
    assert tree(home) == {"Documents", "Documents/notes.txt"}


def test_a_home_folder_with_a_space_and_an_ampersand_gets_a_valid_menu_entry(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "Ana & Bo's home"
    home.mkdir()
    assert run(home, bundle).returncode == 0
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    launcher = home / ".local" / "bin" / "amends"
    assert f'Exec="{launcher}" %f\n' in desktop.read_text()
    validated = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
    assert validated.stdout == ""


def test_installing_from_the_installed_copy_is_refused_and_keeps_it(
    bundle: Path, home: Path
) -> None:
    assert run(home, bundle).returncode == 0
    installed = home / ".local" / "opt" / "amends"
    again = run(home, installed)
    assert again.returncode == 1 and "installed copy itself" in again.stderr
    assert (installed / "amends").is_file()
