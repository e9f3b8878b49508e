"""Settings (Ctrl+,): the languages, the briefing's paper, the appearance, the backups, and where
the journal is kept (with a warning where SQLite can be corrupted)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal import i18n, preferences
from journal.briefing.render import PAPER_NAMES, locale_paper
from journal.errors import JournalError, reason
from journal.places import risky_place
from journal.storage.backup import usual_backup_folder
from ui import theme
from ui.backups_dialog import keep_layout, keep_spin
from ui.folders import show_folder
from ui.named import named

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QShowEvent

    from journal.service import Journal


class Chosen(NamedTuple):
    window_language: str | None  # None: the system's
    coach_language: str | None  # None: guessed from each text
    paper: str | None  # None: the one the user's locale uses
    appearance: str
    backups_to_keep: int
    backup_folder: Path | None = None  # None: beside the journal


class SettingsDialog(QDialog):
    """The choices as they are now, to change; exec() then chosen() for what was picked."""

    def __init__(
        self, now: Chosen, system_language: str, journal_path: Path, parent: QWidget | None = None
    ) -> None:
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
        self.paper = named(QComboBox(), "paper")
        usual = self.tr(PAPER_NAMES[locale_paper()])
        self.paper.addItem(self.tr("As the system ({paper})").format(paper=usual), None)
        for code, name in PAPER_NAMES.items():
            self.paper.addItem(self.tr(name), code)
        self.appearance = named(QComboBox(), "appearance")
        for name in theme.APPEARANCES:
            self.appearance.addItem(theme.appearance_label(name), name)
        for combo, value in (
            (self.window_language, now.window_language),
            (self.coach_language, now.coach_language),
            (self.paper, now.paper),
            (self.appearance, now.appearance),
        ):
            combo.setCurrentIndex(combo.findData(value))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.keep = keep_spin(now.backups_to_keep)
        self.chosen_folder = now.backup_folder
        layout = QVBoxLayout(self)
        layout.addWidget(self._words_group())
        layout.addWidget(self._journal_group(journal_path))
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
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def showEvent(self, event: QShowEvent) -> None:
        # A window is sized by its labels' preferred shapes, not by the height their wrapped
        # words need at the width it gets: the longer notes lost their last lines.
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _words_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language and look"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Language of the window:"), self.window_language)
        form.addRow(self.tr("The &coach reads this journal in:"), self.coach_language)
        form.addRow(self.tr("&Paper for briefings:"), self.paper)
        form.addRow(self.tr("&Appearance:"), self.appearance)
        note = QLabel(
            self.tr(
                "A briefing is printed in its incident's language, whatever the window's. "
                "The coach's language and the appearance are kept in this journal; the "
                "window's language and the paper are yours on this computer."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _journal_group(self, journal_path: Path) -> QGroupBox:
        group = QGroupBox(self.tr("This journal"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kept in:"), place_row(journal_path, "journal_place", file=True))
        warning = place_warning(journal_path)
        if warning:
            said = named(QLabel(warning), "place_warning")
            said.setWordWrap(True)
            said.setStyleSheet(f"color: {theme.colors().error};")
            form.addRow(said)
        form.addRow(self.tr("Backups:"), keep_layout(self.keep))
        row = place_row(self.chosen_folder or usual_backup_folder(journal_path), "backups_place")
        change = named(QPushButton(self.tr("&Change…")), "backups_change")
        change.clicked.connect(lambda: self.choose_backup_folder(journal_path))
        layout = row.layout()
        assert layout is not None
        layout.addWidget(change)
        form.addRow("", row)
        return group

    def choose_backup_folder(self, journal_path: Path) -> None:
        """Another folder for the backups; the one beside the journal is "none chosen"."""
        usual = usual_backup_folder(journal_path)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Keep backups in"), str(self.chosen_folder or usual)
        )
        if not chosen:
            return
        folder = Path(chosen)
        self.chosen_folder = None if folder.resolve() == usual.resolve() else folder
        shown = self.findChild(QLabel, "backups_place")
        assert shown is not None
        shown.setText(str(folder))

    def chosen(self) -> Chosen:
        return Chosen(
            self.window_language.currentData(),
            self.coach_language.currentData(),
            self.paper.currentData(),
            self.appearance.currentData(),
            self.keep.value(),
            self.chosen_folder,
        )


def place_row(path: Path, name: str, file: bool = False) -> QWidget:
    """A folder's path (or a `file`'s), to select and copy, and a button that shows the
    folder in the system's file manager."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    shown = named(QLabel(str(path)), name)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    button = named(
        QPushButton(QCoreApplication.translate("SettingsDialog", "Show folder")), name + "_open"
    )

    def show() -> None:
        shown_path = Path(shown.text())  # the backups' folder may have been changed since
        said = show_folder(shown_path.parent if file else shown_path)
        if said:
            QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), said, button)

    button.clicked.connect(show)
    layout.addWidget(shown, 1)
    layout.addWidget(button)
    return row


def place_warning(journal_path: Path) -> str:
    """What to say of a journal kept where SQLite can be corrupted: "" if it is not."""
    place = risky_place(journal_path)
    if place is None:
        return ""
    if place.service:
        where = QCoreApplication.translate(
            "SettingsDialog",
            "This journal is in a folder that {service} copies to other computers.",
        ).format(service=place.service)
    else:
        where = QCoreApplication.translate("SettingsDialog", "This journal is on a network drive.")
    return (
        where
        + " "
        + QCoreApplication.translate(
            "SettingsDialog",
            "A journal there can be damaged when two computers write to it, or when a copy "
            "arrives midway. Keep it in a folder of this computer alone, and put exports or "
            "backups in the shared folder instead.",
        )
    )


def ask(
    journal: Journal,
    parent: QWidget,
    status: Callable[[str, bool], None],
    appear: Callable[[str], None],
) -> tuple[str, str] | None:
    """Settings shown over `parent`; what is chosen is kept (the coach's language, the
    appearance and how many backups in the journal; the window's language, the paper and the
    backups' folder among the user's preferences); `appear` applies an appearance. When the
    window must be made again (either language changed): the language it is to speak, and
    what to tell the user then ("" if all went well); else None."""
    system = i18n.system_language()
    now = Chosen(
        preferences.window_language(),
        journal.settings.language,
        preferences.paper(),
        theme.chosen_appearance(journal.settings.get(theme.APPEARANCE_SETTING)),
        journal.settings.backups_to_keep,
        preferences.backup_folder(journal.path),
    )
    dialog = SettingsDialog(now, system, journal.path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == now:
        return None
    chosen = dialog.chosen()
    if chosen.appearance != now.appearance:
        appear(chosen.appearance)
    said = [_keep_preferences(chosen, now, journal.path)]
    try:
        if chosen.backups_to_keep != now.backups_to_keep:
            journal.settings.set_backups_to_keep(chosen.backups_to_keep)
        if chosen.coach_language != now.coach_language:
            journal.settings.set_language(chosen.coach_language)
            if chosen.window_language == now.window_language:
                return i18n.current_language(), said[0]  # the coach reads anew
    except JournalError as error:  # a read-only journal, say: the other choices still hold
        said.insert(0, error.in_window())
    told = " ".join(filter(None, said))
    if chosen.window_language != now.window_language:
        return chosen.window_language or system, told
    if told:
        status(told, True)
    return None


def _keep_preferences(chosen: Chosen, now: Chosen, journal_path: Path) -> str:
    """The window's language, the paper and the backups' folder kept among the user's
    preferences; what to say if they could not be ("" if they were)."""
    try:
        if chosen.backup_folder != now.backup_folder:
            preferences.set_backup_folder(journal_path, chosen.backup_folder)
        if chosen.paper != now.paper:
            preferences.write(preferences.PAPER, chosen.paper)
        if chosen.window_language != now.window_language:
            preferences.write(preferences.WINDOW_LANGUAGE, chosen.window_language)
    except OSError as error:
        return QCoreApplication.translate(
            "SettingsDialog",
            "What was chosen applies until Amends closes: it could not be kept in {path} "
            "({reason}).",
        ).format(path=preferences.preferences_path(), reason=reason(error))
    return ""
