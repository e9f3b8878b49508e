"""The Patterns view: what keeps going wrong, with whom, why, and whether promises were kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.domain import IncidentFilter, format_money
from journal.figures import Patterns
from ui.bar_list import Bar, BarList
from ui.charts import MonthChart, PromiseChart
from ui.fonts import user_font
from ui.named import named
from ui.theme import colors

EMPTY = "No incidents yet, so no patterns. They appear here as the journal fills."


def _card(title: str, hint: str, *widgets: QWidget) -> QFrame:
    card = named(QFrame(), "card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    heading = QLabel(title, textFormat=Qt.TextFormat.PlainText)
    heading.setFont(user_font(12, bold=True))
    note = QLabel(hint, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    layout.addWidget(heading)
    layout.addWidget(note)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return card


class PatternsView(QScrollArea):
    show_incidents = Signal(object, str)  # IncidentFilter, a label for filters by ids
    open_incident = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        palette = colors().series
        self.summary = named(QLabel("Reading your journal…", wordWrap=True), "summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(user_font(12))
        self.months = MonthChart()
        self.promises = PromiseChart()
        self.categories = BarList("top_categories", palette[0])
        self.causes = BarList("top_causes", palette[1])
        self.repeats = BarList("repeats", palette[2])
        self.similar = BarList("similar_causes", palette[3])
        self.overdue = BarList("overdue", colors().overdue, rows_shown=5)
        self.overdue.setToolTip("Overdue steps, oldest first; click one to open its incident.")
        self.compensation = BarList("compensation", palette[4])
        for bars in (self.categories, self.causes, self.repeats, self.similar, self.compensation):
            bars.chosen.connect(self._chosen)
        self.overdue.chosen.connect(lambda incident_id: self.open_incident.emit(incident_id))
        self.months.chosen.connect(self._chosen)
        self.promises.chosen.connect(self._chosen)
        grid = QGridLayout()
        cards = (
            _card("What goes wrong most", "Incidents per category.", self.categories),
            _card("Why, most often", "Root causes you gave more than once.", self.causes),
            _card(
                "Same client, same failure",
                "Failing a client the same way twice is what makes them leave.",
                self.repeats,
            ),
            _card(
                "The same cause in other words",
                "Lately, a why that reads like an earlier one with the same client.",
                self.similar,
            ),
            _card(
                "Did you keep your promises?",
                "Prevention steps by how they went; click “overdue” to see those incidents.",
                self.promises,
                self.overdue,
            ),
            _card(
                "Making it right",
                "What you offered each client; the solid part of each bar is delivered.",
                self.compensation,
            ),
        )
        for number, card in enumerate(cards):
            grid.addWidget(card, number // 2, number % 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(
            _card(
                "Incidents per month",
                "The last two years, by category; click a bar to see those incidents.",
                self.months,
            )
        )
        layout.addLayout(grid)
        layout.addStretch()
        self.setWidget(body)

    def _chosen(self, target: object) -> None:
        if isinstance(target, IncidentFilter):  # a NamedTuple: asked before any other tuple
            self.show_incidents.emit(target, "")
        elif isinstance(target, tuple):
            selection, label = target
            self.show_incidents.emit(selection, label)

    def show_patterns(self, found: Patterns, today: dt.date) -> None:
        total = sum(count.incidents for count in found.by_category)
        if not total:
            self.summary.setText(EMPTY)
        else:
            self.summary.setText(_summary(found, total))
        self.months.show_months(found.by_month_category, today)
        self.categories.show_bars(
            [Bar(c.label, c.incidents, str(c.incidents), IncidentFilter(category=c.label))
             for c in found.by_category]
        )  # fmt: skip
        self.causes.show_bars(
            [
                Bar(c.cause, c.incidents, str(c.incidents), (c.selection, f"Cause: {c.cause}"))
                for c in found.root_causes
            ],
            empty="No cause given twice yet.",
        )
        self.repeats.show_bars(
            [
                Bar(
                    f"{r.client} — {r.category}",
                    r.incidents,
                    f"{r.incidents}×",
                    r.selection,
                    f"{r.incidents} × {r.category} with {r.client}, last on {r.last_on or '—'}",
                )
                for r in found.repeats
            ],
            empty="No client failed twice the same way. Keep it so.",
        )
        self.similar.show_bars(
            [
                Bar(
                    f"{s.title} — {s.client}",
                    1 + len(s.earlier_ids),
                    f"{1 + len(s.earlier_ids)}×",
                    (s.selection, f"Same cause as “{s.title}”"),
                    f"{s.title} ({s.client}) reads like {len(s.earlier_ids)} earlier: "
                    + ", ".join(s.categories),
                )
                for s in found.similar_causes
            ],
            empty="No recent why reads like an earlier one.",
        )
        self.promises.show_tally(found.actions)
        self.overdue.show_bars(
            [
                Bar(
                    f"{a.text} — {a.client}",
                    0,
                    f"due {a.due_on.isoformat()}",
                    a.incident_id,
                    f"Due {a.due_on.isoformat()}: {a.text}\n{a.incident_title} ({a.client})",
                )
                for a in found.overdue_actions
            ],
            empty="No prevention step is overdue.",
        )
        self.compensation.show_bars(
            [
                Bar(
                    c.client,
                    1,
                    f"{format_money(c.total)} {c.currency}, {c.delivered / c.total:.0%} delivered"
                    if c.total
                    else f"0 {c.currency}",
                    IncidentFilter(client=c.client),
                    f"{c.client}: offered {format_money(c.total)} {c.currency} over "
                    f"{c.incidents} incident(s), delivered {format_money(c.delivered)}",
                    part=c.delivered / c.total if c.total else 0.0,
                )
                for c in found.compensation
            ],
            empty="No compensation with an amount yet.",
        )


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


def _summary(found: Patterns, total: int) -> str:
    incidents = _count(total, "incident", "incidents")
    parts = [f"{incidents} with {_count(found.clients_total, 'client', 'clients')}."]
    if found.repeats_total:
        cases = _count(found.repeats_total, "case", "cases")
        parts.append(f"In {cases} you failed the same client the same way again.")
    if found.overdue_total:
        steps = _count(found.overdue_total, "prevention step is", "prevention steps are")
        parts.append(f"{steps} overdue.")
    return " ".join(parts)
