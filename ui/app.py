"""Starts the window: one instance per journal, the demo journal, recovery after a crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import resources
from journal.errors import JournalError
from journal.service import Journal
from ui import theme
from ui.fonts import register
from ui.main_window import LAST_OPEN, MainWindow
from ui.one_instance import bring_forward_running, listen, server_address
from ui.session import Session

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.crash import CrashHandler


def app_icon() -> QIcon:
    """The application's icon at each drawn size: PNGs, which need no SVG renderer loaded
    before the first paint."""
    icon = QIcon()
    for drawn in sorted((Path(resources.__file__).parent / "icons" / "app").glob("amends-*.png")):
        icon.addFile(str(drawn))
    return icon


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
    app.setDesktopFileName("app.amends.Amends")  # packaging/linux/app.amends.Amends.desktop
    app.setWindowIcon(app_icon())
    register()
    from ui.translation import install, window_language

    install(window_language())
    if not demo and is_first_start(db, dict(os.environ)):
        from ui.welcome import LOOK_AROUND, welcome

        chosen = welcome(_window_journal())
        if not chosen:
            return 0  # closed: nothing made, the welcome comes again next time
        demo = chosen == LOOK_AROUND
    path = db
    try:
        path = demo_journal() if demo else db or _window_journal()
        journal = Journal(path)
    except JournalError as error:
        said = QCoreApplication.translate("App", "amends: {reason}", "the program's name, then why")
        print(said.format(reason=error), file=sys.stderr)
        from ui.startup import another_journal

        opened = another_journal(Path(path or _window_journal()), error)
        if opened is None:
            return 1
        journal = opened
    if bring_forward_running(server_address(journal.path)):
        journal.close()
        print(
            QCoreApplication.translate(
                "App", "Amends is already open on this journal; it has been brought forward."
            )
        )
        return 0
    theme.apply(app, theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)))
    session = Session(journal, sample=demo)
    crashes: list[CrashHandler] = []
    session.shown.connect(lambda window: serve(window, crashes))
    keep_on_exit(app, session)
    if sys.platform == "darwin":  # the Finder's double click, while Amends runs
        from ui.file_open import FileOpenFilter

        app.installEventFilter(FileOpenFilter(session))
    try:
        session.show()
        if db is None and not demo:
            _say_if_last_journal_is_gone(session.window)
        code = app.exec()
    finally:
        for handler in crashes:
            handler.uninstall()
    session.journal.close()
    return int(code)


def _warn_of_place(window: MainWindow) -> None:
    """A journal in a synced folder or on a network drive: said as it opens, not only in
    Settings, since that is where it can be damaged."""
    from ui.settings_dialog import place_warning

    warning = place_warning(window.journal.path)
    if warning:
        window.show_status(warning, True)


def _window_journal() -> Path:
    """The journal the window opens when none is named: the one last opened from it."""
    from journal.storage.connection import default_journal_path

    return default_journal_path(remembered=True)


def _say_if_last_journal_is_gone(window: MainWindow) -> None:
    """The journal last opened from the window is not there (moved, or on a drive not
    plugged in or not answering): the window is on the usual one, and says so."""
    from journal import preferences

    last = preferences.last_journal()
    # Not asked of its drive again: one that did not answer would keep the window waiting.
    if last is None or window.journal.path.resolve() == last or os.environ.get("AMENDS_DB"):
        return
    said = QCoreApplication.translate(
        "App", "The journal you opened last, {last}, is not there now; this is {path}."
    )
    window.show_status(said.format(last=last, path=window.journal.path), True)


def is_first_start(db: Path | None, environ: dict[str, str]) -> bool:
    """Amends starts on the user's own journal (no --db, no AMENDS_DB) and there is none yet:
    the welcome comes first (its module is loaded only then)."""
    if db is not None or environ.get("AMENDS_DB"):
        return False
    return not _window_journal().exists()


def serve(window: MainWindow, crashes: list[CrashHandler]) -> None:
    """What the application gives the window shown now (the first, or one on another journal):
    the crash handler and the one-window server, and what it was writing brought back."""
    for handler in crashes:  # the window before it is gone
        handler.uninstall()
    crashes.clear()
    # Installed once the list is painted, as the menus are: importing it costs the first
    # paint 4 ms; until then a bug is printed, as Python does.
    window.browse.list_shown.connect(lambda: crashes.append(_crash_handler(window)))
    # Listening waits until the list is painted; until then a second Amends would find no
    # one to bring forward, as if this one had not started yet.
    address = server_address(window.journal.path)
    window.browse.list_shown.connect(lambda: listen(address, window))
    window.browse.list_shown.connect(lambda: _warn_of_place(window))
    recover(window)


def _crash_handler(window: MainWindow) -> CrashHandler:
    from ui.crash import CrashHandler

    return CrashHandler(window, window.keep_after_bug, window.show_status).install()


def keep_on_exit(app: QApplication, session: Session) -> None:
    """However Amends is stopped (logging out, SIGTERM, SIGINT or SIGHUP, the application
    quitting) what is being written is saved, or kept in a file, first."""
    app.aboutToQuit.connect(session.keep_unsaved)
    app.aboutToQuit.connect(_remove_scratch)
    app.commitDataRequest.connect(session.commit_data)
    # Nothing is written before the list shows: the signals are caught from then on, which
    # keeps their modules out of the start.
    session.window.browse.list_shown.connect(lambda: _stop_on_signals(app, session))


def _remove_scratch() -> None:
    scratch = sys.modules.get("ui.scratch")  # loaded only if this run made temporary files
    if scratch is not None:
        scratch.remove_scratch()


def _stop_on_signals(app: QApplication, session: Session) -> None:
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    def stop() -> None:
        session.keep_unsaved()
        session.stop()
        app.exit(0)

    # Python runs a signal handler only between its own bytecodes; while Qt's loop waits in
    # C++ nothing would run it. The wake-up pipe makes the loop notice the signal at once.
    wake, woken, empty, ends = _wakeup_pair()
    signal.set_wakeup_fd(wake)
    notifier = QSocketNotifier(woken, QSocketNotifier.Type.Read, session)
    notifier.activated.connect(empty)
    session.wakeup = (notifier, ends)  # kept alive as long as the session
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
        said = QCoreApplication.translate("App", "Brought back the incident you were writing.")
        window.show_status(said, False)
