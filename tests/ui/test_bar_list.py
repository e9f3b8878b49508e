"""Bars drawn as long as their value says, whatever their figure's length."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ui.bar_list import ROW_HEIGHT, Bar, BarList, shown_label

GREEN = "#2e7d32"


def bar_lengths(bars: BarList, rows: int) -> list[int]:
    """How many pixels of each row are painted in the bar's colour."""
    image = bars.grab().toImage()
    wanted = QColor(GREEN).rgb()
    lengths = []
    for row in range(rows):
        y = 3 + row * ROW_HEIGHT + ROW_HEIGHT // 2
        lengths.append(sum(image.pixel(x, y) == wanted for x in range(image.width())))
    return lengths


def test_equal_values_make_equal_bars_whatever_their_figures(qtbot: QtBot) -> None:
    bars = BarList("compensation", GREEN)
    qtbot.addWidget(bars)
    bars.resize(600, 200)
    bars.show_bars(
        [
            Bar("Margaret Holloway", 1.0, "€150, 100% delivered", None, part=1.0),
            Bar("สุดารัตน์ ศรีสุข", 1.0, "THB 3,500, 100% delivered", None, part=1.0),
            Bar("Karin Sjöberg", 0.5, "SEK 2,400, 50% delivered", None, part=0.5),
        ]
    )
    bars.show()
    qtbot.waitExposed(bars)
    first, second, half = bar_lengths(bars, 3)
    assert first > 50 and abs(first - second) <= 1
    assert abs(half - first / 2) <= 2


def test_a_long_step_is_shortened_and_whose_it_is_stays_whole(qtbot: QtBot) -> None:
    bars = BarList("overdue", GREEN)
    qtbot.addWidget(bars)
    metrics = bars.fontMetrics()
    step = "Provredigera tre bilder innan jag lovar ett datum, och skicka dem i god tid"
    shown = shown_label(metrics, step, "— Karin Sjöberg", 260)
    assert shown.endswith("… — Karin Sjöberg") and shown.startswith("Provredigera")
    assert metrics.horizontalAdvance(shown) <= 260
    assert shown_label(metrics, "Ring", "— Karin", 260) == "Ring — Karin"
    long_name = shown_label(
        metrics, "Send the proofs", "— Holloway Interiors B.V. (Rotterdam)", 120
    )
    assert long_name.startswith("Se") and metrics.horizontalAdvance(long_name) <= 120
