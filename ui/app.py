"""Starts the window: one instance per journal, the demo journal, recovery after a crash."""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from journal.errors import JournalError
from journal.service import Journal
from ui import theme
from ui.fonts import register
from ui.main_window import LAST_OPEN, MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtNetwork import QLocalServer

    from ui.crash import CrashHandler


def server_address(path: Path) -> str:
    """Where the window open on this journal listens: the socket Qt would make for the name,
    in its temporary folder, or on Windows a named pipe."""
    # A checksum, not a cryptographic hash: it only tells this user's journals apart, and
    # hashlib would load OpenSSL before the window shows.
    key = os.fsencode(path.resolve())
    name = f"amends-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    return name if os.name == "nt" else os.path.join(QDir.tempPath(), name)


def bring_forward_running(address: str) -> bool:
    """Ask an Amends already open on this journal to come forward; True if one answered."""
    if os.name != "nt" and not os.path.exists(address):
        return False  # nothing listens there, and Qt's network module need not load
    from PySide6.QtCore import QByteArray
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(300):
        return False
    socket.write(QByteArray(b"show"))
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


def listen(address: str, window: MainWindow) -> QLocalServer:
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(window)
    QLocalServer.removeServer(address)  # a server left behind by a crash
    server.listen(address)

    def show() -> None:
        server.nextPendingConnection()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(show)
    return server


def demo_journal() -> Path:
    """A throwaway journal filled with the sample incidents, gone when Amends stops."""
    from importlib import resources

    from ui.scratch import scratch_folder

    path = scratch_folder() / "demo" / "demo.amends"
    data = resources.files("journal.demo").joinpath("journal.json").read_bytes()
    with Journal(path) as journal:
        journal.transfer.import_json(data)
    return path


def run_window(db: Path | None, demo: bool = False) -> int:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Amends")
    register()
    try:
        path = demo_journal() if demo else db
        journal = Journal(path)
    except JournalError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Amends", str(error))
        print(f"amends: {error}", file=sys.stderr)
        return 1
    address = server_address(journal.path)
    if bring_forward_running(address):
        journal.close()
        print("Amends is already open on this journal; it has been brought forward.")
        return 0
    theme.apply(app, theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)))
    window = MainWindow(journal)
    crashes: list[CrashHandler] = []
    # Installed once the list is painted, as the menus are: importing it costs the first
    # paint 4 ms; until then a bug is printed, as Python does.
    window.browse.list_shown.connect(lambda: crashes.append(_crash_handler(window)))
    keep_on_exit(app, window)
    # Listening waits until the list is painted; until then a second Amends would find no
    # one to bring forward, as if this one had not started yet.
    window.browse.list_shown.connect(lambda: listen(address, window))
    window.show()
    try:
        recover(window)
        code = app.exec()
    finally:
        for handler in crashes:
            handler.uninstall()
    journal.close()
    return int(code)


def _crash_handler(window: MainWindow) -> CrashHandler:
    from ui.crash import CrashHandler

    return CrashHandler(window, window.keep_after_bug, window.show_status).install()


def keep_on_exit(app: QApplication, window: MainWindow) -> None:
    """However Amends is stopped (logging out, SIGTERM, SIGINT or SIGHUP, the application
    quitting) what is being written is saved, or kept in a file, first."""
    app.aboutToQuit.connect(window.keep_unsaved)
    app.aboutToQuit.connect(_remove_scratch)
    app.commitDataRequest.connect(window.commit_data)
    # Nothing is written before the list shows: the signals are caught from then on, which
    # keeps their modules out of the start.
    window.browse.list_shown.connect(lambda: _stop_on_signals(app, window))


def _remove_scratch() -> None:
    scratch = sys.modules.get("ui.scratch")  # loaded only if this run made temporary files
    if scratch is not None:
        scratch.remove_scratch()


def _stop_on_signals(app: QApplication, window: MainWindow) -> None:
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    def stop() -> None:
        window.keep_unsaved()
        window.stop()
        app.exit(0)

    # Python runs a signal handler only between its own bytecodes; while Qt's loop waits in
    # C++ nothing would run it. The wake-up pipe makes the loop notice the signal at once.
    wake, woken, empty, ends = _wakeup_pair()
    signal.set_wakeup_fd(wake)
    notifier = QSocketNotifier(woken, QSocketNotifier.Type.Read, window)
    notifier.activated.connect(empty)
    window.wakeup = (notifier, ends)  # kept alive as long as the window
    for number in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if number is not None:
            signal.signal(number, lambda *_: QTimer.singleShot(0, stop))


def _wakeup_pair() -> tuple[int, int, Callable[[], object], object]:
    """Two connected ends: a signal's number is written to the first, the loop watches the
    second; and what empties it, and what must be kept alive meanwhile."""
    if os.name == "nt":  # Windows wakes a loop with a socket only
        import socket

        ends = socket.socketpair()
        for end in ends:
            end.setblocking(False)
        return ends[0].fileno(), ends[1].fileno(), lambda: ends[1].recv(64), ends
    woken, wake = os.pipe()
    for descriptor in (wake, woken):
        os.set_blocking(descriptor, False)
    return wake, woken, lambda: os.read(woken, 64), None


def recover(window: MainWindow) -> None:
    """Reopen the incident that was being written when Amends last stopped without closing."""
    last = window.journal.settings.get(LAST_OPEN)
    if last and last.isdigit():
        try:
            window.open_incident(int(last))
        except JournalError:
            return
        window.show_status("Brought back the incident you were writing.", False)
