"""Small values kept in the journal itself: the coach's language, backups kept, the window's."""

from __future__ import annotations

from journal.coach.languages import LANGUAGES
from journal.errors import InvalidInput
from journal.i18n import translate
from journal.storage import reads
from journal.storage.connection import Database

LANGUAGE = "language"
BACKUPS_TO_KEEP = "backup_keep"
BACKUPS_KEPT_BY_DEFAULT = 10


class Settings:
    """One open journal's settings (`journal.settings`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        return reads.get_setting(self._db, key)

    def set(self, key: str, value: str | None) -> None:
        """Remember (or with None, forget) a small value in the journal itself."""
        from journal.storage import writes

        with self._db.transaction() as connection:
            writes.put_setting(connection, key, value)

    @property
    def language(self) -> str | None:
        """The language the coach reads this journal's text in; None: guess from each text."""
        return self.get(LANGUAGE)

    def set_language(self, code: str | None) -> None:
        if code is not None and code not in LANGUAGES:
            said = translate(
                "JournalErrors", "The coach knows {languages}; {code} is not one of them."
            )
            raise InvalidInput(said.format(languages=", ".join(LANGUAGES), code=repr(code)))
        self.set(LANGUAGE, code)

    @property
    def backups_to_keep(self) -> int:
        """How many backups `journal.backups` keeps, the newest."""
        stored = self.get(BACKUPS_TO_KEEP)
        return int(stored) if stored and stored.isdigit() else BACKUPS_KEPT_BY_DEFAULT

    def set_backups_to_keep(self, keep: int) -> None:
        if keep < 1:
            raise InvalidInput(translate("JournalErrors", "Keep at least one backup."))
        self.set(BACKUPS_TO_KEEP, str(keep))
