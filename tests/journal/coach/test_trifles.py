"""A small word plays a fault down only where a fault is said: in a plan or a price it is plain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal import checker
from journal.checker import check
from journal.coach import trifles
from journal.reports import DraftField, FindingKind

_NEUTRAL = (
    " The framing samples arrive on Thursday. I have booked the van for Friday morning."
    " Your aunt's portrait will hang in the hall, by the window."
    " The printer already has the final sizes and the paper you chose."
)


def _minimises(text: str, language: str) -> bool:
    return any(finding.kind is FindingKind.MINIMISING for finding in check(text, language))


@pytest.fixture
def every_small_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """The coach as if a small word played a fault down wherever it stood."""
    monkeypatch.setattr(trifles, "where_a_fault_is_said", lambda *arguments: arguments[2])
    checker.clear_cache()


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    checker.clear_cache()


INNOCENT = [
    ("It's only a five-minute drive from the station to the studio.", "en"),
    ("The extra lamp adds only a few pounds to the quote.", "en"),
    ("It's just a tiny flat on the third floor, but the light is lovely.", "en"),
    ("Det blir en liten extrakostnad för ramen, cirka 150 kronor.", "sv"),
    ("Vi har bara en liten lokal, så det blir max tolv gäster.", "sv"),
    ("Det tar bara en kvart att montera hyllan på plats.", "sv"),
    ("Do studija je samo pet minuta hoda od kolodvora.", "hr"),
    ("Okvir košta samo malo više, oko deset eura.", "hr"),
    ("Montaža police traje tek pola sata.", "hr"),
    ("Male izmjene u scenografiji nisu problem, kulise se lako prilagode.", "hr"),
    ("ผมปรับลำดับนิดหน่อยให้พิธีเปิดมาก่อนอาหารครับ", "th"),
    ("ดิฉันเพิ่มดอกไม้ที่โต๊ะหน้าเวทีนิดหน่อยนะคะ จะได้ดูสดชื่นขึ้น", "th"),
    ("ห้องประชุมเล็กนิดเดียวค่ะ รับได้ไม่เกินสิบสองคน", "th"),
    ("ভূমিকাটা একটু ছেঁটে দিয়েছি যাতে আরও টানটান হয়, শুনে দেখবেন।", "bn"),
    ("ফ্রেমের জন্য সামান্য কিছু বাড়তি খরচ হবে, দেড়শো টাকার মতো।", "bn"),
]


@pytest.mark.parametrize(("text", "language"), INNOCENT)
def test_a_small_word_in_a_plan_a_price_or_a_change_plays_nothing_down(
    text: str, language: str
) -> None:
    assert not _minimises(text, language)


@pytest.mark.usefixtures("every_small_word")
@pytest.mark.parametrize(("text", "language"), INNOCENT)
def test_those_small_words_are_ones_a_fault_is_played_down_with(text: str, language: str) -> None:
    # What clears them is that no fault is said, not that the rules miss the word.
    assert _minimises(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The flaw named, or reassurance that nobody will notice, or a fix.
        ("It's only a small typo in the footer.", "en"),
        ("Just a couple of frames dropped, nobody will notice.", "en"),
        ("It was only a tiny delay.", "en"),
        # Only described: a result that came out other than it should.
        ("The colours on page four are a touch off, nothing anyone will spot in print.", "en"),
        ("Only three of the two hundred mugs came out a slightly different blue.", "en"),
        ("The sound drops out for just a moment in the second clip.", "en"),
        ("Det var bara ett litet tryckfel på sista sidan.", "sv"),
        ("Bara två bilder blev lite suddiga, ingen märker det.", "sv"),
        ("Bara ett par sekunder tystnad i början, inget konstigt.", "sv"),
        ("Samo je jedna sitna greška u naslovu.", "hr"),
        ("Fali samo jedna stranica, ništa strašno.", "hr"),
        ("Samo je boja na četvrtoj stranici malo drukčija, u tisku se neće vidjeti.", "hr"),
        ("พิมพ์ชื่อผิดแค่ตัวเดียวเองครับ", "th"),
        ("เสียงหายไปแค่สองวิ ไม่มีใครสังเกตหรอกค่ะ", "th"),
        ("สีหน้าสี่ต่างไปนิดหน่อยเองค่ะ พิมพ์ออกมาคงไม่มีใครเห็น", "th"),
        ("শুধু একটা ছোট্ট বানান ভুল, এক মিনিটে ঠিক করে দিচ্ছি।", "bn"),
        ("মাত্র দুটো ছবি একটু ঝাপসা এসেছে, কেউ টেরই পাবে না।", "bn"),
        ("ভিডিওর শেষ শটটা একটু নরম এসেছে, মাত্র এক সেকেন্ডের জন্য।", "bn"),
        # A fault named in English inside another language still counts.
        ("Det var bara en liten glitch i streamen.", "sv"),
        ("মাত্র দুটো ছবি missing, বাকি সব ঠিক আছে।", "bn"),
    ],
)
def test_a_fault_said_or_described_is_still_played_down(text: str, language: str) -> None:
    assert _minimises(text, language)


def test_in_a_long_draft_the_fault_in_the_sentence_before_keeps_the_small_word() -> None:
    draft = (
        "I sent you last year's price list by mistake this morning."
        " The difference is only a few pounds a line." + _NEUTRAL
    )
    assert len(draft) > checker.WHOLE_TEXT_LIMIT
    assert _minimises(draft, "en")


def test_in_a_long_draft_an_apology_sentences_before_keeps_the_small_word() -> None:
    # Letters open with the apology and play the fault down later.
    draft = (
        "I'm so sorry about Saturday." + _NEUTRAL + " In the end it was only fifteen minutes,"
        " and most of your guests were still at the bar."
    )
    assert len(draft) > checker.WHOLE_TEXT_LIMIT
    assert _minimises(draft, "en")


def test_in_a_long_draft_a_fault_said_only_sentences_after_keeps_no_small_word() -> None:
    draft = (
        "The extra lamp adds only a few pounds to the quote." + _NEUTRAL + " I'm sorry the"
        " proofs reached you two days late."
    )
    assert len(draft) > checker.WHOLE_TEXT_LIMIT
    assert not _minimises(draft, "en")


@pytest.mark.parametrize("field", [DraftField.SUMMARY, DraftField.APOLOGY, DraftField.FOLLOW_UP])
def test_a_part_of_the_call_is_about_the_fault_and_keeps_the_small_word(
    field: DraftField,
) -> None:
    text = "Your shelves hang just a few millimetres lower on the left."
    assert not _minimises(text, "en")
    assert FindingKind.MINIMISING in {finding.kind for finding in check(text, "en", field)}


def test_a_fault_only_in_the_clients_quoted_words_keeps_nothing() -> None:
    walk = " The shoot is just a ten-minute walk away."
    said = "Your brief says no typos, no broken links." + walk
    quoted = 'Your brief says "no typos, no broken links".' + walk
    assert _minimises(said, "en")
    assert not _minimises(quoted, "en")


def _small_words() -> list[dict[str, object]]:
    """300 messages with small words, half playing a fault down, half innocent (a price, a
    walk, a change the client asked for), written by a writer who had not read the rules. The
    fault cues were written reading the first 140, so the figures here guard against losing
    what they do rather than measure them (the notes in the file say how each was used)."""
    data = json.loads((Path(__file__).parent / "small_words.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _flagged(messages: list[dict[str, object]]) -> int:
    return sum(_minimises(str(entry["text"]), str(entry["language"])) for entry in messages)


def test_of_messages_with_small_words_the_innocent_are_left_alone() -> None:
    innocent = [entry for entry in _small_words() if not entry["faulty"]]
    assert len(innocent) == 150
    assert _flagged(innocent) <= 3  # 57 are, read without looking for a fault said


def test_of_messages_playing_a_fault_down_almost_all_the_rules_find_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    faulty = [entry for entry in _small_words() if entry["faulty"]]
    kept = _flagged(faulty)
    monkeypatch.setattr(trifles, "where_a_fault_is_said", lambda *arguments: arguments[2])
    checker.clear_cache()
    found = _flagged(faulty)
    assert found >= 110  # the rules find most of these 150
    assert kept >= found - 4
