"""Starts the window: one instance per journal, the demo journal, recovery after a crash."""

from __future__ import annotations

import hashlib
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.errors import JournalError
from journal.service import Journal
from ui import theme
from ui.fonts import register
from ui.main_window import LAST_OPEN, MainWindow


def server_name(path: Path) -> str:
    return "amends-" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]


def bring_forward_running(name: str) -> bool:
    """Ask an Amends already open on this journal to come forward; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(QByteArray(b"show"))
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


def listen(name: str, window: MainWindow) -> QLocalServer:
    server = QLocalServer(window)
    QLocalServer.removeServer(name)  # a server left behind by a crash
    server.listen(name)

    def show() -> None:
        server.nextPendingConnection()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(show)
    return server


def demo_journal() -> Path:
    """A throwaway journal filled with the sample incidents."""
    path = Path(tempfile.mkdtemp(prefix="amends-demo-")) / "demo.amends"
    data = resources.files("journal.demo").joinpath("journal.json").read_bytes()
    with Journal(path) as journal:
        journal.import_json(data)
    return path


def run_window(db: Path | None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Amends")
    register()
    try:
        path = demo_journal() if demo else db
        journal = Journal(path)
    except JournalError as error:
        QMessageBox.critical(None, "Amends", str(error))
        print(f"amends: {error}", file=sys.stderr)
        return 1
    name = server_name(journal.path)
    if bring_forward_running(name):
        journal.close()
        print("Amends is already open on this journal; it has been brought forward.")
        return 0
    theme.apply(app, theme.chosen_appearance(journal.setting(theme.APPEARANCE_SETTING)))
    window = MainWindow(journal)
    listen(name, window)
    window.show()
    recover(window)
    code = app.exec()
    journal.close()
    return int(code)


def recover(window: MainWindow) -> None:
    """Reopen the incident that was being written when Amends last stopped without closing."""
    last = window.journal.setting(LAST_OPEN)
    if last and last.isdigit():
        try:
            window.open_incident(int(last))
        except JournalError:
            return
        window.show_status("Brought back the incident you were writing.", False)
