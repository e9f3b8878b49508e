"""A bug is told, never hidden: its traceback goes to a report in the data folder, what is
being written is kept safe, and a dialog says both. The environment's faults (a full disk, a
locked or read-only journal) are only said, as everywhere else (after qutebrowser)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from journal.errors import JournalError, reason
from journal.i18n import QT_TRANSLATE_NOOP

REPORTS_FOLDER = "logs"
REPORT_PREFIX = "amends-bug-"
MOST_REPORTS = 10  # a bug that comes back (in a timer, in painting) fills no disk

# What the dialog and the status bar say, translated where shown (said, below).
TITLE = QT_TRANSLATE_NOOP("CrashHandler", "Amends hit a bug")
BUG = QT_TRANSLATE_NOOP(
    "CrashHandler", "Amends hit a bug: something went wrong that never should have."
)
SAVED = QT_TRANSLATE_NOOP("CrashHandler", "What you wrote is safe: it is saved in your journal.")
KEPT_IN_FILE = QT_TRANSLATE_NOOP(
    "CrashHandler",
    "What you were writing could not be saved, so it stays in the window, and a copy is kept "
    "in {path}.",
)
IN_WINDOW = QT_TRANSLATE_NOOP(
    "CrashHandler",
    "What you were writing could not be saved; it stays in the window. Copy it out before you "
    "close Amends.",
)
REPORT = QT_TRANSLATE_NOOP(
    "CrashHandler",
    "A report of what went wrong is in {path}; it holds no text of yours beyond the error "
    "itself, and it goes nowhere unless you send it.",
)
NO_REPORT = QT_TRANSLATE_NOOP("CrashHandler", "No report could be written: {reason}.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "CrashHandler", "No report could be written: this run of Amends has written enough of them."
)
GOES_ON = QT_TRANSLATE_NOOP(
    "CrashHandler", "Amends keeps running; if something looks wrong, close it and start it again."
)
COPY = QT_TRANSLATE_NOOP("CrashHandler", "&Copy the report")
COPIED = QT_TRANSLATE_NOOP("CrashHandler", "Copied")
AGAIN = QT_TRANSLATE_NOOP(
    "CrashHandler", "Amends hit the same bug again (see the report in {path})."
)

Bug = tuple[str, str, int]  # the error's type, and the file and line that raised it
Keep = Callable[[], tuple[bool, Path | None]]  # saved?, or the file the text is kept in
Tell = Callable[[str, bool], None]  # a message for the status bar, and whether it is an error


def said(text: str) -> str:
    """One of the texts above in the window's language."""
    return QCoreApplication.translate("CrashHandler", text)


def reports_folder() -> Path:
    """Beside the journal's default folder: the user data folder (or AMENDS_DB's folder)."""
    from journal.storage.connection import default_journal_path

    return default_journal_path().parent / REPORTS_FOLDER


def report_text(kind: type[BaseException], error: BaseException, trace: Any, thread: str) -> str:
    """The traceback, with what Amends, Python, Qt and the system were: nothing else."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    try:
        amends = version("amends")
    except PackageNotFoundError:
        amends = "(not installed)"  # not shown: the report is for developers, in English
    when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    lines = traceback.format_exception(kind, error, trace)
    return (
        f"Amends {amends} hit a bug on {when}, in the thread {thread!r}.\n"  # not shown
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside}, "
        f"{platform.platform()}\n\n{''.join(lines)}"
    )


def write_report(folder: Path, text: str) -> Path:
    """A new file readable by its owner only, named for the moment; in the temporary folder
    if `folder` cannot be written."""
    from ui.unsaved import write_private

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    failure: OSError | None = None
    for place in (folder, Path(tempfile.gettempdir()) / f"amends-{REPORTS_FOLDER}"):
        try:
            place.mkdir(mode=0o700, parents=True, exist_ok=True)
            for number in range(100):
                path = place / f"{REPORT_PREFIX}{stamp}-{os.getpid()}-{number:02}.log"
                try:
                    write_private(path, text, new=True)
                except FileExistsError:
                    continue
                return path
        except OSError as error:
            failure = error
    raise failure or FileExistsError(folder)


class CrashHandler(QObject):
    """sys.excepthook and threading.excepthook for the window's run."""

    _later = Signal(object)  # something to do on the window's thread

    def __init__(self, window: QWidget, keep: Keep, tell: Tell, folder: Path | None = None):
        super().__init__(window)
        self.window, self.keep, self.tell = window, keep, tell
        self.folder = folder or reports_folder()
        # Each bug: its report, or why there is none (None: enough reports were written).
        self.reports: dict[Bug, Path | str | None] = {}
        self.texts: dict[Bug, str] = {}  # each bug's report, to copy even if none was written
        self.told: set[Bug] = set()  # the bugs a dialog was shown for: once each is enough
        self.showing = False
        self.previous: tuple[Any, Any] | None = None
        self._later.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        self.previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self.previous is not None:
            sys.excepthook, threading.excepthook = self.previous
            self.previous = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self._handle(kind, error, trace, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        thread = args.thread.name if args.thread is not None else "?"
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, thread)

    def _handle(
        self, kind: type[BaseException], error: BaseException, trace: Any, thread: str
    ) -> None:
        if not isinstance(error, Exception):  # Ctrl+C in a terminal, SystemExit: as before
            sys.__excepthook__(kind, error, trace)
            return
        try:
            if isinstance(error, JournalError):  # the environment's fault: say it, as always
                self._on_window_thread(lambda: self.tell(error.in_window(), True))
                return
            traceback.print_exception(kind, error, trace)  # for whoever started Amends
            key = _where(error, trace)
            if key not in self.reports:
                self.texts[key] = report_text(kind, error, trace, thread)
                self.reports[key] = self._report(self.texts[key])
            report = self.reports[key]
            self._on_window_thread(lambda: self._tell_bug(error, key, report))
        except Exception:  # the handler itself must never hide the bug
            sys.__excepthook__(kind, error, trace)

    def _report(self, text: str) -> Path | str | None:
        """Where the report was written, or why none was; None: enough were written."""
        if len(self.reports) >= MOST_REPORTS:
            return None
        try:
            return write_report(self.folder, text)
        except OSError as failure:
            return reason(failure)

    def _on_window_thread(self, action: Callable[[], object]) -> None:
        if threading.current_thread() is threading.main_thread():
            action()
        else:
            self._later.emit(action)

    @Slot(object)
    def _run(self, action: Callable[[], object]) -> None:
        action()

    def _tell_bug(self, error: BaseException, key: Bug, report: Path | str | None) -> None:
        where = report if isinstance(report, Path) else None
        if self.showing or key in self.told:
            self.tell(said(AGAIN).format(path=where) if where else said(BUG), True)
            return
        self.told.add(key)
        saved, kept = self._kept()
        if saved:
            safe = said(SAVED)
        else:
            safe = said(KEPT_IN_FILE).format(path=kept) if kept else said(IN_WINDOW)
        if where:
            told = said(REPORT).format(path=where)
        else:
            told = said(TOO_MANY) if report is None else said(NO_REPORT).format(reason=report)
        box = QMessageBox(
            QMessageBox.Icon.Warning, said(TITLE),
            f"{said(BUG)}\n\n{safe}\n\n{told}\n\n{said(GOES_ON)}",
            QMessageBox.StandardButton.Ok, self.window,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText("".join(traceback.format_exception(error)))
        copy_button(box, self.texts.get(key, box.detailedText()))
        self.tell(said(BUG), True)
        self.showing = True
        try:
            box.exec()
        finally:
            self.showing = False

    def _kept(self) -> tuple[bool, Path | None]:
        try:
            return self.keep()
        except Exception:
            return False, None


def copy_button(box: QMessageBox, report: str) -> QPushButton:
    """A button that puts the whole report on the clipboard, for the user to send if they
    choose; the dialog stays open (a message box's buttons otherwise close it)."""
    button = box.addButton(said(COPY), QMessageBox.ButtonRole.ActionRole)
    button.setObjectName("copy_report")
    button.clicked.disconnect()

    def copy() -> None:
        QGuiApplication.clipboard().setText(report)
        button.setText(said(COPIED))

    button.clicked.connect(copy)
    return button


def _where(error: BaseException, trace: Any) -> Bug:
    """What tells one bug from another: its type, and the line that raised it."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    last = frames[-1] if frames else None
    return type(error).__name__, last.filename if last else "", (last.lineno or 0) if last else 0
