"""The window speaks the catalogue's words whether its .qm files are built, missing or
older than their sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.translation import install


def test_a_checkout_without_built_catalogues_reads_the_sources(tmp_path: Path) -> None:
    assert install("sv", tmp_path) == "sv"  # no .qm in this folder
    assert QApplication.translate("MainWindow", "&File") == "&Arkiv"
    forms = [QApplication.translate("HistoryNote", NOTE, None, n) for n in (1, 2)]
    assert forms[0].startswith("Det här har hänt förut: 1 tidigare händelse ")
    assert forms[1].startswith("Det här har hänt förut: 2 tidigare händelser ")


def test_a_built_catalogue_older_than_its_source_is_not_used(
    tmp_path: Path, catalogues: Path
) -> None:
    stale = tmp_path / "amends_hr.qm"
    stale.write_bytes((catalogues / "amends_sv.qm").read_bytes())  # other words entirely
    old = 0.0  # older than any source
    import os

    os.utime(stale, (old, old))
    install("hr", tmp_path)
    assert QApplication.translate("MainWindow", "&File") == "&Datoteka"


NOTE = "You have been here before: %n earlier incident(s) of “{category}” with {client}."


def test_without_built_catalogues_english_shows_every_word(tmp_path: Path) -> None:
    install("en", tmp_path)  # its catalogue holds plural forms only
    assert QApplication.translate("MainWindow", "&File") == "&File"  # not blank
    note = QApplication.translate("HistoryNote", NOTE, None, 1)
    assert note.startswith("You have been here before: 1 earlier incident of ")
