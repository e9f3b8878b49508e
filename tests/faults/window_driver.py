"""Starts the window as `amends --db J` does, and works it on commands from standard input.

Run as `python -m tests.faults.window_driver J` (offscreen). Each line on standard input is a
JSON command; each answer, and each dialog that showed, is a line on standard output that
starts with "@@ " (the window may print lines of its own). A message box is answered with its
default button once reported; the dialog that asks about unsaved text is answered as the
last "close" command said.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from journal import cli

MARK = "@@ "


def say(**what: Any) -> None:
    sys.stdout.write(MARK + json.dumps(what) + "\n")
    sys.stdout.flush()


class Driver:
    """Reads commands, runs them on the window, and reports what the user would see."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.buffer = b""
        self.answer = "stay"  # for the unsaved-text dialog
        self.dialogs: list[dict[str, str]] = []
        self.shown = False
        self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)
        self.watch = QTimer(interval=20)
        self.watch.timeout.connect(self.look)
        self.watch.start()

    def window(self) -> Any:
        return next((w for w in self.app.topLevelWidgets() if hasattr(w, "worksheet")), None)

    def look(self) -> None:
        """Report the window once it is ready; answer message boxes and the unsaved dialog."""
        window = self.window()
        if window is not None and not self.shown and window.menus[0].actions():
            self.shown = True
            say(event="shown", status=window.statusBar().currentMessage())
        dialog = self.app.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            say(event="message_box", title=dialog.windowTitle(), text=dialog.text())
            dialog.done(int(QMessageBox.StandardButton.Ok))
        elif dialog is not None and dialog.objectName() != "answered":
            message = dialog.findChild(QLabel, "message")
            seen = {
                "kind": type(dialog).__name__,
                "title": dialog.windowTitle(),
                "text": message.text() if message else "",
                "answered_with": self.answer,
            }
            self.dialogs.append(seen)
            say(event="dialog", **seen)
            dialog.setObjectName("answered")
            button = dialog.findChild(QAbstractButton, self.answer)
            if button is None:
                dialog.reject()
            else:
                button.click()

    def read(self) -> None:
        chunk = os.read(0, 65536)
        if not chunk:
            self.notifier.setEnabled(False)
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            command = json.loads(line)
            try:
                say(answer=self.run(command))
            except Exception:  # the window's own: on stderr, as Qt shows what a slot raises
                traceback.print_exc()
                say(answer={"raised": traceback.format_exc()})

    def state(self) -> dict[str, Any]:
        window = self.window()
        if window is None:
            return {"window": False}
        sheet = window._worksheet
        return {
            "window": True,
            "status": window.statusBar().currentMessage(),
            "in_worksheet": window.in_worksheet(),
            "values": sheet.values() if sheet is not None else {},
            "dirty": bool(sheet is not None and sheet.dirty),
            "read_only": window.journal.read_only,
        }

    def run(self, command: dict[str, Any]) -> dict[str, Any]:
        window = self.window()
        action = command["do"]
        if action == "new":  # Ctrl+N, as the user starts one
            keys = QKeySequence("Ctrl+N")
            (new,) = [item for item in window.actions() if item.shortcut() == keys]
            new.trigger()
        elif action == "type":
            if not window.in_worksheet():
                raise RuntimeError("there is no worksheet open to type in")
            editor: QWidget = window.worksheet.widgets[command["field"]]
            if isinstance(editor, QPlainTextEdit):
                editor.moveCursor(editor.textCursor().MoveOperation.End)
                editor.insertPlainText(command["text"])
            elif isinstance(editor, QLineEdit):
                editor.setText(editor.text() + command["text"])
        elif action == "save":
            return {"saved": window.worksheet.save(), **self.state()}
        elif action == "close":  # the window's close button, or Ctrl+Q
            self.answer = command.get("answer", "stay")
            before = len(self.dialogs)
            closed = window.close()
            return {"closed": closed, "dialogs": self.dialogs[before:], **self.state()}
        return self.state()


def main() -> int:
    app = QApplication([sys.argv[0]])
    driver = Driver(app)  # noqa: F841 (kept alive while the window runs)
    return cli.main(["--db", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
