"""Shows a folder in the system's file manager: a local folder, never anything else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices


def show_folder(folder: Path) -> str:
    """`folder` opened in the file manager: "" if it opened, else what to tell the user."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return ""
    said = QCoreApplication.translate(
        "AboutDialog", "No file manager could be opened: the folder is {folder}."
    )
    return said.format(folder=folder)
