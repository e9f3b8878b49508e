"""The File menu does what the command line does: import, export, back up, restore, and open or
make another journal, without freezing the window and in the window's own words."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from journal.service import Journal
from journal.storage import bulk
from journal.storage.connection import default_journal_path
from tests.conftest import full_incident
from tests.faults import journals
from tests.ui.conftest import type_text
from ui import file_actions
from ui.backups_dialog import BackupsDialog, describe
from ui.main_window import MainWindow
from ui.progress import ProgressDialog
from ui.session import Session

COMMANDS = ("--db", "amends restore", "amends backup", "`")


def _menu_entry(window: MainWindow, label: str) -> Callable[[], None]:
    """The File menu's entry as the user picks it."""
    (action,) = [item for item in window.menus[0].actions() if item.text() == label]
    return action.trigger


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> None:
    """The next open or save dialog chooses `path` (with that filter)."""
    answer = staticmethod(lambda *_, **__: (str(path), chosen_filter))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each warning box said, instead of waiting for a person to close it."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _, title, text: said.append(text))
    return said


def _finished(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.files.task is None, timeout=10000)


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _write(window: MainWindow, *titles: str) -> None:
    """Incidents written as the worksheet writes them: the views are told."""
    for title in titles:
        window.operations.run(lambda title=title: window.journal.incidents.create(
            full_incident(title=title)
        ))  # fmt: skip


def _titles(window: MainWindow) -> list[str]:
    model = window.browse.model
    rows = [model.row_at(row) for row in range(model.rowCount())]
    return sorted(row.title for row in rows if row is not None)


# Import ------------------------------------------------------------------------------------


def test_an_imported_file_s_incidents_appear_in_the_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "from-my-old-laptop.json"
    source.write_text(journals.document(3), encoding="utf-8")
    _choose(monkeypatch, source)
    _menu_entry(window, "&Import…")()
    _finished(qtbot, window)
    assert _status(window) == "Imported 3 incidents."
    qtbot.waitUntil(lambda: window.browse.model.rowCount() == 3)
    assert window.journal.incidents.count() == 3


def test_a_file_with_a_mistake_is_not_imported_and_the_message_says_where(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    source = tmp_path / "broken.json"
    source.write_text('{"format": "amends", "version": 1, "incidents": [{"title": "X"}]}')
    _choose(monkeypatch, source)
    window.files.import_file()
    _finished(qtbot, window)
    (said,) = warnings
    assert said.startswith("broken.json was not imported: incident 1") and "client" in said
    assert window.journal.incidents.count() == 0


def test_an_import_cancelled_halfway_leaves_the_journal_exactly_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(window, "Written before", "Also before")
    qtbot.waitUntil(lambda: window.browse.model.rowCount() == 2)
    before = journals.content(window.journal.path)
    monkeypatch.setattr(bulk, "BATCH", 5)
    halfway, go_on = threading.Event(), threading.Event()
    writing = bulk.insert_incidents

    def held_halfway(*args: object, progress: bulk.Progress, **keys: object) -> object:
        def told(done: int, total: int) -> None:
            progress(done, total)
            if done == 15:  # three batches written, inside the import's transaction
                halfway.set()
                go_on.wait(10)

        return writing(*args, progress=told, **keys)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk, "insert_incidents", held_halfway)
    source = tmp_path / "big.json"
    source.write_text(journals.document(40), encoding="utf-8")
    _choose(monkeypatch, source)
    window.files.import_file()
    assert halfway.wait(10)
    dialog = window.findChild(ProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and "15 of 40" in dialog.label.text())
    assert dialog.bar.value() == 15 and dialog.bar.maximum() == 40
    cancel = dialog.findChild(QPushButton, "cancel")
    cancel.click()
    assert dialog.label.text() == "Stopping…" and not cancel.isEnabled()
    go_on.set()
    _finished(qtbot, window)
    assert _status(window) == "Import cancelled; the journal is as it was."
    assert journals.content(window.journal.path) == before  # nothing half-written
    assert window.journal.incidents.count() == 2
    assert window.journal.search.find("Incident") == []  # the imported titles begin so
    assert _titles(window) == ["Also before", "Written before"]


# Export ------------------------------------------------------------------------------------


def _read_json(text: str) -> list[str]:
    return [item["title"] for item in json.loads(text)["incidents"]]


def _read_csv(text: str) -> list[str]:
    return [row["title"] for row in csv.DictReader(io.StringIO(text))]


def _read_markdown(text: str) -> list[str]:
    return [title for title in ("Launch was late", "Invoice was wrong") if f"# {title}" in text]


@pytest.mark.parametrize(
    ("chosen_filter", "ending", "read"),
    [
        ("Amends JSON (*.json)", ".json", _read_json),
        ("CSV spreadsheet (*.csv)", ".csv", _read_csv),
        ("Markdown (*.md)", ".md", _read_markdown),
    ],
)
def test_an_export_writes_every_incident_in_the_format_chosen(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chosen_filter: str,
    ending: str,
    read: Callable[[str], list[str]],
) -> None:
    window.journal.incidents.create(full_incident(title="Launch was late"))
    window.journal.incidents.create(full_incident(title="Invoice was wrong"))
    _choose(monkeypatch, tmp_path / "my journal", chosen_filter)
    _menu_entry(window, "&Export…")()
    _finished(qtbot, window)
    written = tmp_path / f"my journal{ending}"
    assert _status(window) == f"Exported 2 incidents to {written}."
    assert sorted(read(written.read_text(encoding="utf-8"))) == [
        "Invoice was wrong",
        "Launch was late",
    ]


def test_the_file_s_ending_chooses_the_format_before_the_filter() -> None:
    chosen = file_actions.export_choice("/x/notes.md", "Amends JSON (*.json)")
    assert chosen == (Path("/x/notes.md"), "md")
    assert file_actions.export_choice("/x/all.CSV", "")[1] == "csv"
    assert file_actions.export_choice("/x/all", "") == (Path("/x/all.json"), "json")


def test_an_export_over_the_journal_itself_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    window.journal.incidents.create(full_incident())
    before = journals.file_digest(window.journal.path)
    _choose(monkeypatch, window.journal.path.with_suffix(".json"))
    monkeypatch.setattr(file_actions, "export_choice", lambda *_: (window.journal.path, "json"))
    window.files.export()
    _finished(qtbot, window)
    assert warnings == [
        f"Not exported: {window.journal.path} is the journal or one of its backups."
    ]
    assert journals.file_digest(window.journal.path) == before


# Backups -----------------------------------------------------------------------------------


def test_back_up_now_writes_a_backup_the_backups_dialog_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: not window.safe.keeper.is_reading(), timeout=5000)  # the day's
    before = {info.path for info in window.journal.backups.list()}
    _menu_entry(window, "Back up &now")()
    _finished(qtbot, window)
    (made,) = [info for info in window.journal.backups.list() if info.path not in before]
    assert _status(window) == f"Backup written: {made.path}"
    dialog = BackupsDialog(window.journal, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(before) + 1
    assert dialog.found[0].path == made.path  # listed first, the newest
    assert dialog.table.item(0, 0).text() == describe(made)[0]
    assert dialog.table.item(0, 2).text() == "made by you"  # why: no reason left blank


def test_restore_replaces_the_journal_with_a_backup_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(window, "In the backup")
    backup = Path(window.journal.backups.make().path)
    _write(window, "Written after it")
    qtbot.waitUntil(lambda: window.browse.model.rowCount() == 2)
    _choose(monkeypatch, backup)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    _menu_entry(window, "&Restore…")()
    _finished(qtbot, window)
    assert _status(window).startswith(f"Restored the backup {backup.name}.")
    qtbot.waitUntil(lambda: window.browse.model.rowCount() == 1)
    assert _titles(window) == ["In the backup"]


def test_a_damaged_journal_is_restored_from_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = journals.make_journal(tmp_path, 20)
    (backup,) = journals.backups(path)
    journals.with_junk_page_of("incident")(path)
    with Journal(path) as journal:
        window = MainWindow(journal)
        qtbot.addWidget(window)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _, title, text: warned.append(text))
        with qtbot.waitSignal(window.browse.list_shown):
            window.show()
        qtbot.waitUntil(lambda: journal.damage != "", timeout=5000)  # found, and said
        assert "Restore the newest good backup with File → Restore…" in warned[0]
        _choose(monkeypatch, backup)
        monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
        window.files.restore()
        _finished(qtbot, window)
        assert _status(window).startswith("Restored the backup")
        assert journal.damage == "" and journals.integrity(path) == "ok"
        _write(window, "Written after the restore")
        qtbot.waitUntil(lambda: window.browse.model.rowCount() == 21)
        window.close()


# Another journal ---------------------------------------------------------------------------


@pytest.fixture
def session(qtbot: QtBot, journal: Journal) -> Iterator[Session]:
    """The window as Amends starts it, able to put another journal in its place."""
    started = Session(journal)
    with qtbot.waitSignal(started.window.browse.list_shown):
        started.show()
    yield started
    started.close()


def _other_journal(path: Path, *titles: str) -> Path:
    with Journal(path) as other:
        for title in titles:
            other.incidents.create(full_incident(title=title))
    return path


def test_open_journal_shows_the_other_journal_and_keeps_what_was_typed(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = session.window
    first_path = first.journal.path
    other = _other_journal(tmp_path / "work.amends", "From the other journal")
    first.new_incident()
    type_text(first.worksheet.widgets["title"], "Typed just before switching")
    _choose(monkeypatch, other)
    _menu_entry(first, "&Open journal…")()
    qtbot.waitUntil(lambda: session.window is not first, timeout=10000)
    shown = session.window
    assert shown.windowTitle() == "Amends — work.amends"
    assert _status(shown) == f"Opened the journal {other}."
    qtbot.waitUntil(lambda: shown.browse.model.rowCount() == 1)
    assert _titles(shown) == ["From the other journal"]
    with Journal(first_path, read_only=True) as before:  # closed, with the typed words in it
        assert [row.title for row in before.incidents.list_rows()] == [
            "Typed just before switching"
        ]
    monkeypatch.delenv("AMENDS_DB", raising=False)
    assert default_journal_path(remembered=True) == other.resolve()  # the next start's


def test_a_journal_the_system_asks_to_open_replaces_the_one_shown(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """As a double click on a journal in macOS's Finder asks the running Amends."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from ui.file_open import FileOpenFilter

    other = _other_journal(tmp_path / "finder.amends", "Opened from the Finder")
    first = session.window
    opener = FileOpenFilter(session)
    QApplication.instance().installEventFilter(opener)  # type: ignore[union-attr]
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: session.window is not first, timeout=10000)
        assert session.window.windowTitle() == "Amends — finder.amends"
    finally:
        QApplication.instance().removeEventFilter(opener)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (journals.as_text, "File → New journal…"),
        (journals.with_junk_page_of("incident"), "File → Restore…"),
        (journals.from_newer_amends, "newer version of Amends"),
    ],
    ids=["text file", "damaged journal", "newer journal"],
)
def test_a_file_that_cannot_be_opened_leaves_the_journal_open_with_words_for_the_window(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
    damage: Callable[[Path], None],
    named: str,
) -> None:
    first = session.window
    other = journals.make_journal(tmp_path, 3)
    damage(other)
    _choose(monkeypatch, other)
    first.files.open_journal()
    _finished(qtbot, first)
    (said,) = warnings
    assert str(other) in said and named in said
    assert f"The journal {first.journal.path} is still open." in said
    assert not any(command in said for command in COMMANDS)
    assert session.window is first and first.windowTitle() == "Amends — journal.amends"
    first.journal.incidents.create(full_incident(title="Still writable"))  # still open


def test_a_read_only_journal_is_not_opened(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    other = _other_journal(tmp_path / "shared.amends", "Not ours to write")
    monkeypatch.setattr("journal.storage.connection._writable", lambda _: False)
    _choose(monkeypatch, other)
    session.window.files.open_journal()
    _finished(qtbot, session.window)
    (said,) = warnings
    assert said.startswith(f"{other} is read-only") and "File → Open journal…" in said
    assert session.window.journal.path.name == "journal.amends"


def test_the_journal_is_not_switched_while_what_was_typed_cannot_be_saved(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    first = session.window
    other = _other_journal(tmp_path / "work.amends", "Elsewhere")
    first.new_incident()
    type_text(first.worksheet.widgets["title"], "Words that must not be lost")
    first.journal.refuse_writes("a damaged page")
    _choose(monkeypatch, other)
    try:
        first.files.open_journal()
    finally:
        first.journal.restored()  # so that closing at the end saves them, and asks nothing
    (said,) = warnings
    assert said.startswith("What you wrote could not be saved, so Amends stays on this journal")
    assert "is damaged (a damaged page)" in said  # the worksheet's own reason
    assert session.window is first and first.in_worksheet()
    assert first.worksheet.widgets["title"].text() == "Words that must not be lost"


def test_new_journal_makes_an_empty_journal_and_shows_it(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    first = session.window
    first_path = first.journal.path
    first.journal.incidents.create(full_incident(title="In the first journal"))
    _choose(monkeypatch, tmp_path / "clients 2027")
    _menu_entry(first, "Ne&w journal…")()
    qtbot.waitUntil(lambda: session.window is not first, timeout=10000)
    made = tmp_path / "clients 2027.amends"
    assert made.is_file() and session.window.journal.path == made
    assert session.window.windowTitle() == "Amends — clients 2027.amends"
    assert session.window.journal.incidents.count() == 0
    assert session.window.browse.model.rowCount() == 0
    qtbot.waitUntil(lambda: hasattr(session.window, "files"))  # its menus are in place
    taken = first_path  # a file that is there already: never made over
    _choose(monkeypatch, taken)
    session.window.files.new_journal()
    _finished(qtbot, session.window)
    assert warnings == [
        f"{taken} already exists. Choose a new name, or open it with File → Open journal…\n\n"
        f"The journal {made} is still open."
    ]
