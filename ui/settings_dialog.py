"""Settings (Ctrl+,): the window's language, and the language the coach reads this journal in."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal import i18n, preferences
from journal.errors import JournalError
from ui.named import named

if TYPE_CHECKING:
    from collections.abc import Callable

    from journal.service import Journal


class Chosen(NamedTuple):
    window_language: str | None  # None: the system's
    coach_language: str | None  # None: guessed from each text


class SettingsDialog(QDialog):
    """The choices as they are now, to change; exec() then chosen() for what was picked."""

    def __init__(self, now: Chosen, system_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.window_language = named(QComboBox(), "window_language")
        self.window_language.addItem(
            self.tr("As the system ({language})").format(language=i18n.ENDONYMS[system_language]),
            None,
        )
        self.coach_language = named(QComboBox(), "coach_language")
        self.coach_language.addItem(self.tr("Guessed from each text"), None)
        for code in i18n.LANGUAGES:
            self.window_language.addItem(i18n.ENDONYMS[code], code)
            self.coach_language.addItem(i18n.ENDONYMS[code], code)
        self.window_language.setCurrentIndex(self.window_language.findData(now.window_language))
        self.coach_language.setCurrentIndex(self.coach_language.findData(now.coach_language))
        for combo in (self.window_language, self.coach_language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Language of the window:"), self.window_language)
        form.addRow(self.tr("The &coach reads this journal in:"), self.coach_language)
        note = QLabel(
            self.tr(
                "A briefing is printed in its incident's language, whatever the window's. "
                "The coach's language is kept in this journal; the window's is yours on "
                "this computer."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button, name in (
            (buttons.StandardButton.Ok, "ok"),
            (buttons.StandardButton.Cancel, "cancel"),
        ):
            buttons.button(button).setObjectName(name)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def chosen(self) -> Chosen:
        return Chosen(self.window_language.currentData(), self.coach_language.currentData())


def ask(
    journal: Journal, parent: QWidget, status: Callable[[str, bool], None]
) -> tuple[str, str] | None:
    """Settings shown over `parent`; what is chosen is kept (the coach's language in the
    journal, the window's among the user's preferences). When the window must be made again
    (either language changed): the language it is to speak, and what to tell the user then
    ("" if all went well); else None."""
    system = i18n.system_language()
    now = Chosen(preferences.window_language(), journal.settings.language)
    dialog = SettingsDialog(now, system, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == now:
        return None
    chosen = dialog.chosen()
    if chosen.coach_language != now.coach_language:
        try:
            journal.settings.set_language(chosen.coach_language)
        except JournalError as error:
            status(error.in_window(), True)
            return None
    if chosen.window_language != now.window_language:
        try:
            preferences.write(preferences.WINDOW_LANGUAGE, chosen.window_language)
        except OSError as error:
            return chosen.window_language or system, (
                QCoreApplication.translate(
                    "SettingsDialog",
                    "The window speaks the language chosen until Amends closes: it could not "
                    "be kept in {path} ({reason}).",
                ).format(path=preferences.preferences_path(), reason=error.strerror or error)
            )
        return chosen.window_language or system, ""
    return i18n.current_language(), ""
