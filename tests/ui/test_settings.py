"""Settings: the window's language applies at once, whole, on what was open; the coach's
language is kept in the journal; a choice that cannot be kept says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journal import i18n, preferences
from journal.service import Journal
from tests.conftest import full_incident
from tests.ui.conftest import answer_next_dialog, cut_short, type_text
from ui.session import Session
from ui.settings_dialog import Chosen, SettingsDialog
from ui.translation import install


def choose(window_language: str | None, coach_language: str | None) -> None:
    """When Settings opens, pick these and press OK."""

    def pick(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        for combo, code in (
            (dialog.window_language, window_language),
            (dialog.coach_language, coach_language),
        ):
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(code))

    answer_next_dialog("", pick)


@pytest.fixture
def session(qtbot: QtBot, journal: Journal) -> Session:
    journal.incidents.create(full_incident())
    shown = Session(journal)
    qtbot.addWidget(shown.window)
    with qtbot.waitSignal(shown.window.browse.list_shown):
        shown.show()
    return shown


def test_a_language_chosen_applies_at_once_to_the_whole_window_on_what_was_open(
    qtbot: QtBot, session: Session, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.translation.catalogues_folder", lambda: catalogues)
    old = session.window
    old.browse.search.setText("launch")
    old.open_incident(1)
    old.worksheet.show_step(4)
    apology = old.worksheet.widgets["apology"]
    apology.setFocus()
    type_text(apology, " Det var mitt fel.")  # not saved yet: typed a moment ago
    choose("sv", None)
    old.show_settings()
    qtbot.waitUntil(lambda: session.window is not old, timeout=3000)
    new = session.window
    qtbot.addWidget(new)
    assert [menu.title() for menu in new.menus] == [
        "&Arkiv", "&Redigera", "Hä&ndelse", "&Visa", "Ar&betsblad", "&Hjälp"
    ]  # fmt: skip
    assert new.in_worksheet() and new.worksheet.incident is not None
    assert new.worksheet.incident.id == 1 and new.worksheet.steps.currentRow() == 4
    kept = new.worksheet.widgets["apology"]
    assert isinstance(kept, QPlainTextEdit)
    assert " Det var mitt fel." in kept.toPlainText()  # saved before, shown after
    assert new.browse.search.text() == "launch"
    assert new.worksheet.steps.item(0).text() != "What happened"  # the steps too
    assert preferences.window_language() == "sv"
    assert i18n.current_language() == "sv"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own too


def test_the_coach_s_language_is_kept_in_the_journal(
    qtbot: QtBot, session: Session, journal: Journal
) -> None:
    old = session.window
    choose(None, "hr")
    old.show_settings()
    qtbot.waitUntil(lambda: session.window is not old, timeout=3000)
    qtbot.addWidget(session.window)
    assert journal.settings.language == "hr"
    assert preferences.window_language() is None  # the window still follows the system


def test_a_language_that_cannot_be_kept_is_used_for_this_run_and_said(
    qtbot: QtBot,
    session: Session,
    catalogues: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr("ui.translation.catalogues_folder", lambda: catalogues)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the preferences' folder should be")
    monkeypatch.setattr(preferences, "preferences_path", lambda: blocked / "p.json")
    old = session.window
    choose("hr", None)
    old.show_settings()
    qtbot.waitUntil(lambda: session.window is not old, timeout=3000)
    qtbot.addWidget(session.window)
    assert session.window.menus[0].title() == "&Datoteka"
    said = session.window.statusBar().currentMessage()
    assert "p.json" in said and "Amends" in said


def test_cancel_changes_nothing(qtbot: QtBot, session: Session, journal: Journal) -> None:
    old = session.window

    def change(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.window_language.setCurrentIndex(2)
        dialog.coach_language.setCurrentIndex(3)

    answer_next_dialog("cancel", change)
    old.show_settings()
    qtbot.wait(50)
    assert session.window is old and preferences.window_language() is None
    assert journal.settings.language is None


@pytest.mark.parametrize(
    ("language", "cancel"), [("sv", "Avbryt"), ("hr", "Odustani"), ("th", "ยกเลิก"), ("bn", "বাতিল")]
)
def test_qt_s_own_buttons_speak_each_language(catalogues: Path, language: str, cancel: str) -> None:
    """Qt ships Swedish and Croatian for its dialogs' buttons; ours carries Thai and Bengali."""
    from ui.translation import install

    install(language, catalogues)
    assert QApplication.translate("QPlatformTheme", "Cancel") == cancel


def pick(**values: object) -> None:
    """When Settings opens, set these of its choices (by object name) and press OK."""

    def choose_values(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        for name, value in values.items():
            widget = getattr(dialog, name)
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                assert index >= 0, (name, value)
                widget.setCurrentIndex(index)
            else:
                widget.setValue(value)

    answer_next_dialog("", choose_values)


def test_the_paper_chosen_is_the_one_briefings_are_printed_on(
    qtbot: QtBot, session: Session, journal: Journal, tmp_path: Path
) -> None:
    pick(paper="letter")
    session.window.show_settings()
    qtbot.waitUntil(lambda: preferences.paper() == "letter", timeout=3000)
    assert journal.briefings.write(1, tmp_path / "b.pdf").paper == "letter"
    pick(paper=None)  # back to the locale's
    session.window.show_settings()
    qtbot.waitUntil(lambda: preferences.paper() is None, timeout=3000)


def test_the_appearance_and_backups_kept_are_chosen_for_this_journal(
    qtbot: QtBot, session: Session, journal: Journal
) -> None:
    from ui import theme

    pick(appearance="dark", keep=4)
    session.window.show_settings()
    qtbot.waitUntil(lambda: journal.settings.backups_to_keep == 4, timeout=3000)
    assert journal.settings.get(theme.APPEARANCE_SETTING) == "dark"
    assert theme.colors().dark
    from PySide6.QtGui import QAction

    ticked = session.window.findChild(QAction, "appearance-dark")
    assert ticked is not None and ticked.isChecked()  # View → Appearance says so too
    pick(appearance="system")  # the system's, light here
    session.window.show_settings()
    qtbot.waitUntil(lambda: not theme.colors().dark, timeout=3000)


def look_at_settings(journal: Journal) -> dict[str, str]:
    """The texts of the Settings dialog's named labels, for this journal."""
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(
        Chosen(None, None, None, "system", journal.settings.backups_to_keep),
        "en",
        journal.path,
    )
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def test_settings_say_where_the_journal_and_its_backups_are(journal: Journal) -> None:
    shown = look_at_settings(journal)
    assert shown["journal_place"] == str(journal.path)
    assert shown["backups_place"].startswith(str(journal.path.parent))
    assert "place_warning" not in shown


def test_a_journal_in_a_synced_folder_is_warned_of(tmp_path: Path) -> None:
    with Journal(tmp_path / "Dropbox" / "work.amends") as synced:
        warning = look_at_settings(synced)["place_warning"]
    assert "Dropbox" in warning and "damaged" in warning


def test_backups_can_be_kept_in_another_folder(
    qtbot: QtBot,
    session: Session,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    chosen = tmp_path / "external"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_: str(chosen))
    shown: list[str] = []

    def change(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        button = dialog.findChild(QPushButton, "backups_change")
        assert button is not None
        button.click()
        place = dialog.findChild(QLabel, "backups_place")
        assert place is not None
        shown.append(place.text())

    answer_next_dialog("", change)
    session.window.show_settings()
    qtbot.waitUntil(lambda: preferences.backup_folder(journal.path) == chosen, timeout=3000)
    assert shown == [str(chosen)]
    assert Path(journal.backups.make().path).parent == chosen


def test_an_appearance_the_journal_cannot_keep_is_shown_and_said(
    session: Session, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.errors import JournalReadOnly
    from ui import theme

    def refuse(key: str, value: str | None) -> None:
        raise JournalReadOnly("The journal is read-only.")

    monkeypatch.setattr(journal.settings, "set", refuse)
    session.window.set_appearance("dark")
    assert theme.colors().dark
    said = session.window.statusBar().currentMessage()
    assert "until Amends closes" in said and "read-only" in said
    session.window.set_appearance("system")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_settings_shows_every_note_whole_in_each_language(
    qtbot: QtBot, catalogues: Path, language: str, tmp_path: Path
) -> None:
    install(language, catalogues)
    synced = tmp_path / "Dropbox" / "journal.amends"  # with the longest note: the warning
    dialog = SettingsDialog(Chosen(None, None, None, "system", 10), language, synced)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QLabel, "place_warning") is not None
    assert cut_short(dialog) == []
