"""The File menu's work with files: import, export, back up, restore, open or make a journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journal import preferences
from journal.backups import RESTORED
from journal.errors import InvalidInput, JournalCorrupt, JournalError, JournalReadOnly
from journal.errors import reason as os_reason
from journal.service import Journal
from journal.storage.backup import backup_folder
from ui.file_words import (
    ALL_FILES,
    BACK_UP,
    BACKED_UP,
    BACKING_UP,
    CANNOT_READ,
    CREATED,
    CREATING,
    EXISTS,
    EXPORT_CANCELLED,
    EXPORT_FILTERS,
    EXPORTING,
    IMPORT_CANCELLED,
    IMPORTING,
    JSON_FILES,
    NEW_JOURNAL,
    NO_BACKUP,
    NOT_A_JOURNAL,
    NOT_EXPORTED,
    NOT_IMPORTED,
    NOT_OPENED,
    NOT_RESTORED,
    NOT_SWITCHED,
    OPEN_A_JOURNAL,
    OPEN_ALREADY,
    OPEN_ELSEWHERE,
    OPENED,
    OPENING,
    READ_ONLY,
    READING,
    READING_JOURNAL,
    RESTORE,
    RESTORE_A_BACKUP,
    RESTORE_QUESTION,
    RESTORED_FILE,
    RESTORING,
    SAVING_EXPORT,
    SAVING_IMPORT,
    backup_files,
    export_choice,
    journal_files,
    translated,
)
from ui.icons import action_icon
from ui.progress import LongTask, Progress, Texts

if TYPE_CHECKING:
    from journal.reports import BackupInfo, ImportResult
    from ui.main_window import MainWindow


def back_up(
    parent: QWidget,
    journal: Journal,
    done: Callable[[BackupInfo], None],
    failed: Callable[[JournalError], None],
) -> LongTask:
    """A checked backup of the journal, written off the window's thread."""

    def work(_: Progress) -> BackupInfo:
        with journal.reader() as reading:  # a backup reads only: it works on a read-only one
            return reading.backups.make()

    texts = Texts(translated(BACK_UP), translated(BACKING_UP))
    return LongTask(parent, work, texts, done=done, failed=failed).start()


def restore_backup(
    parent: QWidget,
    journal: Journal,
    source: Path,
    done: Callable[[Path], None],
    failed: Callable[[JournalError], None],
) -> LongTask:
    """Replace the journal with a backup off the window's thread, on a connection of its own;
    `done` is told where the journal as it was is kept."""
    path = journal.path

    def work(_: Progress) -> Path:
        with Journal(path) as writing:
            return writing.backups.restore_keeping_previous(source)

    def restored(previous: Path) -> None:
        journal.restored()  # the window's own connection: no damage any more, if there was
        done(previous)

    texts = Texts(translated(RESTORE), translated(RESTORING))
    return LongTask(parent, work, texts, done=restored, failed=failed).start()


def journal_file(chosen: str) -> Path:
    """The file a new journal is made in: named as chosen, with .amends if it has no ending."""
    path = Path(chosen)
    return path if path.suffix else path.with_name(f"{path.name}.amends")


def open_checked(path: Path, new: bool) -> Journal:
    """The journal opened (made, if `new`: never over a file already there), upgraded if
    older, read whole for damage and writable; else the error that says why not, and nothing
    left open. It can take a while: the window calls it off its thread."""
    if new and path.exists():
        raise InvalidInput(translated(EXISTS).format(path=path))
    damaged = JournalCorrupt(translated(NOT_A_JOURNAL).format(path=path))
    if not new and (not path.is_file() or path.stat().st_size == 0):
        raise damaged  # an empty file would be made a new journal
    try:
        opened = Journal(path)
    except JournalCorrupt as error:
        raise damaged from error
    try:
        opened.check_whole()
        if opened.read_only:
            raise JournalReadOnly(translated(READ_ONLY).format(path=path))
    except JournalCorrupt as error:
        opened.close()
        raise damaged from error
    except BaseException:
        opened.close()
        raise
    return opened


class FileActions(QObject):
    """The File menu's entries for files, and the work each starts."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.task: LongTask | None = None
        groups = (
            (
                (self.tr("&Open journal…"), "Ctrl+O", "folder-open", self.open_journal),
                (self.tr("Ne&w journal…"), "Ctrl+Shift+N", "book-plus", self.new_journal),
            ),
            (
                (self.tr("&Import…"), "Ctrl+Shift+I", "file-input", self.import_file),
                (self.tr("&Export…"), "Ctrl+Shift+E", "file-output", self.export),
            ),
            (
                (self.tr("Back up &now"), "Ctrl+Shift+S", "database-backup", self.backup_now),
                (self.tr("&Restore…"), "Ctrl+Shift+R", "archive-restore", self.restore),
            ),
        )
        from PySide6.QtGui import QAction, QKeySequence

        for number, group in enumerate(groups):
            if number:
                menu.addSeparator()
            for label, keys, icon, slot in group:
                action = QAction(action_icon(icon), label, window, shortcut=QKeySequence(keys))
                action.triggered.connect(lambda _=False, slot=slot: self._unless_busy(slot))
                menu.addAction(action)
                window.addAction(action)

    @property
    def journal(self) -> Journal:
        return self.window.journal

    def _unless_busy(self, entry: Callable[[], None]) -> None:
        """One at a time: an entry picked while another one works (its dialog not shown yet)
        does nothing."""
        if self.task is None:
            entry()

    def _start(
        self,
        work: Callable[[Progress], Any],
        texts: Texts,
        done: Callable[[Any], None],
        failed: Callable[[JournalError], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        task = LongTask(self.window, work, texts, done=done, failed=failed, cancelled=cancelled)
        self._running(task.start())

    def _running(self, task: LongTask) -> None:
        self.task = task
        task.ended.connect(lambda: setattr(self, "task", None))

    def _tell(self, message: str) -> None:
        self.window.show_status(message, False)

    def _warn(self, title: str, message: str) -> None:
        self.window.show_status(message.replace("\n\n", " "), True)
        QMessageBox.warning(self.window, title, message)

    def _save_worksheet(self) -> bool:
        """What is typed goes into the journal first, so that it is in what is written out."""
        return not self.window.in_worksheet() or self.window.worksheet.save()

    # Import and export --------------------------------------------------------------------

    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import incidents"),
            str(Path.home()),
            ";;".join((translated(JSON_FILES), translated(ALL_FILES))),
        )
        if not chosen:
            return
        source, path = Path(chosen), self.journal.path
        self._save_worksheet()

        def work(progress: Progress) -> ImportResult:
            try:
                data = source.read_bytes()
            except OSError as error:
                reason = os_reason(error)
                said = translated(CANNOT_READ).format(path=source, reason=reason)
                raise JournalError(said) from error
            with Journal(path) as writing:  # its own connection: the window's stays free
                return writing.transfer.import_json(data, progress=progress)

        def imported(result: ImportResult) -> None:
            self.window.operations.announce(result.changes)
            count = result.count
            if result.renumbered:
                self._tell(
                    self.tr(
                        "Imported %n incident(s). Their numbers were taken already, so they "
                        "have new ones.",
                        "",
                        count,
                    )
                )
            else:
                self._tell(self.tr("Imported %n incident(s).", "", count))

        def failed(error: JournalError) -> None:
            said = translated(NOT_IMPORTED).format(name=source.name, reason=error.in_window())
            self._warn(self.tr("Not imported"), said)

        texts = Texts(
            self.tr("Import"),
            translated(READING).format(name=source.name),
            translated(IMPORTING),
            translated(SAVING_IMPORT),
        )
        cancelled = translated(IMPORT_CANCELLED)
        self._start(work, texts, imported, failed, lambda: self._tell(cancelled))

    def export(self) -> None:
        suggested = Path.home() / f"{self.journal.path.stem}.json"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the journal"),
            str(suggested),
            ";;".join(translated(name) for name in EXPORT_FILTERS),
        )
        if not chosen:
            return
        target, file_format = export_choice(chosen, chosen_filter)
        self._save_worksheet()
        journal = self.journal

        def work(progress: Progress) -> int:
            with journal.reader() as reading:
                return reading.transfer.export_to(target, file_format, progress)

        def exported(count: int) -> None:
            self._tell(self.tr("Exported %n incident(s) to {path}.", "", count).format(path=target))

        def failed(error: JournalError) -> None:
            said = translated(NOT_EXPORTED).format(reason=error.in_window())
            self._warn(self.tr("Not exported"), said)

        texts = Texts(
            self.tr("Export"),
            translated(READING_JOURNAL),
            translated(EXPORTING),
            translated(SAVING_EXPORT).format(name=target.name),
        )
        cancelled = translated(EXPORT_CANCELLED)
        self._start(work, texts, exported, failed, lambda: self._tell(cancelled))

    # Backups ------------------------------------------------------------------------------

    def backup_now(self) -> None:
        self._save_worksheet()
        self._running(back_up(self.window, self.journal, self._backed_up, self._not_backed_up))

    def _backed_up(self, info: BackupInfo) -> None:
        self._tell(translated(BACKED_UP).format(path=info.path))

    def _not_backed_up(self, error: JournalError) -> None:
        said = translated(NO_BACKUP).format(reason=error.in_window())
        self._warn(self.tr("No backup made"), said)

    def restore(self) -> None:
        if not self.window.leave_worksheet():
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translated(RESTORE_A_BACKUP),
            str(backup_folder(self.journal.path)),
            backup_files(),
        )
        if not chosen:
            return
        source = Path(chosen)
        answer = QMessageBox.question(
            self.window,
            translated(RESTORE_A_BACKUP),
            translated(RESTORE_QUESTION).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(previous: Path) -> None:
            self.window.operations.announce(RESTORED)
            self.window.safe.replaced_by_backup()
            said = translated(RESTORED_FILE).format(name=source.name, previous=previous)
            self._tell(said)

        def failed(error: JournalError) -> None:
            said = translated(NOT_RESTORED).format(reason=error.in_window())
            self._warn(self.tr("Not restored"), said)

        self._running(restore_backup(self.window, self.journal, source, restored, failed))

    # Another journal ----------------------------------------------------------------------

    def open_journal(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translated(OPEN_A_JOURNAL),
            str(self.journal.path.parent),
            journal_files(),
        )
        if chosen:
            self._switch(Path(chosen), new=False)

    def new_journal(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            translated(NEW_JOURNAL),
            str(self.journal.path.parent / "new.amends"),
            journal_files(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if chosen:
            self._switch(journal_file(chosen), new=True)

    def open_path(self, path: Path) -> None:
        """Open the journal at `path` in this window's place (the system asked for it)."""
        self._switch(path, new=False)

    def _switch(self, path: Path, new: bool) -> None:
        """Open (or make) the journal at `path` and show it in this window's place; what is
        typed in the worksheet is saved first, or nothing changes."""
        from ui.one_instance import bring_forward_running, server_address

        current = self.journal.path
        if path.exists() and current.exists() and path.samefile(current):
            self._tell(translated(OPEN_ALREADY).format(path=path))
            return
        if not self._save_worksheet():
            said = translated(NOT_SWITCHED).format(reason=self.window.worksheet.failure)
            self._warn(self.tr("Not opened"), said)
            return
        if bring_forward_running(server_address(path)):
            self._tell(translated(OPEN_ELSEWHERE).format(path=path))
            return
        said = translated(CREATED if new else OPENED).format(path=path)

        def opened(journal: Journal) -> None:
            preferences.remember_journal(journal.path)
            self.window.journal_opened.emit(journal, said)

        def failed(error: JournalError) -> None:
            shown = translated(NOT_OPENED).format(reason=error.in_window(), current=current)
            self._warn(self.tr("Not made") if new else self.tr("Not opened"), shown)

        busy = translated(CREATING if new else OPENING).format(name=path.name)
        texts = Texts(translated(NEW_JOURNAL if new else OPEN_A_JOURNAL), busy)
        self._start(lambda _: open_checked(path, new), texts, opened, failed)
