"""One window per journal: where the window open on a journal listens, and asking it forward."""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget


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


def listen(address: str, window: QWidget) -> QLocalServer:
    """Bring `window` forward when a second Amends asks; the server goes with the window."""
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
