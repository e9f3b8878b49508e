"""The patterns' promises chart: its key names all four ways a promise went."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem
from pytestqt.qtbot import QtBot

from journal.figures import ActionTally


def _drawn(item: QGraphicsItem) -> Iterator[QGraphicsItem]:
    for child in item.childItems():
        yield child
        yield from _drawn(child)


@pytest.mark.parametrize("language", ["en", "bn"])
def test_the_promises_chart_shows_all_four_parts_of_its_key(
    qtbot: QtBot, catalogues: Path, language: str
) -> None:
    from ui.charts import PromiseChart
    from ui.translation import install

    install(language, catalogues)
    chart = PromiseChart()
    qtbot.addWidget(chart)
    chart.resize(560, chart.height())
    chart.show()
    chart.show_tally(ActionTally(done_on_time=5, done_late=0, overdue=2, open=1))
    qtbot.wait(20)
    legend = chart.chart().legend()
    drawn = list(_drawn(legend))
    swatches = [item for item in drawn if isinstance(item, QGraphicsRectItem)]
    assert len(swatches) == 4  # done on time, done late, overdue, not due yet
    shown = legend.geometry().bottom()
    assert all(item.sceneBoundingRect().bottom() <= shown for item in drawn)
