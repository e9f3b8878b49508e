"""The Clients view on a large journal, warm: Ctrl+2 to the clients painted, where the time
goes (the read, making the rows, the window), and with a first page shown before the rest,
against the clients' counts read in raw SQLite in the same run.

    python bench/clients.py --db JOURNAL [--repeat 7]"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import median_ms

RAW_COUNT = "SELECT client_id, count(*) FROM incident GROUP BY 1"
FIRST_PAGE = 100  # clients read for the first page: more than a screenful


def report(name: str, ours: float, base: float | None, goal: str) -> None:
    ratio = f"{ours / base:6.2f}×" if base else "      "
    baseline = f"baseline {base:7.1f} ms" if base else " " * 19
    print(f"{name:44} {ours:8.1f} ms   {baseline}  {ratio}   goal {goal}", flush=True)


def measure(path: Path, repeat: int) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from journal.service import Journal
    from ui import theme
    from ui.clients_view import prepare
    from ui.fonts import register
    from ui.journal_view import FILTER_SETTING
    from ui.main_window import MainWindow
    from ui.reader import Job

    app = QApplication([])
    register()
    journal = Journal(path)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    base = median_ms(lambda: raw.execute(RAW_COUNT).fetchall(), repeat)
    clients = journal.clients.summaries()
    print(f"{len(clients):,} clients in {path}\n")
    report("the clients' counts, raw SQLite", base, None, "")
    report(
        "journal.clients.summaries(), every client",
        median_ms(journal.clients.summaries, repeat),
        base,
        "",
    )
    report(
        "prepare() (the view's rows, reader's thread)",
        median_ms(lambda: prepare(clients), repeat),
        base,
        "",
    )
    first_page: Callable[[Any, int], Any] | None
    try:
        from journal.storage.client_overview import first_page
    except ImportError:  # an Amends from before the first page
        first_page = None
    if first_page is not None:
        page = median_ms(lambda: first_page(journal._db, FIRST_PAGE), repeat)
        report(f"client_overview.first_page({FIRST_PAGE})", page, base, "")
    theme.apply(app, theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)))
    kept_filter = journal.settings.get(FILTER_SETTING)
    journal.settings.set(FILTER_SETTING, None)
    try:
        window = MainWindow(journal)
    finally:
        journal.settings.set(FILTER_SETTING, kept_filter)
    window.show()

    waking = QTimer(interval=20)  # the loop below waits for events, as an idle window does
    waking.start()

    def loop_until(done: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + 60
        while not done():
            assert time.perf_counter() < deadline, "the clients never showed"
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    loop_until(lambda: window.browse.painted and not window.reader.is_reading())
    loop_until(lambda: not window.safe.keeper.is_reading())

    def idle() -> bool:  # nothing read, nothing being made findable
        view = window._clients
        timer = getattr(view.model, "folding", None) if view is not None else None
        folding = timer is not None and timer.isActive()  # none before rows were made lazily
        return not window.reader.is_reading() and not folding

    arrived: dict[str, float] = {}
    window.reader.delivered.connect(lambda key: arrived.setdefault(key, time.perf_counter()))

    def ctrl_2(first: Callable[[], None] | None) -> tuple[float, float]:
        """Ctrl+2 until the clients are painted: the first page (with `first`) and all."""
        QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        loop_until(idle)
        window.clients_tab.stale = True  # as after an edit
        arrived.clear()
        start = time.perf_counter()
        if first is not None:
            first()
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        view = window._clients
        assert view is not None
        painted: dict[str, float] = {}
        for key in ("clients first page", "clients") if first else ("clients",):
            loop_until(partial(arrived.__contains__, key))
            view.table.viewport().repaint()  # the paint the window would make next
            painted[key] = (time.perf_counter() - start) * 1000
            assert view.model.rowCount() > 0
        return painted.get("clients first page", painted["clients"]), painted["clients"]

    ctrl_2(None)  # the view built once, as a user's first Ctrl+2 does
    wired = [ctrl_2(None)[1] for _ in range(repeat)]
    report("Ctrl+2 → every client painted (as wired)", statistics.median(wired), base, "≤ 200 ms")
    if first_page is not None:

        def first() -> None:  # what ui/tabs.py would submit before its "clients" job
            def read(opened: Any) -> Any:
                return prepare(first_page(opened._db, FIRST_PAGE), complete=False)

            view = window._clients
            assert view is not None
            window.reader.submit(Job("clients first page", read, view.show_clients))

        paged = [ctrl_2(first) for _ in range(repeat)]
        name = f"Ctrl+2 → first {FIRST_PAGE} painted (first page)"
        report(name, statistics.median(p for p, _ in paged), base, "≤ 200 ms")
        report("  … then every client painted", statistics.median(a for _, a in paged), base, "")
    view = window._clients
    assert view is not None
    loop_until(idle)
    start = time.perf_counter()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    report("sort by name, first click (UI thread)", (time.perf_counter() - start) * 1000, None, "")

    def keystrokes() -> list[float]:
        keys = []
        for text in ("l", "li", "lin", "lind", ""):
            start = time.perf_counter()
            view.find.setText(text)
            keys.append((time.perf_counter() - start) * 1000)
        return keys

    report("Find keystroke, worst, once shown a while", max(keystrokes()), None, "≤ 16 ms")
    ctrl_2(None)
    report("Find keystroke, worst, right as shown", max(keystrokes()), None, "≤ 16 ms")
    window.close()
    raw.close()
    journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    measure(args.db, args.repeat)


if __name__ == "__main__":
    main()
