"""When the journal Amends starts on cannot be opened: say why, and offer the ways on from there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal.errors import JournalCorrupt, JournalError
from journal.service import Journal
from journal.storage.backup import backup_folder

NOT_OPENED = "Amends could not open the journal.\n\n{reason}"
WAYS_ON = "Restore a backup of {path}, open another journal, or make a new one."
OTHER_WAYS = "Open another journal, or make a new one."


def another_journal(path: Path, error: JournalError) -> Journal | None:
    """Ask until a journal opens: the one at `path` restored from a backup (when it is a
    damaged one), another, or a new one; None if the user quits."""
    from ui.file_actions import BACKUP_FILES, JOURNAL_FILES, journal_file, open_checked

    restorable = isinstance(error, JournalCorrupt) and path.is_file()
    ways = WAYS_ON.format(path=path) if restorable else OTHER_WAYS
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, "Amends", "")
        # What it is, without the command line's or the menu's remedy: the buttons are the way on.
        box.setText(f"{NOT_OPENED.format(reason=error.what)}\n\n{ways}")
        restore = box.addButton("&Restore a backup…", QMessageBox.ButtonRole.ActionRole)
        restore.setVisible(restorable)
        opening = box.addButton("&Open another journal…", QMessageBox.ButtonRole.ActionRole)
        making = box.addButton("Make a &new journal…", QMessageBox.ButtonRole.ActionRole)
        box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton()
        try:
            if chosen is restore:
                source, _ = QFileDialog.getOpenFileName(
                    None, "Restore a backup", str(backup_folder(path)), BACKUP_FILES
                )
                if source:
                    from journal.restoring import restore_journal

                    restore_journal(path, source)
                    return Journal(path)
            elif chosen is opening:
                other, _ = QFileDialog.getOpenFileName(
                    None, "Open a journal", str(path.parent), JOURNAL_FILES
                )
                if other:
                    return open_checked(Path(other), new=False)
            elif chosen is making:
                made, _ = QFileDialog.getSaveFileName(
                    None,
                    "New journal",
                    str(path.parent / "new.amends"),
                    JOURNAL_FILES,
                    options=QFileDialog.Option.DontConfirmOverwrite,  # an existing one is refused
                )
                if made:
                    return open_checked(journal_file(made), new=True)
            else:
                return None
        except JournalError as failure:
            error = failure
