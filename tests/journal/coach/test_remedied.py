"""A "but" going on to what the writer will do about it takes no apology back; a defence does."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds
from tests.journal.coach.remedied_sentences import EVERY_LANGUAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Apologies for the late start, but I'm on my way now and will stay late to make up the"
         " time.", "en"),
        ("Ledsen för förseningen, men jag är på väg nu och stannar kvar tills allt är klart.",
         "sv"),
        ("Oprostite na kašnjenju, ali već sam na putu i ostajem dok sve ne bude gotovo.", "hr"),
        ("Oprostite što kasnim s nacrtom, ali sutra ujutro šaljem sve tri verzije.", "hr"),
        ("Oprostite zbog mutnih fotografija, ali dosta sam ih spasila u obradi, šaljem vam ih"
         " večeras.", "hr"),
        ("ขอโทษที่ส่งช้าครับ แต่เดี๋ยวผมจะส่งไฟล์ใหม่ให้ภายในคืนนี้", "th"),
        ("দেরির জন্য দুঃখিত, কিন্তু আমি এখন রাস্তায়, কাজ শেষ না হওয়া পর্যন্ত থাকব।", "bn"),
        ("শুক্রবার তাকগুলো লাগাতে পারিনি বলে দুঃখিত, কিন্তু সোমবার সকাল আটটায় চলে আসব।", "bn"),
    ],
)  # fmt: skip
def test_a_but_going_on_to_the_writers_fix_takes_nothing_back(text: str, language: str) -> None:
    assert FindingKind.BUT not in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A defence after the "but", with or without a promise after it.
        ("Sorry the deck isn't finished, but I've been flat out with three other jobs.", "en"),
        ("Sorry the cabinets are late, but the supplier let me down, I'll fit them Monday.",
         "en"),
        # A defence between the "but" and the fix, or the fix made to wait on the client.
        ("Sorry, but it's not really my fault, I'll fix it anyway.", "en"),
        ("Sorry, but the client before you overran, I'll be there in 20.", "en"),
        ("Oprostite, ali ako uplatite predujam, počet ću u ponedjeljak.", "hr"),
        ("ขอโทษครับ แต่ไม่ใช่ความผิดผมนะ เดี๋ยวจะแก้ให้ก็ได้", "th"),
        ("দুঃখিত, কিন্তু দোষটা আমার না, তবু ঠিক করে দেব।", "bn"),
        # What the writer can do at most, needs, or only says.
        ("I'm sorry, but that's the best I can do for the price.", "en"),
        ("Sorry for the delay, but I'll need another week with the drawings.", "en"),
        ("Förlåt, men det kan jag inte ta på mig.", "sv"),
        ("Žao mi je, ali to ne mogu preuzeti na sebe, morat ću naplatiti dodatni sat.", "hr"),
        # "On the road" as the circumstance, not the writer on the way.
        ("সরি, কিন্তু এই সিজনে পাহাড়ের রাস্তায় সময় ধরে চলা যায় না।", "bn"),
    ],
)  # fmt: skip
def test_a_but_that_defends_or_only_says_keeps_its_finding(text: str, language: str) -> None:
    assert FindingKind.BUT in kinds(text, language)


@pytest.mark.parametrize(("text", "language", "keeps_but"), EVERY_LANGUAGE)
def test_a_but_keeps_its_finding_only_where_it_goes_on_to_a_defence(
    text: str, language: str, keeps_but: bool
) -> None:
    # The fix said as people say it: promised, under way, done now or already, the work ready,
    # here it is, good news, an offer; a justification, the writer's state or a need is none.
    assert (FindingKind.BUT in kinds(text, language)) is keeps_but


def test_a_but_the_model_reads_across_its_sentence_is_weighed_from_the_contrast_word() -> None:
    # The model underlines the whole sentence: what follows its "but" is still read for a fix.
    text = "I'm sorry about the invoice, but here's what I'm doing to sort it."
    assert FindingKind.BUT not in kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Förlåt att jag missade genomgången, men jag har bokat en ny tid på torsdag om det passar"
         " dig.", "sv"),
        ("Oprostite što nisam stigao na mjerenje, ali mogu doći u četvrtak ako vam odgovara.",
         "hr"),
    ],
)  # fmt: skip
def test_a_fix_offered_at_the_clients_convenience_waits_on_nothing(
    text: str, language: str
) -> None:
    assert FindingKind.BUT not in kinds(text, language)
