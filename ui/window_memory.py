"""The window as the user left it on this journal: its size and place, the divider beside the
list, and the widths of the tables' columns, kept among the user's preferences (this screen's,
not the journal's: writing them would count as a change to back up, and a read-only journal
could keep none) and put back at the next start."""

from __future__ import annotations

import json
from contextlib import suppress
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from journal import i18n, preferences
from ui.journal_columns import set_widths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from journal.service import Journal

LAYOUT_OF = "layout of "  # not shown: + the journal's path, a key among the preferences
REMEMBERED_TABLES = ("journal", "clients")  # object names of the tables whose widths are kept


def _key(journal: Journal) -> str:
    return LAYOUT_OF + str(journal.path.resolve())


def remembered(journal: Journal) -> dict[str, Any]:
    """What was kept for this journal's window; nothing of what cannot be read (a layout from
    another version, a damaged value: the window then opens as it would anyway)."""
    try:
        stored = preferences.read().get(_key(journal))
        found = json.loads(stored) if stored else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        "geometry": found.get("geometry") if isinstance(found.get("geometry"), str) else None,
        "splitters": {
            name: state
            for name, state in _dict(found.get("splitters")).items()
            if isinstance(state, str)
        },
        "columns": {
            name: [width for width in widths if isinstance(width, int)]
            for name, widths in _dict(found.get("columns")).items()
            if isinstance(widths, list)
        },
        "columns_language": {  # the language each table's widths were given in
            name: language
            for name, language in _dict(found.get("columns_language")).items()
            if isinstance(language, str)
        },
    }


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _state(value: object) -> QByteArray | None:
    if not isinstance(value, str):
        return None
    return QByteArray.fromBase64(value.encode("ascii", "replace"))


class Parts(NamedTuple):
    """What of the window is kept, each by its object name. Named by the window rather than
    looked up with findChildren, which can meet a child Qt is deleting as the window closes."""

    splitters: list[QSplitter]
    tables: list[QTableView]


def restore_window(window: QMainWindow, journal: Journal, parts: Parts) -> bool:
    """Size, place and divider as they were when the window last closed on this journal.
    Qt moves a window whose place is on no screen now (a monitor unplugged) onto one.
    Whether there was anything to put back."""
    layout = remembered(journal)
    geometry = _state(layout.get("geometry"))
    restored = geometry is not None and window.restoreGeometry(geometry)
    for splitter in parts.splitters:
        state = _state(layout.get("splitters", {}).get(splitter.objectName()))
        if state is not None:
            splitter.restoreState(state)
    for table in parts.tables:
        restore_columns(table, layout)
    return restored


def restore_columns(table: QTableView, layout: dict[str, Any]) -> None:
    """The widths the user gave the table's columns, where it is one that keeps them, each
    wide enough for its heading in the language spoken now. A column the table stretches to
    fill its room keeps doing so. Widths given in another language are not put back: the
    table's own widths fit the words of the language spoken now ("overdue" is three times as
    wide in Bengali)."""
    widths = layout.get("columns", {}).get(table.objectName())
    if table.objectName() not in REMEMBERED_TABLES or not isinstance(widths, list):
        return
    if layout.get("columns_language", {}).get(table.objectName()) != i18n.current_language():
        return  # (widths kept before their language was, too: a reset, once)
    header = table.horizontalHeader()
    kept = [
        table.columnWidth(column)
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or width <= 0
        else max(width, header.minimumSectionSize())
        for column, width in enumerate(widths[: header.count()])
    ]
    set_widths(table, kept)


def keep(window: QMainWindow, journal: Journal, parts: Parts) -> None:
    """Remember the window's layout, if it changed."""
    layout = remembered(journal)
    before = json.dumps(layout, sort_keys=True)
    layout["geometry"] = _text(window.saveGeometry())
    layout["splitters"] = {
        **layout.get("splitters", {}),
        **{splitter.objectName(): _text(splitter.saveState()) for splitter in parts.splitters},
    }
    columns = dict(layout.get("columns", {}))
    languages = dict(layout.get("columns_language", {}))
    for table in parts.tables:
        if table.objectName() in REMEMBERED_TABLES and table.model() is not None:
            header = table.horizontalHeader()
            columns[table.objectName()] = [header.sectionSize(i) for i in range(header.count())]
            languages[table.objectName()] = i18n.current_language()
    layout["columns"] = columns
    layout["columns_language"] = languages
    stored = json.dumps(layout, sort_keys=True)
    if stored != before:
        with suppress(OSError):  # nothing the user typed is at stake
            preferences.write(_key(journal), stored)


def _text(state: QByteArray) -> str:
    return bytes(state.toBase64().data()).decode("ascii")
