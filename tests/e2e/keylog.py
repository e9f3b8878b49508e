"""The typist's log: one JSON line per event, appended and written through to the disk."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any


class KeyLog:
    """Append-only; each line is flushed and fsynced before write() returns, so what a killed
    program logged is on the disk, stamped with monotonic (t) and wall-clock (w) time."""

    def __init__(self, path: Path) -> None:
        self.descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.lock = threading.Lock()

    def write(self, event: str, **fields: Any) -> float:
        with self.lock:
            now = time.monotonic()
            record = {"e": event, "t": now, "w": time.time(), "pid": os.getpid(), **fields}
            os.write(self.descriptor, (json.dumps(record, ensure_ascii=False) + "\n").encode())
            os.fsync(self.descriptor)
            return now


def read_log(path: Path, start: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The complete lines from byte `start` on, and where the next read starts; a line a kill
    cut short is left for later (and, if nothing follows it, never read)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            data = handle.read()
    except FileNotFoundError:
        return [], start
    end = data.rfind(b"\n") + 1
    events = [json.loads(line) for line in data[:end].splitlines() if line.strip()]
    return events, start + end
