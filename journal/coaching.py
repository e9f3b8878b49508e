"""The apology coach over the journal: it reads text in the journal's chosen language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.domain import Incident
from journal.settings import Settings

if TYPE_CHECKING:  # the coach and its lexicons load when it first reads something
    from journal.reports import DraftField, Finding


class Coach:
    """The apology coach for one open journal (`journal.coach`)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def check(
        self, text: str, field: DraftField | None = None, language: str | None = None
    ) -> list[Finding]:
        """What the apology coach finds in a text, in the given or the journal's language."""
        from journal import checker
        from journal.reports import DraftField

        return checker.check(text, language or self._settings.language, field or DraftField.ANY)

    def check_call(
        self, incident: Incident, language: str | None = None
    ) -> dict[DraftField, list[Finding]]:
        """The coach's findings on the words for the call: summary, apology and empathy."""
        from journal import checker

        return checker.check_call(
            incident.summary,
            incident.apology,
            incident.empathy,
            language or self._settings.language,
        )
