"""Reads the journal on a thread of its own, so a broad search never freezes the window."""

from __future__ import annotations

import itertools
import sys
import threading
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from journal.errors import Interrupted, JournalError
from journal.service import Journal

R = TypeVar("R")
ATTEMPTS = 3  # a read interrupted though no newer one replaced it is read again
STOP_WAIT_S = 2.0  # closing waits this long for a read that will not stop, then goes on


Q = TypeVar("Q")


class _Queue(Generic[Q]):
    """What queue.SimpleQueue does for the worker, without queue.py's imports (2 ms of the
    start-up, for a queue that is used after it)."""

    def __init__(self) -> None:
        self.items: deque[Q] = deque()
        self.ready = threading.Condition()

    def put(self, item: Q) -> None:
        with self.ready:
            self.items.append(item)
            self.ready.notify()

    def get(self) -> Q:
        with self.ready:
            while not self.items:
                self.ready.wait()
            return self.items.popleft()


class Job(NamedTuple, Generic[R]):
    """One read: `read` runs on the reader's thread, with the reader's own journal; its result
    goes to `done` on the window's thread. Of the jobs of one `key`, only the newest is read
    and delivers: a newer one interrupts an older one already running."""

    key: str
    read: Callable[[Journal], R]
    done: Callable[[R], None]
    failed: Callable[[JournalError], None] | None = None  # None: the reader's `error` says it
    together: bool = True  # its queries see one state of the journal (one read transaction)


class _Ticket(NamedTuple):
    number: int
    job: Job[Any]


class _Done(NamedTuple):
    result: object


class _Failed(NamedTuple):
    error: JournalError


class _Bug(NamedTuple):
    error: BaseException


class Reader(QObject):
    """Runs read jobs in order on one thread of its own."""

    error = Signal(str)  # why a job without a `failed` of its own could not be read
    delivered = Signal(str)  # the key of a job whose result was just handed on
    _finished = Signal(object, object)  # _Ticket, _Done | _Failed | _Bug

    def __init__(
        self, journal: Journal, parent: QObject | None = None, name: str = "journal reader"
    ) -> None:
        super().__init__(parent)
        self.source = journal
        self.name = name
        self.numbers = itertools.count(1)
        self.lock = threading.Lock()  # guards what both threads touch: the four below
        self.latest: dict[str, int] = {}  # per key, the number of the job that may deliver
        self.running: _Ticket | None = None
        self.waiting = 0  # jobs submitted and not read yet
        self.journal: Journal | None = None  # the worker's own, opened on its thread
        self.queue: _Queue[_Ticket | None] = _Queue()
        self.worker: threading.Thread | None = None
        self.stopped = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # The window's thread ------------------------------------------------------------------

    def submit(self, job: Job[Any]) -> None:
        """Read `job` on the reader's thread; an older job of its key is dropped, or
        interrupted if it is being read."""
        if self.stopped:
            return
        with self.lock:
            ticket = _Ticket(next(self.numbers), job)
            self.latest[job.key] = ticket.number
            self.waiting += 1
            self._interrupt(job.key)
        self._start()
        self.queue.put(ticket)

    def cancel(self, key: str) -> None:
        """No job of this key delivers any more; one being read is interrupted."""
        with self.lock:
            self.latest.pop(key, None)
            self._interrupt(key)

    def is_reading(self) -> bool:
        """Whether a job is being read or waits to be (for tests and benchmarks)."""
        with self.lock:
            return self.waiting > 0

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """Take no more work and deliver nothing more; interrupt the read under way, and wait
        for the thread at most `wait_s`. A read that does not stop (Python code running long,
        say) is left to end on its own: its thread never delivers, never keeps Amends from
        quitting, and closes its journal when it is done."""
        if self.stopped:
            return
        self.stopped = True
        with self.lock:
            self.latest.clear()
            if self.running is not None:
                self._interrupt(self.running.job.key)
        if self.worker is not None:
            self.queue.put(None)
            self.worker.join(wait_s)

    def _start(self) -> None:
        """The thread starts with the first job, not while the window opens."""
        if self.worker is not None:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop, Qt.ConnectionType.UniqueConnection)
        self.worker = threading.Thread(target=self._work, name=self.name, daemon=True)
        self.worker.start()

    def _interrupt(self, key: str) -> None:
        """With the lock held: stop the query of the job of `key` being read, if one is."""
        if self.running is not None and self.running.job.key == key and self.journal:
            self.journal.interrupt()

    def _deliver(self, ticket: _Ticket, outcome: _Done | _Failed | _Bug) -> None:
        if isinstance(outcome, _Bug):
            error = outcome.error
            sys.excepthook(type(error), error, error.__traceback__)
            return
        if not self._is_latest(ticket):  # an older result is never shown
            return
        job = ticket.job
        if isinstance(outcome, _Done):
            job.done(outcome.result)
            self.delivered.emit(job.key)
        elif job.failed is not None:
            job.failed(outcome.error)
        else:
            self.error.emit(outcome.error.in_window())

    def _is_latest(self, ticket: _Ticket) -> bool:
        with self.lock:
            return not self.stopped and self.latest.get(ticket.job.key) == ticket.number

    # The reader's thread ------------------------------------------------------------------

    def _work(self) -> None:
        while (ticket := self.queue.get()) is not None:
            outcome = self._read(ticket)
            # A bug is reported even from a job no longer wanted; anything else only if wanted.
            if isinstance(outcome, _Bug) or (outcome is not None and self._is_latest(ticket)):
                self._post(ticket, outcome)
            with self.lock:
                self.waiting -= 1
        with self.lock:
            journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()

    def _read(self, ticket: _Ticket) -> _Done | _Failed | _Bug | None:
        """What reading the job gave; None when a newer job replaced it."""
        for _ in range(ATTEMPTS):
            with self.lock:
                if self.stopped or self.latest.get(ticket.job.key) != ticket.number:
                    return None
                self.running = ticket
            try:
                return _Done(self._result(ticket.job))
            except Interrupted:
                # Interrupted for a newer job of its key (not latest: dropped at the top), or,
                # in a narrow race, for the job before it: read again.
                continue
            except JournalError as error:
                return _Failed(error)
            except Exception as error:
                return _Bug(error)
            finally:
                with self.lock:
                    self.running = None
        gave_up = self.tr(
            "Amends could not finish reading the journal; it reads it again when shown next."
        )
        return _Failed(JournalError(gave_up))

    def _result(self, job: Job[R]) -> R:
        if self.journal is None:
            opened = self.source.reader()
            with self.lock:  # submit() and stop() interrupt it from the window's thread
                self.journal = opened
        if not job.together:
            return job.read(self.journal)
        with self.journal.snapshot():
            return job.read(self.journal)

    def _post(self, ticket: _Ticket, outcome: _Done | _Failed | _Bug) -> None:
        with suppress(RuntimeError):  # the window and its reader are gone already
            self._finished.emit(ticket, outcome)
