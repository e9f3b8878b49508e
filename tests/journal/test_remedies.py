"""What to do about an error is said in the words of where it is read: commands on the command
line, menu entries in the window, each remedy kept once in journal/remedies.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from journal import remedies
from journal.errors import JournalCorrupt, JournalError, Remedy
from journal.service import Journal

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("--db", "amends restore", "amends backup", "AMENDS_DB", "`")
ALL = [value for value in vars(remedies).values() if isinstance(value, Remedy)]


@pytest.mark.parametrize("remedy", ALL, ids=lambda remedy: remedy.window[:40])
def test_each_remedy_names_a_command_on_the_command_line_and_a_menu_entry_in_the_window(
    remedy: Remedy,
) -> None:
    assert any(command in remedy.command_line for command in COMMANDS)
    assert "File → " in remedy.window
    assert not any(command in remedy.window for command in COMMANDS)


def test_a_damaged_file_is_told_in_each_place_s_own_words(tmp_path: Path) -> None:
    junk = tmp_path / "notes.amends"
    junk.write_text("a shopping list, not a journal\n" * 400)
    with pytest.raises(JournalCorrupt) as raised:
        Journal(junk)
    error = raised.value
    assert str(error) == (
        f"{junk} is not an Amends journal or is damaged. Restore a backup with "
        "`amends restore BACKUP`, or open another file with --db."
    )
    assert error.in_window() == (
        f"{junk} is not an Amends journal or is damaged. Restore a backup with "
        "File → Restore…, or open another file with File → Open journal…"
    )


def test_an_error_without_a_remedy_reads_the_same_everywhere() -> None:
    error = JournalError("The disk is full.")
    assert str(error) == error.in_window() == "The disk is full."


def _strings(path: Path) -> list[str]:
    """The string constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documented = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in documented
    ]  # fmt: skip


def test_commands_are_named_only_by_the_command_line_and_the_remedies() -> None:
    own = {"cli.py", "cli_arguments.py", "cli_output.py", "remedies.py", "terminal.py"}
    modules = [
        path
        for folder in ("journal", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if path.name not in own
    ]
    naming = [
        f"{path.relative_to(ROOT)}: {text[:60]!r}"
        for path in modules
        for text in _strings(path)
        if any(command in text for command in ("--db", "amends restore", "amends backup"))
    ]
    assert naming == []
