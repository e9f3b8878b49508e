"""Where a test's journal lives: a copy of a prepared folder, with what commands need."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from journal.service import Journal
from tests.faults import disks, journals


def prepare(folder: Path, count: int) -> Path:
    """A folder to copy for each test: a journal of `count` incidents, a backup of it, and
    one incident more than the backup has (so restoring it changes the journal); an import
    file and a folder for the files commands write."""
    (folder / "journal").mkdir(parents=True)
    path = journals.make_journal(folder / "journal", count)
    with Journal(path) as journal:
        journal.transfer.import_json(journals.document(1, first=count))
    (folder / "incoming.json").write_text(journals.document(2, first=500), encoding="utf-8")
    (folder / "out").mkdir()
    return folder


@dataclass(frozen=True)
class Place:
    base: Path

    @classmethod
    def copied(cls, prepared: Path, base: Path) -> Place:
        shutil.copytree(prepared, base, dirs_exist_ok=True)
        return cls(base)

    @property
    def folder(self) -> Path:
        return self.base / "journal"

    @property
    def journal(self) -> Path:
        return self.folder / journals.NAME

    @property
    def out(self) -> Path:
        return self.base / "out"

    @property
    def backup(self) -> Path:
        """The backup made before the last incident was added."""
        return journals.backups(self.journal)[0]

    def values(self) -> dict[str, object]:
        """What cli.COMMANDS need."""
        made = journals.backups(self.journal)
        return {
            "incident": 1,
            "json": self.base / "incoming.json",
            "out": self.out,
            "backup": made[0] if made else self.folder / "no-backup",
        }


@contextmanager
def place_for(fault: str, tmp_path: Path, prepared: Path) -> Iterator[Place]:
    """A copy of the prepared journal; for a real full disk, on a small disk of its own."""
    if fault != "real full disk":
        yield Place.copied(prepared, tmp_path / "place")
        return
    with disks.small_disk(tmp_path / "disk"):
        yield Place.copied(prepared, tmp_path / "disk")
