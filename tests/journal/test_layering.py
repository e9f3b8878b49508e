"""Layers: the journal without Qt, a light open, SQL only in storage/, a small Journal."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path

import journal
from journal.service import Journal

PACKAGE = Path(journal.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nothing_in_the_journal_library_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imported_modules(path)
        if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
    ]
    assert offenders == []


def test_the_layering_check_would_notice_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imported_modules(bad)


def test_opening_and_listing_a_journal_does_not_load_the_orm(tmp_path: Path) -> None:
    """The window's first paint must not wait for SQLAlchemy, Alembic or pydantic to import,
    nor for the coach, the pattern figures or the reports of longer jobs."""
    path = tmp_path / "j.amends"
    subprocess.run(
        [sys.executable, "-c", f"from journal.service import Journal; Journal({str(path)!r})"],
        check=True,
    )
    probe = (
        "import sys, json\n"
        "from journal.service import Journal\n"
        f"with Journal({str(path)!r}) as j:\n"
        "    j.incidents.rows_for(j.incidents.list_ids()); j.search.find('x y z')\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('sqlalchemy', 'alembic', 'pydantic', 'sqlmodel') "
        "or m in ('journal.reports', 'journal.checker', 'journal.figures'))))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(loaded) == []


SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\s")
ABOVE_STORAGE = [
    path
    for root in (PACKAGE, PACKAGE.parent / "ui")
    for path in sorted(root.rglob("*.py"))
    if PACKAGE / "storage" not in path.parents
]


def _sql_in(path: Path) -> list[str]:
    """The string literals of a module's code (f-strings' parts too; not its docstrings, nor
    its comments, which are no code) that read as SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"{path.name}:{node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and SQL.search(node.value)
    ]


def test_no_module_above_storage_holds_sql() -> None:
    """Queries live in journal/storage/; the concerns and the window call its functions."""
    assert len(ABOVE_STORAGE) > 40  # journal's modules and the window's
    assert [found for path in ABOVE_STORAGE for found in _sql_in(path)] == []


def test_the_sql_check_would_notice_a_query(tmp_path: Path) -> None:
    module = tmp_path / "queries.py"
    module.write_text(
        '"""Documented: SELECT nothing."""\n'
        "# DELETE FROM comment\n"
        "def names(db, key):\n"
        '    """Read with SELECT."""\n'
        "    db.rows(f\"SELECT name FROM client WHERE key = '{key}'\")\n"
        "    return db.rows('UPDATE tag SET name = ?', ())\n",
        encoding="utf-8",
    )
    assert sorted(found.split(":")[1] for found in _sql_in(module)) == ["5", "6"]


def test_journal_keeps_the_open_files_life_and_names_its_concerns(journal: Journal) -> None:
    """Journal itself is the open file (at most 12 names); everything else is a concern, an
    attribute whose class lives in a module of its own (after Anki's `col.decks`)."""
    public = {name for name in dir(journal) if not name.startswith("_")}
    concerns = {name for name in public if isinstance(vars(Journal).get(name), cached_property)}
    assert len(public - concerns) <= 12, sorted(public - concerns)
    modules = {type(getattr(journal, name)).__module__ for name in concerns}
    assert len(modules) == len(concerns) >= 12
    assert all(module.startswith("journal.") for module in modules - {"journal.service"})
