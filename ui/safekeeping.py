"""Care for what is already written: a delete that Ctrl+Z undoes, the Trash and the backups
from the window, and at each start the journal read whole and the day's first backup."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.domain import TRASH_DAYS, Changes
from journal.errors import JournalError
from journal.remedies import RESTORE_NEWEST
from journal.service import Journal
from ui.operations import Operations
from ui.reader import Job, Reader

RESCUE_TOLD = "rescue_told"  # the newest file of unsaved text the user was told of


class Kept(NamedTuple):
    """What keeping the journal safe at the start found and did."""

    damage: str  # what reading it whole found wrong; "" if nothing
    emptied: int  # incidents removed from the Trash after their days there


class Safekeeping(QObject):
    status = Signal(str, bool)  # message, is_error
    replaced = Signal()  # a backup replaced the journal: what was open in it is gone

    def __init__(self, journal: Journal, window: QWidget, operations: Operations) -> None:
        super().__init__(window)
        self.journal, self.window, self.operations = journal, window, operations
        self.deleted: list[tuple[int, str]] = []  # Ctrl+Z brings back the last: (id, title)
        self.keeper = Reader(journal, self, name="journal keeper")  # off the window's thread
        operations.changed.connect(self.on_changes)

    def start(self) -> None:
        """Once the list is shown: the journal read whole, the day's first backup, the Trash's
        old incidents removed, and a word about text an earlier run could not save."""
        from ui.unsaved import rescued

        keep = partial(keep_safe, writable=not self.journal.read_only)
        # Reading every page and backing up: no snapshot, which would hold the log meanwhile.
        self.keeper.submit(Job("keep", keep, self._kept, self._not_kept, together=False))
        kept = rescued(self.journal.path)
        told = self.journal.settings.get(RESCUE_TOLD)
        if kept and kept[0].name != told:  # each such file is told of once
            said = self.tr("Text that could not be saved earlier is kept in {path}.")
            self.status.emit(said.format(path=kept[0]), False)
            with suppress(JournalError):
                self.journal.settings.set(RESCUE_TOLD, kept[0].name)

    def stop(self) -> None:
        self.keeper.stop()

    def _kept(self, kept: Kept) -> None:
        """The journal was read whole: if it is damaged, nothing more is written to it."""
        if kept.emptied:
            self.operations.announce(Changes(trash=True))
        if kept.damage:
            self.journal.refuse_writes(kept.damage)
            damaged = self.tr(
                "Your journal is damaged, so Amends writes nothing more to it and the damage "
                "cannot spread. {remedy} What you write now stays in the window: copy it out "
                "before you close."
            ).format(remedy=RESTORE_NEWEST.window)
            self.status.emit(damaged, True)
            QMessageBox.warning(
                self.window, self.tr("The journal is damaged"), f"{damaged}\n\n{kept.damage}"
            )

    def _not_kept(self, error: JournalError) -> None:
        said = self.tr("Today's backup could not be made: {reason}")
        self.status.emit(said.format(reason=error.in_window()), True)

    def on_changes(self, changes: Changes) -> None:
        """Ctrl+Z brings back only what is still in the Trash."""
        if changes.trash and self.deleted:
            try:
                in_trash = {item.id for item in self.journal.trash.list()}
            except JournalError:
                return  # Ctrl+Z says so if it cannot bring one back
            self.deleted = [item for item in self.deleted if item[0] in in_trash]

    def delete(self, incident_id: int) -> bool:
        """Move the incident to the Trash after asking; True if it went."""
        title = self.journal.incidents.get(incident_id).title
        if title:
            question = self.tr(
                "Move “{title}” to the Trash? Ctrl+Z brings it back right away, and "
                "File → Trash does for %n day(s).",
                "",
                TRASH_DAYS,
            ).format(title=title)
        else:
            question = self.tr(
                "Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and "
                "File → Trash does for %n day(s).",
                "",
                TRASH_DAYS,
            )
        answer = QMessageBox.question(self.window, self.tr("Delete incident"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.operations.run(partial(self.journal.incidents.delete, incident_id))
        except JournalError as error:
            self.status.emit(error.in_window(), True)
            return False
        self.deleted.append((incident_id, title))
        if title:
            moved = self.tr("Moved “{title}” to the Trash. Ctrl+Z brings it back.")
        else:
            moved = self.tr("Moved this unfinished draft to the Trash. Ctrl+Z brings it back.")
        self.status.emit(moved.format(title=title), False)
        return True

    def undo_delete(self) -> None:
        """Ctrl+Z after a delete: the incident comes back from the Trash."""
        if not self.deleted:
            return
        incident_id, title = self.deleted.pop()
        try:
            self.operations.run(partial(self.journal.trash.restore, [incident_id]))
        except JournalError as error:
            if title:
                failed = self.tr("Could not bring back “{title}”: {reason}")
            else:
                failed = self.tr("Could not bring back this unfinished draft: {reason}")
            self.status.emit(failed.format(title=title, reason=error.in_window()), True)
            return
        if title:
            back = self.tr("Brought back “{title}”.")
        else:
            back = self.tr("Brought back this unfinished draft.")
        self.status.emit(back.format(title=title), False)

    def show_trash(self) -> None:
        from ui.trash_dialog import TrashDialog

        TrashDialog(self.journal, self.window, operations=self.operations).exec()

    def show_backups(self) -> None:
        from ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal, self.window, operations=self.operations)
        dialog.restored.connect(lambda _: self.replaced_by_backup())
        dialog.exec()

    def replaced_by_backup(self) -> None:
        """A backup replaced the journal: nothing deleted before can be brought back by
        Ctrl+Z, and what was open in it may be gone."""
        self.deleted.clear()
        self.replaced.emit()


def keep_safe(journal: Journal, writable: bool) -> Kept:
    """On the keeper's thread: every page read for damage (what was found, "" if nothing),
    the day's first backup, and, if the journal can be written, the Trash's incidents past
    their days removed."""
    from importlib import import_module

    from journal.errors import JournalCorrupt

    # The write path is loaded here, off the window's thread: the first save is as quick as
    # the rest (its imports took 10 ms of the first keystrokes' save).
    write_path = ("journal.incidents", "journal.drafts", "journal.edits", "journal.storage.writes")
    for module in write_path:
        import_module(module)
    try:
        journal.check_whole()
    except JournalCorrupt:
        return Kept(journal.damage, 0)
    journal.backups.daily()
    kept_for = dt.timedelta(days=TRASH_DAYS)
    emptied = 0
    if writable and any(
        item.deleted_at < dt.datetime.now(dt.UTC) - kept_for for item in journal.trash.list()
    ):
        with Journal(journal.path) as writing:  # this thread's journal only reads
            emptied = writing.trash.empty(older_than=kept_for)
    return Kept("", emptied)
