"""A small disk of its own (tmpfs), to fill up for real: where this machine lets the tests mount."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def small_disk(mount_point: Path, size: str = "8m") -> Iterator[bool]:
    """A tmpfs of `size` at `mount_point` (True), or, where mounting is not allowed (not root,
    a container without CAP_SYS_ADMIN), just the folder (False): the caller then fills the disk
    with the shim instead."""
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield mounted
    finally:
        if mounted:
            # Lazily: a program of a failed test may still hold a file there.
            subprocess.run(["umount", "--lazy", str(mount_point)], capture_output=True, check=True)


def fill(folder: Path) -> Path:
    """Write zeros into a file in `folder` until its disk has no room left; that file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    block = bytes(64 * 1024)
    try:
        while True:
            try:
                os.write(descriptor, block)
            except OSError:
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]  # the last few bytes too
    finally:
        os.close(descriptor)
    return filler
