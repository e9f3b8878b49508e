"""Jumping far through a large journal (Ctrl+End, Ctrl+Home, the scroll bar), with the page
cache dropped before each jump: the longest the window's thread is held, against the same
rows read synchronously on a cold cache (what the window waited for when it read them on
its own thread), and the same jumps on a warm cache.

    python bench/paging.py --db JOURNAL [--jumps 20]

Run alone or from bench/browse.py. Each run is a fresh process. The page cache is dropped
with `sync; echo 3 > /proc/sys/vm/drop_caches` where that is allowed (root), else the
journal's own pages are evicted with posix_fadvise(POSIX_FADV_DONTNEED); the output says
which."""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OPENING = "cold, just opened (the start reads the journal whole meanwhile)"
COLD = "cold, settled"
WARM = "warm"
SETTLE_S = 0.05  # after the rows are shown, the loop is run this much longer
GIVE_UP_S = 15.0  # a jump whose rows never show is reported as this long


def evict(journal: Path) -> str:
    """Drop the page cache; say how."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "drop_caches"
    except OSError:
        for path in (journal, journal.with_name(journal.name + "-wal")):
            if path.exists():
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
        return "posix_fadvise"


def warm(journal: Path) -> None:
    """Read the whole journal once, so every page is in the cache."""
    with journal.open("rb") as file:
        while file.read(1 << 22):
            pass


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def whole_journal_window(app: Any, path: Path | str) -> Any:
    """The window as `amends --db path` opens it, on every incident (the filter the journal
    remembers is put back for the next run)."""
    from journal.service import Journal
    from ui import theme
    from ui.fonts import register
    from ui.journal_view import FILTER_SETTING
    from ui.main_window import MainWindow

    register()
    journal = Journal(path)
    theme.apply(app, theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)))
    kept_filter = journal.settings.get(FILTER_SETTING)
    journal.settings.set(FILTER_SETTING, None)  # the whole journal
    try:
        return MainWindow(journal)
    finally:
        journal.settings.set(FILTER_SETTING, kept_filter)


def probe(path: Path, jumps: int) -> dict[str, Any]:
    """In a fresh process: the window on the journal; `jumps` far jumps cold, then warm."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    how = evict(path)
    app = QApplication([])
    window = whole_journal_window(app, path)
    window.show()
    table, model = window.browse.table, window.browse.model
    bar = table.verticalScrollBar()

    def loop_until(done: Callable[[], bool], seconds: float) -> list[float]:
        passes, end = [], time.perf_counter() + seconds
        while not done() and time.perf_counter() < end:
            start = time.perf_counter()
            app.processEvents()
            passes.append(ms_since(start))
            time.sleep(0.001)  # lets the reader's thread have the GIL, as an idle window does
        return passes

    def idle() -> bool:
        return (
            window.browse.painted
            and model.complete
            and not window.reader.is_reading()
            and not window.safe.keeper.is_reading()
        )

    loop_until(lambda: window.browse.painted, 60)
    table.setFocus()

    def shown_rows() -> range:
        top = max(table.rowAt(0), 0)
        bottom = table.rowAt(table.viewport().height() - 1)
        return range(top, (model.rowCount() - 1 if bottom < 0 else bottom) + 1)

    def filled() -> bool:
        ids = model.ids
        return all(row < len(ids) and ids[row] in model.rows for row in shown_rows())

    from journal.service import Journal

    other = Journal(path, read_only=True)  # the baseline's own connection, as the window's was

    def jump(action: Callable[[], None], cold: bool) -> tuple[float, float, float]:
        """The longest the window's thread was held, when the shown rows were all read, and
        the baseline: those rows read synchronously (cold, if `cold`)."""
        loop_until(lambda: False, 0.1)
        if cold:
            evict(path)
        start = time.perf_counter()
        action()
        held = [ms_since(start)]
        held += loop_until(filled, GIVE_UP_S)
        shown = ms_since(start)
        held += loop_until(lambda: False, SETTLE_S)
        rows = shown_rows()
        batch = model.ids[max(rows.start - 25, 0) : rows.start + 100]  # as row_at read them
        if cold:
            evict(path)
        begin = time.perf_counter()
        other.incidents.rows_for(batch)
        return max(held), shown, ms_since(begin)

    def key(which: Qt.Key) -> Callable[[], None]:
        return lambda: QTest.keyClick(table, which, Qt.KeyboardModifier.ControlModifier)

    def scroll(fraction: float) -> Callable[[], None]:
        return lambda: bar.setValue(int(bar.maximum() * fraction))

    figures: dict[str, Any] = {"how": how, "rows": model.rowCount()}
    for phase, seed in ((OPENING, 1), (COLD, 2), (WARM, 3)):
        chance = random.Random(seed)
        actions = [key(Qt.Key.Key_End), key(Qt.Key.Key_Home)]
        actions += [scroll(chance.random()) for _ in range(jumps - 2)]
        if phase == COLD:  # the start's own work done: the journal read whole, the backup
            loop_until(idle, 600)
            assert idle(), "the window never settled"
        if phase == WARM:
            warm(path)
        found = [jump(action, phase != WARM) for action in actions]
        figures[phase] = [list(figure) for figure in zip(*found, strict=True)]
    other.close()
    window.close()
    window.journal.close()
    return figures


def run(path: Path, jumps: int = 20) -> dict[str, Any]:
    command = [sys.executable, __file__, "--probe", "--db", str(path), "--jumps", str(jumps)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the paging probe failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report_lines(figures: dict[str, Any], report: Callable[..., None]) -> None:
    """Print the figures with bench/browse.py's report(name, ours, base, goal)."""
    rows, how = figures["rows"], figures["how"]
    for phase in (OPENING, COLD, WARM):
        held, shown, base = figures[phase]
        cache = phase if phase == WARM else f"{phase}; {how} before each"
        print(f"{len(held)} far jumps in {rows:,} rows, {cache}")
        print("  (baseline: the rows shown read at once, on one thread, as the window did)")
        report("  UI thread held, worst jump", max(held), max(base), "≤ 50 ms")
        report(
            "  UI thread held, median jump", statistics.median(held), statistics.median(base), ""
        )
        report("  rows shown after a jump, median", statistics.median(shown), None, "")
        report("  rows shown after a jump, worst", max(shown), None, "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--jumps", type=int, default=20)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.db, args.jumps)))
        return
    from bench.browse import report

    report_lines(run(args.db, args.jumps), report)


if __name__ == "__main__":
    main()
