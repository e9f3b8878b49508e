"""The one way every benchmark here times things: the median of repeated runs, in ms."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def whole_process_ms(
    commands: list[list[str | Path]], folder: Path, repeat: int = 15, cwd: Path | None = None
) -> list[float]:
    """Each command's median wall time in ms, the commands run in turns so that a machine
    slowing down slows them alike. All run as installed programs do, from compiled bytecode:
    a private cache, filled by one untimed run (with PYTHONDONTWRITEBYTECODE set, our modules
    would be compiled from source on every run, while installed libraries come compiled)."""
    env = {
        **os.environ,
        "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    timings: list[list[float]] = [[] for _ in commands]
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env)
    for _ in range(repeat):
        for command, times in zip(commands, timings, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env)
            times.append((time.perf_counter() - start) * 1000)
    return [statistics.median(times) for times in timings]
