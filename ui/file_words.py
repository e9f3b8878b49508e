"""The File menu's words (translated where they are shown) and its dialogs' file filters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal.i18n import QT_TRANSLATE_NOOP
from journal.storage.backup import SUFFIX as BACKUP_SUFFIX

# The window's words for files, translated where they are shown (tr, below).
JSON_FILES = QT_TRANSLATE_NOOP("FileActions", "Amends JSON (*.json)")
ALL_FILES = QT_TRANSLATE_NOOP("FileActions", "All files (*)")
# Each export format by the save dialog's filter, and the file ending that chooses it too.
EXPORT_FILTERS = {
    JSON_FILES: ("json", ".json"),
    QT_TRANSLATE_NOOP("FileActions", "CSV spreadsheet (*.csv)"): ("csv", ".csv"),
    QT_TRANSLATE_NOOP("FileActions", "Markdown (*.md)"): ("md", ".md"),
}
EXPORT_ENDINGS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md"}
JOURNALS = QT_TRANSLATE_NOOP("FileActions", "Amends journals (*.amends)")
BACKUPS = QT_TRANSLATE_NOOP("FileActions", "Amends backups (*{suffix})")
# The titles of dialogs that the start's own dialog opens too (ui.startup).
BACK_UP = QT_TRANSLATE_NOOP("FileActions", "Back up")
RESTORE = QT_TRANSLATE_NOOP("FileActions", "Restore")
RESTORE_A_BACKUP = QT_TRANSLATE_NOOP("FileActions", "Restore a backup")
OPEN_A_JOURNAL = QT_TRANSLATE_NOOP("FileActions", "Open a journal")
NEW_JOURNAL = QT_TRANSLATE_NOOP("FileActions", "New journal")

READING = QT_TRANSLATE_NOOP("FileActions", "Reading {name}…")
IMPORTING = QT_TRANSLATE_NOOP("FileActions", "Importing… {done} of {total} incidents")
SAVING_IMPORT = QT_TRANSLATE_NOOP("FileActions", "Saving the imported incidents…")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("FileActions", "Import cancelled; the journal is as it was.")
NOT_IMPORTED = QT_TRANSLATE_NOOP("FileActions", "{name} was not imported: {reason}")
CANNOT_READ = QT_TRANSLATE_NOOP("FileActions", "Cannot read {path}: {reason}.")
READING_JOURNAL = QT_TRANSLATE_NOOP("FileActions", "Reading the journal…")
EXPORTING = QT_TRANSLATE_NOOP("FileActions", "Exporting… {done} of {total} incidents")
SAVING_EXPORT = QT_TRANSLATE_NOOP("FileActions", "Saving {name}…")
EXPORT_CANCELLED = QT_TRANSLATE_NOOP("FileActions", "Export cancelled; no file was written.")
NOT_EXPORTED = QT_TRANSLATE_NOOP("FileActions", "Not exported: {reason}")
BACKING_UP = QT_TRANSLATE_NOOP("FileActions", "Backing up the journal…")
BACKED_UP = QT_TRANSLATE_NOOP("FileActions", "Backup written: {path}")
NO_BACKUP = QT_TRANSLATE_NOOP("FileActions", "No backup was made: {reason}")
RESTORING = QT_TRANSLATE_NOOP("FileActions", "Restoring the backup…")
RESTORE_QUESTION = QT_TRANSLATE_NOOP(
    "FileActions",
    "Replace the journal with the backup {name}? Everything written since it was made is "
    "replaced; the journal as it is now is backed up first, so this can be undone by "
    "restoring that backup.",
)
RESTORED_FILE = QT_TRANSLATE_NOOP(
    "FileActions", "Restored the backup {name}. The journal as it was is kept in {previous}."
)
NOT_RESTORED = QT_TRANSLATE_NOOP("FileActions", "Not restored: {reason}")
OPENING = QT_TRANSLATE_NOOP("FileActions", "Opening {name}…")
CREATING = QT_TRANSLATE_NOOP("FileActions", "Making the journal {name}…")
OPENED = QT_TRANSLATE_NOOP("FileActions", "Opened the journal {path}.")
CREATED = QT_TRANSLATE_NOOP(
    "FileActions",
    "Made the journal {path}; it is empty. Write an incident with Ctrl+N, or import some.",
)
OPEN_ALREADY = QT_TRANSLATE_NOOP("FileActions", "{path} is the journal open now.")
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "FileActions",
    "Amends is already open on {path} in another window; it has been brought forward.",
)
EXISTS = QT_TRANSLATE_NOOP(
    "FileActions",
    "{path} already exists. Choose a new name, or open it with File → Open journal…",
)
NOT_SWITCHED = QT_TRANSLATE_NOOP(
    "FileActions",
    "What you wrote could not be saved, so Amends stays on this journal: {reason} Your text is "
    "still in the worksheet; try again once it is saved, or copy it out first.",
)
NOT_OPENED = QT_TRANSLATE_NOOP("FileActions", "{reason}\n\nThe journal {current} is still open.")
NOT_A_JOURNAL = QT_TRANSLATE_NOOP(
    "FileActions",
    "{path} is not an Amends journal, or it is damaged, so it was not opened. To get a damaged "
    "journal's incidents back, make a new journal with File → New journal… and restore one of "
    "its backups into it with File → Restore…",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "FileActions",
    "{path} is read-only, so nothing you write in it could be saved. Make the file and its "
    "folder writable, or copy it to a folder you can write to and open the copy with "
    "File → Open journal…",
)


def translated(text: str) -> str:
    """One of the texts above in the window's language."""
    return QCoreApplication.translate("FileActions", text)


def journal_files() -> str:
    """The open and save dialogs' filters for journals."""
    return ";;".join((translated(JOURNALS), translated(ALL_FILES)))


def backup_files() -> str:
    """The open dialog's filters for backups."""
    backups = translated(BACKUPS).format(suffix=BACKUP_SUFFIX)
    return ";;".join((backups, translated(ALL_FILES)))


def export_choice(chosen: str, chosen_filter: str) -> tuple[Path, str]:
    """The file and format the save dialog gave: a known ending chooses the format, else the
    filter does, and its ending is added."""
    path = Path(chosen)
    by_ending = EXPORT_ENDINGS.get(path.suffix.lower())
    if by_ending:
        return path, by_ending
    shown = {translated(name): picked for name, picked in EXPORT_FILTERS.items()}
    file_format, ending = shown.get(chosen_filter) or EXPORT_FILTERS.get(
        chosen_filter, ("json", ".json")
    )
    return path.with_name(path.name + ending), file_format
