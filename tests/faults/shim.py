"""Builds fail_writes.so, the LD_PRELOAD shim that makes a journal's disk fail, and its settings."""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("fail_writes.c")


@functools.cache
def library() -> Path:
    """The shim, compiled once per test run with the system's C compiler into a temp folder."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("The fault proofs need a C compiler: apt-get install gcc")
    folder = Path(tempfile.mkdtemp(prefix="amends-shim-"))
    atexit.register(shutil.rmtree, folder, True)
    built = folder / "fail_writes.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-o", str(built), str(SOURCE), "-ldl"],
        check=True,
        capture_output=True,
    )
    return built


def _joined(paths: Iterable[Path]) -> str:
    return ":".join(str(path) for path in paths)


@dataclass(frozen=True)
class DiskFault:
    """Writes to files in the folders `under` fail with `errno` after the first `after` of
    them (never, with None and no switch), and with a `switch` only while that file exists."""

    under: tuple[Path, ...]
    after: int | None = None
    errno: str = "ENOSPC"
    switch: Path | None = None
    log: Path | None = None

    def environment(self) -> dict[str, str]:
        settings = {
            "LD_PRELOAD": str(library()),
            # Matched with the slash: /j/ is not /j-other/.
            "FAIL_WRITES_PREFIX": _joined(f"{path.resolve()}/" for path in self.under),
            "FAIL_WRITES_ERRNO": self.errno,
        }
        if self.after is not None:
            settings["FAIL_WRITES_AFTER"] = str(self.after)
        if self.switch is not None:
            settings["FAIL_WRITES_SWITCH"] = str(self.switch)
        if self.log is not None:
            settings["FAIL_WRITES_LOG"] = str(self.log)
        return settings


def denied(files: Iterable[Path] = (), folders: Iterable[Path] = ()) -> dict[str, str]:
    """Settings that make `files`, and the entries of `folders`, read-only as permission bits
    do for a user who is not root."""
    return {
        "LD_PRELOAD": str(library()),
        "FAIL_WRITES_DENY_FILES": _joined(path.resolve() for path in files),
        "FAIL_WRITES_DENY_FOLDERS": _joined(path.resolve() for path in folders),
    }


@dataclass(frozen=True)
class Write:
    """One write the shim counted: its number, the function, the file, whether it failed."""

    number: int
    function: str
    path: str
    failed: bool


def writes(log: Path) -> list[Write]:
    """The writes a FAIL_WRITES_LOG file lists, in order (none if there is no file)."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    found = []
    for line in lines:
        number, function, rest = line.split(" ", 2)
        path, failed = rest.removesuffix(" FAILED"), rest.endswith(" FAILED")
        found.append(Write(int(number), function, path, failed))
    return found
