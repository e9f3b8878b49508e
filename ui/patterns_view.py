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

from journal.figures import CompensationTotal, Patterns, SimilarCause
from journal.formats import day, money, percent
from journal.listing import IncidentFilter
from journal.words import category_word
from ui.bar_list import Bar, BarList
from ui.charts import MonthChart, PromiseChart
from ui.fonts import user_font
from ui.named import named
from ui.theme import colors


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
        self.summary = named(QLabel(self.tr("Reading your journal…"), wordWrap=True), "summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(user_font(12))
        self.months = MonthChart()
        self.promises = PromiseChart()
        self.categories = BarList("top_categories", palette[0])
        self.causes = BarList("top_causes", palette[1])
        self.repeats = BarList("repeats", palette[2])
        self.similar = BarList("similar_causes", palette[3])
        self.overdue = BarList("overdue", colors().overdue, rows_shown=5)
        self.overdue.setToolTip(
            self.tr("Overdue steps, oldest first; click one to open its incident.")
        )
        self.compensation = BarList("compensation", palette[4])
        for bars in (self.categories, self.causes, self.repeats, self.similar, self.compensation):
            bars.chosen.connect(self._chosen)
        self.overdue.chosen.connect(lambda incident_id: self.open_incident.emit(incident_id))
        self.months.chosen.connect(self._chosen)
        self.promises.chosen.connect(self._chosen)
        grid = QGridLayout()
        cards = (
            _card(
                self.tr("What goes wrong most"), self.tr("Incidents per category."), self.categories
            ),
            _card(
                self.tr("Why, most often"),
                self.tr("Root causes you gave more than once."),
                self.causes,
            ),
            _card(
                self.tr("Same client, same failure"),
                self.tr("Failing a client the same way twice is what makes them leave."),
                self.repeats,
            ),
            _card(
                self.tr("The same cause in other words"),
                self.tr("Lately, a why that reads like an earlier one with the same client."),
                self.similar,
            ),
            _card(
                self.tr("Did you keep your promises?"),
                self.tr(
                    "Prevention steps by how they went; click “overdue” to see those incidents."
                ),
                self.promises,
                self.overdue,
            ),
            _card(
                self.tr("Making it right"),
                self.tr("What you offered each client; the solid part of each bar is delivered."),
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
                self.tr("Incidents per month"),
                self.tr("The last two years, by category; click a bar to see those incidents."),
                self.months,
            )
        )
        layout.addLayout(grid)
        layout.addStretch()
        self.setWidget(body)

    def _summary(self, found: Patterns, total: int) -> str:
        """The journal in a few sentences: incidents and clients, repeats, overdue steps."""
        clients_total = found.clients_total
        clients = self.tr(
            "%n client(s)", "after “with”: 3 incidents with 2 clients.", clients_total
        )
        parts = [self.tr("%n incident(s) with {clients}.", "", total).format(clients=clients)]
        if repeats := found.repeats_total:
            again = self.tr(
                "In %n case(s) you failed the same client the same way again.", "", repeats
            )
            parts.append(again)
        if overdue := found.overdue_total:
            parts.append(self.tr("%n prevention step(s) overdue.", "", overdue))
        return " ".join(parts)

    def _chosen(self, target: object) -> None:
        if isinstance(target, IncidentFilter):  # a NamedTuple: asked before any other tuple
            self.show_incidents.emit(target, "")
        elif isinstance(target, tuple):
            selection, label = target
            self.show_incidents.emit(selection, label)

    def show_patterns(self, found: Patterns, today: dt.date) -> None:
        total = sum(count.incidents for count in found.by_category)
        if not total:
            self.summary.setText(
                self.tr("No incidents yet, so no patterns. They appear here as the journal fills.")
            )
        else:
            self.summary.setText(self._summary(found, total))
        self.months.show_months(found.by_month_category, today)
        self.categories.show_bars(
            [Bar(category_word(c.label), c.incidents, str(c.incidents),
                 IncidentFilter(category=c.label))
             for c in found.by_category]
        )  # fmt: skip
        self.causes.show_bars(
            [
                Bar(
                    c.cause,
                    c.incidents,
                    str(c.incidents),
                    (c.selection, self.tr("Cause: {cause}").format(cause=c.cause)),
                )
                for c in found.root_causes
            ],
            empty=self.tr("No cause given twice yet."),
        )
        self.repeats.show_bars(
            [
                Bar(
                    f"{r.client} — {category_word(r.category)}",
                    r.incidents,
                    f"{r.incidents}×",
                    r.selection,
                    self.tr("{count} × {category} with {client}, last on {day}").format(
                        count=r.incidents,
                        category=category_word(r.category),
                        client=r.client,
                        day=r.last_on or "—",
                    ),
                )
                for r in found.repeats
            ],
            empty=self.tr("No client failed twice the same way. Keep it so."),
        )
        self.similar.show_bars(
            [self._similar(s) for s in found.similar_causes],
            empty=self.tr("No recent why reads like an earlier one."),
        )
        self.promises.show_tally(found.actions)
        self.overdue.show_bars(
            [
                Bar(
                    a.text,
                    0,
                    self.tr("due {day}").format(day=day(a.due_on)),
                    a.incident_id,
                    self.tr("Due {day}: {step}\n{title} ({client})").format(
                        day=day(a.due_on),
                        step=a.text,
                        title=a.incident_title,
                        client=a.client,
                    ),
                    after=f"— {a.client}",
                )
                for a in found.overdue_actions
            ],
            empty=self.tr("No prevention step is overdue."),
        )
        self.compensation.show_bars(
            [self._compensation(c) for c in found.compensation],
            empty=self.tr("No compensation with an amount yet."),
        )

    def _similar(self, similar: SimilarCause) -> Bar:
        """An incident whose why reads like earlier ones with the same client."""
        earlier = len(similar.earlier_ids)
        tip = self.tr("{title} ({client}) reads like %n earlier: {categories}", "", earlier)
        return Bar(
            f"{similar.title} — {similar.client}",
            1 + earlier,
            f"{1 + earlier}×",
            (similar.selection, self.tr("Same cause as “{title}”").format(title=similar.title)),
            tip.format(
                title=similar.title,
                client=similar.client,
                categories=", ".join(category_word(name) for name in similar.categories),
            ),
        )

    def _compensation(self, offered: CompensationTotal) -> Bar:
        """What a client was offered in one currency, the part delivered drawn solid."""
        total, currency, incidents = offered.total, offered.currency, offered.incidents
        figure = money(0, currency)
        if total:
            figure = self.tr("{amount}, {share} delivered").format(
                amount=money(total, currency),
                share=percent(offered.delivered / total),
            )
        tip = self.tr(
            "{client}: offered {amount} over %n incident(s), delivered {delivered}",
            "",
            incidents,
        )
        return Bar(
            offered.client,
            1,
            figure,
            IncidentFilter(client=offered.client),
            tip.format(
                client=offered.client,
                amount=money(total, currency),
                delivered=money(offered.delivered, currency),
            ),
            part=offered.delivered / total if total else 0.0,
        )
