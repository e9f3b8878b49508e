"""Makes a journal's file or folder read-only in a way that holds for root too.

Root ignores permission bits, and the tests run as root. So, in this order, whichever works
on this machine (found by trying it on a probe file, once per file system):

- "immutable": the file system's immutable flag (chattr +i, through its ioctl), which root
  needs CAP_LINUX_IMMUTABLE to set and then cannot write through either, not even on a file
  it opened before: ext4, xfs, btrfs and tmpfs have it;
- "permissions": permission bits, when the tests do not run as root;
- "shim": fail_writes.so refuses, in the program under test, what the kernel would refuse
  (opening for writing, creating or removing entries, access(W_OK)) with EACCES.
"""

from __future__ import annotations

import array
import fcntl
import functools
import os
import stat
import tempfile
from pathlib import Path

from tests.faults import shim

FS_IOC_GETFLAGS = 0x80086601
FS_IOC_SETFLAGS = 0x40086602
FS_IMMUTABLE_FL = 0x10
MECHANISMS = ("immutable", "permissions", "shim")


def set_immutable(path: Path, immutable: bool) -> None:
    """chattr +i (or -i) on a file or a folder."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        flags = array.array("i", [0])
        fcntl.ioctl(descriptor, FS_IOC_GETFLAGS, flags, True)
        flags[0] = flags[0] | FS_IMMUTABLE_FL if immutable else flags[0] & ~FS_IMMUTABLE_FL
        fcntl.ioctl(descriptor, FS_IOC_SETFLAGS, flags, True)
    finally:
        os.close(descriptor)


def _refuses_writing(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_WRONLY))
    except PermissionError:
        return True
    return False


@functools.cache
def _mechanism_on(device: int, folder: Path) -> str:
    forced = os.environ.get("AMENDS_FAULTS_READONLY")
    if forced:
        if forced not in MECHANISMS:
            raise ValueError(f"AMENDS_FAULTS_READONLY is one of {MECHANISMS}, not {forced!r}")
        return forced
    with tempfile.TemporaryDirectory(dir=folder) as probing:
        probe = Path(probing) / "probe"
        probe.write_bytes(b"")
        try:
            set_immutable(probe, True)
        except OSError:
            pass
        else:
            try:
                if _refuses_writing(probe):
                    return "immutable"
            finally:
                set_immutable(probe, False)
        probe.chmod(0o444)
        if _refuses_writing(probe):
            return "permissions"
    return "shim"


def mechanism(where: Path) -> str:
    """How files in the folder `where` are made read-only on this machine."""
    return _mechanism_on(where.stat().st_dev, where)


class ReadOnly:
    """Files and folders made read-only until lift(); environment() for the program tested."""

    def __init__(self, where: Path) -> None:
        self.mechanism = mechanism(where)
        self.files: list[Path] = []
        self.folders: list[Path] = []
        self.modes: dict[Path, int] = {}

    def file(self, path: Path) -> None:
        self._make(path)
        self.files.append(path)

    def folder(self, path: Path) -> None:
        """The folder and the folders in it (backups/): no entry added, removed or renamed."""
        for folder in [path, *(entry for entry in path.rglob("*") if entry.is_dir())]:
            self._make(folder)
            self.folders.append(folder)

    def _make(self, path: Path) -> None:
        if self.mechanism == "immutable":
            set_immutable(path, True)
        elif self.mechanism == "permissions":
            self.modes[path] = stat.S_IMODE(path.stat().st_mode)
            path.chmod(self.modes[path] & ~0o222)

    def environment(self) -> dict[str, str]:
        """What the program under test needs in its environment (the shim, when it does it)."""
        if self.mechanism != "shim" or not (self.files or self.folders):
            return {}
        return shim.denied(self.files, self.folders)

    def lift(self) -> None:
        for path in [*self.files, *self.folders]:
            if self.mechanism == "immutable":
                set_immutable(path, False)
            elif self.mechanism == "permissions":
                path.chmod(self.modes[path])
        self.files.clear()
        self.folders.clear()


class BecomingReadOnly:
    """A journal that becomes read-only while a program has it open, as when its disk is
    remounted read-only: the immutable flag on the journal, its WAL and its folder (the -shm
    is left alone: the kernel kills a program writing to a shared map it may no longer
    write); where the flag cannot be set, writes to the folder failing with EROFS (the shim)
    from the moment a switch file appears."""

    def __init__(self, journal: Path, scratch: Path) -> None:
        self.paths = [journal, Path(f"{journal}-wal"), journal.parent]
        self.switch = scratch / "read-only-now"
        self.immutable = mechanism(journal.parent) == "immutable"
        self.on = False

    def environment(self) -> dict[str, str]:
        if self.immutable:
            return {}
        fault = shim.DiskFault((self.paths[-1],), errno="EROFS", switch=self.switch)
        return fault.environment()

    def arm(self) -> None:
        self.on = True
        if self.immutable:
            for path in self.paths:
                set_immutable(path, True)
        else:
            self.switch.write_bytes(b"")

    def lift(self) -> None:
        if self.on and self.immutable:
            for path in self.paths:
                set_immutable(path, False)
        self.switch.unlink(missing_ok=True)
        self.on = False
