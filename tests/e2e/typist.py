"""The child: the real window as `amends --db J` starts it, and a typist writing in it."""

# python -m tests.e2e.typist PLAN.json
#
# The plan names the journal, the log, the mode (inprocess: QKeyEvents posted to the focused
# widget from a timer; xdotool: X key events into the X window; probe: only look) and what the
# typist knows of the journal. Everything typed is logged before (xdotool) or right after
# (in-process) it is typed, and each save of the worksheet is logged as it begins and ends.

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.e2e.keylog import KeyLog
from tests.e2e.writing import MODELED, Action, Char, Check, Key, TabTo, Wait, Writer
from ui.app import run_window
from ui.field_widgets import editor_text
from ui.main_window import LAST_OPEN, MainWindow

CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
QT_KEYS = {
    "Tab": (Qt.Key.Key_Tab, NONE),
    "Return": (Qt.Key.Key_Return, NONE),
    "End": (Qt.Key.Key_End, NONE),
    "ctrl+End": (Qt.Key.Key_End, CTRL),
    "ctrl+Next": (Qt.Key.Key_PageDown, CTRL),
    "ctrl+Prior": (Qt.Key.Key_PageUp, CTRL),
    "ctrl+n": (Qt.Key.Key_N, CTRL),
    "ctrl+w": (Qt.Key.Key_W, CTRL),
    "ctrl+f": (Qt.Key.Key_F, CTRL),
}
CAUGHT_UP_S = 10.0
NON_ASCII_DELAY_MS = 80
DROPPED_S = 1.5  # a character outside ASCII not shown by then was dropped (see XdoTypist.type)
RETYPES = 4  # how long xdotool's keys may take to arrive before it is a failure


class Failed(Exception):
    """What the window shows is not what was typed, or the focus is not where it should be."""


def watch_saves(log: KeyLog) -> None:
    """Log each save of the worksheet (journal.incidents.edit) and of the incident to bring
    back after a crash as it begins and ends; what they do is unchanged."""
    from journal.incidents import Incidents
    from journal.settings import Settings

    edit, set_setting = Incidents.edit, Settings.set

    def logged_edit(self: Incidents, incident_id: int | None, changes: Any) -> Any:
        log.write("save", p="begin", id=incident_id, fields=sorted(changes))
        try:
            saved = edit(self, incident_id, changes)
        except BaseException as error:
            log.write("save", p="failed", id=incident_id, error=repr(error))
            raise
        log.write("save", p="end", id=saved.incident.id)
        return saved

    def logged_setting(self: Settings, key: str, value: str | None) -> None:
        if key != LAST_OPEN:
            set_setting(self, key, value)
            return
        log.write("remember", p="begin", value=value)
        set_setting(self, key, value)
        log.write("remember", p="end", value=value)

    Incidents.edit = logged_edit  # type: ignore[method-assign]
    Settings.set = logged_setting  # type: ignore[method-assign]


class Page:
    """What the window shows, read on its own thread."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def focus(self) -> str:
        widget = QApplication.focusWidget()
        return str(widget.objectName()) if widget is not None else ""

    def text(self, name: str) -> str:
        if name == "search":
            return str(self.window.browse.search.text())
        return str(editor_text(self.window.worksheet.widgets[name]))

    def recovered(self) -> dict[str, Any]:
        if not self.window.in_worksheet():
            return {"in_worksheet": False, "id": None, "values": {}}
        values = {name: self.text(name) for name in MODELED}
        return {"in_worksheet": True, "id": self.window.worksheet.incident_id(), "values": values}

    def problem(self, check: Check, writer: Writer) -> str:
        """Why the window does not show what the check expects; "" when it does."""
        focus = self.focus()
        if focus != check.name:
            return f"the focus is on {focus!r}, not {check.name!r}"
        if check.name == "search":
            wanted = {"search": writer.searched}
        elif check.whole:
            wanted = dict(writer.texts[writer.current or 0])
        else:
            wanted = {check.name: writer.texts[writer.current or 0][check.name]}
        if check.name != "search" and not self.window.in_worksheet():
            return "the worksheet is not open"
        for name, text in wanted.items():
            shown = self.text(name)
            if shown != text:
                return f"{name!r} shows {shown[-80:]!r}, typed {text[-80:]!r}"
        return ""


class TimerTypist(QObject):
    """Posts each key to the focused widget from a timer on the window's thread; logs it
    right after the widget took it."""

    def __init__(self, page: Page, writer: Writer, log: KeyLog) -> None:
        super().__init__()
        self.page, self.writer, self.log = page, writer, log
        self.actions: Iterator[Action] = writer.actions()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        try:
            for action in self.actions:
                if isinstance(action, Wait):
                    self.timer.start(round(action.seconds * 1000))
                    return
                self.do(action)
        except Failed as failure:
            self.log.write("error", message=str(failure))
        except Exception:
            self.log.write("error", message=traceback.format_exc())

    def send(self, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str = "") -> None:
        target = QApplication.focusWidget() or self.page.window
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))

    def do(self, action: Action) -> None:
        writer = self.writer
        if isinstance(action, Char):
            if self.page.focus() != writer.field:
                raise Failed(f"typing into {self.page.focus()!r}, meant for {writer.field!r}")
            key = Qt.Key.Key_Return if action.text == "\n" else Qt.Key.Key_unknown
            self.send(key, NONE, action.text)
            self.log.write("char", n=writer.current, f=writer.field, c=action.text)
        elif isinstance(action, Key):
            self.send(*QT_KEYS[action.name])
            _log_key(self.log, action)
            if action.expect and self.page.focus() != action.expect:
                raise Failed(f"after {action.name} the focus is on {self.page.focus()!r}")
        elif isinstance(action, TabTo):
            for _ in range(30):
                if self.page.focus() == action.target:
                    return
                self.send(*QT_KEYS["Tab"])
                self.log.write("key", k="Tab")
            raise Failed(f"Tab never reached {action.target!r}")
        elif isinstance(action, Check):
            problem = self.page.problem(action, writer)
            if problem:
                raise Failed(problem)


class Bridge(QObject):
    """Runs a function on the window's thread for another thread, and hands back its result."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.asked.connect(self.answer, Qt.ConnectionType.QueuedConnection)

    def answer(self, request: tuple[Callable[[], Any], list[Any], threading.Event]) -> None:
        function, box, done = request
        try:
            box.append(function())
        except Exception as error:
            box.append(error)
        done.set()

    def ask(self, function: Callable[[], Any]) -> Any:
        box: list[Any] = []
        done = threading.Event()
        self.asked.emit((function, box, done))
        if not done.wait(CAUGHT_UP_S):
            raise Failed(f"the window did not answer for {CAUGHT_UP_S} s")
        if isinstance(box[0], Exception):
            raise box[0]
        return box[0]


class XdoTypist:
    """Types with xdotool into the real X window, from a thread of its own; logs each key
    before it is typed, and waits for the window to catch up before moving on."""

    def __init__(self, page: Page, writer: Writer, log: KeyLog) -> None:
        self.page, self.writer, self.log = page, writer, log
        self.bridge = Bridge()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.due = time.monotonic()

    def start(self) -> None:
        self.thread.start()

    def run(self) -> None:
        try:
            self.click()
            self.due = time.monotonic()
            for action in self.writer.actions():
                self.do(action)
        except Failed as failure:
            self.log.write("error", message=str(failure))
        except Exception:
            self.log.write("error", message=traceback.format_exc())

    def click(self) -> None:
        """Nothing has the keyboard without a window manager until the window is clicked:
        click the empty end of its menu bar, where a click changes nothing (and if that does
        not make it the active window, give it the X input focus)."""

        def where() -> tuple[int, int, int]:
            window = self.page.window
            bar = window.menuBar()
            point = bar.mapToGlobal(QPoint(bar.width() - 40, bar.height() // 2))
            return point.x(), point.y(), int(window.winId())

        x, y, window_id = self.bridge.ask(where)
        _xdotool("mousemove", str(x), str(y))  # not --sync: it waits forever if already there
        time.sleep(0.1)
        _xdotool("click", "1")
        try:
            self.until(lambda: self.page.window.isActiveWindow(), "", seconds=2)
        except Failed:
            self.log.write("note", message="the click did not activate the window")
            _xdotool("windowfocus", "--sync", str(window_id))
            self.until(lambda: self.page.window.isActiveWindow(), "the window is not active")

    def until(
        self,
        done: Callable[[], bool],
        failure: str | Callable[[], str],
        seconds: float = CAUGHT_UP_S,
    ) -> None:
        deadline = time.monotonic() + seconds
        while not self.bridge.ask(done):
            if time.monotonic() > deadline:
                raise Failed(failure if isinstance(failure, str) else failure())
            time.sleep(0.02)

    def type(self, char: str) -> None:
        """Type one character. xdotool types one outside ASCII by mapping a spare key to it for
        a moment; now and then the window reads that key after the mapping is undone (as the
        first of them after a start) and gets nothing. So the typist waits until such a
        character shows; if it does not, it logs that it was dropped, and types it again."""
        writer, page = self.writer, self.page
        field = writer.field
        shown = writer.searched if field == "search" else writer.texts[writer.current or 0][field]
        for _ in range(RETYPES):
            self.log.write("char", n=writer.current, f=field, c=char)
            if char == "\n":
                _xdotool("key", "Return")
            else:
                delay = "0" if char.isascii() else str(NON_ASCII_DELAY_MS)
                _xdotool("type", "--delay", delay, "--", char)
            if char.isascii():
                return
            try:
                self.until(lambda: page.text(field) == shown + char, "", seconds=DROPPED_S)
            except Failed:
                now = self.bridge.ask(lambda: page.text(field))
                if now == shown + char:
                    return  # late, but there
                if now != shown:
                    raise Failed(f"{char!r} typed into {field!r} came out otherwise") from None
                self.log.write("drop", n=writer.current, f=field, c=char)
                continue
            return
        raise Failed(f"xdotool could not type {char!r} in {RETYPES} tries")

    def do(self, action: Action) -> None:
        writer, page = self.writer, self.page
        if isinstance(action, Wait):
            # Waits add up to a schedule: the time xdotool takes is part of them.
            self.due = max(self.due + action.seconds, time.monotonic() - 0.5)
            time.sleep(max(0.0, self.due - time.monotonic()))
        elif isinstance(action, Char):
            self.type(action.text)
        elif isinstance(action, Key):
            _log_key(self.log, action)
            _xdotool("key", action.name)
            if action.expect:
                expect = action.expect

                def wrong() -> str:
                    focus = self.bridge.ask(page.focus)
                    return f"after {action.name} the focus is on {focus!r}, not {expect!r}"

                self.until(lambda: page.focus() == expect, wrong)
        elif isinstance(action, TabTo):
            for _ in range(30):
                before = self.bridge.ask(page.focus)
                if before == action.target:
                    return
                self.log.write("key", k="Tab")
                _xdotool("key", "Tab")
                deadline = time.monotonic() + 1
                while self.bridge.ask(page.focus) == before and time.monotonic() < deadline:
                    time.sleep(0.02)
            raise Failed(f"Tab never reached {action.target!r}")
        elif isinstance(action, Check):
            self.until(
                lambda: not page.problem(action, writer),
                lambda: self.bridge.ask(lambda: page.problem(action, writer)),
            )


def _xdotool(*arguments: str) -> None:
    subprocess.run(["xdotool", *arguments], check=True, timeout=CAUGHT_UP_S)


def _log_key(log: KeyLog, action: Key) -> None:
    """A key, logged with what it means: a new incident, one opened again, leaving it."""
    event = dict(action.event or {"e": "key"})
    log.write(event.pop("e"), k=action.name, **event)


class Catcher(QObject):
    """Waits for the main window to show; then, once its list is painted, calls `ready`."""

    def __init__(self, ready: Callable[[MainWindow], None]) -> None:
        super().__init__()
        self.ready = ready

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            window = watched
            window.browse.list_shown.connect(
                lambda: QTimer.singleShot(0, lambda: self.ready(window))
            )
        return False


def start_typing(window: MainWindow, plan: dict[str, Any], log: KeyLog) -> None:
    page = Page(window)
    recovered = page.recovered()
    log.write("up", **recovered)
    if plan["mode"] == "probe":
        QTimer.singleShot(0, QApplication.instance().quit)  # type: ignore[union-attr]
        return
    texts = {int(number): values for number, values in plan["texts"].items()}
    current = plan["numbers"].get(str(recovered["id"]))
    if current is not None:
        texts[current] = dict(recovered["values"])
    writer = Writer(
        rng=random.Random(plan["seed"]),
        chain=plan["chain"],
        next_number=plan["next"],
        texts=texts,
        current=current,
        languages=tuple(plan["languages"]),
        xdotool=plan["mode"] == "xdotool",
        steady_share=plan.get("steady_share", 0.35),
    )
    typist = (XdoTypist if plan["mode"] == "xdotool" else TimerTypist)(page, writer, log)
    window.typist = typist  # type: ignore[attr-defined]  # kept alive with the window
    if current is None and recovered["in_worksheet"]:
        log.write("error", message=f"brought back incident {recovered['id']}, never typed")
        return
    typist.start() if isinstance(typist, XdoTypist) else typist.step()


def main(argv: list[str]) -> int:
    plan = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    log = KeyLog(Path(plan["log"]))
    log.write("start")
    watch_saves(log)
    app = QApplication(sys.argv[:1])
    catcher = Catcher(lambda window: start_typing(window, plan, log))
    app.installEventFilter(catcher)
    code = run_window(Path(plan["db"]))
    log.write("exit", code=code)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
