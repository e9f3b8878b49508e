"""Sorrow for the client's own misfortune is kindness: no non-apology, no excuse."""

from __future__ import annotations

import pytest

from journal import checker
from journal.coach import sympathy
from journal.coach.quotes import blanked
from journal.reports import DraftField, FindingKind
from tests.journal.coach.found import kinds

_READ_AS_FAULT = {FindingKind.NON_APOLOGY, FindingKind.EXCUSE}


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    checker.clear_cache()


SYMPATHY = [
    ("Sorry to hear your dad's in hospital. Take all the time you need with the proofs.", "en"),
    ("So sorry to hear about the burglary at the studio, hope everyone's okay.", "en"),
    (
        "Vad tråkigt att din semester blev inställd på grund av strejken! Säg till när du vill"
        " boka om fotograferingen.",
        "sv",
    ),
    ("Žao mi je čuti da vam je otac u bolnici, javite se kad budete mogli.", "hr"),
    (
        "Žao mi je što vam je koncert otkazan zbog nevremena, plakate čuvam do novog datuma.",
        "hr",
    ),
    ("ขอแสดงความเสียใจด้วยนะคะที่คุณพ่อเข้าโรงพยาบาล เรื่องงานไว้ค่อยคุยกันค่ะ", "th"),
    ("আপনার বাবা হাসপাতালে ভর্তি শুনে খুব খারাপ লাগল। কাজ নিয়ে ভাববেন না।", "bn"),
    ("বন্যায় আপনার অফিসে জল ঢুকেছে শুনে খুব খারাপ লাগল, নকশার কাজ পরে দেখলেও চলবে।", "bn"),
    ("So sorry to hear the regatta's off this year, I know how much planning went into it.", "en"),
    ("বন্যায় আপনার দোকানে পানি ঢুকেছে শুনে সত্যিই খারাপ লাগল, ছবির কাজ পরে করলেও চলবে।", "bn"),
    (
        "Sorry to hear the planning appeal has been such a nightmare. Happy to redraw the"
        " elevations whenever you need.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "language"), SYMPATHY)
def test_sorrow_for_the_clients_own_misfortune_is_no_fault(text: str, language: str) -> None:
    assert kinds(text, language) == set()


@pytest.mark.parametrize(("text", "language"), SYMPATHY)
def test_those_are_messages_the_rules_alone_read_as_a_fault(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sympathy, "without_sympathy_read_as_fault", lambda *arguments: arguments[2])
    assert kinds(text, language) & _READ_AS_FAULT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The client's feelings, or a misfortune the work caused, is what a non-apology regrets.
        ("Sorry to hear you feel that way about the flood of emails.", "en"),
        ("Sorry to hear you were disappointed with the photos from the hospital gala.", "en"),
        ("Sorry to hear the cake made you sick.", "en"),
        ("Tråkigt att höra att du upplevde leveransen som rörig.", "sv"),
        ("Žao mi je čuti da ste razočarani albumom.", "hr"),
        ("অনুষ্ঠানের ভিডিও নিয়ে আপনি বিরক্ত, শুনে খারাপ লাগল।", "bn"),
        # No misfortune of the client's: only the work.
        ("Sorry to hear the website crashed during your launch.", "en"),
    ],
)
def test_sorrow_for_feelings_or_for_the_work_is_still_a_non_apology(
    text: str, language: str
) -> None:
    assert FindingKind.NON_APOLOGY in kinds(text, language)


def test_the_writers_own_mistake_keeps_every_finding() -> None:
    text = "Sorry to hear you've been ill. Sorry for any inconvenience, I forgot the invoice."
    assert FindingKind.NON_APOLOGY in kinds(text, "en")


def test_in_a_long_draft_sympathy_clears_only_its_own_sentence() -> None:
    text = (
        "Sorry to hear your dad's in hospital, I hope he is home soon."
        " The framing samples arrive on Thursday, and I have booked the van for Friday."
        " Your aunt's portrait will hang in the hall, by the window, as we planned together."
        " The storm knocked the power out at the workshop on Monday, so the frames are late."
    )
    assert len(text) > checker.WHOLE_TEXT_LIMIT
    assert FindingKind.EXCUSE in kinds(text, "en")


def test_a_part_of_the_call_keeps_its_findings() -> None:
    """The empathy line is about what the writer's fault cost the client: sorrow there is the
    non-apology the coach exists to catch."""
    text = "Sorry to hear your dad's in hospital."
    assert kinds(text, "en") == set()
    assert FindingKind.NON_APOLOGY in kinds(text, "en", DraftField.EMPATHY)


def test_sympathy_only_in_the_clients_quoted_words_clears_nothing() -> None:
    text = (
        'Your note said "so sorry to hear about your flu", kind of you.'
        " The storm knocked the power out at the workshop, so the frames are late."
    )
    assert FindingKind.EXCUSE in kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The sorrow in one sentence, the writer's own misfortune as the excuse in the next.
        (
            "Sorry to hear the photos were late. I was ill all week, so there wasn't much I"
            " could do.",
            "en",
        ),
        ("Hope you're okay. My laptop was stolen on Tuesday, so the edits will be late.", "en"),
        # The misfortune is the writer's own.
        (
            "What a shame — my flight was cancelled too, so I couldn't make it to the wedding"
            " shoot.",
            "en",
        ),
        ("Usch, jag har varit sjuk hela veckan, därför är loggan inte klar.", "sv"),
        ("Baš mi je žao, cijeli tjedan imam gripu pa fotografije kasne.", "hr"),
        ("শুনলাম আপনি খোঁজ করছিলেন। আমার জ্বর ছিল, তাই ডিজাইনটা দিতে দেরি হলো।", "bn"),
        # A word of a misfortune that names the work, or harm the work caused.
        ("Sorry to hear the hospital newsletter isn't what you expected.", "en"),
        (
            "Sorry to hear you ended up in hospital after the catering we served. The supplier"
            " must have mixed something up.",
            "en",
        ),
        (
            "Tråkigt att höra att ni inte gillar brandingen. Byrån före mig lämnade ett stökigt"
            " underlag.",
            "sv",
        ),
        # The writer's own team or act; the misfortune only the topic of the work.
        (
            "Sorry to hear you've been ill, half the team has flu too so the edits will come"
            " the week after.",
            "en",
        ),
        (
            "Tråkigt att höra att du är sjuk, halva teamet har influensa också så redigeringen"
            " kommer veckan efter.",
            "sv",
        ),
        (
            "Žao mi je čuti da ste bolesni, pola ekipe ima gripu pa montaža stiže tjedan poslije.",
            "hr",
        ),
        ("Sorry to hear the funeral slideshow wasn't what the family wanted.", "en"),
        ("Sorry to hear the fire evacuation signs I designed were hard to read.", "en"),
        ("Žao mi je čuti da prezentacija za sprovod nije bila ono što je obitelj htjela.", "hr"),
        ("เสียใจด้วยที่สไลด์งานศพไม่ตรงกับที่ครอบครัวอยากได้ค่ะ", "th"),
        ("শুনে খারাপ লাগল যে দুর্ঘটনার রিপোর্টটা পড়তে কঠিন লেগেছে।", "bn"),
        # Feelings: unhappy, uneasy, not satisfied.
        ("Žao mi je čuti da niste zadovoljni plakatima za bolnicu.", "hr"),
        ("เสียใจด้วยที่คุณไม่สบายใจกับงานออกแบบโลโก้ค่ะ", "th"),
        ("শুনে খারাপ লাগল যে আপনি লোগো নিয়ে অসুখী। প্রেসের মেশিন খারাপ ছিল।", "bn"),
    ],
)
def test_sorrow_beside_the_writers_own_misfortune_or_the_work_keeps_its_findings(
    text: str, language: str
) -> None:
    assert kinds(text, language) & _READ_AS_FAULT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The writer ill too, said with "too", "i ja", -ও, a first-person verb, "เหมือนกัน".
        ("Žao mi je čuti da ste bolesni, i ja sam bolestan pa plakati stižu idući tjedan.", "hr"),
        ("আপনার বাবা হাসপাতালে শুনে খুব খারাপ লাগল, আমারও জ্বর ছিল তাই লোগোটা সোমবার পাবেন।", "bn"),
        ("শুনে খারাপ লাগল যে আপনি অসুস্থ, জ্বরে পড়েছিলাম তাই ডিজাইনটা সোমবার পাবেন।", "bn"),
        ("เสียใจด้วยนะคะที่คุณป่วย ช่วงนี้ก็ป่วยเหมือนกัน งานเลยเสร็จอาทิตย์หน้าค่ะ", "th"),
        (
            "Brzo ozdravljenje, cujem da ste bolesni, a kod nas je bila poplava u studiju pa fotke"
            " stizu tek iduci tjedan.",
            "hr",
        ),
        # Not a misfortune: "flooded with orders"; chat "ill" for "I'll"; the work broke down.
        (
            "Sorry to hear the checkout broke down on launch day. The hosting company pushed an"
            " update without telling us.",
            "en",
        ),
        ("What a shame — the shop's been flooded with orders, so yours ships on Monday.", "en"),
        ("so sorry to hear that ill send new ones over monday", "en"),
        # Swedish without å/ä/ö: "forsenade" is still late.
        ("vad synd att du ar sjuk! bilen gick sonder sa bilderna blir forsenade", "sv"),
    ],
)
def test_the_writers_own_misfortune_or_no_misfortune_keeps_its_findings(
    text: str, language: str
) -> None:
    assert kinds(text, language) & _READ_AS_FAULT


def test_an_excuse_in_a_clause_after_the_sorrow_is_kept() -> None:
    """The sorrow is for the client's mother; the stolen van, after a comma, excuses the late
    prints."""
    text = (
        "Sorry to hear the launch week has been so hectic on top of your mum being in"
        " hospital, the courier's van was stolen on Tuesday so the prints only come on"
        " Thursday."
    )
    assert FindingKind.EXCUSE in kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ขอแสดงความเสียใจด้วยนะคะที่คุณพ่อเข้าโรงพยาบาล เรื่องงานไม่ต้องห่วงค่ะ", "th"),
        ("Žao mi je čuti da ste u bolnici, ne brinite za korekture.", "hr"),
    ],
)
def test_comfort_beside_the_sorrow_is_no_reassurance_about_a_fault(
    text: str, language: str
) -> None:
    """ "Don't worry about the work" after sorrow comforts the client; the same words are how a
    fault is played down elsewhere, so they count for nothing here, and only here."""
    assert kinds(text, language) == set()


def test_comfort_beside_a_fault_keeps_it() -> None:
    text = "Sorry to hear you have been ill. Don't worry, the typo on the invoice is tiny."
    assert FindingKind.MINIMISING in kinds(text, "en")


def test_words_that_overlap_are_blanked_once_and_every_place_kept() -> None:
    """The sorrow and the misfortune may overlap; the text read for faults keeps its length,
    so a finding's place still points at its words."""
    assert blanked("sorry to hear the flood", [(0, 13), (9, 17), (18, 23)]) == " " * 23
    assert blanked("abcdef", [(0, 3), (2, 5)]) == "     f"
