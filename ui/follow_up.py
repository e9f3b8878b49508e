"""The follow-up step's tools: a message drafted from the worksheet, Copy, Open in mail app,
and "Sent today", which records the day on the incident."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from journal.follow_up import drafted, language_of
from journal.i18n import speaking, translate
from ui.flow_layout import FlowLayout
from ui.named import named

if TYPE_CHECKING:
    from ui.worksheet import Worksheet


class FollowUpTools(QWidget):
    """The buttons under the follow-up message."""

    def __init__(self, sheet: Worksheet) -> None:
        super().__init__()
        self.sheet = sheet
        layout = FlowLayout(self)  # the buttons wrap rather than widen a narrow window
        for name, label, tip, slot in (
            (
                "draft",
                self.tr("&Draft from the worksheet"),
                self.tr("Start the message from the apology, the fix, the steps and the offer"),
                self.draft,
            ),
            (
                "copy",
                self.tr("&Copy"),
                self.tr("Copy the message to paste it in any app"),
                self.copy,
            ),
            (
                "mail",
                self.tr("Open in &mail app"),
                self.tr("A new e-mail to the client with it"),
                self.open_mail,
            ),
            (
                "sent",
                self.tr("Sent &today"),
                self.tr("Record that the message was sent today"),
                self.sent_today,
            ),
        ):
            button = named(QPushButton(label), name, tip)
            button.clicked.connect(slot)
            layout.addWidget(button)

    def _message(self) -> QPlainTextEdit:
        editor = self.sheet.widgets["follow_up"]
        assert isinstance(editor, QPlainTextEdit)
        return editor

    def _say(self, message: str, is_error: bool = False) -> None:
        self.sheet.status.emit(message, is_error)

    def draft(self) -> None:
        """Replace the message with a draft, as one edit the editor can undo."""
        self.sheet.save()  # the draft is made of what is written, saved or not yet
        incident = self.sheet.incident
        if incident is None or not (incident.apology.strip() or incident.summary.strip()):
            self._say(
                self.tr("Write the apology (The call) first: the message starts from it."), True
            )
            return
        editor = self._message()
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(drafted(incident, self.sheet.journal.settings.language))
        editor.setFocus()
        self._say(
            self.tr("Drafted from the worksheet. Ctrl+Z in the message brings back what was there.")
        )

    def _written(self) -> str | None:
        """The message, or None (and the user told so) when there is none yet."""
        text = self._message().toPlainText()
        if not text.strip():
            self._say(self.tr("The message is empty."), True)
            return None
        return text

    def copy(self) -> None:
        text = self._written()
        if text is not None:
            QApplication.clipboard().setText(text)
            self._say(self.tr("The message is copied: paste it where you write to the client."))

    def open_mail(self) -> None:
        text = self._written()
        if text is None:
            return
        self.sheet.save()
        incident = self.sheet.incident
        to = incident.client.email.strip() if incident else ""
        subject = ""
        if incident and incident.title:  # in the message's language, as its lines are
            with speaking(language_of(incident, self.sheet.journal.settings.language)):
                about = translate("FollowUp", "About {title}", "the e-mail's subject")
            subject = about.format(title=incident.title)
        query = f"subject={quote(subject)}&body={quote(text)}"
        url = QUrl(f"mailto:{quote(to, safe='@')}?{query}")
        if not QDesktopServices.openUrl(url):
            self._say(self.tr("No mail app could be opened. Copy the message instead."), True)
        elif to:
            self._say(
                self.tr("Your mail app opens with the message. Once it is sent, press Sent today.")
            )
        else:  # where the address can be kept for the next time
            self._say(
                self.tr(
                    "Your mail app opens with the message, addressed to no one yet: this client "
                    "has no e-mail address (Clients, Edit details…). Once it is sent, press "
                    "Sent today."
                )
            )

    def sent_today(self) -> None:
        """The day goes into the Sent on field as if typed there: saved like any change."""
        field = self.sheet.widgets["follow_up_sent_on"]
        assert isinstance(field, QLineEdit)
        field.setText(self.sheet.journal.today().isoformat())
