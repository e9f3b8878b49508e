"""Another person's work told as news puts no fault on them: a cause only the model reads is
said where something is said to have gone wrong, or where the model is as sure of it as of
anything it alone finds."""

from __future__ import annotations

import pytest

from journal.reports import DraftField, FindingKind
from tests.journal.coach.found import kinds

NEWS = [
    (
        "Your designer sent the final logo files on Tuesday, so the signs go to the printer today.",
        "en",
    ),
    ("Er ekonomiavdelning skickade underlagen i morse, så jag börjar med bokslutet i dag.", "sv"),
    ("Vaš računovođa jučer je vratio potpisane obrasce, pa prijavu predajem u ponedjeljak.", "hr"),
    ("ฝ่ายบัญชีของคุณส่งเอกสารมาให้เมื่อเช้าแล้วครับ วันนี้ผมเริ่มทำงบได้เลย", "th"),
    ("আপনার অফিস ম্যানেজার কাল রাতে ঢোকার কোডগুলো পাঠিয়েছেন, তাই সকাল আটটায় সাইটে থাকব।", "bn"),
]

# The same people's work late or never done: harm said, or a failure said as something not done.
GONE_WRONG = [
    ("Your designer sent the final logo files a week late, so the signs are late too.", "en"),
    ("Your office never sent the floor plans, so I couldn't start the drawings.", "en"),
    (
        "Er ekonomiavdelning skickade aldrig underlagen, så jag kunde inte börja med bokslutet.",
        "sv",
    ),
    ("Vaša tajnica mi nije poslala tlocrte, pa nisam mogao početi s nacrtima.", "hr"),
    ("Vaš marketinški tim poslao je brief dva tjedna kasno, pa skice kasne.", "hr"),
    ("ฝ่ายบัญชีของคุณไม่ได้ส่งเอกสารมา ผมเลยเริ่มทำงบไม่ได้ครับ", "th"),
    ("আপনার হিসাবরক্ষক কাগজগুলো পাঠাননি, তাই কাজ শুরু করতে পারিনি।", "bn"),
    ("আপনার মার্কেটিং টিম ব্রিফটা দুই সপ্তাহ দেরিতে পাঠিয়েছে, তাই কনসেপ্টগুলো পিছিয়ে গেছে।", "bn"),
]


@pytest.mark.parametrize(("text", "language"), NEWS)
def test_another_persons_work_told_as_news_is_no_fault(text: str, language: str) -> None:
    assert kinds(text, language) == set()


@pytest.mark.parametrize(("text", "language"), GONE_WRONG)
def test_the_same_work_gone_wrong_keeps_the_blame(text: str, language: str) -> None:
    assert FindingKind.BLAME in kinds(text, language)


# Said in no word of harm, this blame is the model's alone (the guard left the gate open):
# checked on its own it needs the model's full threshold, in a part of the call it does not.
GATE_LEFT_OPEN = ("নিরাপত্তার দায়িত্ব ছিল বিল্ডিংয়ের দারোয়ানের, উনি গেট খোলা রেখে চলে গিয়েছিলেন।", "bn")


@pytest.mark.parametrize("field", [DraftField.SUMMARY, DraftField.APOLOGY])
@pytest.mark.parametrize(("text", "language"), [NEWS[0], NEWS[1], GATE_LEFT_OPEN])
def test_in_a_part_of_the_call_the_same_words_are_about_the_fault(
    text: str, language: str, field: DraftField
) -> None:
    """What happened, or the apology, is about the fault by its nature: the client's
    designer named there is where the fault is put."""
    assert FindingKind.BLAME in kinds(text, language, field)
