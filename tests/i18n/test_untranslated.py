"""The finder of untranslated words catches what bypasses the catalogue, and only that."""

from __future__ import annotations

from pathlib import Path

from tests.i18n.untranslated import untranslated

SAMPLE = """
class Dialog:
    def ask(self, n, title):
        QMessageBox.warning(self, "Not saved", "The disk is full.")
        self.status.showMessage("Saved {title}".format(title=title))
        self.count.setText(f"{n} incident(s)")
        label = {"open": "Open the journal"}.get("open", "Nothing chosen")
        log.warning("disk full while saving")
        self.tr("Saved {title}").format(title=title)
        self.setStyleSheet("color: palette(mid); padding: 4px;")
        self.setObjectName("Main window")
"""


def test_words_shown_without_the_catalogue_are_found_and_others_are_not(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(SAMPLE, encoding="utf-8")
    found = sorted(text for _, text in untranslated(sample))
    assert found == sorted(
        [
            "Not saved", "The disk is full.", "Saved {title}", "{} incident(s)",
            "Open the journal", "Nothing chosen",
        ]
    )  # fmt: skip
