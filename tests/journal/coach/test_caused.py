"""Sorry for trouble the writer says they caused is an apology; for trouble alone it is not."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry for any inconvenience my late invoice caused you and the accounts team.", "en"),
        (
            "Please accept my apologies for any inconvenience caused by my error in the"
            " quotation.",
            "en",
        ),
        ("Sorry for any disruption, it happened through my own oversight with the forms.", "en"),
        ("Jag skickade fel version i går. Beklagar eventuellt besvär som mitt misstag har orsakat.",
         "sv"),
        ("Sorry för eventuellt strul, de e pga min miss med bokningen.", "sv"),
        ("Ispričavamo se zbog eventualnih neugodnosti koje smo Vam nehotice prouzročili.", "hr"),
        ("Žao mi je zbog eventualnih neugodnosti, mojom nepažnjom poslao sam staru verziju.", "hr"),
        ("ขออภัยในความไม่สะดวกที่ผมส่งไฟล์ผิดครับ", "th"),
        ("ขออภัยในความไม่สะดวกที่เกิดขึ้นจากความผิดพลาดของผมเองครับ", "th"),
        # A bare apology after the sentence that says the writer caused it.
        ("মোর ভুলে ইনভয়েসে ভুল মাস গেছে। অসুবিধার জন্য দুঃখিত।", "bn"),
    ],
)  # fmt: skip
def test_sorry_for_trouble_the_writer_caused_is_no_non_apology(text: str, language: str) -> None:
    assert FindingKind.NON_APOLOGY not in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Someone else caused it, or "my" is someone else's.
        ("Sorry for the inconvenience the courier caused.", "en"),
        ("Apologies for any delays caused by my subcontractor on the plumbing side.", "en"),
        ("Sorry for the inconvenience my courier caused.", "en"),
        # A short sentence that names its own doer is no bare apology about the one before.
        (
            "Sorry for all the hassle I caused with the wrong dates on your invoice. Sorry for"
            " any inconvenience the courier caused.",
            "en",
        ),
        ("ขออภัยในความไม่สะดวกครับ เท่าที่ผมเข้าใจ ขนส่งทำของหาย", "th"),
        ("Ledsen för besväret som budfirman orsakade.", "sv"),
        ("Ispričavam se zbog neugodnosti koju je prouzročio kurir.", "hr"),
        ("ขอโทษสำหรับความวุ่นวายที่ระบบทำให้เกิดนะคะ", "th"),
        ("ขออภัยในความไม่สะดวกที่เราได้รับจากทางขนส่งครับ", "th"),
        ("কুরিয়ারের ভুলে যে অসুবিধা হলো, তার জন্য দুঃখিত।", "bn"),
        ("আমার সাপ্লায়ারের ভুলে যে অসুবিধা হলো, তার জন্য দুঃখিত।", "bn"),
        # Denied or only reported.
        ("None of this was due to my mistake. Sorry for any inconvenience though.", "en"),
        ("You wrote that the mess was due to my mistake. Sorry for the inconvenience.", "en"),
        ("Vi beklagar eventuella olägenheter, men det var inte på grund av mitt misstag.", "sv"),
        ("Zbog moje greške, kažete? Ispričavam se za eventualne neugodnosti.", "hr"),
        ("ขออภัยในความไม่สะดวก ซึ่งไม่ได้เกิดจากความผิดพลาดของผมครับ", "th"),
        ("এটা আমার ভুলে হয়নি। তবুও অসুবিধার জন্য দুঃখিত।", "bn"),
        # A hedge is no owning; a feeling is not the trouble.
        ("Sorry for any trouble I may have caused.", "en"),
        ("Sorry for any inconvenience I possibly caused.", "en"),
        ("Sorry you were upset by the mix-up I made.", "en"),
        # The writer's mistake told of another matter, far from the apology.
        (
            "ความสับสนเรื่องราคาเดือนก่อนเกิดจากความผิดพลาดของผมเองครับ"
            " ส่วนรอบนี้พัสดุล่าช้าเพราะขนส่งปิดระบบสามวัน ขออภัยในความไม่สะดวกครับ",
            "th",
        ),
    ],
)
def test_sorry_for_trouble_caused_by_others_or_denied_stays_a_non_apology(
    text: str, language: str
) -> None:
    assert FindingKind.NON_APOLOGY in kinds(text, language)


def test_the_clients_quoted_words_own_nothing() -> None:
    text = 'You wrote "all this is due to my mistake". Sorry for the inconvenience.'
    assert FindingKind.NON_APOLOGY in kinds(text, "en")
