"""A client's details, changed from the Clients view: the name, the company, the e-mail address
a follow-up message is addressed to, and notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Client
from journal.errors import JournalError
from ui.field_widgets import problem_label
from ui.named import named

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def readable_address(text: str) -> bool:
    """Whether `text` can be an e-mail address a mail app takes: one @, something before it,
    a domain after it with a dot inside (a forgotten ".hr" is caught), no spaces. Blank is
    readable too: the client has none yet."""
    text = text.strip()
    if not text:
        return True
    local, at, domain = text.partition("@")
    named_domain = "." in domain.strip(".") and ".." not in domain and domain[-1:] != "."
    return (
        bool(at and local and named_domain)
        and "@" not in domain
        and not any(letter.isspace() for letter in text)
    )


class ClientDialog(QDialog):
    """The client's details to change; Save writes them through `save`, which gives back
    None, or what went wrong, said in the dialog with every word kept."""

    def __init__(
        self, client: Client, save: Callable[[Client], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.client, self._save = client, save
        self.setWindowTitle(self.tr("Client details"))
        self.name = named(QLineEdit(client.name), "client_name")
        self.company = named(QLineEdit(client.company), "client_company")
        self.email = named(QLineEdit(client.email), "client_email")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email_note = problem_label()
        self.email_note.setObjectName("client_email_note")
        self.email.textEdited.connect(lambda _: self.email_note.hide())
        self.notes = named(QPlainTextEdit(client.notes), "client_notes")
        self.notes.setTabChangesFocus(True)
        self.problem = problem_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow("", self.email_note)
        hint = QLabel(self.tr("A follow-up message opened in your mail app is addressed here."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("N&otes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def changed(self) -> Client:
        """The client as the fields have it now."""
        return dataclasses.replace(
            self.client,
            name=self.name.text().strip(),
            company=self.company.text().strip(),
            email=self.email.text().strip(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        if not readable_address(self.email.text()):
            self.email_note.setText(
                self.tr(
                    "This can't be read as an e-mail address: it needs one @, a name before "
                    "it, a domain with a dot after it (name@example.com), and no spaces."
                )
            )
            self.email_note.show()
            self.email.setFocus()
            return
        problem = self._save(self.changed())
        if problem is not None:  # a name another client has, a full disk: say it, keep it all
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()

    def reject(self) -> None:
        if self.changed() != self.client:
            asked = QMessageBox(
                QMessageBox.Icon.Question,
                self.windowTitle(),
                self.tr("Discard your changes to {name}?").format(name=self.client.name),
                parent=self,
            )
            discard = asked.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
            keep = asked.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
            discard.setObjectName("discard")
            keep.setObjectName("keep_editing")
            asked.setDefaultButton(keep)
            asked.exec()
            if asked.clickedButton() is not discard:
                return
        super().reject()


def edit_client(window: MainWindow, client_id: int) -> None:
    """Ask for the client's details and write them, as any write from the window."""
    journal = window.journal
    client = next((found for found in journal.clients.list() if found.id == client_id), None)
    if client is None:
        return

    def save(changed: Client) -> str | None:
        try:
            window.operations.run(lambda: journal.clients.update(changed))
        except JournalError as error:
            return str(error)
        return None

    dialog = ClientDialog(client, save, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        said = QCoreApplication.translate("ClientDialog", "Saved the details of {name}.")
        window.statusBar().showMessage(said.format(name=dialog.changed().name), 5000)
