"""The window as a user drives it: keyboard only, autosave, coach, paste, errors, recovery."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal import checker
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import answer_next_dialog, press, type_text
from ui.app import bring_forward_running, listen, recover, server_address
from ui.field_widgets import PlainTextEdit
from ui.main_window import LAST_OPEN, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_journal_says_what_to_do(window: MainWindow) -> None:
    assert window.browse.empty.isVisible() and "start here" in window.browse.empty.text()
    assert not window.browse.table.isVisible()


def test_the_list_model_is_a_well_behaved_qt_model(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    for number in range(30):
        journal.incidents.create(full_incident(title=f"Incident {number}"))
    from ui.journal_model import JournalModel

    model = JournalModel(journal)
    model.show_ids(journal.incidents.list_ids())
    qtmodeltester.check(model)
    assert model.rowCount() == 30


def test_a_whole_incident_written_with_the_keyboard_is_saved(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    sheet = window.worksheet
    assert window.in_worksheet()
    client = QApplication.focusWidget()
    assert client is sheet.widgets["client"]
    type_text(client, "Ivana Kovačić")
    press(client, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "ส่งใบแจ้งหนี้ผิดเดือน")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Prijevod")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "2026-03-02")
    sheet.move_step(4)  # Ctrl+PgDown through the steps to the call
    summary = sheet.widgets["summary"]
    summary.setFocus()
    type_text(summary, "আমি দুঃখিত, আমি ভুল ফাইল পাঠিয়েছি। আমি ঠিক ফাইল পাঠিয়েছি।")
    qtbot.waitUntil(lambda: journal.incidents.count() == 1, timeout=5000)
    saved = journal.incidents.get(journal.incidents.list_ids()[0])
    assert (saved.client.name, saved.title) == ("Ivana Kovačić", "ส่งใบแจ้งหนี้ผิดเดือน")
    assert saved.project == "Prijevod" and saved.occurred_on.isoformat() == "2026-03-02"
    assert saved.summary.startswith("আমি দুঃখিত")
    assert "Saved" in window.statusBar().currentMessage()
    # A name, a title and a day are not the step's story told: no tick until it is begun.
    assert not sheet.step_ticked(0) and sheet.step_ticked(4) and not sheet.step_ticked(5)
    sheet.move_step(-4)
    told = sheet.widgets["what_happened"]
    told.setFocus()
    type_text(told, "Poslala sam krivi račun.")
    assert sheet.step_ticked(0)


def test_pasting_html_keeps_the_text_and_never_the_markup(window: MainWindow) -> None:
    window.new_incident()
    editor = window.worksheet.widgets["what_happened"]
    assert isinstance(editor, PlainTextEdit)
    mime = QMimeData()
    mime.setHtml("<b>Bold</b> <a href='http://x'>link</a><script>x()</script>")
    mime.setText("Bold link")
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "Bold link"


def test_the_coach_underlines_and_explains_while_typing(window: MainWindow) -> None:
    window.new_incident()
    sheet = window.worksheet
    sheet.move_step(4)
    apology = sheet.widgets["apology"]
    apology.setFocus()
    type_text(apology, "I'm sorry if you were upset, but it was just a small delay.")
    findings = sheet.highlighters["apology"].findings
    kinds = {finding.kind.value for finding in findings}
    assert {"conditional", "but", "minimising"} <= kinds
    listed = [sheet.side.findings.item(row).text() for row in range(sheet.side.findings.count())]
    assert "The apology" in listed and any(line.startswith("“if”") for line in listed)
    underlined = {s.cursor.selectedText() for s in apology.extraSelections()}
    assert {"if", "but", "just", "small"} <= underlined


def test_the_history_banner_warns_of_the_same_failure_with_this_client(
    window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident())
    window.new_incident()
    sheet = window.worksheet
    client = sheet.widgets["client"]
    assert isinstance(client, QLineEdit)
    client.setText("Åsa Lindqvist")
    category = sheet.widgets["category"]
    assert isinstance(category, QComboBox)
    category.setCurrentText("missed deadline")
    assert sheet.side.history.isVisibleTo(window) and "1 earlier" in sheet.side.history.text()
    category.setCurrentText("billing error")
    assert not sheet.side.history.isVisibleTo(window)
    category.setCurrentText("missed deadline")
    sheet.widgets["title"].setText("Late again")  # type: ignore[attr-defined]
    sheet.side.history_button.click()  # saves this one, then lists the earlier one
    assert not window.in_worksheet() and journal.incidents.count() == 2
    model = window.browse.model
    titles = {model.row_at(row).title for row in range(model.rowCount())}  # type: ignore[union-attr]
    assert titles == {"Late again", "Missed the shop launch"}
    assert window.browse.selection().category == "missed deadline"


def test_the_banner_of_an_older_incident_says_later_repeats_without_a_warning(
    window: MainWindow, journal: Journal
) -> None:
    journal.incidents.create(full_incident(occurred_on=dt.date(2026, 5, 4)))
    window.new_incident()
    sheet = window.worksheet
    sheet.widgets["occurred_on"].setText("2026-01-10")  # type: ignore[attr-defined]
    sheet.widgets["client"].setText("Åsa Lindqvist")  # type: ignore[attr-defined]
    category = sheet.widgets["category"]
    assert isinstance(category, QComboBox)
    category.setCurrentText("missed deadline")
    said = sheet.side.history.text()
    assert sheet.side.history.isVisibleTo(window) and "1 later incident" in said
    assert "earlier" not in said and "Failing the same way twice" not in said
    assert sheet.side.history_button.text() == "Open the later ones"
    sheet.widgets["occurred_on"].setText("2026-06-01")  # type: ignore[attr-defined]
    sheet.refresh_side()
    said = sheet.side.history.text()
    assert "1 earlier incident" in said and "Failing the same way twice" in said
    assert sheet.side.history_button.text() == "Open the earlier ones"


def test_a_read_only_journal_shows_why_and_keeps_the_text(qtbot: QtBot, journal_file: Path) -> None:
    Journal(journal_file).close()
    with Journal(journal_file, read_only=True) as read_only:
        window = MainWindow(read_only)
        qtbot.addWidget(window)
        window.show()
        window.new_incident()
        sheet = window.worksheet
        for name, text in (("client", "Nong"), ("title", "Wrong invoice")):
            widget = sheet.widgets[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(text)
        assert not sheet.save()
        assert "read-only" in window.statusBar().currentMessage()
        assert "your text is still here" in window.statusBar().currentMessage()
        assert sheet.values()["title"] == "Wrong invoice"
        seen: list[str] = []
        answer_next_dialog("stay", lambda dialog: seen.append(dialog.findChild(QLabel).text()))
        assert not window.close()  # asked, and the user stays
        assert "read-only" in seen[0] and "Copy it or save it as a file" in seen[0]
        assert window.isVisible() and sheet.values()["title"] == "Wrong invoice"
        answer_next_dialog("leave")
        assert window.close()


def test_a_killed_window_brings_back_what_was_being_written(
    qtbot: QtBot, journal_file: Path
) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from journal.service import Journal
        from ui.main_window import MainWindow
        app = QApplication([])
        window = MainWindow(Journal({str(journal_file)!r}))
        window.show()
        window.new_incident()
        sheet = window.worksheet
        sheet.widgets["client"].setText("Björn Åkesson")
        sheet.widgets["title"].setText("Försenad leverans")
        sheet.widgets["what_happened"].setPlainText("Leveransen blev tre dagar sen.")
        QTimer.singleShot(3000, lambda: os.kill(os.getpid(), signal.SIGKILL))
        app.exec()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL
    with Journal(journal_file) as journal:
        assert journal.settings.get(LAST_OPEN)
        window = MainWindow(journal)
        qtbot.addWidget(window)
        window.show()
        recover(window)
        assert window.in_worksheet()
        assert window.worksheet.values()["what_happened"] == "Leveransen blev tre dagar sen."
        assert "Brought back" in window.statusBar().currentMessage()
        window.back_to_journal()
        assert journal.settings.get(LAST_OPEN) is None
        window.close()


def test_a_second_window_on_the_same_journal_brings_the_first_forward(
    window: MainWindow,
) -> None:
    address = server_address(window.journal.path)
    folder = window.journal.path.parent
    assert server_address(folder / ".." / folder.name / window.journal.path.name) == address
    assert server_address(folder / "other.amends") != address
    assert not bring_forward_running(address)  # nothing listens yet
    server = listen(address, window)
    assert bring_forward_running(address)
    assert not bring_forward_running(address + "-other")
    server.close()


def test_a_second_amends_on_the_same_journal_opens_no_window(
    journal_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tempfile.mkdtemp(prefix="amends-run-")  # short: socket paths are limited
    monkeypatch.setenv("TMPDIR", runtime)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    amends = [sys.executable, "-m", "journal.cli", "--db", str(journal_file)]
    first = subprocess.Popen(amends, cwd=ROOT)
    try:
        address = Path(server_address(journal_file))
        assert address.parent == Path(runtime)
        for _ in range(600):  # it listens once its list is painted
            if address.exists() or first.poll() is not None:
                break
            time.sleep(0.05)
        assert address.exists()
        second = subprocess.run(amends, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "already open on this journal" in second.stdout
        assert first.poll() is None  # the first window is still open
    finally:
        first.kill()
        first.wait()
        shutil.rmtree(runtime, ignore_errors=True)


def test_the_summary_meter_counts_in_the_summary_s_own_terms(window: MainWindow) -> None:
    window.new_incident()
    sheet = window.worksheet
    sheet.move_step(4)
    summary = sheet.widgets["summary"]
    summary.setFocus()
    type_text(summary, "ผมส่งใบแจ้งหนี้ซ้ำ ผมคืนเงินแล้ว")
    assert "2 of 3 sentences" in sheet.side.meter.text() and "characters" in sheet.side.meter.text()
    summary.clear()
    type_text(summary, "I sent the invoice twice. I have refunded it.")
    assert "2 of 2 sentences, 9 of 45 words" in sheet.side.meter.text()


def test_underlining_does_not_leak_references_to_none(window: MainWindow) -> None:
    """PySide6 6.12.0's QTextCursor.setPosition dropped a reference to None on every call,
    so a long Thai draft crashed the window after a few hundred keystrokes."""
    window.new_incident()
    highlighter = window.worksheet.highlighters["apology"]
    editor = window.worksheet.widgets["apology"]
    editor.setPlainText("ขอโทษครับ แต่ไฟล์ที่ส่งมาไม่ครบ แค่ล่าช้านิดหน่อย " * 10)
    # The coach's caches start empty and are filled once: entries the earlier tests left
    # there, pushed out while counting, would give back their references to None too.
    checker.clear_cache()
    highlighter.rehighlight()
    # Nor may the collector free the earlier tests' garbage while counting (1 run in 7).
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(300):
            highlighter.rehighlight()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 50
    assert len(editor.extraSelections()) >= 30


def test_ctrl_p_previews_the_one_page_briefing_and_saves_it(
    window: MainWindow, journal: Journal, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from journal.domain import Question

    long_questions = tuple(Question(f"Question {n}?", "answer " * 80) for n in range(50))
    saved = journal.incidents.create(
        full_incident(questions=long_questions, whys=("why " * 300,) * 20)
    )
    window.reload()
    window.browse.table.selectRow(0)
    press(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.preview
    assert preview.isVisible() and preview.document.pageCount() == 1
    assert (
        preview.warning.isVisibleTo(preview) and "left for your journal" in preview.warning.text()
    )
    copy = preview.save_to(tmp_path / "kept.pdf")
    assert len(PdfReader(copy).pages) == 1 and saved.incident.id == preview.incident_id
    preview.close()


def test_the_briefing_preview_zooms_in_to_read_and_back_to_the_whole_page(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QPushButton

    journal.incidents.create(full_incident())
    window.reload()
    window.browse.table.selectRow(0)
    press(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.preview
    qtbot.waitExposed(preview)
    page = preview.view
    whole, fitted = preview.shown_factor(), page.verticalScrollBar().maximum()
    closer, further, back = (
        preview.findChild(QPushButton, name) for name in ("zoom_in", "zoom_out", "whole_page")
    )
    assert closer and further and back
    assert closer.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomIn)  # Ctrl++
    assert back.shortcut().toString() == "Ctrl+0"
    for _ in range(3):
        closer.click()
    assert preview.shown_factor() > 1.9 * whole
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > fitted + 200)  # it scrolls
    further.click()
    assert whole < preview.shown_factor() < 1.9 * whole
    back.click()
    assert abs(preview.shown_factor() - whole) < 0.01
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() == fitted)
    preview.close()


def test_the_client_field_offers_existing_clients(window: MainWindow, journal: Journal) -> None:
    journal.incidents.create(full_incident())
    window.new_incident()
    sheet = window.worksheet
    client = sheet.widgets["client"]
    assert isinstance(client, QLineEdit) and sheet.client_suggestions is not None
    type_text(client, "lindq")
    offered = sheet.client_suggestions
    assert offered.isVisible() and [offered.item(0).text()] == ["Åsa Lindqvist"]
    press(client, Qt.Key.Key_Down)
    press(client, Qt.Key.Key_Return)
    assert client.text() == "Åsa Lindqvist" and not offered.isVisible()


def test_deleting_asks_then_moves_to_the_trash_and_ctrl_z_brings_it_back(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    journal.incidents.create(full_incident(title="Keep me"))
    gone = journal.incidents.create(full_incident(title="Delete me", occurred_on=None)).incident
    window.reload()
    window.browse.table.selectRow(1)
    asked: list[str] = []

    def question(_: object, title: str, text: str, *rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delete_incident()
    assert journal.incidents.count() == 2
    window.delete_incident()
    assert "Trash" in asked[-1] and "Ctrl+Z" in asked[-1]  # the dialog says what will happen
    assert [row.title for row in journal.incidents.list_rows()] == ["Keep me"]
    assert [item.title for item in journal.trash.list()] == ["Delete me"]
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    window.browse.table.setFocus()
    press(window.browse.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.incidents.get(gone.id or 0) == gone  # back whole, with its own number
    assert journal.trash.list() == [] and window.browse.model.rowCount() == 2
    assert "Brought back" in window.statusBar().currentMessage()


def test_after_a_delete_the_row_beside_it_is_selected_not_the_first(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    for title in ("Newest", "Middle", "Oldest"):  # listed newest first
        day = {"Newest": 3, "Middle": 2, "Oldest": 1}[title]
        journal.incidents.create(full_incident(title=title, occurred_on=dt.date(2026, 3, day)))
    window.reload()
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *_: yes)
    window.browse.table.selectRow(1)  # "Middle"
    window.delete_incident()
    assert window.browse.model.rowCount() == 2
    assert journal.incidents.get(window.browse.current_id() or 0).title == "Oldest"
    window.delete_incident()  # the last row: the one above it
    assert journal.incidents.get(window.browse.current_id() or 0).title == "Newest"


def test_deleting_from_the_worksheet_keeps_what_was_just_typed(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    stored = journal.incidents.create(full_incident(title="Delete me")).incident
    window.open_incident(stored.id)
    editor = window.worksheet.widgets["impact"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Typed just now.")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_: next(answers))
    window.delete_incident()  # asked, and the user keeps it: it was saved, and autosave goes on
    assert journal.incidents.get(stored.id or 0).impact.endswith("Typed just now.")
    type_text(editor, " And more.")
    assert window.worksheet.timer.isActive() and window.worksheet.deadline.isActive()
    window.delete_incident()
    journal.trash.restore([stored.id or 0])
    assert journal.incidents.get(stored.id or 0).impact.endswith("Typed just now. And more.")


def test_tab_walks_the_first_step_in_reading_order(window: MainWindow) -> None:
    window.new_incident()
    sheet = window.worksheet
    order = []
    widget = QApplication.focusWidget()
    for _ in range(9):
        order.append(widget.objectName())
        press(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    assert order == [
        "client", "title", "project", "occurred_on", "category", "severity", "tags",
        "what_happened", "impact",
    ]  # fmt: skip
    assert sheet.steps.currentRow() == 0


def test_hundreds_of_findings_underline_those_near_the_cursor(window: MainWindow) -> None:
    from ui.coach_view import MAX_UNDERLINES

    window.new_incident()
    editor = window.worksheet.widgets["apology"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("Sorry if it was late, but it was just a small thing. " * 60)
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()))
    editor.setTextCursor(cursor)
    editor.insertPlainText(" ")
    findings = window.worksheet.highlighters["apology"].findings
    underlined = editor.extraSelections()
    assert len(findings) > MAX_UNDERLINES == len(underlined)
    assert min(s.cursor.selectionStart() for s in underlined) > len(editor.toPlainText()) // 2
