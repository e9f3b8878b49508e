"""The worksheet's side panel: the step's guidance, "you have been here before", the length
of the summary, and the coach's findings in the words for the call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import formats
from journal.domain import Client, Incident
from journal.incidents import Repeats
from journal.listing import IncidentFilter
from journal.reports import Finding, FindingKind
from journal.service import Journal
from journal.words import category_word, history_note
from ui.coach_view import CoachHighlighter
from ui.named import named
from ui.theme import colors

FINDING = Qt.ItemDataRole.UserRole  # an item's (field name, index of its finding)


def _label(name: str) -> QLabel:
    label = named(QLabel(wordWrap=True), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SidePanel(QWidget):
    show_history = Signal(object, str)  # the filter of the earlier incidents, and its label

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.setObjectName("side")
        self.journal = journal
        self.history_key: tuple[str, str, int | None, dt.date | None] | None = None
        self.guidance = _label("guidance")
        self.history = _label("history")
        self.history.setStyleSheet(colors().history)
        self.history.hide()
        self.history_button = named(QPushButton(self.tr("Open the earlier ones")), "open_history")
        self.history_button.setToolTip(
            self.tr("The earlier incidents of this client in this category")
        )
        self.history_button.clicked.connect(self._open_history)
        self.history_button.hide()
        self.meter = _label("meter")
        self.watched: dict[str, tuple[str, CoachHighlighter]] = {}  # name: (label, highlighter)
        self.shown: list[str] = []  # the coached fields of the step shown
        self.listed: list[tuple[str, str, tuple[int, ...]]] = []  # what the list says now
        self.findings = named(
            QListWidget(), "findings", self.tr("What the coach found; click one to go there")
        )
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)  # one finding's words apart from the next one's
        self.findings.setFrameShape(QListWidget.Shape.NoFrame)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings.itemActivated.connect(self._go_to)
        self.findings.itemClicked.connect(self._go_to)
        self.findings.hide()
        layout = QVBoxLayout(self)
        for widget in (self.guidance, self.history, self.history_button, self.meter):
            layout.addWidget(widget)
        layout.addWidget(self.findings, 1)  # takes the height left, and scrolls beyond it
        layout.addStretch()  # or, with nothing found, the notes stay together at the top
        self.setFixedWidth(260)

    def restyle(self) -> None:
        self.history.setStyleSheet(colors().history)

    def watch(self, name: str, label: str, highlighter: CoachHighlighter) -> None:
        """List what `highlighter` finds in the field `name` whenever its step is shown: the
        list is made again each time the coach has read the field's text, never before."""
        self.watched[name] = (label, highlighter)
        highlighter.checked.connect(lambda: self._refresh(name))

    def show_coached(self, names: list[str]) -> None:
        """The step shown has these coached fields (none: the list is hidden)."""
        self.shown = [name for name in names if name in self.watched]
        self._fill()

    def _refresh(self, name: str) -> None:
        if name in self.shown:
            self._fill()

    def _fill(self) -> None:
        """The findings of the step's coached fields, under each field's label. The list is
        made again only when what it says changes: most keystrokes only move the findings,
        and an item names its finding by its place in the highlighter's list."""
        # (field, text, indexes; none for a heading). The same words found for the same
        # reason are one line, however often they recur (a long paste said them six times).
        lines: list[tuple[str, str, tuple[int, ...]]] = []
        for name in self.shown:
            label, highlighter = self.watched[name]
            if highlighter.findings:
                lines.append((name, label, ()))
                text, found = highlighter.editor.toPlainText(), highlighter.findings
                alike: dict[str, list[int]] = {}
                for index, finding in enumerate(found):
                    alike.setdefault(_described(text, finding), []).append(index)
                lines += [
                    (name, _described(text, found[indexes[0]], len(indexes)), tuple(indexes))
                    for indexes in alike.values()
                ]
        if lines == self.listed:
            return
        self.listed = lines
        self.findings.clear()
        heading = QFont(self.font())
        heading.setBold(True)
        for name, text, indexes in lines:
            item = QListWidgetItem(text)
            if not indexes:
                item.setFont(heading)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read as text, not greyed; not chosen
            else:
                suggestion = self.watched[name][1].findings[indexes[0]].suggestion
                item.setData(FINDING, (name, indexes))
                try_it = self.tr("Try: {suggestion}").format(suggestion=suggestion)
                item.setToolTip(try_it if suggestion else "")
            self.findings.addItem(item)
        self.findings.setVisible(bool(lines))

    def _go_to(self, item: QListWidgetItem) -> None:
        """To the finding, or to the next place it recurs after the one selected now."""
        found = item.data(FINDING)
        if found:
            name, indexes = found
            highlighter = self.watched[name][1]
            places = [highlighter.findings[i] for i in indexes if i < len(highlighter.findings)]
            here = highlighter.positions.from_qt(highlighter.editor.textCursor().selectionStart())
            after = [finding for finding in places if finding.start > here]
            if places:
                highlighter.go_to((after or places)[0])

    def show_summary_length(self, summary: str | None) -> None:
        """How long the summary is against one breath; None hides it (not this step)."""
        if not summary:
            self.meter.hide()
            return
        from journal.coach.whole import summary_measure

        measure = summary_measure(summary, self.journal.settings.language)
        self.meter.setText(self.tr("Summary: {measure} (one breath)").format(measure=measure))
        self.meter.show()

    def show_history_of(
        self, client: str, category: str, incident_id: int | None, day: dt.date | None
    ) -> None:
        """The repeat banner; the journal is asked only when client, category or day change."""
        key = (client.strip(), category.strip(), incident_id, day)
        if key == self.history_key:
            return
        self.history_key = key
        client, category, incident_id, day = key
        repeats = Repeats((), ())
        if client and category:
            draft = Incident(
                title="", client=Client(client), category=category, id=incident_id, occurred_on=day
            )
            repeats = self.journal.incidents.history_for(draft)
        note = history_note(client, category_word(category), repeats)
        if repeats.earlier:  # a warning for what lies ahead, not for what came after
            warning = self.tr("{note} Failing the same way twice is what makes a client leave.")
            note = warning.format(note=note)
        self.history.setText(note)
        self.history_button.setText(
            self.tr("Open the earlier ones") if repeats.earlier else self.tr("Open the later ones")
        )
        self.history.setVisible(bool(note))
        self.history_button.setVisible(bool(note))

    def _open_history(self) -> None:
        client, category, _, _ = self.history_key or ("", "", None, None)
        if client and category:
            self.show_history.emit(IncidentFilter(client=client, category=category), "")


def _described(text: str, finding: Finding, count: int = 1) -> str:
    """A finding as the list says it: the words it is about, quoted, how often they recur
    (beside the words, where it is seen), and why."""
    quoted = text[finding.start : finding.end] if finding.end > finding.start else ""
    if not quoted or finding.kind is FindingKind.TOO_LONG:
        return finding.message
    if count == 1:
        said = QCoreApplication.translate("SidePanel", "“{words}”: {why}", "a coach's finding")
    else:
        said = QCoreApplication.translate(
            "SidePanel", "“{words}” (×{count}): {why}", "a coach's finding, found this often"
        )
    return said.format(words=quoted, why=finding.message, count=formats.number(count))
