"""Search finds any word in every language our users write, ranked, with a marked snippet."""

from __future__ import annotations

import dataclasses
import time

import pytest

from journal.domain import Client, Incident, Severity
from journal.listing import IncidentFilter, SnippetPart
from journal.service import Journal
from journal.storage import search
from tests.conftest import full_incident

TEXTS = {
    "th": Incident(
        title="ส่งใบแจ้งหนี้ผิดเดือน",
        client=Client("คุณสมชาย"),
        what_happened="ลูกค้าได้รับใบแจ้งหนี้ซ้ำสองครั้งเพราะผมลืมตรวจสอบระบบก่อนส่ง",
        category="billing error",
    ),
    "sv": Incident(
        title="Försenad leverans",
        client=Client("Björn Åkesson"),
        what_happened="Leveransen av logotypen blev tre dagar försenad och kunden fick vänta.",
    ),
    "hr": Incident(
        title="Propušten rok za prijevod",
        client=Client("Ivana Kovačić"),
        what_happened="Zbog moje greške prijevod ugovora stigao je dva dana nakon dogovorenog "
        "roka, pa je klijentica morala odgoditi sastanak.",
    ),
    "bn": Incident(
        title="ভুল ফাইল পাঠানো হয়েছে",
        client=Client("রহিম চৌধুরী"),
        what_happened="আমি ক্লায়েন্টকে পুরনো সংস্করণের নকশা পাঠিয়েছিলাম, তাই তাঁর প্রেজেন্টেশন পিছিয়ে গেল।",
    ),
    "en": Incident(
        title="Broke the contact form",
        client=Client("Jane Doe"),
        what_happened="After my update the contact form silently dropped messages for a week.",
        severity=Severity.CRITICAL,
    ),
}


@pytest.fixture
def multilingual(journal: Journal) -> dict[str, int]:
    return {lang: journal.incidents.create(draft).incident.id or 0 for lang, draft in TEXTS.items()}


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("ใบแจ้งหนี้", "th"),  # a Thai word inside unspaced Thai
        ("ตรวจสอบ", "th"),
        ("leveransen", "sv"),
        ("försenad", "sv"),
        ("leverans", "sv"),  # part of a Swedish word
        ("greške", "hr"),
        ("ugovora", "hr"),
        ("ক্লায়েন্টকে", "bn"),
        ("প্রেজেন্টেশন", "bn"),
        ("contact form", "en"),
        ("CONTACT", "en"),
        ("Kovačić", "hr"),  # the client's name
        ("রহিম", "bn"),
    ],
)
def test_a_word_is_found_in_its_language(
    journal: Journal, multilingual: dict[str, int], query: str, language: str
) -> None:
    assert [hit.row.id for hit in journal.search.find(query)] == [multilingual[language]]


def test_the_snippet_marks_the_matching_text(
    journal: Journal, multilingual: dict[str, int]
) -> None:
    (hit,) = journal.search.find("ใบแจ้งหนี้")
    marked = [part.text for part in hit.snippet if part.is_match]
    assert marked and all(text == "ใบแจ้งหนี้" for text in marked)
    assert "ใบแจ้งหนี้" in hit.snippet_text


def test_all_words_must_occur_and_quotes_find_a_phrase(
    journal: Journal, multilingual: dict[str, int]
) -> None:
    assert [hit.row.id for hit in journal.search.find("contact week")] == [multilingual["en"]]
    assert journal.search.find("contact leveransen") == []
    assert journal.search.find('"form silently"') != []
    assert journal.search.find('"silently form"') == []


def test_short_words_are_found_too(journal: Journal, multilingual: dict[str, int]) -> None:
    hits = journal.search.find("ส่ง")  # three characters
    assert [hit.row.id for hit in hits] == [multilingual["th"]]
    hits = journal.search.find("Åk")  # shorter than the index can look up
    assert [hit.row.id for hit in hits] == [multilingual["sv"]]
    assert any(part.is_match for part in hits[0].snippet)


def test_title_matches_rank_above_body_matches(journal: Journal) -> None:
    in_body = journal.incidents.create(
        full_incident(title="Late", what_happened="the invoice was wrong")
    )
    in_title = journal.incidents.create(
        full_incident(title="Wrong invoice", what_happened="sent twice")
    )
    ids = [hit.row.id for hit in journal.search.find("invoice")]
    assert ids == [in_title.incident.id, in_body.incident.id]


def test_the_index_follows_every_change(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident(surprise="a box of chocolates")).incident
    assert journal.search.find("chocolates")
    journal.incidents.update(dataclasses.replace(saved, surprise="a bouquet", tags=("flowers",)))
    assert journal.search.find("chocolates") == []
    assert [hit.row.id for hit in journal.search.find("bouquet flowers")] == [saved.id]


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "OR NOT", "(", "*", "a:b", "NEAR(x y)", "\x00", "   ", "%", "_", "\\", "'; --"],
)
def test_query_syntax_characters_never_break_search(
    journal: Journal, multilingual: dict[str, int], query: str
) -> None:
    assert isinstance(journal.search.find(query), list)


def test_percent_and_underscore_are_plain_characters(journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Discount 50% off"))
    assert len(journal.search.find("0%")) == 1
    assert journal.search.find("_") == []


def test_search_combines_with_filters(journal: Journal, multilingual: dict[str, int]) -> None:
    assert journal.search.find("form", IncidentFilter(severity=Severity.CRITICAL))
    assert journal.search.find("form", IncidentFilter(severity=Severity.MINOR)) == []
    assert journal.search.find("ใบแจ้งหนี้", IncidentFilter(category="billing error"))


@pytest.mark.parametrize("word", ["ใบแจ้งหนี้", "leveransen", "rokova", "greška", "ক্লায়েন্ট"])
def test_each_word_is_found_once_in_a_realistic_journal(journal: Journal, word: str) -> None:
    from journal import interchange
    from tests.conftest import SAMPLES

    journal.transfer.import_incidents(
        interchange.parse((SAMPLES / "journal_small.json").read_bytes())
    )
    hits = journal.search.find(word)
    assert len(hits) == 1
    assert any(part.is_match and part.text.casefold() == word for part in hits[0].snippet)


def test_client_details_filled_in_later_are_found_on_every_incident(journal: Journal) -> None:
    first = journal.incidents.create(Incident(title="One", client=Client("Acme"))).incident
    saved = journal.incidents.create(
        Incident(title="Two", client=Client("acme", company="Zebracorp"))
    )
    assert saved.changes.clients
    assert {hit.row.id for hit in journal.search.find("Zebracorp")} == {first.id, saved.incident.id}
    document = (
        '{"format": "amends", "version": 1, "incidents": ['
        '{"title": "Three", "client": {"name": "ACME", "email": "ops@acme.example"}}]}'
    )
    journal.transfer.import_json(document)
    assert len(journal.search.find("ops@acme")) == 3
    assert journal.clients.list()[0].email == "ops@acme.example"


def test_questions_email_notes_and_category_are_searchable(journal: Journal) -> None:
    saved = journal.incidents.create(
        full_incident(client=Client("Nina", email="nina@studio.example", notes="prefers mornings"))
    ).incident
    for query in (
        "Will this happen again",
        "a week ahead",
        "studio.example",
        "mornings",
        "deadline",
    ):
        assert [hit.row.id for hit in journal.search.find(query)] == [saved.id], query
    journal.categories.rename("missed deadline", "late delivery")
    assert [hit.row.id for hit in journal.search.find("late delivery")] == [saved.id]
    journal.categories.remove("late delivery", move_to="quality defect")
    assert [hit.row.id for hit in journal.search.find("quality defect")] == [saved.id]


def test_two_letter_words_match_in_any_case_and_script(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident(title="Öl för teamet")).incident
    assert [hit.row.id for hit in journal.search.find("öl")] == [saved.id]
    assert [hit.row.id for hit in journal.search.find("ÖL")] == [saved.id]


def test_a_field_of_one_repeated_character_is_searched_as_quickly_as_any(journal: Journal) -> None:
    # FTS5 weighs every match against every other: each of these took over a minute.
    saved = journal.incidents.create(full_incident(what_happened="a" * 100_000)).incident
    started = time.perf_counter()
    (hit,) = journal.search.find("aaa")
    marked = journal.search.snippets("aaa aaaa", [saved.id])[saved.id]
    assert journal.search.ids("AAA aaa " * 100) == [saved.id]
    assert time.perf_counter() - started < 5
    assert hit.row.id == saved.id and SnippetPart("aaa", True) in hit.snippet
    assert SnippetPart("aaaa", True) in marked and SnippetPart("aaa", True) not in marked


def test_only_an_incident_matched_very_often_gets_the_plainer_snippet() -> None:
    under = "A" * (search.CROWDED + 1)  # one "aaa" fewer than CROWDED, overlapping as trigrams
    assert search.crowded_snippet("aaa", "Title", "", "", under) is None
    marked = search.crowded_snippet("zzz\x00aaa", "Title", "", "", under + "a")
    assert marked is not None
    assert search.snippet_parts(marked)[:2] == (
        SnippetPart("Title ", False),
        SnippetPart("AAA", True),
    )
