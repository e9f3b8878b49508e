"""Qt runs offscreen in tests; each test gets a fresh journal and a main window on it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal import i18n
from journal.service import Journal
from tests.i18n.catalogues import tool
from ui.main_window import MainWindow
from ui.translation import install


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Thai and Bengali included (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def answer_next_dialog(button: str, check: Callable[[QWidget], None] | None = None) -> None:
    """When the next modal dialog opens, look at it with `check`, then press the button of
    that object name, or with "" accept it (a modal dialog would otherwise wait for a person)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        if check is not None:
            check(dialog)
        if not button and isinstance(dialog, QDialog):
            dialog.accept()
            return
        found = dialog.findChild(QAbstractButton, button)
        assert found is not None, f"no button {button!r} in {dialog.windowTitle()!r}"
        found.click()

    QTimer.singleShot(0, answer)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The window's .qm files, built for this run from the .ts sources."""
    folder = tmp_path_factory.mktemp("catalogues")
    tool().build(folder)
    return folder


@pytest.fixture(autouse=True)
def english(qapp: QApplication, catalogues: Path) -> Iterator[None]:
    """Each test starts with the window in English, as the user's system chose it."""
    install("en", catalogues)
    yield
    install("en", catalogues)


def open_window(qtbot: QtBot, journal: Journal) -> MainWindow:
    """A window on `journal`, shown, with its list painted and its menus and shortcuts made."""
    shown = MainWindow(journal)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.browse.list_shown):
        shown.show()
    return shown


@pytest.fixture
def window(qtbot: QtBot, journal: Journal) -> Iterator[MainWindow]:
    shown = open_window(qtbot, journal)
    yield shown
    shown.close()  # while its journal is still open


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    return tmp_path / "ui.amends"


MARK = "⟪"  # every word said through the catalogue, with `marking`, starts with it


class Marking(QTranslator):
    """Says every message with a mark, so a word shown without one bypassed the catalogue."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        shown = source.replace("%n", str(n)) if n >= 0 else source
        return f"{MARK}{shown}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    """Every word said through the catalogue carries the mark: a word shown without one
    bypassed it."""
    marker = Marking(qapp)
    qapp.installTranslator(marker)
    i18n.use_translator(QCoreApplication.translate, "en")
    yield
    qapp.removeTranslator(marker)


def cut_short(window: QWidget) -> list[str]:
    """Labels and buttons shown narrower, or lower, than their words need."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.text().strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                found.append(f"{widget.text()!r}: {widget.height()} px high of {needed}")
            continue
        if isinstance(widget, QLabel) and widget.sizePolicy().horizontalPolicy().name == "Ignored":
            continue  # cut on purpose, and said in full in its tooltip
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            found.append(f"{widget.text()!r}: {widget.width()} px wide of {needed}")
    return found
