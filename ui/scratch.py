"""A private folder for this run's temporary files (the demo journal, briefing previews):
only the user can enter it, and it is removed when Amends stops, or at the next start if the
run that made it was killed."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

PREFIX = "amends-run-"
_folder: Path | None = None


def scratch_folder() -> Path:
    """This run's folder (0700), made on first use."""
    global _folder
    if _folder is None:
        _remove_abandoned()
        _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
        atexit.register(remove_scratch)
    return _folder


def remove_scratch() -> None:
    global _folder
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)
        _folder = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or a system that cannot tell: leave it
        return True
    return True


def _remove_abandoned() -> None:
    for found in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        pid = found.name.removeprefix(PREFIX).split("-", 1)[0]
        with suppress(OSError):  # another start may remove it first
            mine = not hasattr(os, "getuid") or found.stat().st_uid == os.getuid()
            if pid.isdigit() and mine and not _alive(int(pid)):
                shutil.rmtree(found, ignore_errors=True)
