"""The one-page call briefing of an incident, written as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import InvalidInput
from journal.follow_up import language_of
from journal.i18n import speaking, translate
from journal.incidents import Incidents

if TYPE_CHECKING:  # ReportLab and the fonts load when the first briefing is written
    from journal.reports import Briefing
    from journal.settings import Settings


class Briefings:
    """Briefings of one open journal's incidents (`journal.briefings`); with the journal's
    settings, a briefing speaks the coach's language when the journal sets one."""

    def __init__(self, incidents: Incidents, settings: Settings | None = None) -> None:
        self._incidents, self._settings = incidents, settings

    def write(self, incident_id: int, path: Path | str, paper: str | None = None) -> Briefing:
        """Write the one-page call briefing for an incident as a PDF at `path`: its headings
        and reminders in the incident's language (language_of), whatever the window's."""
        from journal.briefing.render import render

        incident = self._incidents.get(incident_id)
        if incident.unfinished:
            raise InvalidInput(
                translate(
                    "Briefings",
                    "Incident {number} is an unfinished draft: give it a client and a title in "
                    "the worksheet first; the briefing is for the call with them.",
                ).format(number=incident_id)
            )
        repeats = self._incidents.history_for(incident)
        chosen = self._settings.language if self._settings is not None else None
        with speaking(language_of(incident, chosen)):
            return render(incident, repeats, Path(path), paper)
