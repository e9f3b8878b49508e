"""Writing a file whole or not at all: the one way Amends replaces a file it writes (an
export, a briefing, a backup, a restored journal). The content goes to a private (0600)
hidden temporary file beside the target, is synced to the disk, then renamed over the
target: a reader, a crash or a full disk finds the whole old file or the whole new one,
never half of either, and no temporary file is left behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from journal.storage.failures import cannot_write


def temporary_beside(path: Path, name: str | None = None) -> Path:
    """A new, empty, private file in `path`'s folder to write the new content to: named
    `name` (which must not exist yet), or else `.{path.name}.` and a random ending."""
    folder = path.resolve().parent
    if name is not None:
        temporary = folder / name
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        return temporary
    import tempfile  # not needed to open a journal

    descriptor, made = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)  # 0600
    os.close(descriptor)
    return Path(made)


def put_in_place(temporary: Path, path: Path) -> None:
    """Sync the temporary file's content to the disk, keep it private and rename it over
    `path`. OSErrors are raised as they are; the caller removes the temporary file."""
    descriptor = os.open(temporary, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def write_atomically(path: Path, content: bytes | Callable[[IO[str]], object]) -> None:
    """Write `content` to `path` whole or not at all: bytes as they are, or the text a
    writer writes to the handle it is given (UTF-8, line ends as written). A file that
    cannot be written raises journal.storage.failures.cannot_write's error naming `path`;
    anything else (Ctrl+C too) is raised as it is. Either way no temporary file is left."""
    temporary: Path | None = None
    try:
        temporary = temporary_beside(path)
        if isinstance(content, bytes):
            temporary.write_bytes(content)
        else:
            with temporary.open("w", encoding="utf-8", newline="") as handle:
                content(handle)
        put_in_place(temporary, path)
    except BaseException as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(path, error) from error
        raise
