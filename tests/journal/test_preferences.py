"""The user's preferences file: private to the user, whole after any write, and a choice it
cannot keep still holds until Amends closes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from journal import preferences


def test_the_file_is_the_user_s_alone_and_holds_every_choice(tmp_path: Path) -> None:
    path = tmp_path / "config" / "preferences.json"
    preferences.write(preferences.PAPER, "letter", path)
    preferences.write(preferences.WINDOW_LANGUAGE, "th", path)
    assert oct(path.stat().st_mode)[-3:] == "600"
    assert preferences.paper(path) == "letter" and preferences.window_language(path) == "th"
    assert [entry.name for entry in path.parent.iterdir()] == ["preferences.json"]


def test_many_writers_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    failures: list[BaseException] = []

    def choose(number: int) -> None:
        try:
            for _ in range(20):
                preferences.write(f"layout of /journal-{number}.amends", "{}", path)
        except BaseException as error:
            failures.append(error)

    writers = [threading.Thread(target=choose, args=(number,)) for number in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert not failures
    assert preferences.read(path)  # a whole JSON object, whichever write came last
    assert [entry.name for entry in tmp_path.iterdir()] == ["preferences.json"]


def test_a_choice_that_cannot_be_kept_holds_until_amends_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "not-a-folder"))
    (tmp_path / "not-a-folder").write_text("")
    with pytest.raises(OSError):
        preferences.write(preferences.PAPER, "letter")
    assert preferences.paper() == "letter"
