"""The words Amends says, in the user's language: one catalogue for the window, the command
line and the briefing (resources/translations/amends_<code>.ts, Qt Linguist's format)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from journal.coach.languages import LANGUAGES as LANGUAGES

# The window's, the command line's and the briefing's languages are the coach's five.
SOURCE_LANGUAGE = "en"
LANGUAGE_ENV = "AMENDS_LANGUAGE"  # overrides the system's language, e.g. for one run
# What each language is called in itself: how Settings lists them, whatever the window's
# language (a Thai reader finds "ไทย" in an English window).
ENDONYMS = {"en": "English", "sv": "Svenska", "hr": "Hrvatski", "th": "ไทย", "bn": "বাংলা"}

# A message: its context, its English source text and its disambiguation ("" if none).
Key = tuple[str, str, str]
Translator = Callable[[str, str, str | None, int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, unchanged: marks a table's text for the catalogue, translated where shown."""
    del context
    return text


def found(language: str, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
    """The catalogue's translation of a message, in the plural form `n` takes (with %n still
    in it), or None when the catalogue has none."""
    forms = catalogue(language).get((context, text, disambiguation or ""))
    if not forms:
        return None
    return forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0]


def _catalogue_translator(language: str) -> Translator:
    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        said = found(language, context, text, disambiguation, n) or text
        return said.replace("%n", str(n)) if n >= 0 else said

    return translated


# The window's translator (Qt's own) and the language it speaks, set together, so that a
# reader thread never sees one without the other; (None, None): the catalogue's.
_window: tuple[Translator | None, str | None] = (None, None)
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language spoken now: a briefing's own (speaking()), else the window's or
    the command line's. `n` >= 0 picks the plural form and stands for %n."""
    language = _speaking.get()
    if language is not None:
        return _catalogue_translator(language)(context, text, disambiguation, n)
    chosen = _window[0] or _catalogue_translator(system_language())
    return chosen(context, text, disambiguation, n)


class Translatable:
    """A context for messages with plural forms: `self.tr("%n day(s)", "", n)` is what
    lupdate reads as a plural, its context the class's name."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(type(self).__name__, text, disambiguation, n)


def use_translator(translator: Translator | None, language: str | None = None) -> None:
    """Translate through `translator`, which speaks `language`, from now on (the window
    passes Qt's); None: the catalogue of the system's language."""
    global _window
    _window = (translator, language)


def current_language() -> str:
    """The language translate() speaks now."""
    return _speaking.get() or _window[1] or system_language()


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Within: messages in `language` (one of LANGUAGES; None changes nothing), whatever the
    window's language, e.g. for a briefing in the incident's language."""
    if language is None:
        yield
        return
    token = _speaking.set(language if language in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _speaking.reset(token)


def language_of_locale(name: str) -> str | None:
    """One of LANGUAGES for a locale name ("sv_SE.UTF-8", "bn-BD", "hr"), or None."""
    code = name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The language the system asks for (AMENDS_LANGUAGE, then LANGUAGE's list, LC_ALL,
    LC_MESSAGES, LANG), if Amends speaks it; else English."""
    chosen = os.environ.get(LANGUAGE_ENV)
    if chosen and language_of_locale(chosen):
        return str(language_of_locale(chosen))
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for name in os.environ.get(variable, "").split(":"):
            if name in ("C", "POSIX") or name.startswith(("C.", "POSIX.")):
                return SOURCE_LANGUAGE
            found = language_of_locale(name) if name else None
            if found:
                return found
    return SOURCE_LANGUAGE


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms `n` takes, in the order Qt Linguist lists them."""
    if language == "th":  # one form
        return 0
    if language == "hr":  # one, few, other
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1  # en, sv, bn


def catalogue_path(language: str) -> Path:
    # Beside the code, as the wheel and a checkout both have it; not importlib.resources,
    # whose import costs the command line's start more than reading the file does.
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    return folder / f"amends_{language}.ts"


@cache
def catalogue(language: str) -> dict[Key, list[str]]:
    """The finished translations of `language`'s catalogue: each message's forms (one, or
    one per plural form). Unfinished ones are left out: their English is shown."""
    path = catalogue_path(language)
    if not path.is_file():
        return {}
    messages: dict[Key, list[str]] = {}
    try:
        with path.open("rb") as file:
            tree = ElementTree.parse(file)
    except (OSError, ElementTree.ParseError) as error:
        sys.stderr.write(
            f"amends: the words in {path.name} cannot be read ({error}); English is shown "
            "instead. Installing Amends again puts the file right.\n"
        )  # in English: the language's own words are what cannot be read
        return {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                messages[key] = forms
    return messages
