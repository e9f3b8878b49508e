"""Every word on every screen comes through the catalogue: with a translator that marks what
it translates, nothing shown is left unmarked but the user's own text, numbers and dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal import i18n
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import MARK
from ui.main_window import MainWindow
from ui.settings_dialog import Chosen, SettingsDialog

# The user's own words in the journal below, and what is no one's words: numbers, dates,
# names of languages (each in itself), symbols and key names.
INCIDENT = full_incident()
# Not its category: a default one ("missed deadline") is the catalogue's to translate.
USERS_TEXT = [
    INCIDENT.title, INCIDENT.client.name, INCIDENT.client.company, INCIDENT.project,
    *INCIDENT.tags,
]  # fmt: skip
NOT_WORDS = re.compile(r"^[\W\d_]*$|^(Ctrl|Alt|Shift)\+|^\d{4}-\d{2}")


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything `widget` and its children show a person."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.objectName().startswith("qt_") or not child.isVisibleTo(widget.window()):
            continue
        where = f"{type(child).__name__} {child.objectName()!r}"
        yield where + " tooltip", child.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield where, child.text()
        if isinstance(child, QGroupBox):
            yield where, child.title()
        if isinstance(child, QLineEdit | QTextEdit | QPlainTextEdit):
            yield where + " placeholder", child.placeholderText()
        if isinstance(child, QTabWidget):
            for index in range(child.count()):
                yield where + " tab", child.tabText(index)
        if isinstance(child, QComboBox):
            for index in range(child.count()):
                yield where + " item", child.itemText(index)
        if isinstance(child, QMenu):
            yield where + " title", child.title()
            for action in child.actions():
                yield where + " action", action.text()
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                yield where + " heading", str(heading or "")


def unmarked(widget: QWidget) -> list[str]:
    found = []
    for where, text in texts(widget):
        plain = re.sub(r"<[^>]+>", "", text).strip()  # rich text's tags are no one's words
        if not plain or MARK in plain or NOT_WORDS.match(plain):
            continue
        if any(own and own in plain for own in USERS_TEXT):
            continue
        if plain in i18n.ENDONYMS.values():
            continue
        found.append(f"{where}: {plain!r}")
    return found


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.incidents.create(INCIDENT)
    return journal


def test_every_view_and_step_shows_only_translated_words(
    marking: None, qtbot: QtBot, filled: Journal
) -> None:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.browse.list_shown):
        window.show()
    missed = []
    for view in range(3):
        window.show_view(view)
        qtbot.wait(50)
        missed += unmarked(window)
    missed += [f"menu: {m}" for menu in window.menus for m in unmarked(menu)]
    window.new_incident()
    for _ in range(8):
        qtbot.wait(20)
        missed += unmarked(window)
        window.move_step(1)
    window.close()
    assert not sorted(set(missed)), "\n".join(sorted(set(missed)))


def test_settings_show_only_translated_words(marking: None, qtbot: QtBot, tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "journal.amends"  # the warning shown too
    dialog = SettingsDialog(Chosen(None, None, None, "system", 10), "sv", synced)
    qtbot.addWidget(dialog)
    dialog.show()
    paths = {str(synced), str(synced.parent / "backups")}  # no one's words either
    assert [
        where for where in unmarked(dialog) if not where.endswith(tuple(map(repr, paths)))
    ] == []
    # Each language is named in itself, whatever the window's language.
    names = [dialog.window_language.itemText(i) for i in range(dialog.window_language.count())]
    assert names[1:] == ["English", "Svenska", "Hrvatski", "ไทย", "বাংলা"]
    assert "Svenska" in names[0]  # the system's language named too
