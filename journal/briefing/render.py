"""Renders one incident's briefing to a private PDF file, written atomically."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from journal.briefing import fonts, searchable
from journal.briefing.compose import Composer
from journal.domain import Incident
from journal.files import write_atomically
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.incidents import Repeats
from journal.reports import Briefing

# The papers' names as Settings and the command line say them.
PAPER_NAMES = {
    "a4": QT_TRANSLATE_NOOP("SettingsDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("SettingsDialog", "US Letter"),
}
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "SV", "CR", "PA"}


def default_paper() -> str:
    """The paper chosen in Settings, else the one the user's locale uses."""
    from journal import preferences

    return preferences.paper() or locale_paper()


def paper_name(paper: str) -> str:
    """The paper's name in the language spoken now ("A4", "US Letter")."""
    return translate("SettingsDialog", PAPER_NAMES.get(paper, paper))


def locale_paper(environ: dict[str, str] | None = None) -> str:
    """US Letter where the user's locale uses it, else A4."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            territory = value.split(".")[0].partition("_")[2].upper()
            return "letter" if territory in LETTER_TERRITORIES else "a4"
    return "a4"


def render(incident: Incident, repeats: Repeats, path: Path, paper: str | None = None) -> Briefing:
    """Lay out and write the one-page briefing for `incident`, warning of its `repeats`."""
    searchable.install()  # Thai and Bengali read back as written
    fonts.register()
    paper = paper or default_paper()
    page = Composer(incident, repeats, paper)
    laid = page.fit()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page.size, invariant=True, pageCompression=1)
    canvas.setTitle(translate("Briefing", "Call briefing"))  # in the briefing's language
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("Amends")
    canvas.setKeywords("")
    page.draw(canvas, laid)
    canvas.showPage()
    canvas.save()
    write_atomically(path, buffer.getvalue())  # private, never half a PDF
    return Briefing(
        path=path,
        paper=paper,
        scale=laid.scale,
        cut=tuple(laid.sheet.cut),
        shortened=bool(laid.sheet.shortened),
        missing_characters=tuple(sorted(laid.sheet.missing)),
    )
