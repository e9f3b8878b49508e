"""Long work off the window's thread, with a dialog that shows how far it got and can stop it."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import Cancelled, JournalError
from ui.named import named

SHOW_AFTER_MS = 300  # work done sooner than this shows no dialog at all

Progress = Callable[[int, int], None]  # done, of total; raises Cancelled once asked to stop
Work = Callable[[Progress], Any]


class Texts(NamedTuple):
    """What the dialog says: its title, while the work cannot be counted yet, while it is
    (with {done} and {total}), and once all is done but the work is still finishing."""

    title: str
    busy: str
    counting: str = ""
    finishing: str = ""


class _Done(NamedTuple):
    result: object


class _Failed(NamedTuple):
    error: JournalError


class _Stopped(NamedTuple):
    pass


class _Bug(NamedTuple):
    error: BaseException


class ProgressDialog(QDialog):
    """How far the work got, and a Cancel button when it can be stopped."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget, texts: Texts, cancellable: bool) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setWindowTitle(texts.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = named(QLabel(texts.busy), "progress_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(380)
        self.bar = named(QProgressBar(), "progress_bar")
        self.bar.setRange(0, 0)  # busy: moving, with no count, until there is one
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            buttons = QDialogButtonBox()
            self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancel")
            buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.cancel_button.clicked.connect(self.cancel)
            layout.addWidget(buttons)
        self.asked_to_stop = False
        self.finished_work = False

    def counted(self, done: int, total: int) -> None:
        if not self.texts.counting or not total or self.asked_to_stop:
            return
        if done >= total and self.texts.finishing:
            self.label.setText(self.texts.finishing)
            self.bar.setRange(0, 0)
            if self.cancel_button is not None:  # it is being saved: too late to stop it
                self.cancel_button.setEnabled(False)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        from journal.formats import number  # grouped as the language groups digits

        self.label.setText(self.texts.counting.format(done=number(done), total=number(total)))

    def cancel(self) -> None:
        if self.cancel_button is None or not self.cancel_button.isEnabled():
            return
        self.asked_to_stop = True
        self.label.setText(self.tr("Stopping…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape: Cancel if the work can be stopped; else it goes on
        if self.finished_work:
            super().reject()
        else:
            self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_work:
            event.accept()
            return
        event.ignore()
        self.cancel()

    def end(self) -> None:
        self.finished_work = True
        self.close()


class LongTask(QObject):
    """Runs `work(progress)` on a thread of its own; the window stays free meanwhile. What it
    returns goes to `done`, a JournalError to `failed`, a cancellation to `cancelled`, all on
    the window's thread; any other error is a bug, handed to sys.excepthook there."""

    progressed = Signal(int, int)  # done, total: from the work's thread
    ended = Signal()
    _outcome = Signal(object)  # _Done | _Failed | _Stopped | _Bug

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        texts: Texts,
        *,
        done: Callable[[Any], None],
        failed: Callable[[JournalError], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.work, self.done, self.failed, self.cancelled = work, done, failed, cancelled
        self.stop_asked = threading.Event()
        self.running = False
        self.dialog = ProgressDialog(parent, texts, cancellable=cancelled is not None)
        self.dialog.cancel_requested.connect(self.cancel)
        self.progressed.connect(self.dialog.counted, Qt.ConnectionType.QueuedConnection)
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> LongTask:
        self.running = True
        QTimer.singleShot(SHOW_AFTER_MS, self._show)
        threading.Thread(target=self._run, name="long task", daemon=True).start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop: it does at its next report of progress."""
        self.stop_asked.set()

    def _show(self) -> None:
        if self.running:
            self.dialog.show()

    def _progress(self, done: int, total: int) -> None:
        """On the work's thread: said to the dialog, unless the user asked it to stop."""
        if self.stop_asked.is_set():
            raise Cancelled
        with suppress(RuntimeError):  # the window is gone: nobody to tell
            self.progressed.emit(done, total)

    def _run(self) -> None:
        outcome: _Done | _Failed | _Stopped | _Bug
        try:
            outcome = _Done(self.work(self._progress))
        except Cancelled:
            outcome = _Stopped()
        except JournalError as error:
            outcome = _Failed(error)
        except Exception as error:
            outcome = _Bug(error)
        with suppress(RuntimeError):
            self._outcome.emit(outcome)

    def _deliver(self, outcome: _Done | _Failed | _Stopped | _Bug) -> None:
        self.running = False
        self.dialog.end()
        self.dialog.deleteLater()
        try:
            if isinstance(outcome, _Done):
                self.done(outcome.result)
            elif isinstance(outcome, _Failed):
                self.failed(outcome.error)
            elif isinstance(outcome, _Stopped) and self.cancelled is not None:
                self.cancelled()
            elif isinstance(outcome, _Bug):
                error = outcome.error
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.ended.emit()
            self.deleteLater()
