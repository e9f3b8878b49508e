"""Reads the journal on a thread of its own, so a broad search never freezes the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from journal.service import Journal

Job = Callable[[Journal], Any]


class _Worker(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, str)

    def __init__(self, journal: Journal, latest: dict[str, int], lock: threading.Lock) -> None:
        super().__init__()
        self.source = journal
        self.journal: Journal | None = None
        self.latest = latest
        self.lock = lock

        self.running = ""  # the kind of job running now

    def is_latest(self, kind: str, number: int) -> bool:
        with self.lock:
            return number == self.latest.get(kind)

    @Slot(str, int, object)
    def run(self, kind: str, number: int, job: Job) -> None:
        for attempt in range(2):
            if not self.is_latest(kind, number):
                return  # a newer request of this kind came in meanwhile
            with self.lock:
                self.running = kind
            try:
                if self.journal is None:
                    self.journal = self.source.reader()
                result = job(self.journal)
            except Exception as error:
                # Interrupted for a newer request of another kind (a narrow race): try again.
                if attempt == 0 and "interrupt" in str(error).lower():
                    continue
                self.failed.emit(kind, number, str(error))
                return
            finally:
                with self.lock:
                    self.running = ""
            self.done.emit(kind, number, result)
            return

    @Slot()
    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None


class Reader(QObject):
    """Runs read jobs in order on one thread; of each kind, only the latest result arrives."""

    result = Signal(str, object)  # kind, what the job returned
    error = Signal(str, str)  # kind, message
    _submit = Signal(str, int, object)
    _close = Signal()

    def __init__(
        self, journal: Journal, parent: QObject | None = None, name: str = "journal reader"
    ) -> None:
        super().__init__(parent)
        self.latest: dict[str, int] = {}
        self.lock = threading.Lock()
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = _Worker(journal, self.latest, self.lock)
        self.worker.moveToThread(self.thread)
        self._submit.connect(self.worker.run)
        self._close.connect(self.worker.close)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.stopped = False

    def submit(self, kind: str, job: Job) -> None:
        """Run `job(journal)` on the reader's thread; an older job of this kind is dropped,
        or interrupted if it is already running."""
        if self.stopped:
            return
        if not self.thread.isRunning():  # started on first use, not while the window opens
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.stop, Qt.ConnectionType.UniqueConnection)
            self.thread.start()
        with self.lock:
            number = self.latest.get(kind, 0) + 1
            self.latest[kind] = number
            if self.worker.running == kind and self.worker.journal is not None:
                self.worker.journal.interrupt()
        self._submit.emit(kind, number, job)

    def _on_done(self, kind: str, number: int, result: object) -> None:
        if self.worker.is_latest(kind, number):  # stale results are never shown
            self.result.emit(kind, result)

    def _on_failed(self, kind: str, number: int, message: str) -> None:
        if self.worker.is_latest(kind, number):
            self.error.emit(kind, message)

    def stop(self) -> None:
        """Stop a read under way (closing never waits for a long one), then the thread."""
        self.stopped = True  # and take no more work: the journal is about to close
        if self.thread.isRunning():
            with self.lock:
                self.latest.clear()  # nothing that is queued is wanted any more
                if self.worker.running and self.worker.journal is not None:
                    self.worker.journal.interrupt()
            self._close.emit()
            self.thread.quit()
            self.thread.wait()
