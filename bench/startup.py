"""Time from starting the process to a window showing the journal list of a large journal,
against a bare PySide6 window (QApplication + empty QMainWindow shown) in the same run.

    python3 bench/startup.py [--size 10000] [--repeat 21] [--menus]

Amends starts as `amends --db J` does (arguments, the one-instance check, appearance, the
window) and the clock stops once the list has been painted; with --menus, once the menus made
after that have also been drawn open, icons and all. Goal: ≤ 2.0× the bare window.
Both run offscreen, each the median of several starts, in turns.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import whole_process_ms
from journal.service import Journal
from tests.samples.generator import generate

BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
os._exit(0)
"""
AMENDS = """
import os, sys
sys.path.insert(0, {root!r})
from journal.cli import main
import ui.app  # what main() imports for the window, in the same order
import ui.journal_view

def painted(view):  # runs once the window has painted the list
    assert view.model.rowCount() == {size}, view.model.rowCount()
    if {menus}:
        view.list_shown.emit()  # what the window makes once the list is painted: its menus
        for menu in view.window().menus:
            assert menu.actions() and not menu.grab().isNull()
    os._exit(0)

ui.journal_view.JournalView.after_first_paint = painted
main(["--db", {path!r}])
raise SystemExit("the window closed before the list was painted")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--menus", action="store_true", help="also make and draw the menus")
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="amends-start-")) / "journal.amends"
    import json

    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(args.size, seed=2), ensure_ascii=False))
    ours_code = AMENDS.format(root=str(ROOT), path=str(path), size=args.size, menus=args.menus)
    bare, ours = whole_process_ms(
        [[sys.executable, "-c", BARE], [sys.executable, "-c", ours_code]],
        path.parent,
        args.repeat,
    )
    print(f"bare PySide6 window                 {bare:6.0f} ms")
    ratio = f"{ours / bare:4.2f}×"
    what = f"Amends, {args.size:,}-incident journal" + (", menus drawn" if args.menus else "")
    print(f"{what}   {ours:6.0f} ms   {ratio}   goal ≤ 2.0×")


if __name__ == "__main__":
    main()
