"""A mishap told beside work left unharmed (ready on time, the date unchanged) is news."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Our boiler packed in over the weekend, so emails may be slow."
            " Your shoot on the 3rd is all set.",
            "en",
        ),
        (
            "The ferry strike is dragging on, so I'm working from the mainland office."
            " The proofs will be ready on time.",
            "en",
        ),
        ("My studio flooded on Tuesday, but the deadline stays the same.", "en"),
        ("Vi har vattenläcka i ateljén, men paketen går som vanligt på fredag.", "sv"),
        ("Jag har legat med feber i tre dagar, men datumet ligger fast.", "sv"),
        ("Cijeli tjedan imam gripu, ali rok ostaje isti, 3. lipnja.", "hr"),
        ("Tiskari se pokvario stroj, ali katalog je već bio poslan prošli tjedan.", "hr"),
        ("ไฟดับที่สตูดิโอทั้งวันครับ แต่กำหนดส่งยังเหมือนเดิมนะครับ", "th"),
        (
            "ঝড়ে আমাদের গুদামের ছাদ উড়ে গেছে, তবে আপনার অর্ডারের বইগুলো তার আগেই প্যাক করা ছিল।",
            "bn",
        ),
        ("জ্বরে তিন দিন বিছানায় ছিলাম, তবে ডেডলাইন একই থাকছে।", "bn"),
    ],
)
def test_a_mishap_beside_work_left_unharmed_is_news_not_an_excuse(text: str, language: str) -> None:
    assert kinds(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Denied, doubted or hoped for: the work was harmed, or may be.
        ("The printer jammed all week, so the brochures are not ready on time.", "en"),
        ("The printer jammed all week, so I doubt the brochures will be ready on time.", "en"),
        ("Skrivaren krånglade hela veckan, så broschyrerna blev inte klara i tid.", "sv"),
        ("Cijeli tjedan imam gripu, pa katalog nije gotov na vrijeme.", "hr"),
        ("Cijeli tjedan imam gripu, pa se nadam da će katalog biti gotov na vrijeme.", "hr"),
        ("ไฟดับที่สตูดิโอทั้งวันครับ กำหนดส่งเลยไม่เหมือนเดิมแล้ว", "th"),
        ("ঝড়ে আমাদের গুদামের ছাদ উড়ে গেছে, তাই বইগুলো এখনো প্যাক করা হয়নি।", "bn"),
    ],
)
def test_work_harmed_or_only_hoped_unharmed_keeps_the_excuse(text: str, language: str) -> None:
    assert FindingKind.EXCUSE in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Another part, a replacement, a "but" after, a question, words reported.
        (
            "The wifi died halfway through the upload, so the gallery was never published."
            " The invoice is all set.",
            "en",
        ),
        ("The courier lost the parcel, but the replacement will be ready on time.", "en"),
        ("The printer broke down, so the deadline stays the same but the proofs are behind.", "en"),
        ("The printer broke down on Friday. Will the proofs be ready on time?", "en"),
        (
            "Fotografen ställde in, så vi har inga produktbilder. Texterna levereras som vanligt.",
            "sv",
        ),
        (
            "Fotograf je otkazao pa nemamo fotografije proizvoda. Tekstovi su gotovi na vrijeme.",
            "hr",
        ),
        ("ขนส่งทำพัสดุหายครับ กำหนดส่งยังเหมือนเดิมไหมครับ", "th"),
        ("কুরিয়ার পার্সেলটা হারিয়ে ফেলেছে, তবে ডেডলাইন একই থাকছে কিনা জানি না।", "bn"),
    ],
)
def test_news_of_another_part_or_a_doubtful_one_keeps_the_finding(text: str, language: str) -> None:
    assert kinds(text, language) & {FindingKind.EXCUSE, FindingKind.BLAME}
