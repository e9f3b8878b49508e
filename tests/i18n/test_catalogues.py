"""Every word the window shows is translatable, and each language's catalogue is complete,
up to date with the code, and keeps what a translation must keep."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from journal import i18n
from tests.i18n.catalogues import ROOT, tool
from tests.i18n.untranslated import everywhere

CATALOGUES = ROOT / "resources" / "translations"
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
PLURAL_FORMS = {"en": 2, "sv": 2, "hr": 3, "th": 1, "bn": 2}
PLACEHOLDERS = re.compile(r"\{[a-z_]*\}|%n|%\([a-z_]+\)[sdr]|%[sd]")


def messages(path: Path) -> dict[i18n.Key, ElementTree.Element]:
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
            )
            found[key] = message
    return found


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def test_the_window_shows_no_word_that_bypasses_the_catalogue() -> None:
    assert everywhere() == []


def test_each_catalogue_holds_exactly_the_code_s_messages(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(CATALOGUES, copy)
    tool().update(ROOT, copy)
    for language in i18n.LANGUAGES:
        name = f"amends_{language}.ts"
        committed, current = messages(CATALOGUES / name), messages(copy / name)
        missing = sorted(set(current) - set(committed))
        gone = sorted(set(committed) - set(current))
        assert not missing and not gone, (
            f"{name} is out of date with the code (python packaging/translations.py update):"
            f"\n  new in the code: {missing[:10]}\n  no longer in the code: {gone[:10]}"
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_or_marked_for_a_native_speaker(language: str) -> None:
    found = messages(CATALOGUES / f"amends_{language}.ts")
    assert found, "the catalogue holds no messages"
    empty = [key for key, message in found.items() if not unfinished(message)
             and not all(forms(message))]  # fmt: skip
    assert not empty, f"translations left empty: {empty[:10]}"
    for_review = [key for key, message in found.items() if unfinished(message)]
    unexplained = [key for key in for_review if not found[key].findtext("translatorcomment")]
    assert not unexplained, f"unfinished without a translator comment saying why: {unexplained}"
    untranslated = [key for key in for_review if not all(forms(found[key]))]
    assert not untranslated, f"no translation at all (not even a draft): {untranslated[:10]}"
    print(f"\n{language}: {len(for_review)} of {len(found)} marked for a native speaker's review")
    for key in for_review:
        print(f"  {key[0]}: {key[1]!r} — {found[key].findtext('translatorcomment')}")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_translations_keep_placeholders_shortcuts_and_plural_forms(language: str) -> None:
    for key, message in messages(CATALOGUES / f"amends_{language}.ts").items():
        context, source, _ = key
        shown = forms(message)
        if message.get("numerus") == "yes":
            assert len(shown) == PLURAL_FORMS[language], (key, shown)
        for text in shown:
            if not text:
                continue
            wanted = sorted(set(PLACEHOLDERS.findall(source)) - {"%n"})
            assert sorted(set(PLACEHOLDERS.findall(text)) - {"%n"}) == wanted, (key, text)
            if "&" in source.replace("&&", "") and context != "argparse":
                assert text.replace("&&", "").count("&") == 1, (key, text)
        if message.get("numerus") == "yes" and language != "th":
            assert any("%n" in text for text in shown), (key, shown)


def test_english_gives_every_plural_its_forms() -> None:
    found = messages(CATALOGUES / "amends_en.ts")
    plurals = {key: message for key, message in found.items() if message.get("numerus") == "yes"}
    assert plurals, "no plural message: counts would read '1 incident(s)'"
    for key, message in plurals.items():
        assert not unfinished(message) and all(forms(message)), key
        one, many = forms(message)
        assert "(s)" not in one + many, (key, one, many)


def test_the_command_line_reads_the_same_catalogue_with_plurals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = messages(CATALOGUES / "amends_hr.ts")
    (context, source, comment), message = next(
        (key, m) for key, m in found.items() if m.get("numerus") == "yes" and not unfinished(m)
    )
    one, few, many = forms(message)
    with i18n.speaking("hr"):
        said = [i18n.translate(context, source, comment, n) for n in (1, 3, 5, 21, 112)]
    assert said == [
        one.replace("%n", "1"), few.replace("%n", "3"), many.replace("%n", "5"),
        one.replace("%n", "21"), many.replace("%n", "112"),
    ]  # fmt: skip
