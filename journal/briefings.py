"""The one-page call briefing of an incident, written as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import InvalidInput
from journal.incidents import Incidents

if TYPE_CHECKING:  # ReportLab and the fonts load when the first briefing is written
    from journal.reports import Briefing


class Briefings:
    """Briefings of one open journal's incidents (`journal.briefings`)."""

    def __init__(self, incidents: Incidents) -> None:
        self._incidents = incidents

    def write(self, incident_id: int, path: Path | str, paper: str | None = None) -> Briefing:
        """Write the one-page call briefing for an incident as a PDF at `path`."""
        from journal.briefing.render import render

        incident = self._incidents.get(incident_id)
        if incident.unfinished:
            raise InvalidInput(
                f"Incident {incident_id} is an unfinished draft: give it a client and a title "
                "in the worksheet first; the briefing is for the call with them."
            )
        return render(incident, self._incidents.history_for(incident), Path(path), paper)
