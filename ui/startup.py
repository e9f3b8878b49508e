"""When the journal Amends starts on cannot be opened: say why, and offer the ways on from there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal.errors import JournalCorrupt, JournalError
from journal.service import Journal
from journal.storage.backup import backup_folder


def another_journal(path: Path, error: JournalError) -> Journal | None:
    """Ask until a journal opens: the one at `path` restored from a backup (when it is a
    damaged one), another, or a new one; None if the user quits."""
    from ui.file_actions import journal_file, open_checked
    from ui.file_words import (
        NEW_JOURNAL,
        OPEN_A_JOURNAL,
        RESTORE_A_BACKUP,
        backup_files,
        journal_files,
        translated,
    )

    restorable = isinstance(error, JournalCorrupt) and path.is_file()
    while True:
        title = QCoreApplication.translate("Startup", "Amends", "the program's name, as a title")
        box = QMessageBox(QMessageBox.Icon.Critical, title, "")
        # What it is, without the command line's or the menu's remedy: the buttons are the way on.
        if restorable:
            said = QCoreApplication.translate(
                "Startup",
                "Amends could not open the journal.\n\n{reason}\n\nRestore a backup of {path}, "
                "open another journal, or make a new one.",
            ).format(reason=error.what, path=path)
        else:
            said = QCoreApplication.translate(
                "Startup",
                "Amends could not open the journal.\n\n{reason}\n\nOpen another journal, or "
                "make a new one.",
            ).format(reason=error.what)
        box.setText(said)
        restore = box.addButton(
            QCoreApplication.translate("Startup", "&Restore a backup…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        restore.setVisible(restorable)
        opening = box.addButton(
            QCoreApplication.translate("Startup", "&Open another journal…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        making = box.addButton(
            QCoreApplication.translate("Startup", "Make a &new journal…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        chosen = box.clickedButton()
        try:
            if chosen is restore:
                source, _ = QFileDialog.getOpenFileName(
                    None, translated(RESTORE_A_BACKUP), str(backup_folder(path)), backup_files()
                )
                if source:
                    from journal.restoring import restore_journal

                    restore_journal(path, source)
                    return Journal(path)
            elif chosen is opening:
                other, _ = QFileDialog.getOpenFileName(
                    None, translated(OPEN_A_JOURNAL), str(path.parent), journal_files()
                )
                if other:
                    return open_checked(Path(other), new=False)
            elif chosen is making:
                made, _ = QFileDialog.getSaveFileName(
                    None,
                    translated(NEW_JOURNAL),
                    str(path.parent / "new.amends"),
                    journal_files(),
                    options=QFileDialog.Option.DontConfirmOverwrite,  # an existing one is refused
                )
                if made:
                    return open_checked(journal_file(made), new=True)
            else:
                return None
        except JournalError as failure:
            error = failure
