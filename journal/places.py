"""Whether a journal lies in a folder that a sync service copies or on a network drive, where
SQLite's own documentation warns that a database can be corrupted; and whether a journal's
drive answers at all."""

from __future__ import annotations

import os
import sys
import threading
from contextlib import suppress
from pathlib import Path, PurePath
from typing import NamedTuple

ANSWER_WITHIN = 2.0  # seconds a drive has to say whether a journal is there


def exists_in_time(path: Path, seconds: float | None = None) -> bool:
    """Whether `path` is there, if its drive says so in time. A network drive that stopped
    answering (a hard NFS mount, a share whose server is gone) can keep a program waiting
    forever on one look: Amends would never start. Such a journal counts as not there."""
    answer: list[bool] = []
    done = threading.Event()

    def look() -> None:
        answer.append(_exists(path))
        done.set()

    threading.Thread(target=look, name="look at a journal's drive", daemon=True).start()
    done.wait(ANSWER_WITHIN if seconds is None else seconds)
    return bool(answer and answer[0])


def _exists(path: Path) -> bool:
    return path.exists()


# A folder of this name, anywhere on the path, is kept by the service (its own default names,
# and the ones it makes on each system).
SYNCED_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "icloud": "iCloud Drive",
    "mobile documents": "iCloud Drive",  # ~/Library/Mobile Documents on macOS
    "com~apple~clouddocs": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
}
# Folder names that begin with the service's name ("OneDrive - Firm", "Dropbox (Personal)").
SYNCED_PREFIXES = {"onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive"}
# macOS keeps every sync service's folder in ~/Library/CloudStorage, named for the service and
# the account: OneDrive-Personal, Dropbox-Team, GoogleDrive-a@b.com, Box-Box.
CLOUD_STORAGE = ("library", "cloudstorage")
CLOUD_STORAGE_NAMES = {"googledrive": "Google Drive", "onedrive": "OneDrive", "dropbox": "Dropbox"}
# File systems reached over a network (/proc/mounts' third field on Linux).
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph",
    "glusterfs", "fuse.sshfs", "sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "webdav",
    "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.gcsfuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}  # fmt: skip


class RiskyPlace(NamedTuple):
    service: str  # the sync service's name ("Dropbox"), or "" on a network drive
    network: str  # the network file system ("nfs4", "cifs"; "" for a Windows share), or ""


def risky_place(path: Path, mounts: str | None = None) -> RiskyPlace | None:
    """The sync service or network drive the journal at `path` is kept on; None for a folder
    of this computer alone. `mounts` is /proc/mounts' text, read when not given."""
    whole = Path(os.path.abspath(path.expanduser()))
    if _is_unc(whole):
        return RiskyPlace("", "")
    with suppress(OSError):  # a link into a synced folder is in it too
        whole = whole.resolve()
    folders = [folder.casefold().strip() for folder in whole.parent.parts[1:]]
    for place, name in enumerate(folders):
        if name in SYNCED_FOLDERS:
            return RiskyPlace(SYNCED_FOLDERS[name], "")
        for prefix, service in SYNCED_PREFIXES.items():
            if name.startswith((prefix + " -", prefix + " (")):
                return RiskyPlace(service, "")
        if tuple(folders[place : place + 2]) == CLOUD_STORAGE and place + 2 < len(folders):
            service = whole.parent.parts[place + 3].split("-")[0]
            return RiskyPlace(CLOUD_STORAGE_NAMES.get(service.casefold(), service), "")
    kind = _file_system(whole, mounts)
    if kind in NETWORK_FILE_SYSTEMS:
        return RiskyPlace("", kind)
    return None


def _is_unc(path: PurePath) -> bool:
    return str(path).startswith(("\\\\", "//"))


def _file_system(path: Path, mounts: str | None) -> str | None:
    """The type of the file system that holds `path` (Linux: the deepest mount above it)."""
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind
