"""Care for what is already written: a delete that Ctrl+Z undoes, the Trash and the backups
from the window, and at each start the journal read whole and the day's first backup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import JournalError
from journal.service import Journal
from journal.trash import KEEP_DAYS
from ui.reader import Reader

DAMAGED = (
    "Your journal is damaged, so Amends writes nothing more to it and the damage cannot "
    "spread. Restore the newest good backup from File → Backups. What you write now stays in "
    "the window: copy it out before you close."
)


class Safekeeping(QObject):
    status = Signal(str, bool)  # message, is_error
    changed = Signal()  # incidents came back or went: the views read the journal again
    replaced = Signal()  # a backup replaced the journal: everything is read again

    def __init__(self, journal: Journal, window: QWidget) -> None:
        super().__init__(window)
        self.journal, self.window = journal, window
        self.deleted: list[tuple[int, str]] = []  # what Ctrl+Z brings back, the latest last
        self.keeper = Reader(journal, self, name="journal keeper")  # off the window's thread
        self.keeper.result.connect(self._kept)
        self.keeper.error.connect(self._not_kept)

    def start(self) -> None:
        """Once the list is shown: the journal read whole, the day's first backup, the Trash's
        old incidents removed, and a word about text an earlier run could not save."""
        from ui.unsaved import rescued

        self.keeper.submit("keep", keep_safe)
        kept = rescued(self.journal.path)
        if kept:
            self.status.emit(f"Text that could not be saved earlier is kept in {kept[0]}.", False)

    def stop(self) -> None:
        self.keeper.stop()

    def _kept(self, kind: str, damage: object) -> None:
        """The journal was read whole: if it is damaged, nothing more is written to it."""
        if damage:
            self.journal.refuse_writes(str(damage))
            self.status.emit(DAMAGED, True)
            QMessageBox.warning(self.window, "The journal is damaged", f"{DAMAGED}\n\n{damage}")

    def _not_kept(self, kind: str, message: str) -> None:
        self.status.emit(f"Today's backup could not be made: {message}", True)

    def delete(self, incident_id: int) -> bool:
        """Move the incident to the Trash after asking; True if it went."""
        title = self.journal.get(incident_id).title or "this unfinished draft"
        answer = QMessageBox.question(
            self.window,
            "Delete incident",
            f"Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash "
            f"does for {KEEP_DAYS} days.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.journal.delete(incident_id)
        except JournalError as error:
            self.status.emit(str(error), True)
            return False
        self.deleted.append((incident_id, title))
        self.changed.emit()
        self.status.emit(f"Moved “{title}” to the Trash. Ctrl+Z brings it back.", False)
        return True

    def undo_delete(self) -> None:
        """Ctrl+Z after a delete: the incident comes back from the Trash."""
        if not self.deleted:
            return
        incident_id, title = self.deleted.pop()
        try:
            self.journal.restore_from_trash([incident_id])
        except JournalError as error:
            self.status.emit(f"“{title}” could not be brought back: {error}", True)
            return
        self.changed.emit()
        self.status.emit(f"Brought back “{title}”.", False)

    def show_trash(self) -> None:
        from ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.journal, self.window)
        dialog.changed.connect(lambda _: self.changed.emit())
        dialog.exec()
        in_trash = {item.id for item in self.journal.trash()}
        self.deleted = [item for item in self.deleted if item[0] in in_trash]

    def show_backups(self) -> None:
        from ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal, self.window)
        dialog.restored.connect(lambda _: self._replaced())
        dialog.exec()

    def _replaced(self) -> None:
        self.deleted.clear()
        self.replaced.emit()


def keep_safe(journal: Journal) -> object:
    """On the keeper's thread: every page read for damage (what was found, "" if nothing),
    the day's first backup, and the Trash's incidents past their days removed."""
    from importlib import import_module

    from journal.errors import JournalCorrupt

    # The write path is loaded here, off the window's thread: the first save is as quick as
    # the rest (its imports took 10 ms of the first keystrokes' save).
    for module in ("journal.drafts", "journal.edits", "journal.storage.writes"):
        import_module(module)

    try:
        journal.check_whole()
    except JournalCorrupt as damage:
        return str(damage)
    journal.daily_backup()
    too_old = dt.datetime.now(dt.UTC) - dt.timedelta(days=KEEP_DAYS)
    if any(item.deleted_at < too_old for item in journal.trash()):
        with Journal(journal.path) as writable:  # this thread's journal only reads
            writable.empty_trash(older_than=dt.timedelta(days=KEEP_DAYS))
    return ""
