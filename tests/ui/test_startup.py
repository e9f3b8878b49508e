"""A journal that cannot be opened at the start: the message says why in the window's words, and
its buttons are the ways on (restore a backup, open another journal, make a new one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from journal.errors import JournalCorrupt, JournalError
from journal.service import Journal
from tests.faults import journals
from ui.startup import another_journal

COMMANDS = ("--db", "amends restore", "amends backup", "`", "File →")


class Answers:
    """Each message box shown, and the button to press in each, in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.texts: list[str] = []
        self.offered: list[list[str]] = []

        def answer(box: QMessageBox) -> int:
            self.texts.append(box.text())
            shown = [b for b in box.findChildren(QAbstractButton) if not b.isHidden()]
            self.offered.append([button.text() for button in shown])
            wanted = self.buttons.pop(0)
            (pressed,) = [button for button in shown if button.text() == wanted]
            pressed.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    answer = staticmethod(lambda *_, **__: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def _opening(path: Path) -> JournalError:
    with pytest.raises(JournalError) as raised:
        Journal(path).close()
    return raised.value


@pytest.fixture
def damaged(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    path = journals.make_journal(tmp_path / "mine", 4)
    journals.with_damaged_header(path)
    yield path


def test_a_damaged_journal_is_restored_from_a_backup_at_the_start(
    damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = _opening(damaged)
    assert isinstance(error, JournalCorrupt)
    answers = Answers(monkeypatch, "&Restore a backup…")
    (backup,) = journals.backups(damaged)
    _choose(monkeypatch, backup)
    opened = another_journal(damaged, error)
    assert opened is not None
    with opened:
        assert opened.path == damaged and opened.incidents.count() == 4
    (text,) = answers.texts
    assert text.startswith(f"Amends could not open the journal.\n\n{damaged} is not an Amends")
    assert text.endswith(f"Restore a backup of {damaged}, open another journal, or make a new one.")
    assert not any(command in text for command in COMMANDS)  # no menu yet, and no commands
    assert answers.offered == [
        ["&Restore a backup…", "&Open another journal…", "Make a &new journal…", "&Quit"]
    ]


def test_another_journal_can_be_opened_or_made_instead_and_quitting_opens_none(
    damaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = _opening(damaged)
    Answers(monkeypatch, "&Quit")
    assert another_journal(damaged, error) is None
    other = journals.make_journal(tmp_path / "other", 2)
    Answers(monkeypatch, "&Open another journal…")
    _choose(monkeypatch, other)
    opened = another_journal(damaged, error)
    assert opened is not None
    with opened:
        assert opened.path == other and opened.incidents.count() == 2
    answers = Answers(monkeypatch, "Make a &new journal…", "Make a &new journal…", "&Quit")
    _choose(monkeypatch, other)  # there already: refused, and asked again
    assert another_journal(damaged, error) is None
    assert answers.texts[1].startswith(f"Amends could not open the journal.\n\n{other} already")
    _choose(monkeypatch, tmp_path / "fresh")
    Answers(monkeypatch, "Make a &new journal…")
    made = another_journal(damaged, error)
    assert made is not None
    with made:
        assert made.path == tmp_path / "fresh.amends" and made.incidents.count() == 0


def test_a_journal_that_is_not_damaged_is_not_offered_a_restore(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = journals.make_journal(tmp_path, 1)
    journals.from_newer_amends(newer)
    answers = Answers(monkeypatch, "&Quit")
    assert another_journal(newer, _opening(newer)) is None
    assert answers.offered == [["&Open another journal…", "Make a &new journal…", "&Quit"]]
    assert "newer version of Amends" in answers.texts[0]
