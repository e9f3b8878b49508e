"""The worksheet's side panel: the step's guidance, "you have been here before", the length
of the summary, and the coach's findings in the words for the call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journal.domain import Client, Incident, IncidentFilter, history_note
from journal.reports import Finding, FindingKind
from journal.service import Journal
from ui.named import named
from ui.theme import colors


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
        self.history_key: tuple[str, str, int | None] | None = None
        self.guidance = _label("guidance")
        self.history = _label("history")
        self.history.setStyleSheet(colors().history)
        self.history.hide()
        self.history_button = named(QPushButton("Open the earlier ones"), "open_history")
        self.history_button.setToolTip("The earlier incidents of this client in this category")
        self.history_button.clicked.connect(self._open_history)
        self.history_button.hide()
        self.meter = _label("meter")
        self.findings = _label("findings")
        layout = QVBoxLayout(self)
        for widget in (
            self.guidance,
            self.history,
            self.history_button,
            self.meter,
            self.findings,
        ):
            layout.addWidget(widget)
        layout.addStretch()
        self.setFixedWidth(260)

    def restyle(self) -> None:
        self.history.setStyleSheet(colors().history)

    def show_findings(self, found: dict[str, tuple[str, list[Finding]]]) -> None:
        """The coach's findings of the step's coached fields: field → (its text, findings)."""
        lines: list[str] = []
        for name, (text, findings) in found.items():
            for finding in findings:
                quoted = text[finding.start : finding.end] if finding.end > finding.start else ""
                head = (
                    f"“{quoted}”: " if quoted and finding.kind is not FindingKind.TOO_LONG else ""
                )
                lines.append(f"• {name.capitalize()} — {head}{finding.message}")
        self.findings.setText("\n\n".join(lines))

    def show_summary_length(self, summary: str | None) -> None:
        """How long the summary is against one breath; None hides it (not this step)."""
        if not summary:
            self.meter.hide()
            return
        from journal.checker import summary_measure

        measure = summary_measure(summary, self.journal.settings.language)
        self.meter.setText(f"Summary: {measure} (one breath)")
        self.meter.show()

    def show_history_of(self, client: str, category: str, incident_id: int | None) -> None:
        """The repeat banner; the journal is asked only when client or category change."""
        key = (client.strip(), category.strip(), incident_id)
        if key == self.history_key:
            return
        self.history_key = key
        client, category, incident_id = key
        earlier = []
        if client and category:
            draft = Incident(title="", client=Client(client), category=category, id=incident_id)
            earlier = self.journal.incidents.history_for(draft)
        note = history_note(client, category, earlier)
        self.history.setText(f"{note} Failing the same way twice is what makes a client leave.")
        self.history.setVisible(bool(note))
        self.history_button.setVisible(bool(note))

    def _open_history(self) -> None:
        client, category, _ = self.history_key or ("", "", None)
        if client and category:
            self.show_history.emit(IncidentFilter(client=client, category=category), "")
