"""The real window (`amends --db J`) in a process of its own, worked through window_driver."""

from __future__ import annotations

import contextlib
import json
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.faults import cli
from tests.faults.window_driver import MARK

START_TIMEOUT = 60
ANSWER_TIMEOUT = 60
# What Qt's offscreen platform says on stderr about itself, and nothing else may be there.
QT_NOISE = re.compile(r"This plugin does not support|QStandardPaths: |OpenType support missing for")
NOT_SAVED = "Not saved — your text is still here."
# What quitting prints when the text could not be saved and was kept in a file instead.
KEPT = re.compile(r"amends: not saved \(.*\); it is kept in .*amends-unsaved-.*\.txt\.$")


class Window:
    """A window started on `journal`; ask() runs a command in it, finish() waits for its end."""

    def __init__(self, journal: Path, scratch: Path, extra: Mapping[str, str] | None = None):
        scratch.mkdir(parents=True, exist_ok=True)
        for folder in ("runtime", "home"):
            (scratch / folder).mkdir(mode=0o700, exist_ok=True)
        settings = {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(scratch / "home"),  # where text that could not be saved may be kept
            "TMPDIR": str(scratch),
            "XDG_RUNTIME_DIR": str(scratch / "runtime"),
            **(extra or {}),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.window_driver", str(journal)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=cli.ROOT,
            env=cli.environment(settings),
        )
        self.lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.events: list[dict[str, Any]] = []
        self.printed: list[str] = []
        self.errors: list[str] = []
        self.ended = False  # its standard output is closed
        self.readers = [
            threading.Thread(target=self._read_stdout, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self.readers:
            reader.start()

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(MARK):
                self.lines.put(json.loads(line[len(MARK) :]))
            else:
                self.printed.append(line)
        self.lines.put(None)

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    def _next(self, timeout: float) -> dict[str, Any] | None:
        try:
            item = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the window did not answer in {timeout} s: {self}") from None
        if item is None:
            self.ended = True
        elif "event" in item:
            self.events.append(item)
        return item

    def started(self) -> dict[str, Any] | None:
        """Wait until the window is shown (its event), or has ended (None)."""
        while True:
            item = self._next(START_TIMEOUT)
            if item is None or item.get("event") == "shown":
                return item

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(command) + "\n")
            self.process.stdin.flush()
        except OSError:
            raise AssertionError(f"the window had ended when asked {command}: {self}") from None
        while True:
            item = self._next(ANSWER_TIMEOUT)
            if item is None:
                raise AssertionError(f"the window ended while asked {command}: {self}")
            if "answer" in item:
                answer: dict[str, Any] = item["answer"]
                if "raised" in answer:
                    raise AssertionError(f"the window raised, asked {command}: {answer['raised']}")
                return answer

    def finish(self, timeout: float = START_TIMEOUT) -> int:
        """Wait for the window to end by itself; its exit status."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"the window did not end in {timeout} s: {self}") from None
        while not self.ended:  # what it reported last
            self._next(5)
        self._release()
        return code

    def stop(self) -> None:
        """End it, however it is (a test that failed halfway)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._release()

    def _release(self) -> None:
        """Close the pipes, once the readers have read all there was."""
        for reader in self.readers:
            reader.join(timeout=10)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    @property
    def stderr(self) -> str:
        return "".join(self.errors)

    def problems_on_stderr(self, messages: int, kept: bool = False) -> list[str]:
        """What is wrong with stderr: a traceback, anything but Qt's own notes and `messages`
        lines starting "amends: " (and, if the text was `kept` in a file on quitting, the
        line that says where)."""
        found = []
        if "Traceback" in self.stderr or any("Traceback" in line for line in self.printed):
            found.append("a traceback")
        rest = [line for line in self.errors if not QT_NOISE.search(line)]
        if kept:
            rest = [line for line in rest if not KEPT.match(line)]
        said = [line for line in rest if line.startswith("amends: ")]
        if len(said) != messages:
            found.append(f"{len(said)} 'amends: ' line(s) on stderr, not {messages}")
        if len(rest) > len(said):
            found.append(f"other lines on stderr: {rest[:5]}")
        return found

    def message_boxes(self) -> list[dict[str, Any]]:
        return [event for event in self.events if event.get("event") == "message_box"]

    def __str__(self) -> str:
        return f"events {self.events}, stdout {self.printed[-5:]}, stderr {self.stderr[-3000:]!r}"
