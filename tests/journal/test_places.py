"""A journal in a synced folder or on a network drive is recognised, and one on this
computer's own disk is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.places import RiskyPlace, risky_place

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p3 /home ext4 rw,relatime 0 0
server:/export/home /home/ana/nas nfs4 rw,relatime 0 0
//fileserver/shared /mnt/office\\040share cifs rw 0 0
ana@host:/srv /home/ana/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ana/Dropbox/amends/journal.amends", "Dropbox"),
        ("/home/ana/Dropbox (Personal)/journal.amends", "Dropbox"),
        ("C:/Users/Ana/OneDrive - Studio Ana/Amends/journal.amends", "OneDrive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/journal.amends", "iCloud Drive"),
        ("/Users/ana/Google Drive/My Drive/journal.amends", "Google Drive"),
        ("/home/ana/Nextcloud/Documents/journal.amends", "Nextcloud"),
        ("/home/ana/ONEDRIVE/journal.amends", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/OneDrive-Personal/journal.amends", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/Dropbox-Team/Amends/journal.amends", "Dropbox"),
        ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@x.se/journal.amends", "Google Drive"),
        ("/Users/ana/Library/CloudStorage/Box-Box/journal.amends", "Box"),
        ("/Users/ana/Library/CloudStorage/SyncThing/journal.amends", "SyncThing"),
    ],
)
def test_a_synced_folder_is_named_by_its_service(path: str, service: str) -> None:
    assert risky_place(Path(path), MOUNTS) == RiskyPlace(service, "")


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/ana/nas/journal.amends", "nfs4"),
        ("/mnt/office share/amends/journal.amends", "cifs"),
        ("/home/ana/remote/journal.amends", "fuse.sshfs"),
    ],
)
def test_a_network_drive_is_named_by_its_file_system(path: str, network: str) -> None:
    assert risky_place(Path(path), MOUNTS) == RiskyPlace("", network)


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/.local/share/Amends/journal.amends",
        "/home/ana/nasty/journal.amends",  # beside the mount, not in it
        "/home/ana/Documents/Dropbox-notes.amends",  # the file's own name says nothing
        "/home/ana/my dropbox ideas/journal.amends",
        "/home/ana/box-sets/journal.amends",
        "/Users/ana/Library/Preferences/journal.amends",
        "/tmp/journal.amends",
    ],
)
def test_a_folder_of_this_computer_alone_is_not_warned_of(path: str) -> None:
    assert risky_place(Path(path), MOUNTS) is None


def test_a_windows_share_is_a_network_drive() -> None:
    assert risky_place(Path("//fileserver/amends/journal.amends"), MOUNTS) == RiskyPlace("", "")


def test_a_link_into_a_synced_folder_is_in_it(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "Amends"
    synced.mkdir(parents=True)
    (tmp_path / "journals").symlink_to(synced)
    assert risky_place(tmp_path / "journals" / "journal.amends", MOUNTS) == RiskyPlace(
        "Dropbox", ""
    )
