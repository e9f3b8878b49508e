"""The faults, how to bring each about on a journal, and what Amends should say to each."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from tests.faults import disks, journals, locks, shim
from tests.faults.places import Place
from tests.faults.readonly import ReadOnly


@dataclass(frozen=True)
class Said:
    """A message that names the `problem` and says what to do (`advice`), and is not `wrong`
    (a message about something else). Each is a regular expression."""

    problem: str
    advice: str
    wrong: str | None = None
    or_works: bool = False  # working is right too (a command that does not meet the fault)

    def problems(self, message: str) -> list[str]:
        found = []
        if not re.search(self.problem, message):
            found.append(f"it does not name the problem ({self.problem})")
        if not re.search(self.advice, message):
            found.append(f"it does not say what to do ({self.advice})")
        if self.wrong and re.search(self.wrong, message):
            found.append(f"it says something else ({self.wrong})")
        return found


READ_ONLY = Said(r"read-only", r"permission|writable|a copy|--db")
FULL = Said(r"\bfull\b|No space left", r"[Ff]ree (some )?space|another (place|disk)", r"read-only")
DISK_ERROR = Said(
    r"disk reported an error|Input/output error", r"[Cc]heck the disk|another", r"read-only"
)
# SQLite says SQLITE_FULL only when writing pages fails with ENOSPC; the same failure while
# growing the WAL index (-shm), syncing or truncating is an I/O error to it, and Python's
# sqlite3 does not pass the errno on. There either message is taken as right.
FULL_OR_DISK_ERROR = Said(
    f"{FULL.problem}|{DISK_ERROR.problem}", f"{FULL.advice}|{DISK_ERROR.advice}", r"read-only"
)
PAGE_WRITES = ("write", "pwrite", "pwrite64", "writev", "pwritev", "pwritev64", "pwritev2")
BUSY = Said(r"busy|locked|another program", r"try again")
DAMAGED = Said(r"not an Amends journal|damaged", r"[Rr]estore|--db")  # the window: Restore…
# A journal with a damaged page: what does not read that page may work; what does, says so.
DAMAGED_OR_WORKS = Said(DAMAGED.problem, DAMAGED.advice, or_works=True)
TOO_NEW = Said(r"newer version of Amends", r"[Uu]pdate Amends")
# A backup that cannot be written is about the backup, not "the journal" or --db.
BACKUP_READ_ONLY = Said(
    r"read-only|[Pp]ermission|not permitted",
    r"permission|writable|another",
    r"Cannot create the journal|AMENDS_DB",
)
# Becoming read-only while open is not a broken disk: no restoring of backups for that.
BECAME_READ_ONLY = Said(r"read-only", r"permission|writable|a copy|--db", r"restore")


def cut_in_half(path: Path) -> None:
    journals.truncated_to(path.stat().st_size // 2)(path)


DAMAGES: dict[str, Callable[[Path], None]] = {
    "text file": journals.as_text,
    "PNG image": journals.as_png,
    "another program's database": journals.as_other_database,
    "cut to 50 bytes": journals.truncated_to(50),
    "cut to 100 bytes": journals.truncated_to(100),
    "cut to one page": journals.truncated_to(journals.PAGE),
    "cut in half": cut_in_half,
    "last page cut off": journals.truncated_to(-journals.PAGE),
    "cut mid-page": journals.truncated_to(-journals.PAGE - 1000),
    "pages of junk": journals.with_junk_pages,
    "header of junk": journals.with_damaged_header,
    "impossible page size": journals.with_bad_page_size,
    "from a newer Amends": journals.from_newer_amends,
}
# A page damaged inside a journal that still opens.
PARTIAL_DAMAGES: dict[str, Callable[[Path], None]] = {
    "a page of incidents junk": journals.with_junk_page_of("incident"),
    "a page of clients junk": journals.with_junk_page_of("client"),
    "a page of the search index junk": journals.with_junk_page_of("incident_fts_data"),
}
ENVIRONMENTS = (
    "read-only file",
    "read-only folder",
    "disk full",
    "disk I/O error",
    "real full disk",
    "locked by a writer",
    "locked exclusively",
    "second Amends writing",
)
FAULTS = (*ENVIRONMENTS, *DAMAGES, *PARTIAL_DAMAGES)
READS = ("list", "show", "search", "patterns", "check", "language", "backup --list")
WRITES = ("language sv", "import", "restore")
OUTPUTS = ("export", "brief")


def expected(fault: str, command: str) -> Said | None:
    """What `command` should say under `fault`; None: it should just work."""
    if fault in PARTIAL_DAMAGES:
        return None if command == "restore" else DAMAGED_OR_WORKS
    if fault in DAMAGES:
        if fault == "from a newer Amends":
            return TOO_NEW
        return None if command == "restore" else DAMAGED  # restoring is the way out
    if fault in ("read-only file", "read-only folder"):
        if command == "backup" and fault == "read-only folder":
            return BACKUP_READ_ONLY
        return READ_ONLY if command in WRITES else None
    if fault in ("disk full", "real full disk", "disk I/O error"):
        said = DISK_ERROR if fault == "disk I/O error" else FULL
        return None if command in READS else said
    if fault == "locked exclusively":
        return BUSY
    return BUSY if command in WRITES else None


def said_for(errno: str, failed: shim.Write | None) -> Said:
    """What a command should say when the disk failed, with `errno`, at the write `failed`."""
    if errno == "EIO":
        return DISK_ERROR
    if failed and failed.function in PAGE_WRITES and not failed.path.endswith("-shm"):
        return FULL
    return FULL_OR_DISK_ERROR


def bring_about(fault: str, place: Place, stack: ExitStack) -> dict[str, str]:
    """Make `fault` happen to the place's journal until `stack` closes; what the program under
    test needs in its environment for it."""
    if fault in DAMAGES or fault in PARTIAL_DAMAGES:
        {**DAMAGES, **PARTIAL_DAMAGES}[fault](place.journal)
        return {}
    if fault in ("read-only file", "read-only folder"):
        read_only = ReadOnly(place.base)
        stack.callback(read_only.lift)
        if fault == "read-only file":
            read_only.file(place.journal)
        else:
            read_only.folder(place.folder)
        return read_only.environment()
    if fault in ("disk full", "disk I/O error"):
        errno = "EIO" if fault == "disk I/O error" else "ENOSPC"
        return shim.DiskFault((place.base,), after=0, errno=errno).environment()
    if fault == "real full disk":  # where the place is a small disk of its own; else the shim
        if not os.path.ismount(place.base):
            return shim.DiskFault((place.base,), after=0).environment()
        filler = disks.fill(place.base)
        stack.callback(filler.unlink)
        return {}
    how = {"locked by a writer": "wal", "locked exclusively": "exclusive"}.get(fault, "amends")
    stack.enter_context(locks.held(place.journal, how))
    return {}
