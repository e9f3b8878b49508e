"""What the client or the call is given speaks the incident's language, whatever the window's:
the briefing's headings and reminders, and the lines of the follow-up draft. The words of
stored values follow the language spoken, and read back to the stored value."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal.briefings import Briefings
from journal.domain import Client
from journal.follow_up import CLOSING, THANKS, drafted, language_of
from journal.i18n import catalogue, speaking, translate
from journal.service import Journal
from journal.words import DEFAULT_CATEGORIES, category_from_word, category_word
from tests.conftest import full_incident

SWEDISH = full_incident(
    title="Missade lanseringen",
    client=Client("Åsa Lindqvist"),
    summary="Jag missade lanseringen av din butik. Det var mitt fel och jag har åtgärdat det.",
    apology="Förlåt, jag glömde att testa betalningen innan lanseringen.",
    empathy="Jag förstår att du förlorade försäljning och fick svara arga kunder.",
)
CROATIAN = full_incident(
    title="Propušteno lansiranje",
    client=Client("Marko Horvat"),
    summary="Propustio sam rok za lansiranje vaše trgovine. To je moja pogreška i ispravio sam je.",
    apology="Žao mi je, nisam provjerio plaćanje prije lansiranja.",
    empathy="Razumijem da ste izgubili prodaju i da ste morali smirivati kupce.",
)


@pytest.fixture(autouse=True)
def english_process() -> None:
    """The process speaks English (the tests' AMENDS_LANGUAGE)."""
    assert translate("Briefing", "Likely questions") == "Likely questions"


def _in(language: str, context: str, source: str) -> str:
    """The catalogue's finished translation of a message: what the test expects to read."""
    forms = catalogue(language).get((context, source, ""))
    assert forms, f"{source!r} has no finished {language} translation"
    return forms[0]


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_swedish_incident_is_briefed_in_swedish_in_an_english_process(
    journal: Journal, tmp_path: Path
) -> None:
    incident = journal.incidents.create(SWEDISH).incident
    assert incident.id is not None and language_of(incident) == "sv"
    briefing = journal.briefings.write(incident.id, tmp_path / "b.pdf")
    text = _text(briefing.path)
    for heading in ("Likely questions", "Why it won’t happen again", "On the call"):
        assert _in("sv", "Briefing", heading) in text
        assert heading not in text
    assert _in("sv", "Briefing", "Listen first. Let them say all of it.") in text
    assert "Listen first" not in text
    # The process itself still speaks English.
    assert translate("Briefing", "Likely questions") == "Likely questions"


def test_the_journal_s_coach_language_sets_the_briefing_s(journal: Journal, tmp_path: Path) -> None:
    """An English incident in a journal whose coach reads Swedish: briefed in Swedish."""
    incident = journal.incidents.create(full_incident()).incident
    assert incident.id is not None and language_of(incident) == "en"
    journal.settings.set_language("sv")
    written = Briefings(journal.incidents, journal.settings).write(incident.id, tmp_path / "b.pdf")
    assert _in("sv", "Briefing", "On the call") in _text(written.path)


def test_an_english_incident_is_briefed_in_english(journal: Journal, tmp_path: Path) -> None:
    incident = journal.incidents.create(full_incident()).incident
    assert incident.id is not None
    text = _text(journal.briefings.write(incident.id, tmp_path / "b.pdf").path)
    assert "Likely questions" in text and "On the call" in text


def test_a_croatian_follow_up_is_drafted_in_croatian_in_an_english_process() -> None:
    assert language_of(CROATIAN) == "hr"
    text = drafted(CROATIAN)
    assert text.startswith(_in("hr", "FollowUp", "Hello {name},").format(name="Marko"))
    assert _in("hr", "FollowUp", THANKS) in text and _in("hr", "FollowUp", CLOSING) in text
    assert THANKS not in text and CLOSING not in text
    assert CROATIAN.apology in text
    # The journal's coach language, when it is set, is the one spoken.
    assert _in("hr", "FollowUp", THANKS) in drafted(full_incident(), "hr")
    assert THANKS in drafted(CROATIAN, "en")


def test_a_thai_follow_up_says_no_i_of_its_own_beside_the_writer_s() -> None:
    """Thai has a word for "I" for each speaker (ผม, ดิฉัน, ฉัน…); the draft's own lines use
    none, as Thai may, so that they never say it differently from the writer's apology."""
    from journal.domain import Action

    thai = full_incident(
        title="ส่งไฟล์ผิดเวอร์ชันให้โรงพิมพ์",
        what_happened="ผมส่งไฟล์โลโก้เวอร์ชันเก่าให้โรงพิมพ์ กล่องล็อตแรกจึงพิมพ์ผิด",
        summary="ผมส่งไฟล์ผิด และผมสั่งพิมพ์ใหม่ให้แล้วครับ",
        apology="ผมขอโทษครับ ผมส่งไฟล์ผิดเวอร์ชัน และผมแก้ไขแล้วครับ",
        actions=(Action("ตรวจไฟล์ก่อนส่งทุกครั้ง"),),
    )
    assert language_of(thai) == "th"
    text = drafted(thai)
    own = text.replace(thai.apology, "")
    for i in ("ฉัน", "ดิฉัน", "ผม"):
        assert i not in own, i
    assert _in("th", "FollowUp", THANKS) in text


def test_a_default_category_reads_in_the_language_spoken_and_reads_back() -> None:
    seeded = importlib.import_module("journal.storage.migrations.versions.0001_tables")
    assert DEFAULT_CATEGORIES == seeded.DEFAULT_CATEGORIES
    for language in ("en", "sv", "hr", "th", "bn"):
        with speaking(language):
            for name in DEFAULT_CATEGORIES:
                shown = category_word(name)
                assert shown == translate("Categories", name)
                assert category_from_word(shown) == name == category_from_word(name)
                assert category_from_word(shown.upper()) == name
            assert category_word("Late files") == "Late files" == category_from_word("Late files")
    assert category_word("other") == "other"
