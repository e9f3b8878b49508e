"""Saying everyone makes mistakes shrugs the fault off; forgiving the client's slip does not."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry the invoice had the wrong address on it, but we're all human.", "en"),
        ("Apologies for the typo in the headline, it happens to the best of us.", "en"),
        ("Förlåt för felet i offerten, men alla gör ju misstag.", "sv"),
        ("Oprostite zbog tipfelera u naslovu, svi griješimo.", "hr"),
        ("ขอโทษที่ส่งไฟล์ผิดครับ ใครๆ ก็พลาดกันได้", "th"),
        ("ขออภัยที่พิมพ์ชื่อผิดค่ะ คนเราก็ผิดพลาดกันได้", "th"),
        ("ভুল ফাইল পাঠানোর জন্য দুঃখিত, ভুল তো সবারই হয়।", "bn"),
        ("দেরির জন্য দুঃখিত, আমরা সবাই তো মানুষ।", "bn"),
    ],
)
def test_everyone_makes_mistakes_after_the_writers_fault_is_a_non_apology(
    text: str, language: str
) -> None:
    found = kinds(text, language)
    assert FindingKind.NON_APOLOGY in found
    assert FindingKind.MINIMISING not in found  # it shrugs the fault off, it does not size it


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The writer forgives the client's own slip.
        (
            "No harm done about the wrong PO number you sent, everyone makes mistakes, and"
            " I've already fixed it on my side.",
            "en",
        ),
        ("Ingen fara att du skickade fel adress, alla gör fel ibland, blommorna är på väg dit"
         " nu.", "sv"),
        ("Nema veze što ste poslali krivu adresu, svi griješimo, cvijeće je već na putu.", "hr"),
        ("ไม่เป็นไรครับ คนเราก็ผิดพลาดกันได้ ผมแก้เลขที่ใบสั่งซื้อให้แล้ว", "th"),
        ("চিন্তা করবেন না, ভুল তো সবারই হয়, ঠিকানাটা আমি ঠিক করে দিয়েছি।", "bn"),
        # The writer owns the fault in the same sentence.
        ("Nobody's perfect, least of all me: I forgot to book the van, and that's my fault."
         " I'm sorry.", "en"),
        ("Alla gör misstag, men det här var mitt fel: jag bokade fel dag. Förlåt.", "sv"),
        ("Svi griješimo, ali ovo je moja greška i ispričavam se.", "hr"),
        ("ভুল তো সবারই হয়, তবে এবারেরটা আমার ভুল, আমি দুঃখিত।", "bn"),
        ("No worries, everyone makes mistakes!", "en"),
        ("Everyone makes mistakes, but that one was my fault.", "en"),
        # Negated: the writer's mistake is called unusual.
        ("সবাই এমন ভুল করে না, আমি সত্যিই দুঃখিত।", "bn"),
        # The same words about something else, or before a plan.
        ("We're all human beings at this agency, and each project gets a named person.", "en"),
        ("Burnout happens to everyone at some point, so please take the week off you need.",
         "en"),
        ("ভুল তো সবারই হয়, তাই আমি সবসময় দুবার চেক করি।", "bn"),
        ("Not everyone makes mistakes like the one I made with your booking, and I'm sorry"
         " for it.", "en"),
    ],
)  # fmt: skip
def test_forgiving_the_clients_slip_or_owning_the_fault_is_no_shrug(
    text: str, language: str
) -> None:
    assert FindingKind.NON_APOLOGY not in kinds(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Blev kunden upprörd av misstaget beklagar jag det.",
        "Blev middagen sämre av det ber jag så mycket om ursäkt.",
    ],
)
def test_a_swedish_condition_opened_by_its_verb_before_a_thing_is_conditional(text: str) -> None:
    assert FindingKind.CONDITIONAL in kinds(text, "sv")


@pytest.mark.parametrize(
    "text",
    [
        "Har paketet kommit fram ber jag dig höra av dig.",
        "Blev bilderna bra är jag glad.",
        "Märkte felet i morse, så förlåt.",  # a dropped "jag", no condition
    ],
)
def test_a_swedish_verb_first_clause_before_no_apology_is_no_condition(text: str) -> None:
    assert FindingKind.CONDITIONAL not in kinds(text, "sv")
