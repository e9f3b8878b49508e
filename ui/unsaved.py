"""When what the user wrote cannot be saved in the journal: say why, keep the text, and let
them copy it or save it as a file; with no one to ask (logging out, SIGTERM), write it to a
file beside the journal."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import reason
from ui.named import named

RESCUE_PREFIX = "amends-unsaved-"


def write_private(path: Path, text: str, *, new: bool = False) -> None:
    """Write `text` to a file only its owner can read; with `new`, only if there is none."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)


def _replace_with(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all: a full disk leaves a file chosen to be
    replaced as it was (journal.files), and says so with the error as it is."""
    from journal.files import put_in_place, temporary_beside

    temporary = temporary_beside(path)
    try:
        write_private(temporary, text)
        put_in_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _places(journal: Path) -> tuple[Path, ...]:
    return journal.parent, Path.home(), Path(tempfile.gettempdir())


def _prefix(journal: Path) -> str:
    return f"{RESCUE_PREFIX}{journal.name}-"


def rescue(text: str, journal: Path) -> Path | None:
    """Keep `text` in a new file named after the journal, beside it (or at home, or in the
    temporary folder, if that fails too); return where, or None if no place would take it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in _places(journal):
        for number in range(100):  # never over another rescue, of this journal or another
            path = folder / f"{_prefix(journal)}{stamp}-{number:02}.txt"
            try:
                write_private(path, text, new=True)
            except FileExistsError:
                continue
            except OSError:
                break
            return path
    return None


def rescued(journal: Path) -> list[Path]:
    """Files of this journal's text that could not be saved earlier, newest first."""
    found: list[Path] = []
    for folder in _places(journal):
        with suppress(OSError):
            found += folder.glob(f"{_prefix(journal)}*.txt")
    return sorted(found, key=lambda path: path.name, reverse=True)


class UnsavedDialog(QDialog):
    """Accepted: leave without saving (the user was told and offered a copy); rejected: stay."""

    def __init__(self, reason: str, text: str, leaving: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not saved"))
        self.text = text
        said = self.tr(
            "Amends could not save what you wrote: {reason}\n\n"
            "Your text is still here. Copy it or save it as a file before you go — or stay, "
            "and Amends tries again."
        )
        message = named(QLabel(said.format(reason=reason), wordWrap=True), "message")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setMinimumWidth(480)  # wrapped lines then get the height they need
        self.note = named(QLabel(wordWrap=True), "note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        copy = named(QPushButton(self.tr("&Copy the text")), "copy")
        copy.clicked.connect(self.copy)
        save = named(QPushButton(self.tr("&Save as a file…")), "save_file")
        save.clicked.connect(self.save_file)
        stay = named(QPushButton(self.tr("S&tay")), "stay")
        stay.setDefault(True)
        leave = named(QPushButton(leaving), "leave")
        for button, role in (
            (copy, QDialogButtonBox.ButtonRole.ActionRole),
            (save, QDialogButtonBox.ButtonRole.ActionRole),
            (leave, QDialogButtonBox.ButtonRole.DestructiveRole),
            (stay, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
        leave.clicked.connect(self.accept)
        stay.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text)
        self.note.setText(self.tr("Copied: paste it anywhere."))

    def save_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save what you wrote"),
                str(Path.home() / "amends-draft.txt"),
                self.tr("Text (*.txt)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            _replace_with(path, self.text)
        except OSError as error:
            said = self.tr("Could not write {path}: {reason}. Try another place.")
            self.note.setText(said.format(path=path, reason=reason(error)))
            return
        self.note.setText(self.tr("Saved in {path}.").format(path=path))
