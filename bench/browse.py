"""Browsing a large journal in the window: first rows, keystrokes, results, patterns, memory."""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import paging
from bench.timing import median_ms

QUERIES = ("invoice client", "fakturan", "ใบแจ้งหนี้", "ক্লায়েন্ট")
CATEGORY = "billing error"
RAW_SEARCH = (
    "SELECT rowid, bm25(incident_fts) FROM incident_fts WHERE incident_fts MATCH ? "
    "ORDER BY 2 LIMIT 500"
)
RAW_LIST = "SELECT id FROM incident{} ORDER BY occurred_on DESC, id DESC"
BY_CATEGORY = " WHERE category_id IN (SELECT id FROM category WHERE name = ?)"
RAW_COUNT = "SELECT {}_id, count(*) FROM incident GROUP BY 1"
TYPING_GAP = 0.15  # seconds between keystrokes: a brisk typist


def report(name: str, ours: float, base: float | None, goal: str, unit: str = "ms") -> None:
    ratio = f"{ours / base:6.2f}×" if base else "      "
    baseline = f"baseline {base:7.1f} {unit}" if base else " " * 19
    print(f"{name:44} {ours:8.1f} {unit}   {baseline}  {ratio}   goal {goal}", flush=True)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def pump(app: Any, seconds: float) -> list[float]:
    """Run the event loop for a while; return how long each pass held the UI thread."""
    passes, end = [], time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        app.processEvents()
        passes.append(ms_since(start))
        time.sleep(0.001)  # lets the reader's thread have the GIL, as an idle window does
    return passes


def wait_until(app: Any, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + 60
    while not done():
        assert time.perf_counter() < deadline, "the window never showed the result"
        app.processEvents()
        time.sleep(0.0002)


def typed(app: Any, edit: Any, text: str) -> tuple[list[float], list[float]]:
    """Type `text` a character at a time: each keystroke's time, and the passes between them."""
    keys: list[float] = []
    passes: list[float] = []
    for length in range(1, len(text) + 1):
        start = time.perf_counter()
        edit.setText(text[:length])
        keys.append(ms_since(start))
        passes += pump(app, TYPING_GAP)
    return keys, passes


def runs(app: Any, action: Callable[[], object], repeat: int) -> list[float]:
    """Each run of `action` alone, in ms, with the event loop run between them."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(ms_since(start))
        pump(app, 0.03)
    return timings


def peak_rss_kb() -> int:
    """ru_maxrss, except on Linux, where it also counts the parent's peak from before exec."""
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else ():
        if line.startswith("VmHWM:"):  # this process's own peak, in kB
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def probe(kind: str, path: str) -> None:
    """In a process of its own: print the peak RSS (and, browsing, the scroll times) as JSON."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if kind == "bare":
        window = QMainWindow()
        window.show()
        app.processEvents()
        print(json.dumps({"rss_kb": peak_rss_kb()}))
        return
    main = paging.whole_journal_window(app, path)
    main.show()
    pump(app, 0.2)
    table, model = main.browse.table, main.browse.model
    bar, steps = table.verticalScrollBar(), []
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        start = time.perf_counter()
        bar.setValue(min(value, bar.maximum()))
        app.processEvents()
        table.viewport().repaint()
        steps.append(ms_since(start))
    deadline = time.perf_counter() + 10  # the rows come from the reader's thread
    while model.ids[-1] not in model.rows and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    assert model.ids[-1] in model.rows, "the last row was never fetched"
    rss, median = peak_rss_kb(), statistics.median(steps)
    main.close()  # as Amends does on quitting: its reader thread stops
    figures = {"rss_kb": rss, "rows": model.rowCount(), "pages": len(steps), "median_ms": median}
    print(json.dumps({**figures, "worst_ms": max(steps)}))


def run_probe(kind: str, path: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--probe", kind, "--db", str(path)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def build_journal(size: int) -> Path:
    from journal.service import Journal
    from tests.samples.generator import generate

    path = Path(tempfile.mkdtemp(prefix="amends-browse-")) / "journal.amends"
    start = time.perf_counter()
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(size, seed=1), ensure_ascii=False))
    print(f"built {size:,} incidents at {path} in {time.perf_counter() - start:.0f} s")
    return path


def measure_window(
    journal: Any, repeat: int, memory: tuple[dict[str, Any], ...], paged: dict[str, Any]
) -> None:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from ui import theme
    from ui.fonts import register
    from ui.main_window import MainWindow

    # The offscreen platform's complaint about every window is left out.
    qInstallMessageHandler(lambda _, __, text: "SizeHints" in text or print(text, file=sys.stderr))
    app = QApplication([])
    register()
    theme.apply(app, theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)))
    raw = sqlite3.connect(f"file:{journal.path}?mode=ro", uri=True)
    total = raw.execute("SELECT count(*) FROM incident").fetchone()[0]
    print(f"{total:,} incidents in {journal.path} ({journal.path.stat().st_size / 1e6:.0f} MB)")
    print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, PySide6 {pyside}\n")

    def bare() -> tuple[QMainWindow, QTableView]:
        window, view = QMainWindow(), QTableView()
        view.setModel(QStandardItemModel(50, 7, window))
        window.setCentralWidget(view)
        window.resize(1200, 760)
        return window, view

    def ours() -> tuple[QMainWindow, QTableView]:
        window = MainWindow(journal)
        return window, window.browse.table

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.at is None and event.type() == QEvent.Type.Paint:
                self.at = time.perf_counter()
            return False

    def first_rows(make: Callable[[], tuple[Any, QTableView]]) -> tuple[float, float, Any]:
        """From asking for the window until its table paints rows (that paint timed again),
        and how long the UI thread is then busy (what waited for that first paint)."""
        start = time.perf_counter()
        window, table = make()
        spy = FirstPaint(table.viewport())
        table.viewport().installEventFilter(spy)
        window.show()
        while spy.at is None:
            app.processEvents()
        busy = max([ms_since(spy.at), *pump(app, 0.1)])
        paint = time.perf_counter()
        table.viewport().repaint()
        assert table.model().rowCount() > 0
        return (spy.at - start) * 1000 + ms_since(paint), busy, window

    first_rows(bare)[2].close()  # Qt's own first-window costs, in neither figure
    figures: dict[Callable[[], Any], list[tuple[float, float]]] = {bare: [], ours: []}
    for _ in range(repeat):
        for make, done in figures.items():
            elapsed, after, window = first_rows(make)
            done.append((elapsed, after))
            window.close()
            window.deleteLater()
    base = statistics.median(elapsed for elapsed, _ in figures[bare])
    report("first rows painted, first window", figures[ours][0][0], base, "≤ 100 ms")
    opens = statistics.median(elapsed for elapsed, _ in figures[ours])
    report(f"first rows painted, median of {repeat}", opens, base, "≤ 100 ms")
    busy = statistics.median(after for _, after in figures[ours])
    report("  UI busy after that paint, median", busy, None, "≤ 16 ms (a frame)")

    *_, window = first_rows(ours)
    assert window.browse.model.rowCount() == total
    browse, model = window.browse, window.browse.model
    arrived: dict[str, float] = {}
    window.reader.delivered.connect(lambda kind: arrived.update({kind: time.perf_counter()}))
    model.modelReset.connect(lambda: model.searching and arrived.update(hits=time.perf_counter()))
    everything = runs(app, browse.refresh, repeat)
    base = median_ms(lambda: raw.execute(RAW_LIST.format("")).fetchall(), repeat)
    report(f"refresh(), all {total:,}", statistics.median(everything), base, "≤ 100 ms")
    browse.filters.category.setCurrentText(CATEGORY)
    pump(app, 0.1)
    filtered = runs(app, browse.refresh, repeat)
    by_category = RAW_LIST.format(BY_CATEGORY)
    base = median_ms(lambda: raw.execute(by_category, (CATEGORY,)).fetchall(), repeat)
    name = f"refresh(), {CATEGORY!r} ({model.rowCount():,})"
    report(name, statistics.median(filtered), base, "≤ 100 ms")
    flips = iter([CATEGORY, "All categories"] * repeat)
    changes = runs(app, lambda: browse.filters.category.setCurrentText(next(flips)), repeat * 2)
    report("category change (saves it, re-lists)", statistics.median(changes), None, "≤ 100 ms")
    browse.filters.category.setCurrentIndex(0)

    browse.search.setText(QUERIES[0])  # starts the reader's thread and opens its connection
    wait_until(app, lambda: model.searching and model.rowCount() > 0)
    passes: list[float] = []
    for query in QUERIES:
        browse.search.setText("")
        pump(app, 0.2)
        keys, between = typed(app, browse.search, query)
        passes += between
        name = f"keys {query!r}, worst (med {statistics.median(keys):.2f})"
        report(name, max(keys), None, "≤ 16 ms")
    passes += pump(app, 1.0)
    report("  UI pass as results land, worst", max(passes), None, "≤ 16 ms (a frame)")

    for query in QUERIES:
        match = " AND ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        base = median_ms(lambda m=match: raw.execute(RAW_SEARCH, (m,)).fetchall(), repeat)
        results = []
        for _ in range(repeat):
            browse.search.setText("")
            pump(app, 0.2)
            arrived.clear()
            start = time.perf_counter()
            browse.search.setText(query)
            wait_until(app, lambda: "hits" in arrived)
            results.append((arrived["hits"] - start) * 1000)
            assert model.rowCount() > 0
        name = f"results {query!r} ({model.rowCount()})"
        report(name, statistics.median(results), base, "≤ 2×")
    browse.search.setText("")

    base = median_ms(lambda: raw.execute(RAW_COUNT.format("category")).fetchall(), repeat)
    patterns = median_ms(lambda: journal.patterns.figures(limit=25), repeat)
    report("journal.patterns.figures(limit=25)", patterns, base, "≤ 200 ms")
    for number, kind in ((2, "patterns"), (1, "clients")):
        calls, shown = [], []
        for _ in range(repeat):
            window.show_view(0)
            pump(app, 0.1)
            arrived.clear()
            window.clients_tab.stale = window.patterns_tab.stale = True  # as after an edit
            start = time.perf_counter()
            window.show_view(number)
            calls.append(ms_since(start))
            wait_until(app, lambda kind=kind: kind in arrived)
            shown.append((arrived[kind] - start) * 1000)
        if kind == "patterns":
            view, found = window._patterns, journal.patterns.figures(limit=25)
            assert view is not None
            build = median_ms(lambda v=view, f=found: v.show_patterns(f, journal.today()), repeat)
            report("show_patterns() (UI build)", build, None, "≤ 200 ms with the figures")
        else:
            base = median_ms(lambda: raw.execute(RAW_COUNT.format("client")).fetchall(), repeat)
            summaries = median_ms(journal.clients.summaries, repeat)
            count = len(journal.clients.summaries())
            report(f"journal.clients.summaries() ({count:,})", summaries, base, "≤ 200 ms")
        report(f"show_view({number}) call (UI thread)", statistics.median(calls), None, "≤ 100 ms")
        report(f"Ctrl+{number + 1} → {kind} shown", statistics.median(shown), base, "≤ 200 ms")
    clients = window._clients
    assert clients is not None
    finds, _ = typed(app, clients.find, "lind")
    report("clients' Find box keystroke, worst", max(finds), None, "≤ 16 ms")
    window.close()
    raw.close()
    floor, browsed = memory  # the baseline: a bare QMainWindow shown
    name = f"peak RSS, scrolled all {browsed['rows']:,} rows"
    report(name, browsed["rss_kb"] / 1024, floor["rss_kb"] / 1024, "floor + 60 MB", "MB")
    report("  above the floor", (browsed["rss_kb"] - floor["rss_kb"]) / 1024, None, "≤ 60 MB", "MB")
    name = f"  a page down, worst (med {browsed['median_ms']:.1f}, {browsed['pages']:,} pages)"
    report(name, browsed["worst_ms"], None, "≤ 16 ms (a frame)")
    print()
    paging.report_lines(paged, report)  # far jumps, cold: bench/paging.py


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing journal (upgraded if older)")
    parser.add_argument("--size", type=int, default=100_000, help="incidents, without --db")
    parser.add_argument("--repeat", type=int, default=7, help="runs per measured figure")
    parser.add_argument("--probe", choices=("bare", "ours"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        return probe(args.probe, str(args.db))
    from journal.service import Journal

    path = args.db or build_journal(args.size)
    journal = Journal(path)  # upgrades an older journal before anything else reads it
    memory = (run_probe("bare", path), run_probe("ours", path))
    paged = paging.run(path)  # in a fresh process, the page cache dropped
    from ui.journal_view import FILTER_SETTING

    kept_filter = journal.settings.get(FILTER_SETTING)
    journal.settings.set(FILTER_SETTING, None)  # the whole journal; put back at the end
    try:
        measure_window(journal, args.repeat, memory, paged)
    finally:
        journal.settings.set(FILTER_SETTING, kept_filter)
        journal.close()


if __name__ == "__main__":
    main()
