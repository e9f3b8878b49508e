"""The window speaks the user's language: Qt's translators for our catalogue and Qt's own
dialogs, the locale for dates and numbers, and the journal's words through the same."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from journal import i18n, preferences
from journal.formats import LOCALES
from journal.i18n import QT_TRANSLATE_NOOP

_installed: list[QTranslator] = []
# The words of Qt's own standard buttons and of a text field's right-click menu: Qt ships no
# catalogue for Thai or Bengali, so ours carries them (for Swedish and Croatian it agrees
# with Qt's).
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    *(
        QT_TRANSLATE_NOOP("QLineEdit", "&Undo"), QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
        QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"), QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Paste"), QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
        QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    ),
)  # fmt: skip


def window_language() -> str:
    """The language chosen in Settings (AMENDS_LANGUAGE overrides it for one run), else the
    system's (its environment, or the languages the desktop asks for), if Amends speaks it;
    else English."""
    if os.environ.get(i18n.LANGUAGE_ENV):
        return i18n.system_language()
    chosen = preferences.window_language()
    if chosen:
        return chosen
    for name in QLocale.system().uiLanguages():  # Windows' and macOS's, too
        found = i18n.language_of_locale(name)
        if found:
            return found
    return i18n.system_language()


def catalogues_folder() -> Path:
    """Where the built .qm files are: beside the .ts files, as installing builds them."""
    return i18n.catalogue_path(i18n.SOURCE_LANGUAGE).parent


class CatalogueTranslator(QTranslator):
    """Our words read from the .ts catalogue itself, as the command line reads them: for a
    checkout whose .qm files are missing or older than their sources."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spoken = language  # not .language: QTranslator has one

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is a null string, not "": Qt then asks the next translator, or shows the source.
        return i18n.found(self.spoken, context, source, disambiguation, n)

    def isEmpty(self) -> bool:
        return not i18n.catalogue(self.spoken)


def _ours(language: str, folder: Path) -> QTranslator:
    """The translator of our catalogue: its built .qm if it is as new as its .ts, else one
    reading the .ts (empty, and so not installed, if that cannot be read either)."""
    app = QCoreApplication.instance()
    built, source = folder / f"amends_{language}.qm", i18n.catalogue_path(language)
    fresh = built.is_file() and (
        not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime
    )
    translator = QTranslator(app)
    if fresh and translator.load(str(built)):
        return translator
    return CatalogueTranslator(language, app)


def install(language: str, folder: Path | None = None) -> str:
    """Speak `language` from now on: Qt's dialogs (from Qt's own catalogue, where Qt has one),
    our words, and the locale. Replaces the language installed before. Returns the language
    spoken (English for one Amends does not speak)."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    spoken = language if language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    ours = _ours(spoken, folder or catalogues_folder())
    # Installed last, ours is asked first: its Thai and Bengali buttons, where Qt has none.
    for translator, loaded in ((qt, qt.load(f"qtbase_{spoken}", qt_folder)), (ours, True)):
        if loaded and not translator.isEmpty():
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[spoken]))
    i18n.use_translator(QCoreApplication.translate, spoken)
    return spoken
