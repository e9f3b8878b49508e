"""The window opens as it was left on each journal: size, place, the divider beside the list
and the columns' widths; on a screen even if the one it was on has been unplugged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journal import preferences
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import open_window
from ui import window_memory

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
TWO_SCREENS = [
    {"name": "left", "x": 0, "y": 0, "width": 1920, "height": 1080, **SCREEN},
    {"name": "right", "x": 1920, "y": 0, "width": 1600, "height": 1000, **SCREEN},
]


def start(journal: Path, tmp_path: Path, screens: list[dict[str, Any]], **arrange: Any) -> Any:
    """A whole start of Amends's window on `journal`, with these screens plugged in."""
    config = tmp_path / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    ran = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_memory_run", str(journal), json.dumps(arrange)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(ran.stdout.strip().splitlines()[-1])


@pytest.fixture
def kept(journal: Journal) -> Path:
    journal.incidents.create(full_incident())
    path = journal.path
    journal.close()
    return path


def test_size_place_divider_and_columns_come_back_at_the_next_start(
    kept: Path, tmp_path: Path
) -> None:
    left = start(
        kept,
        tmp_path,
        TWO_SCREENS,
        geometry=[2100, 120, 1200, 700],
        divider=[700, 300],
        journal_column=211,
        clients_column=177,
    )
    assert not left["restored"]
    again = start(kept, tmp_path, TWO_SCREENS)
    assert again["restored"]
    assert again["screen"] == "right"
    for shown in ("geometry", "divider", "journal_column", "clients_column"):
        assert again[shown] == left[shown], shown


def test_a_window_left_on_a_screen_now_unplugged_opens_on_the_one_there_is(
    kept: Path, tmp_path: Path
) -> None:
    start(kept, tmp_path, TWO_SCREENS, geometry=[2100, 120, 1200, 700])
    again = start(kept, tmp_path, TWO_SCREENS[:1])
    x, y, width, height = again["geometry"]
    assert again["screen"] == "left"
    assert x >= 0 and y >= 0
    assert x + width <= 1920 and y + height <= 1080


def test_each_journal_keeps_its_own_layout(kept: Path, tmp_path: Path) -> None:
    start(kept, tmp_path, TWO_SCREENS, geometry=[2100, 120, 1200, 700])
    with Journal(tmp_path / "other.amends"):
        pass
    other = start(tmp_path / "other.amends", tmp_path, TWO_SCREENS)
    assert not other["restored"]
    assert other["screen"] == "left"


@pytest.mark.parametrize(
    "damaged",
    ["{not json", '{"splitters": [], "columns": []}', '{"geometry": 5, "columns": {"journal": 9}}'],
)
def test_a_layout_that_cannot_be_read_is_left_aside_and_replaced(
    qtbot: QtBot, journal: Journal, damaged: str
) -> None:
    preferences.write(window_memory.LAYOUT_OF + str(journal.path.resolve()), damaged)
    window = open_window(qtbot, journal)
    assert not window.layout_restored
    window.close()
    assert window_memory.remembered(journal)["geometry"]
    assert open_window(qtbot, journal).layout_restored


def written(journal: Journal) -> list[float]:
    """When the journal's file and its log were last written to."""
    parts = (journal.path, Path(f"{journal.path}-wal"))
    return [part.stat().st_mtime_ns for part in parts if part.exists()]


def test_closing_writes_nothing_to_the_journal_so_no_backup_is_made_for_it(
    qtbot: QtBot, journal: Journal
) -> None:
    window = open_window(qtbot, journal)
    window.resize(window.width() + 30, window.height())
    before = written(journal)
    assert window.close()
    assert written(journal) == before
    assert window_memory.remembered(journal)["geometry"]


def test_closing_when_the_preferences_cannot_be_written_closes_all_the_same(
    qtbot: QtBot, journal: Journal
) -> None:
    window = open_window(qtbot, journal)
    preferences.preferences_path().parent.mkdir(parents=True, exist_ok=True)
    preferences.preferences_path().mkdir()  # a folder where the file should be
    try:
        assert window.close()
    finally:
        preferences.preferences_path().rmdir()


def test_a_kept_width_too_narrow_for_a_heading_in_another_language_is_widened(
    qtbot: QtBot, journal: Journal, catalogues: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView, QTableView

    from ui.translation import install

    narrow = {"columns": {"journal": [20] * 8}, "columns_language": {"journal": "sv"}}
    preferences.write(window_memory.LAYOUT_OF + str(journal.path.resolve()), json.dumps(narrow))
    install("sv", catalogues)  # the English fixture speaks English again after the test
    window = open_window(qtbot, journal)
    table = window.findChild(QTableView, "journal")
    assert table is not None
    header = table.horizontalHeader()
    for column in range(header.count()):
        stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        if stretched or table.isColumnHidden(column):
            continue
        heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading)
    window.close()


def test_widths_kept_in_another_language_give_way_to_room_for_this_one_s_words(
    qtbot: QtBot, journal: Journal, catalogues: Path
) -> None:
    from PySide6.QtWidgets import QTableView

    from ui.journal_columns import least_widths
    from ui.journal_model import TITLE
    from ui.translation import install

    journal.incidents.create(full_incident())
    in_english = {"columns": {"journal": [70] * 8}, "columns_language": {"journal": "en"}}
    key = window_memory.LAYOUT_OF + str(journal.path.resolve())
    preferences.write(key, json.dumps(in_english))
    install("bn", catalogues)  # the English fixture speaks English again after the test
    window = open_window(qtbot, journal)
    table = window.findChild(QTableView, "journal")
    assert table is not None
    header, room = table.horizontalHeader(), least_widths()
    for column in range(header.count()):  # the title takes the room the others leave
        if column != TITLE and not table.isColumnHidden(column):
            assert header.sectionSize(column) >= room[column], column
    window.close()
    # Kept again now, they are Bengali widths, and come back while Bengali is spoken; the
    # clients' table, not opened, keeps the language its widths were given in.
    assert json.loads(preferences.read()[key])["columns_language"] == {"journal": "bn"}
