"""Time from starting the process to a window showing the journal list of a large journal,
against a bare PySide6 window (QApplication + empty QMainWindow shown) in the same run.

    python3 bench/startup.py [--size 10000]

Goal: ≤ 2.0× the bare window. Both run offscreen, each the median of several starts.
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
from PySide6.QtWidgets import QApplication
from journal.service import Journal
from ui.fonts import register
from ui.main_window import MainWindow
app = QApplication([])
register()
window = MainWindow(Journal({path!r}))
window.show()
app.processEvents()
assert window.browse.model.rowCount() == {size}, window.browse.model.rowCount()
window.browse.table.viewport().repaint()
os._exit(0)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="amends-start-")) / "journal.amends"
    import json

    with Journal(path) as journal:
        journal.import_json(json.dumps(generate(args.size, seed=2), ensure_ascii=False))
    ours_code = AMENDS.format(root=str(ROOT), path=str(path), size=args.size)
    bare, ours = whole_process_ms(
        [[sys.executable, "-c", BARE], [sys.executable, "-c", ours_code]],
        path.parent,
        args.repeat,
    )
    print(f"bare PySide6 window                 {bare:6.0f} ms")
    ratio = f"{ours / bare:4.2f}×"
    print(f"Amends, {args.size:,}-incident journal   {ours:6.0f} ms   {ratio}   goal ≤ 2.0×")


if __name__ == "__main__":
    main()
