"""Whatever way the user leaves the worksheet, what they typed is in the journal."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import press, type_text
from ui import worksheet as worksheet_module
from ui.main_window import MainWindow
from ui.unsaved import RESCUE_PREFIX, UnsavedDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
PARAGRAPH = "Jag skickade fel fil till tryckeriet, och katalogen trycktes med förra årets priser."


def _write_what_happened(window: MainWindow, text: str = PARAGRAPH) -> None:
    press(window, Qt.Key.Key_N, CTRL)
    editor = window.worksheet.widgets["what_happened"]
    editor.setFocus()
    type_text(editor, text)


def test_ctrl_w_keeps_a_draft_without_title_or_client(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    _write_what_happened(window)
    press(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    assert not window.in_worksheet()
    (row,) = journal.incidents.list_rows()
    assert row.unfinished and journal.incidents.get(row.id).what_happened == PARAGRAPH
    model = window.browse.model
    assert model.data(model.index(0, 2)) == "(no title yet)"
    assert model.data(model.index(0, 5)) == "Unfinished"
    page = window.browse.page  # beside the list, the same word for its stage
    qtbot.waitUntil(lambda: PARAGRAPH in page.toPlainText())
    assert "Unfinished" in page.toPlainText() and "Draft" not in page.toPlainText()
    window.open_incident(row.id)  # and it opens again, to be finished
    assert window.worksheet.values()["what_happened"] == PARAGRAPH


def test_the_status_bar_asks_only_for_what_a_draft_still_lacks(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    _write_what_happened(window)
    said = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: "give it a client and a title" in said(), timeout=5000)
    window.worksheet.widgets["client"].setText("Karin Sjöberg")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "give it a title when" in said(), timeout=5000)
    window.worksheet.widgets["client"].setText("")  # type: ignore[attr-defined]
    window.worksheet.widgets["title"].setText("Fel prislista")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "give it a client when" in said(), timeout=5000)
    window.worksheet.widgets["client"].setText("Karin Sjöberg")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: said().startswith("Saved") and "draft" not in said(), timeout=5000)


@pytest.mark.parametrize("how", ["ctrl_q", "close_button"])
def test_quitting_keeps_a_draft_with_a_title_but_no_client(
    qtbot: QtBot, journal: Journal, how: str
) -> None:
    window = MainWindow(journal)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.browse.list_shown):
        window.show()
    _write_what_happened(window)
    title = window.worksheet.widgets["title"]
    assert isinstance(title, QLineEdit)
    title.setText("Fel prislista")
    if how == "ctrl_q":
        press(QApplication.focusWidget(), Qt.Key.Key_Q, CTRL)
    else:
        window.close()
    assert not window.isVisible()
    (row,) = journal.incidents.list_rows()
    assert row.title == "Fel prislista" and row.unfinished


def test_a_second_ctrl_n_keeps_the_first_draft(window: MainWindow, journal: Journal) -> None:
    _write_what_happened(window, "The first one")
    _write_what_happened(window, "The second one")
    press(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    texts = sorted(
        journal.incidents.get(row.id).what_happened for row in journal.incidents.list_rows()
    )
    assert texts == ["The first one", "The second one"]


def test_autosave_does_not_wait_for_a_pause_that_never_comes(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    assert worksheet_module.AUTOSAVE_MS <= 2000 and worksheet_module.MAX_WAIT_MS <= 5000
    _write_what_happened(window, "x")
    sheet = window.worksheet
    sheet.timer.setInterval(300)  # the same rule at a tenth of the time
    sheet.deadline.setInterval(500)
    editor = sheet.widgets["what_happened"]
    typist = QTimer(interval=50)  # steady typing: the pause timer never runs out
    typist.timeout.connect(lambda: type_text(editor, "a"))
    typist.start()
    qtbot.waitUntil(lambda: journal.incidents.count() == 1, timeout=2000)
    typed_so_far = sheet.values()["what_happened"]
    qtbot.waitUntil(
        lambda: (
            len(journal.incidents.get(journal.incidents.list_ids()[0]).what_happened)
            > len(typed_so_far)
        ),
        timeout=2000,
    )
    typist.stop()
    assert sheet.timer.isActive() or sheet.deadline.isActive() or not sheet.dirty


def test_the_first_save_imports_nothing_heavy(window: MainWindow) -> None:
    """The first save of a session is as quick as the rest: no ORM to load first."""
    _write_what_happened(window)
    assert window.worksheet.save()
    code = (
        "import sys; from journal.service import Journal; from journal.domain import Incident, "
        f"Client; j = Journal({str(window.journal.path)!r}); "
        "j.incidents.edit(j.incidents.list_ids()[0], {'title': 'Quick'}); "
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_failed_save_on_closing_asks_and_offers_the_text(
    qtbot: QtBot,
    window: MainWindow,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from journal.errors import JournalFull

    _write_what_happened(window)

    def full(*_: object) -> object:
        raise JournalFull("The disk holding the journal is full, so this change was not saved.")

    monkeypatch.setattr(journal.incidents, "edit", full)
    shown: list[UnsavedDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsavedDialog):
            QTimer.singleShot(10, answer)
            return
        shown.append(dialog)
        dialog.copy()
        dialog.save_file(tmp_path / "kept.txt")
        dialog.reject()  # stay

    QTimer.singleShot(0, answer)
    assert not window.close()
    assert "disk holding the journal is full" in shown[0].findChild(QLabel, "message").text()
    assert PARAGRAPH in QApplication.clipboard().text()
    assert PARAGRAPH in (tmp_path / "kept.txt").read_text(encoding="utf-8")
    assert oct((tmp_path / "kept.txt").stat().st_mode & 0o777) == "0o600"
    assert window.isVisible() and window.worksheet.values()["what_happened"] == PARAGRAPH
    monkeypatch.undo()
    assert window.close()  # the disk has room again: it saves and closes
    assert journal.incidents.get(journal.incidents.list_ids()[0]).what_happened == PARAGRAPH


def test_quitting_while_nobody_can_be_asked_keeps_the_text_in_a_file(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalReadOnly

    _write_what_happened(window)
    monkeypatch.setattr(
        journal.incidents, "edit", lambda *_: (_ for _ in ()).throw(JournalReadOnly("ro"))
    )
    window.keep_unsaved()  # what logging out or SIGTERM does when saving fails
    (kept,) = journal.path.parent.glob(f"{RESCUE_PREFIX}*.txt")
    assert PARAGRAPH in kept.read_text(encoding="utf-8")
    window.keep_unsaved()
    assert len(list(journal.path.parent.glob(f"{RESCUE_PREFIX}*.txt"))) == 1  # kept once
    monkeypatch.undo()  # the logout was cancelled, and the journal can be written again
    assert window.worksheet.save()
    assert journal.incidents.get(journal.incidents.list_ids()[0]).what_happened == PARAGRAPH


def test_a_failed_save_is_tried_again_and_typing_still_saves_soon(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalLocked

    _write_what_happened(window)
    sheet = window.worksheet
    monkeypatch.setattr(
        journal.incidents, "edit", lambda *_: (_ for _ in ()).throw(JournalLocked("busy"))
    )
    assert not sheet.save()
    assert sheet.retry.isActive() and sheet.timer.interval() == worksheet_module.AUTOSAVE_MS
    monkeypatch.undo()
    sheet.retry.setInterval(50)  # the same rule, sooner
    sheet.retry.start()
    qtbot.waitUntil(lambda: journal.incidents.count() == 1, timeout=2000)


def test_leaving_without_saving_when_asked_writes_no_file(
    window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalReadOnly
    from tests.ui.conftest import answer_next_dialog

    _write_what_happened(window)
    monkeypatch.setattr(
        journal.incidents, "edit", lambda *_: (_ for _ in ()).throw(JournalReadOnly("ro"))
    )
    answer_next_dialog("leave")
    assert window.close()
    window.keep_unsaved()  # what the application's quitting does next
    assert list(journal.path.parent.glob(f"{RESCUE_PREFIX}*.txt")) == []


def test_two_journals_rescued_at_once_keep_each_their_own_file(tmp_path: Path) -> None:
    from ui.unsaved import rescue, rescued

    work, home = tmp_path / "work.amends", tmp_path / "home.amends"
    first, second = rescue("work text", work), rescue("home text", home)
    again = rescue("more work text", work)
    assert len({first, second, again}) == 3
    assert [path.read_text() for path in rescued(work)] == ["more work text", "work text"]
    assert [path.read_text() for path in rescued(home)] == ["home text"]


def _run_amends(
    journal: Path | None, then: str, environment: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The real start of `amends --db JOURNAL` (None: `amends --demo`); once the window
    shows, `then` runs with the window as `window`."""
    script = textwrap.dedent(
        f"""
        import os, pathlib, sys
        sys.path.insert(0, {str(ROOT)!r})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from ui.app import run_window

        def act():
            window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "worksheet"))
            {{then}}

        app = QApplication([])
        QTimer.singleShot(1500, act)
        journal = {{journal}}
        sys.exit(run_window(journal and pathlib.Path(journal), demo=journal is None))
        """
    ).format(then=then.replace("\n", "\n    "), journal=repr(journal and str(journal)))
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


# Stop signals are caught once the journal's list shows, which a loaded machine may take
# longer than the first 1.5 s to do: the text is typed once they are.
WRITE = f"""import signal
if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
    QTimer.singleShot(100, act)
    return
window.new_incident()
window.worksheet.widgets["what_happened"].setPlainText({PARAGRAPH!r})
print("typed", flush=True)"""


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_stop_saves_first(journal_file: Path, number: int) -> None:
    running = _run_amends(journal_file, WRITE)
    assert running.stdout is not None
    assert running.stdout.readline().strip() == "typed"
    os.kill(running.pid, number)
    _, errors = running.communicate(timeout=30)
    assert running.returncode == 0, errors
    with Journal(journal_file) as journal:
        (row,) = journal.incidents.list_rows()
        assert journal.incidents.get(row.id).what_happened == PARAGRAPH


def test_the_application_quitting_saves_first(journal_file: Path) -> None:
    running = _run_amends(journal_file, WRITE + "\nQApplication.instance().quit()")
    _, errors = running.communicate(timeout=30)
    assert running.returncode == 0, errors
    with Journal(journal_file) as journal:
        (row,) = journal.incidents.list_rows()
        assert journal.incidents.get(row.id).what_happened == PARAGRAPH


def test_the_demo_journal_and_previews_are_private_and_removed_on_exit(tmp_path: Path) -> None:
    look = """window.browse.table.selectRow(0)
window.save_briefing()
print(window.journal.path, window.preview.briefing.path, flush=True)
QApplication.instance().quit()"""
    running = _run_amends(None, look, {**os.environ, "TMPDIR": str(tmp_path)})
    out, errors = running.communicate(timeout=60)
    assert running.returncode == 0, errors
    demo, preview = (Path(part) for part in out.split())
    assert tmp_path in demo.parents and tmp_path in preview.parents
    assert not demo.exists() and not preview.exists()
    assert list(tmp_path.iterdir()) == []


def test_text_fields_keep_every_character_they_show(window: MainWindow, journal: Journal) -> None:
    stored = journal.incidents.create(
        full_incident(empathy="Tab\there, no-break\u00a0space")
    ).incident
    window.open_incident(stored.id)
    editor = window.worksheet.widgets["empathy"]
    assert isinstance(editor, QPlainTextEdit)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "!")
    assert window.worksheet.save()
    assert journal.incidents.get(stored.id or 0).empathy == "Tab\there, no-break\u00a0space!"


def test_saving_the_text_over_a_file_that_cannot_be_replaced_leaves_that_file_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "notes.txt"
    chosen.write_text("Notes the user keeps here.\n", encoding="utf-8")
    dialog = UnsavedDialog("the disk is full", PARAGRAPH, "Quit without saving", None)
    qtbot.addWidget(dialog)

    def no_room(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", no_room)
    dialog.save_file(chosen)
    assert chosen.read_text(encoding="utf-8") == "Notes the user keeps here.\n"
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]  # nothing left beside
    assert "Could not write" in dialog.note.text() and "the disk is full" in dialog.note.text()
    monkeypatch.undo()
    dialog.save_file(chosen)
    assert chosen.read_text(encoding="utf-8") == PARAGRAPH
