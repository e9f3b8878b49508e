"""About Amends: its version, where this window's journal is, that nothing leaves this
computer, and the licences of Amends and of what it is built with."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import resources
from journal import __version__
from ui.folders import show_folder
from ui.fonts import user_font
from ui.named import named

RESOURCES = Path(resources.__file__).parent
# Between two licence texts shown as one (a note, then the licence it is about).
BETWEEN_TEXTS = "\n\n" + "─" * 72 + "\n\n"  # not shown
LICENCE_COLUMNS = 80


class Component(NamedTuple):
    """Amends, or a part it is built with, and its licence (resources/licences/README.md)."""

    name: str
    distributions: tuple[str, ...]  # its Python packages' names, for their metadata
    licence: str  # the licence Amends uses it under, as an SPDX expression
    declared: str  # what its installed metadata says, as last checked
    files: tuple[str, ...]  # the licence's text, under resources/

    def text(self) -> str:
        return BETWEEN_TEXTS.join(
            (RESOURCES / name).read_text(encoding="utf-8").strip("\n") for name in self.files
        )


@cache
def components() -> tuple[Component, ...]:
    """Amends first, then what it is built with, from resources/licences/components.json."""
    listed = json.loads((RESOURCES / "licences" / "components.json").read_text("utf-8"))
    return tuple(
        Component(
            entry["name"],
            tuple(entry["distributions"]),
            entry["licence"],
            entry["declared"],
            tuple(entry["files"]),
        )
        for entry in listed
    )


class AboutDialog(QDialog):
    """What Amends is and whose work it uses; not modal, one at a time."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Amends"))
        self.journal_path = journal_path
        name = named(QLabel("Amends"), "name")
        name.setFont(user_font(18, bold=True))
        version = named(QLabel(self.tr("Version {version}").format(version=__version__)), "version")
        what = QLabel(
            self.tr(
                "A private journal for owning up to a mistake with a client: what went wrong, "
                "why, what will stop it happening again, and the words for the call."
            )
        )
        what.setWordWrap(True)
        self.path = named(QLineEdit(str(journal_path)), "journal_path")
        self.path.setReadOnly(True)
        self.path.setFont(user_font(10))
        self.path.setCursorPosition(0)
        open_folder = named(QPushButton(self.tr("Open its &folder")), "open_folder")
        open_folder.clicked.connect(self.open_folder)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(open_folder)
        self.said = named(QLabel(), "said")
        self.said.setWordWrap(True)
        private = named(
            QLabel(
                self.tr(
                    "Nothing you write ever leaves this computer: Amends makes no network "
                    "connection and sends nothing anywhere."
                )
            ),
            "private",
        )
        private.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(version)
        layout.addWidget(what)
        layout.addSpacing(8)
        journal_label = QLabel(self.tr("This window's &journal:"))
        journal_label.setBuddy(self.path)
        layout.addWidget(journal_label)
        layout.addLayout(where)
        layout.addWidget(self.said)
        layout.addWidget(private)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Licences: choose one to read it.")))
        layout.addWidget(self._licences(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close")
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.said.hide()
        room = self.screen().availableGeometry()
        wide = self.licences.maximumWidth() + self.licence_text.minimumWidth() + 40
        self.resize(min(wide, room.width()), min(660, room.height()))

    def _licences(self) -> QSplitter:
        """The list of what Amends is built with, beside the text of the licence chosen."""
        self.licences = named(QListWidget(), "licences")
        self.licences.setFont(user_font(10))
        for component in components():
            self.licences.addItem(
                self.tr("{name} — {licence}").format(name=component.name, licence=component.licence)
            )
        self.licence_text = named(QPlainTextEdit(), "licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licences.currentRowChanged.connect(self.show_licence)
        split = QSplitter()
        split.addWidget(self.licences)
        split.addWidget(self.licence_text)
        split.setStretchFactor(1, 1)
        # Licence texts are written for a terminal: room for their 80 columns where it fits,
        # wrapped at the edge where it does not.
        room = self.screen().availableGeometry().width()
        columns = self.licence_text.fontMetrics().horizontalAdvance("M" * LICENCE_COLUMNS)
        self.licence_text.setMinimumWidth(min(columns + 32, room * 2 // 3))
        self.licences.setMaximumWidth(self.licences.sizeHintForColumn(0) + 32)
        self.licences.setCurrentRow(0)
        return split

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(components()):
            self.licence_text.setPlainText(components()[row].text())

    def open_folder(self) -> None:
        """The journal's folder in the file manager."""
        said = show_folder(self.journal_path.parent)
        if said:
            self.said.setText(said)
            self.said.show()


def show_about(window: QWidget, journal_path: Path) -> AboutDialog:
    """About Amends over `window`, brought forward if it is open already."""
    shown = window.findChild(AboutDialog)
    if shown is None or shown.journal_path != journal_path:
        if shown is not None:
            shown.setParent(None)
            shown.deleteLater()
        shown = AboutDialog(journal_path, window)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown
