"""In every language the window fits a 1024×640 screen and a 1920×1080 one, and no label or
button on any view or worksheet step is cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from journal import i18n
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import cut_short
from ui.clients_view import COMPANY
from ui.journal_columns import StretchFit
from ui.journal_view import TITLE
from ui.main_window import MainWindow
from ui.translation import install

# The column that takes the room the others leave, in the tables that have one.
STRETCHING = {"journal": TITLE, "clients": COMPANY}


def columns_cut(table: QTableView, window: QWidget) -> list[str]:
    """A table whose columns do not fit; the journal's and the clients' may scroll sideways,
    but only to keep the column that takes the room readable (StretchFit.LEAST wide)."""
    if not table.isVisibleTo(window):
        return []
    name, more = table.objectName(), table.horizontalScrollBar().maximum()
    if name in STRETCHING:
        width = table.columnWidth(STRETCHING[name])
        if width < StretchFit.LEAST or (more > 0 and width != StretchFit.LEAST):
            return [f"{name}'s widest column is {width} px wide, and {more} more to scroll"]
        return []
    return [f"{name}'s columns need {more} more"] if more > 0 else []


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_every_view_and_step_fits_without_cutting_a_word(
    qtbot: QtBot, journal: Journal, catalogues: Path, language: str, size: tuple[int, int]
) -> None:
    install(language, catalogues)
    journal.incidents.create(full_incident())
    window = MainWindow(journal)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.browse.list_shown):
        window.show()
    window.resize(*size)
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    problems = []
    for view in range(3):
        window.show_view(view)
        qtbot.wait(30)
        problems += [f"view {view}: {p}" for p in cut_short(window)]
        for table in window.findChildren(QTableView):
            problems += [f"view {view}: {p}" for p in columns_cut(table, window)]
    window.open_incident(1)
    for step in range(7):
        window.worksheet.show_step(step)
        qtbot.wait(20)
        problems += [f"step {step}: {p}" for p in cut_short(window)]
    window.close()
    assert not problems, "\n".join(problems)
