"""Which journal Amends opens when none is named: AMENDS_DB's; else the one last opened from
the window while it is there; else the one in the user data folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from journal import preferences
from journal.storage.connection import default_journal_path


@pytest.fixture
def own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("AMENDS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "Amends" / "journal.amends"


def test_with_nothing_chosen_it_is_the_one_in_the_user_data_folder(own: Path) -> None:
    assert default_journal_path() == own


def test_the_journal_last_opened_from_the_window_is_opened_again(
    own: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "Documents" / "work.amends"
    work.parent.mkdir()
    work.write_bytes(b"")
    preferences.remember_journal(work)
    assert default_journal_path(remembered=True) == work.resolve()  # the window's
    assert default_journal_path() == own  # the command line's, and where crash reports go
    monkeypatch.setenv("AMENDS_DB", str(tmp_path / "asked.amends"))
    assert default_journal_path(remembered=True) == tmp_path / "asked.amends"


def test_a_journal_last_opened_that_is_gone_gives_way_to_the_usual_one(
    own: Path, tmp_path: Path
) -> None:
    preferences.remember_journal(tmp_path / "unplugged" / "work.amends")
    assert preferences.last_journal() == (tmp_path / "unplugged" / "work.amends").resolve()
    assert default_journal_path(remembered=True) == own


def test_a_journal_last_opened_on_a_drive_that_does_not_answer_gives_way_to_the_usual_one(
    own: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal import places

    server_gone = threading.Event()  # a hard network mount: a look at it never returns
    asked: list[Path] = []
    monkeypatch.setattr(places, "_exists", lambda path: asked.append(path) or server_gone.wait())
    monkeypatch.setattr(places, "ANSWER_WITHIN", 0.1)
    share = tmp_path / "share" / "work.amends"
    preferences.remember_journal(share)
    try:
        assert default_journal_path(remembered=True) == own
        assert asked == [share.resolve()]
    finally:
        server_gone.set()


def test_a_preferences_file_that_cannot_be_written_keeps_nothing_and_raises_nothing(
    own: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    preferences.remember_journal(tmp_path / "work.amends", path=blocked / "preferences.json")
    assert preferences.last_journal(blocked / "preferences.json") is None
