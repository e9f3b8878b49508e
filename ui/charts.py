"""Charts of the Patterns view (Qt Charts): months stacked by category, and kept promises."""

from __future__ import annotations

import datetime as dt
import html
import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalPercentBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from journal import formats
from journal.figures import ActionTally, MonthCount
from journal.i18n import QT_TRANSLATE_NOOP
from journal.listing import IncidentFilter
from journal.words import category_word
from ui.fonts import user_font
from ui.theme import colors

MONTHS_SHOWN = 24


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    chart.legend().setLabelColor(text)
    chart.legend().setFont(user_font(9.5))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _axis_colors(*axes: QBarCategoryAxis | QValueAxis) -> None:
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(40)
    for axis in axes:
        axis.setLabelsColor(text)
        axis.setLabelsFont(user_font(9))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)


def month_label(month: str) -> str:
    """A short axis label, unique within two years (the axis needs that): "Mar" over "26"."""
    name = QCoreApplication.translate("Days", formats.MONTHS[int(month[5:7]) - 1])
    return f"{html.escape(name)}<br>{month[2:4]}"


def last_months(latest: str, count: int) -> list[str]:
    """The `count` months up to and including `latest` ("2026-03"), oldest first."""
    year, month = int(latest[:4]), int(latest[5:7])
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


class MonthChart(QChartView):
    chosen = Signal(object)  # IncidentFilter of the bar clicked

    def __init__(self) -> None:
        super().__init__(_chart())
        self.setObjectName("months")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.bars: dict[tuple[str, int], MonthCount] = {}  # (category, bar index) → figure

    def show_months(self, counts: tuple[MonthCount, ...], today: dt.date) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.bars.clear()
        if not counts:
            return
        # Up to this month: a date mistyped into the future must not push the rest away.
        months = last_months(today.isoformat()[:7], MONTHS_SHOWN)
        shown = [entry for entry in counts if entry.month in set(months)]
        totals: dict[str, int] = {}
        for entry in shown:
            totals[entry.category] = totals.get(entry.category, 0) + entry.incidents
        categories = sorted(totals, key=lambda name: (-totals[name], name))
        series = QStackedBarSeries()
        palette = colors().series
        position = {month: number for number, month in enumerate(months)}
        for number, category in enumerate(categories):
            # The legend reads its label as markup; a default category is shown in words.
            bar_set = QBarSet(html.escape(category_word(category)))
            values = [0] * len(months)
            for entry in shown:
                if entry.category == category:
                    values[position[entry.month]] = entry.incidents
                    self.bars[(category, position[entry.month])] = entry
            bar_set.append(values)
            bar_set.setColor(QColor(palette[number % len(palette)]))
            bar_set.setBorderColor(QColor(palette[number % len(palette)]))
            bar_set.clicked.connect(lambda index, name=category: self._clicked(name, index))
            series.append(bar_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([month_label(month) for month in months])
        x_axis.setTruncateLabels(False)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        highest = max(
            (sum(s.at(i) for s in series.barSets()) for i in range(len(months))), default=0
        )
        step = max(1, math.ceil(highest / 5))  # whole incidents: never "0 0 1 1 2"
        y_axis.setRange(0, max(step, math.ceil(highest / step) * step))
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        _axis_colors(x_axis, y_axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _clicked(self, category: str, index: int) -> None:
        figure = self.bars.get((category, index))
        if figure is not None:
            self.chosen.emit(figure.selection)


class PromiseChart(QChartView):
    """One bar: prevention steps done on time, done late, overdue, not due yet."""

    chosen = Signal(object)
    # The bar's parts, as ActionTally orders them; their words are translated where shown.
    PARTS = (
        QT_TRANSLATE_NOOP("PromiseChart", "done on time"),
        QT_TRANSLATE_NOOP("PromiseChart", "done late"),
        QT_TRANSLATE_NOOP("PromiseChart", "overdue"),
        QT_TRANSLATE_NOOP("PromiseChart", "not due yet"),
    )

    def __init__(self) -> None:
        super().__init__(_chart())
        self.setObjectName("promises")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The four parts listed beside the bar, one a line: in one line below it, the longer
        # languages' words were cut.
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        # Tall enough for the four lines of the key at its font's height (at a set 120 px the
        # fourth was cut in every language).
        line = QFontMetrics(user_font(9.5)).height() + 12
        self.setFixedHeight(len(self.PARTS) * line + 40)

    def show_tally(self, tally: ActionTally) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not any(tally):
            return
        theme = colors()
        part_colors = (
            "#2e7d32" if not theme.dark else "#81c784",
            "#f9a825",
            theme.overdue,
            "#90a4ae",
        )
        series = QHorizontalPercentBarSeries()
        series.setLabelsVisible(True)
        for name, value, color in zip(self.PARTS, tally, part_colors, strict=True):
            words = QCoreApplication.translate("PromiseChart", name)
            bar_set = QBarSet(
                f"{html.escape(words)} ({formats.number(value)})"
            )  # the legend: markup
            bar_set.append(value)
            bar_set.setColor(QColor(color))
            bar_set.setBorderColor(QColor(color))
            bar_set.setLabelColor(QColor("#000000"))
            if name == "overdue":
                bar_set.clicked.connect(lambda _: self.chosen.emit(IncidentFilter(overdue=True)))
            series.append(bar_set)
        chart.addSeries(series)
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setVisible(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
