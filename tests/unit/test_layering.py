"""The journal library stays free of Qt, and opening a journal stays light."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import journal

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
        "    j.rows_for(j.list_ids()); j.search('x y z')\n"
        "print(json.dumps(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('sqlalchemy', 'alembic', 'pydantic', 'sqlmodel') "
        "or m in ('journal.reports', 'journal.checker', 'journal.figures'))))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(loaded) == []
