"""A client's details changed from the Clients view: saved as any write, an address that
can't be read said beside its field, a failure said in the dialog, and no word lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from journal.domain import Client
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import answer_next_dialog
from ui.client_dialog import ClientDialog, readable_address
from ui.clients_view import ClientsView
from ui.main_window import MainWindow


def clients_view(qtbot: QtBot, window: MainWindow, rows: int) -> ClientsView:
    window.reload()
    window.show_view(1)
    view = window._clients
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == rows)
    return view


def dialog_for(qtbot: QtBot, client: Client, answers: list[str | None]) -> ClientDialog:
    """A dialog whose saves are recorded, each answered in turn (None: saved)."""
    saved: list[Client] = []

    def save(changed: Client) -> str | None:
        saved.append(changed)
        return answers.pop(0)

    dialog = ClientDialog(client, save)
    dialog.saved = saved  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("", True),
        ("  asa@example.se ", True),
        ("ivana.horvat+amends@firma.hr", True),
        ("พิมพ์ชนก@ตัวอย่าง.ไทย", True),
        ("asa at example.se", False),
        ("asa@", False),
        ("@example.se", False),
        ("asa@ex@ample.se", False),
        ("asa berg@example.se", False),
        ("ured@kovacevic-odvjetnici", False),
        ("asa@example.", False),
        ("asa@.se", False),
        ("asa@example..se", False),
    ],
)
def test_an_address_is_readable_with_one_at_and_no_spaces(text: str, readable: bool) -> None:
    assert readable_address(text) is readable


def test_the_details_are_saved_from_the_clients_view_and_the_mail_goes_there(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(client=Client("Åsa Berg")))
    view = clients_view(qtbot, window, 1)

    def fill(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "client_company").setText("Berg Keramik")  # type: ignore[union-attr]
        dialog.findChild(QLineEdit, "client_email").setText("asa@example.se")  # type: ignore[union-attr]
        dialog.findChild(QPlainTextEdit, "client_notes").setPlainText("Prefers calls.")  # type: ignore[union-attr]

    answer_next_dialog("save", fill)
    view.edit.click()
    (client,) = journal.clients.list()
    assert (client.company, client.email, client.notes) == (
        "Berg Keramik",
        "asa@example.se",
        "Prefers calls.",
    )
    assert window.statusBar().currentMessage() == "Saved the details of Åsa Berg."
    qtbot.waitUntil(lambda: view.model.index(0, 1).data() == "Berg Keramik")


def test_an_unreadable_address_is_said_beside_it_and_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Client("Åsa Berg", id=1), [None])
    dialog.email.setText("asa at example.se")
    dialog.notes.setPlainText("Call after ten.")
    dialog.accept()
    assert dialog.isVisible() and dialog.email_note.isVisible()
    assert "e-mail address" in dialog.email_note.text()
    assert dialog.saved == []  # type: ignore[attr-defined]
    assert dialog.email.text() == "asa at example.se"
    assert dialog.notes.toPlainText() == "Call after ten."
    dialog.email.setText("asa@example.se")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved[-1].email == "asa@example.se"  # type: ignore[attr-defined]


def test_a_failed_save_is_said_in_the_dialog_with_every_word_kept(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(client=Client("Åsa Berg")))
    journal.incidents.create(full_incident(client=Client("Ivana Horvat")))
    view = clients_view(qtbot, window, 2)
    ivana = next(client for client in journal.clients.list() if client.name == "Ivana Horvat")
    view.table.selectRow(view.model.row_of(ivana.id or 0))
    seen: list[str] = []

    def clash_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ClientDialog)
        dialog.name.setText("åsa berg")
        dialog.email.setText("ivana@firma.hr")
        dialog.accept()
        seen.append(dialog.findChild(QLabel, "problem").text())  # type: ignore[union-attr]
        assert dialog.isVisible() and dialog.name.text() == "åsa berg"
        assert dialog.email.text() == "ivana@firma.hr"
        answer_next_dialog("discard")

    answer_next_dialog("cancel", clash_then_cancel)
    view.edit.click()
    assert seen and "already a client called" in seen[0]
    assert {client.name for client in journal.clients.list()} == {"Åsa Berg", "Ivana Horvat"}


def test_leaving_with_changes_asks_first_and_keeps_them_unless_discarded(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Client("Zoë", id=3), [])
    dialog.reject()  # nothing changed: it just closes
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog.show()
    dialog.notes.setPlainText("ছুটির পরে ফোন করবেন")
    answer_next_dialog("keep_editing")
    dialog.reject()
    assert dialog.isVisible() and dialog.notes.toPlainText() == "ছুটির পরে ফোন করবেন"
    answer_next_dialog("discard")
    dialog.reject()
    assert not dialog.isVisible()


def test_with_no_client_found_the_buttons_rest(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(client=Client("Åsa Berg")))
    view = clients_view(qtbot, window, 1)
    assert view.edit.isEnabled() and view.open.isEnabled()
    view.find.setText("zzzz")
    assert view.model.rowCount() == 0
    assert not view.edit.isEnabled() and not view.open.isEnabled()
    view.find.setText("åsa")
    assert view.edit.isEnabled() and view.open.isEnabled()
