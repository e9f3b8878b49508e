"""The window speaks the user's language: Qt's translators for our catalogue and Qt's own
dialogs, the locale for dates and numbers, and the journal's words through the same."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal import i18n, preferences
from journal.i18n import QT_TRANSLATE_NOOP

# Qt's locale for each language: how dates, numbers and money are written in the window.
LOCALES = {"en": "en_US", "sv": "sv_SE", "hr": "hr_HR", "th": "th_TH", "bn": "bn_BD"}
_installed: list[QTranslator] = []
# The words of the standard buttons in Qt's own dialogs and ours: Qt ships no catalogue for
# Thai or Bengali, so ours carries them (for Swedish and Croatian it agrees with Qt's).
QT_BUTTONS = (
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
)


def window_language() -> str:
    """The language chosen in Settings (AMENDS_LANGUAGE overrides it for one run), else the
    system's, if Amends speaks it; else English."""
    import os

    if os.environ.get(i18n.LANGUAGE_ENV):
        return i18n.system_language()
    return preferences.window_language() or i18n.system_language()


def catalogues_folder() -> Path:
    """Where the built .qm files are: beside the .ts files, as installing builds them."""
    return Path(str(resources.files("resources").joinpath("translations")))


def install(language: str, folder: Path | None = None) -> str:
    """Speak `language` from now on: Qt's dialogs (from Qt's own catalogue, where Qt has one),
    our words, and the locale. Replaces the language installed before. Returns the language
    whose catalogue was loaded ("en" when that language's .qm is missing)."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    spoken = language if language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator(app)
    if not ours.load(f"amends_{spoken}", str(folder or catalogues_folder())):
        spoken = i18n.SOURCE_LANGUAGE
        ours.load("amends_en", str(folder or catalogues_folder()))
    qt = QTranslator(app)
    for translator, loaded in ((qt, qt.load(f"qtbase_{spoken}", qt_folder)), (ours, True)):
        if loaded and not translator.isEmpty():
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[spoken]))
    i18n.use_translator(QCoreApplication.translate, spoken)
    return spoken
