"""What to do about each error that needs the user to choose another file or a backup, in the
command line's words and in the window's: one entry per remedy, both wordings side by side."""

from __future__ import annotations

from journal.errors import Remedy

RESTORE_OR_OPEN_ANOTHER = Remedy(
    "Restore a backup with `amends restore BACKUP`, or open another file with --db.",
    "Restore a backup with File → Restore…, or open another file with File → Open journal…",
)
RESTORE_NEWEST = Remedy(
    "Restore the newest good backup (amends backup --list, amends restore).",
    "Restore the newest good backup with File → Restore… (File → Backups… lists them).",
)
OPEN_ANOTHER = Remedy(
    "Open another file with --db.",
    "Open another file with File → Open journal…",
)
OPEN_A_JOURNAL_FILE = Remedy(
    "Choose a journal file with --db.",
    "Choose a journal file with File → Open journal…",
)
CREATE_ELSEWHERE = Remedy(
    "Choose another place with --db or the AMENDS_DB variable.",
    "Choose another place with File → New journal…",
)
OPEN_A_COPY = Remedy(
    "Make the file and its folder writable, or open a copy with --db.",
    "Make the file and its folder writable, or open a copy with File → Open journal…",
)
UPGRADE_A_COPY = Remedy(
    "Make it writable, or open a writable copy with --db.",
    "Make it writable, or open a writable copy with File → Open journal…",
)
RESTORE_INTO_A_COPY = Remedy(
    "Make the file and its folder writable and try again, or copy the backup to a new file "
    "and open that with --db.",
    "Make the file and its folder writable and try again, or copy the backup to a new file "
    "and open that with File → Open journal…",
)
NAME_THE_JOURNAL = Remedy(
    "Give the journal's own file with --db.",
    "Open the journal's own file with File → Open journal…",
)
