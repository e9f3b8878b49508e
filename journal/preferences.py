"""The user's own choices that belong to no one journal: the window's language, the paper, and
the journal last opened from the window."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from journal.coach.languages import LANGUAGES

WINDOW_LANGUAGE = "window_language"
PAPER = "paper"
JOURNAL = "journal"  # the journal last opened from the window, opened at the next start
BACKUPS_OF = "backups of "  # + a journal's path: the folder chosen for its backups
PAPERS = ("a4", "letter")


def preferences_path() -> Path:
    """preferences.json in the platform's user config folder (~/.config/Amends on Linux)."""
    from platformdirs import user_config_path

    return user_config_path("Amends", appauthor=False) / "preferences.json"


_THIS_RUN: dict[str, str | None] = {}  # choices the file could not keep: they hold until exit


def read(path: Path | None = None) -> dict[str, str]:
    """The stored choices; none if the file is missing or cannot be read (the defaults apply,
    and the next choice writes a good file). Choices it could not keep hold for this run."""
    try:
        found = json.loads((path or preferences_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = {}
    if not isinstance(found, dict):
        found = {}
    chosen = {key: value for key, value in found.items() if isinstance(value, str)}
    if path is None:
        for key, value in _THIS_RUN.items():
            if value is None:
                chosen.pop(key, None)
            else:
                chosen[key] = value
    return chosen


def write(key: str, value: str | None, path: Path | None = None) -> None:
    """Keep `value` under `key` (None forgets it), replacing the file whole, readable by the
    user alone, so a crash midway leaves the old file or the new one and two Amends writing
    at once each leave a whole file. Raises OSError if it cannot be written; the choice then
    holds until Amends closes."""
    target = path or preferences_path()
    chosen = read(path)
    if value is None:
        chosen.pop(key, None)
    else:
        chosen[key] = value
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(json.dumps(chosen, ensure_ascii=False, indent=1))
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, target)
        finally:
            Path(partial).unlink(missing_ok=True)
    except OSError:
        if path is None:
            _THIS_RUN[key] = value
        raise
    if path is None:
        _THIS_RUN.pop(key, None)


def window_language(path: Path | None = None) -> str | None:
    """The language chosen for the window in Settings; None: the system's."""
    chosen = read(path).get(WINDOW_LANGUAGE)
    return chosen if chosen in LANGUAGES else None


def paper(path: Path | None = None) -> str | None:
    """The paper chosen in Settings for briefings; None: the one the user's locale uses."""
    chosen = read(path).get(PAPER)
    return chosen if chosen in PAPERS else None


def last_journal(path: Path | None = None) -> Path | None:
    """The journal last opened or made from the window's File menu, if one was."""
    chosen = read(path).get(JOURNAL)
    return Path(chosen) if chosen and Path(chosen).is_absolute() else None


def remember_journal(journal: Path, path: Path | None = None) -> None:
    """The journal opened from the window is the one Amends opens next time. If that cannot
    be kept, the next start opens the usual one: nothing written is at stake."""
    with suppress(OSError):
        write(JOURNAL, str(journal.resolve()), path)


def backup_folder(journal: Path, path: Path | None = None) -> Path | None:
    """The folder chosen in Settings for this journal's backups; None: the one beside it.
    Kept here, not in the journal, so that a journal too damaged to open still finds them."""
    chosen = read(path).get(BACKUPS_OF + str(journal.resolve()))
    return Path(chosen) if chosen and Path(chosen).is_absolute() else None


def set_backup_folder(journal: Path, folder: Path | None, path: Path | None = None) -> None:
    """Keep `folder` as where this journal's backups go (None: beside it). Raises OSError."""
    write(BACKUPS_OF + str(journal.resolve()), None if folder is None else str(folder), path)
