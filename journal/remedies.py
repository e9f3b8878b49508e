"""What to do about each error that needs the user to choose another file or a backup, in the
command line's words and in the window's: one entry per remedy, both wordings side by side,
in English; JournalError translates the one it shows (context "Remedies")."""

from __future__ import annotations

from journal.errors import Remedy
from journal.i18n import QT_TRANSLATE_NOOP

RESTORE_OR_OPEN_ANOTHER = Remedy(
    QT_TRANSLATE_NOOP(
        "Remedies", "Restore a backup with `amends restore BACKUP`, or open another file with --db."
    ),
    QT_TRANSLATE_NOOP(
        "Remedies",
        "Restore a backup with File → Restore…, or open another file with File → Open journal…",
    ),
)
RESTORE_NEWEST = Remedy(
    QT_TRANSLATE_NOOP(
        "Remedies", "Restore the newest good backup (amends backup --list, amends restore)."
    ),
    QT_TRANSLATE_NOOP(
        "Remedies",
        "Restore the newest good backup with File → Restore… (File → Backups… lists them).",
    ),
)
OPEN_ANOTHER = Remedy(
    QT_TRANSLATE_NOOP("Remedies", "Open another file with --db."),
    QT_TRANSLATE_NOOP("Remedies", "Open another file with File → Open journal…"),
)
OPEN_A_JOURNAL_FILE = Remedy(
    QT_TRANSLATE_NOOP("Remedies", "Choose a journal file with --db."),
    QT_TRANSLATE_NOOP("Remedies", "Choose a journal file with File → Open journal…"),
)
CREATE_ELSEWHERE = Remedy(
    QT_TRANSLATE_NOOP("Remedies", "Choose another place with --db or the AMENDS_DB variable."),
    QT_TRANSLATE_NOOP("Remedies", "Choose another place with File → New journal…"),
)
OPEN_A_COPY = Remedy(
    QT_TRANSLATE_NOOP(
        "Remedies", "Make the file and its folder writable, or open a copy with --db."
    ),
    QT_TRANSLATE_NOOP(
        "Remedies",
        "Make the file and its folder writable, or open a copy with File → Open journal…",
    ),
)
UPGRADE_A_COPY = Remedy(
    QT_TRANSLATE_NOOP("Remedies", "Make it writable, or open a writable copy with --db."),
    QT_TRANSLATE_NOOP(
        "Remedies", "Make it writable, or open a writable copy with File → Open journal…"
    ),
)
RESTORE_INTO_A_COPY = Remedy(
    QT_TRANSLATE_NOOP(
        "Remedies",
        "Make the file and its folder writable and try again, or copy the backup to a new file "
        "and open that with --db.",
    ),
    QT_TRANSLATE_NOOP(
        "Remedies",
        "Make the file and its folder writable and try again, or copy the backup to a new file "
        "and open that with File → Open journal…",
    ),
)
NAME_THE_JOURNAL = Remedy(
    QT_TRANSLATE_NOOP("Remedies", "Give the journal's own file with --db."),
    QT_TRANSLATE_NOOP("Remedies", "Open the journal's own file with File → Open journal…"),
)
