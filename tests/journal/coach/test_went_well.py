"""A circumstance told beside news that all went well is no excuse; with an apology it still is."""

from __future__ import annotations

import pytest

from journal import checker
from journal.checker import check
from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My phone died on Friday. Thankfully nothing was lost, it's all in the cloud.", "en"),
        (
            "Bilen gick sönder på vägen hem, men som tur var hade jag redan lämnat burkarna"
            " i butiken.",
            "sv",
        ),
        ("Min laptop dog i fredags, men allt ligger i molnet så inget har försvunnit.", "sv"),
        ("Auto mi se pokvario na putu, ali srećom su staklenke već bile u trgovini.", "hr"),
        ("Nestalo je struje usred snimanja, ali na sreću je sve bilo spremljeno.", "hr"),
        ("คอมพังไปเมื่อวันศุกร์ครับ แต่ไฟล์ทุกอย่างอยู่บนคลาวด์ครบ ไม่มีอะไรเสียหาย", "th"),
        ("শুক্রবার আমার ল্যাপটপটা নষ্ট হয়ে গেছে, তবে সবকিছু ক্লাউডে নিরাপদ আছে, কিছুই হারায়নি।", "bn"),
    ],
)
def test_a_mishap_that_harmed_nothing_is_news_not_an_excuse(text: str, language: str) -> None:
    assert kinds(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The harm is said: the good news is beside it, not instead of it.
        (
            "The courier lost the parcel, so your order will be a week late."
            " Luckily we have another in stock.",
            "en",
        ),
        (
            "Kurir je izgubio paket pa će narudžba kasniti tjedan dana."
            " Srećom imamo još jedan na skladištu.",
            "hr",
        ),
        (
            "Servern låg nere hela helgen, så sajten blev försenad."
            " Som tur var märkte ingen kund något.",
            "sv",
        ),
        # Good news denied, hoped for, or only a sign-off; "unfortunately" is no "luckily".
        ("My phone died on Friday, so I lost a day. Not everything was saved.", "en"),
        ("My phone died on Friday, so I lost a day. I hope nothing was lost.", "en"),
        ("Dobavljač je zakasnio s pločicama. Ipak nećemo stići na vrijeme.", "hr"),
        ("ขนส่งทำของหาย งานเลยเสร็จไม่ทันกำหนดครับ โชคดีนะครับ", "th"),
        ("কুরিয়ার পার্সেলটা হারিয়ে ফেলেছে, দুর্ভাগ্যক্রমে সব নিরাপদ ছিল না।", "bn"),
    ],
)
def test_good_news_beside_harm_or_denied_clears_nothing(text: str, language: str) -> None:
    assert kinds(text, language) & {FindingKind.BLAME, FindingKind.EXCUSE}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sorry, my phone died on Friday, so the photos are late. Thankfully nothing was lost.",
            "en",
        ),
        (
            "Förlåt, min laptop dog i fredags, så filerna blev sena."
            " Som tur var har inget försvunnit.",
            "sv",
        ),
        (
            "Oprostite, laptop mi je crknuo u petak pa su fotke kasnile."
            " Srećom se ništa nije izgubilo.",
            "hr",
        ),
        ("ขอโทษครับ คอมพังไปเมื่อวันศุกร์เลยส่งงานช้า แต่ไฟล์ทุกอย่างอยู่บนคลาวด์ครบ ไม่มีอะไรเสียหาย", "th"),
        ("দুঃখিত, শুক্রবার আমার ল্যাপটপটা নষ্ট হয়ে গেছে, তাই ফাইলগুলো দেরিতে যাচ্ছে, তবে কিছুই হারায়নি।", "bn"),
        # The client's words, quoted, say nothing of how it went.
        (
            'My phone died on Friday. You wrote "thankfully nothing was lost",'
            " but the photos are late.",
            "en",
        ),
    ],
)
def test_with_an_apology_or_only_quoted_good_news_the_excuse_stays(
    text: str, language: str
) -> None:
    assert FindingKind.EXCUSE in kinds(text, language)


_FILLER = " The quote covers the tiles, the adhesive and two days of work on the bathroom floor."


def test_the_good_news_counts_in_the_sentence_after_the_mishap_not_before_or_further() -> None:
    mishap = "My phone died on Friday, so I lost a day."
    news = " Thankfully nothing was lost, it is all in the cloud."
    assert FindingKind.EXCUSE not in kinds(mishap + news, "en")
    assert FindingKind.EXCUSE not in kinds(mishap + "\n \n" + news.strip(), "en")  # a blank line
    assert FindingKind.EXCUSE not in kinds(mishap + news + _FILLER * 4, "en")  # a long draft
    assert FindingKind.EXCUSE in kinds(news.strip() + " " + mishap, "en")
    assert FindingKind.EXCUSE in kinds(mishap + _FILLER + news, "en")
    assert len(mishap + news + _FILLER * 4) > checker.WHOLE_TEXT_LIMIT


@pytest.mark.parametrize(
    ("good_news", "bad_news", "language"),
    [
        (
            "Your accountant sent the figures this morning, so I can start on the return today.",
            "Your accountant sent the figures late, so I could only start on the return today.",
            "en",
        ),
        (
            "Dobavljač je poslao pločice, pa možemo početi u ponedjeljak.",
            "Dobavljač je kasno poslao pločice, pa možemo početi tek u ponedjeljak.",
            "hr",
        ),
        # What it let the work itself do, or the writer do then.
        (
            "Vaktmästaren hade redan satt fram stolarna, så konserten kunde börja i tid.",
            "Vaktmästaren glömde sätta fram stolarna, så konserten kunde inte börja i tid.",
            "sv",
        ),
        (
            "Tryckeriet gav mig mängdrabatt, så jag kunde sänka priset på affischerna.",
            "Leverantören skickade fel kakel, så vi kunde inte börja i måndags.",
            "sv",
        ),
        # "Pa ne moram" spares the writer a trip; "pa ne mogu" is what the blame cost.
        (
            "Vaš arhitekt poslao mi je točne mjere, pa ne moram ponovno dolaziti.",
            "Vaš tim je promijenio dizajn u zadnji čas, pa ne mogu završiti do petka.",
            "hr",
        ),
        (
            "Tiskara mi je dala popust, pa plakate možete dobiti jeftinije.",
            "Tiskara je izgubila moje datoteke, pa plakate ne možete dobiti do petka.",
            "hr",
        ),
    ],
)
def test_someone_elses_act_that_lets_the_work_go_on_is_no_blame(
    good_news: str, bad_news: str, language: str
) -> None:
    assert FindingKind.BLAME not in kinds(good_news, language)
    assert FindingKind.BLAME in kinds(bad_news, language)


def test_harm_said_of_another_mishap_leaves_the_first_one_news() -> None:
    text = (
        "My laptop died on Friday, but luckily everything is in the cloud."
        " The van broke down on the way to the fair, so your jars will be two days late."
    )
    excuses = [text[f.start : f.end] for f in check(text, "en") if f.kind is FindingKind.EXCUSE]
    assert excuses == ["The van broke down on the way to the fair"]


def test_an_apology_just_before_the_mishap_keeps_it_an_excuse() -> None:
    text = "Sorry for the wait. My laptop died, but luckily everything was saved."
    assert FindingKind.EXCUSE in kinds(text, "en")
    assert FindingKind.EXCUSE not in kinds(text.removeprefix("Sorry for the wait. "), "en")


@pytest.mark.parametrize(
    ("news", "mishap_alone", "language"),
    [
        (
            "The train strike hit on Tuesday, so I drove down the night before, and the survey"
            " report goes out on Friday as agreed.",
            "The train strike hit on Tuesday, so I drove down the night before, and the survey"
            " report goes out on Friday.",
            "en",
        ),
        (
            "Our internet was down all morning, so I finished the edit at the library, still a"
            " day ahead of the deadline.",
            "Our internet was down all morning, so I finished the edit at the library.",
            "en",
        ),
        # A word that ends like a negation ("went", "sent") denies nothing.
        (
            "My laptop died on Tuesday, so I borrowed one and the edit went out as originally"
            " planned.",
            "My laptop died on Tuesday, so I borrowed one and the edit went out.",
            "en",
        ),
        (
            "Jag hade feber hela helgen, men översättningen levereras på torsdag som planerat.",
            "Jag hade feber hela helgen, men översättningen levereras på torsdag.",
            "sv",
        ),
        (
            "Bio sam prehlađen cijeli tjedan, ali fasadu završavamo u petak kako smo dogovorili.",
            "Bio sam prehlađen cijeli tjedan, ali fasadu završavamo u petak.",
            "hr",
        ),
        (
            "เมื่อวานไฟดับทั้งวันครับ ผมเลยย้ายไปทำที่ร้านกาแฟ งานเสร็จตามกำหนดเดิมครับ",
            "เมื่อวานไฟดับทั้งวันครับ ผมเลยย้ายไปทำที่ร้านกาแฟ",
            "th",
        ),
        (
            "গত সপ্তাহে জ্বর ছিল, এখন ভালো আছি; কাল বিকেলে লোগোর ফাইলগুলো পাঠাচ্ছি, যেমন কথা ছিল।",
            "গত সপ্তাহে জ্বর ছিল, এখন ভালো আছি; কাল বিকেলে লোগোর ফাইলগুলো পাঠাচ্ছি।",
            "bn",
        ),
    ],
)
def test_a_mishap_beside_work_going_ahead_as_agreed_is_news_not_an_excuse(
    news: str, mishap_alone: str, language: str
) -> None:
    """A cold or a power cut told beside work that goes on as planned, as promised or ahead of
    the deadline is news; told alone, with the work's date, it reads as an excuse."""
    assert kinds(news, language) == set()
    assert FindingKind.EXCUSE in kinds(mishap_alone, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The rail strike hit on Tuesday, so the survey couldn't go ahead as planned.", "en"),
        ("The storm knocked the power out, so the files won't go out as promised.", "en"),
        ("Stormen slog ut strömmen, så besiktningen kunde inte göras som planerat.", "sv"),
        ("Zbog kiše fasada nije gotova kako smo dogovorili.", "hr"),
        ("ฝนตกทั้งอาทิตย์ สีเลยไม่แห้ง ส่งงานไม่ได้ตามกำหนดครับ", "th"),
        ("হরতালের কারণে কথামতো বৃহস্পতিবার মালগুলো পৌঁছানো গেল না।", "bn"),
        # "The day before the deadline" says when, not that all is on time.
        ("Printer mi je crknuo dan prije roka, pa sam nacrte poslao tek jutros.", "hr"),
        # With an apology, it is an excuse for what went wrong, whatever goes on as agreed.
        (
            "Sorry, the train strike hit on Tuesday, so I drove down and the report goes out on"
            " Friday as agreed.",
            "en",
        ),
    ],
)
def test_work_that_did_not_go_as_agreed_clears_nothing(text: str, language: str) -> None:
    assert FindingKind.EXCUSE in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # What was supposed to go as agreed and did not.
        (
            "The frames were supposed to arrive on Monday as agreed, but your framer sent them"
            " to York instead.",
            "en",
        ),
        # "As discussed" opens the sentence; nothing went ahead.
        ("As discussed on the phone, your printer ran the cover on the wrong paper stock.", "en"),
        (
            "Your team pushed the broken build to the shop again on Friday night, right on"
            " schedule.",
            "en",
        ),
        ("The storm knocked the power out, so we couldnt finish the mural as promised.", "en"),
        ("Er tryckare körde omslaget på fel papper, inte det matta som avtalat.", "sv"),
        (
            "Vaša tiskara je otisnula naslovnicu na krivom papiru, a ne na mat papiru kako smo"
            " dogovorili.",
            "hr",
        ),
        ("ฝนตกทั้งอาทิตย์ สีเลยไม่แห้ง ส่งงานตามกำหนดไม่ได้ครับ", "th"),  # the negation after it
        ("আপনার প্রিন্টার ভুল কাগজে কভার ছেপেছে, তাই কাজটা কথামতো নয়।", "bn"),
    ],
)
def test_as_agreed_said_of_what_went_wrong_clears_nothing(text: str, language: str) -> None:
    assert kinds(text, language) & {FindingKind.BLAME, FindingKind.EXCUSE}


@pytest.mark.parametrize(
    ("precaution", "failure", "language"),
    [
        (
            "The ferry's cancelled on Saturday, so I'll drive round by the bridge and still be"
            " there for the ceremony.",
            "The ferry was cancelled on Saturday, so I couldn't get to the ceremony.",
            "en",
        ),
        (
            "The venue's wifi is patchy, so I'll upload the slides in advance.",
            "The venue's wifi was patchy, so the slides never uploaded.",
            "en",
        ),
        (
            "Det är vägarbete på bron, så jag åker en timme tidigare för att hinna ställa i"
            " ordning.",
            "Det var vägarbete på bron, så jag hann inte fram till vigseln.",
            "sv",
        ),
        (
            "Zbog gužve na granici krećem sat vremena ranije, pa ću biti kod vas u devet.",
            "Zbog gužve na granici kasnim sat vremena.",
            "hr",
        ),
        ("ช่วงนี้ฝนตกหนัก ผมเลยส่งของให้ล่วงหน้าสองวันครับ", "ช่วงนี้ฝนตกหนัก ผมเลยส่งของไม่ทันครับ", "th"),
        (
            "রাস্তায় জ্যাম থাকে, তাই এক ঘণ্টা আগেই রওনা দেব।",
            "রাস্তায় জ্যাম ছিল, তাই এক ঘণ্টা দেরিতে পৌঁছেছি।",
            "bn",
        ),
        # "আপনার" ends in the letters of "না" (not): no negation before "যেমন কথা ছিল".
        (
            "গত সপ্তাহে সর্দি ছিল, এখন ভালো আছি। শনিবার আপনার দোকানের সাইনবোর্ডটা লাগাতে আসছি, যেমন কথা ছিল।",
            "গত সপ্তাহে সর্দি ছিল, এখন ভালো আছি। শনিবার আপনার দোকানের সাইনবোর্ডটা লাগাতে আসছি।",
            "bn",
        ),
    ],
)
def test_a_circumstance_met_with_a_precaution_is_news_not_an_excuse(
    precaution: str, failure: str, language: str
) -> None:
    """A strike, roadworks or rain the writer meets by leaving earlier, sending ahead or
    uploading in advance keeps the work on course: nothing is excused. The same circumstance
    with what it made fail is an excuse."""
    assert kinds(precaution, language) == set()
    assert FindingKind.EXCUSE in kinds(failure, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Leaving early was the failure; "still" is followed by "late"; an earlier step denied.
        ("The train was cancelled, so I left the shoot early and missed the speeches.", "en"),
        ("The server was down, so I'll still be late with the files.", "en"),
        ("Zbog bolesti sam ranije otišao sa snimanja pa nema fotografija s plesa.", "hr"),
        ("Zbog blagdana nacrt vam nisam uspio poslati ranije.", "hr"),
        ("ฝนตกหนักมากเลยส่งของไม่ทันก่อนวันที่ 10", "th"),
        ("রাস্তায় জ্যাম ছিল, তাই আগেভাগে রওনা দিয়েও সময়মতো পৌঁছাতে পারিনি।", "bn"),
    ],
)
def test_an_earlier_step_that_failed_or_was_not_taken_clears_nothing(
    text: str, language: str
) -> None:
    assert FindingKind.EXCUSE in kinds(text, language)


@pytest.mark.parametrize(
    ("news", "late"),
    [
        (
            "เน็ตที่ออฟฟิศช้ามากเมื่อเช้า ผมเลยย้ายไปอัปโหลดที่ร้านกาแฟ ไฟล์ถึงคุณตามกำหนดเดิมครับ",
            "เน็ตที่ออฟฟิศช้ามากเมื่อเช้า ผมเลยส่งไฟล์ให้คุณช้าไปหนึ่งวันครับ",
        ),
        ("กาวแห้งช้าเพราะอากาศชื้น ดิฉันเลยเริ่มงานเร็วขึ้น ส่งได้ตามนัดค่ะ", "กาวแห้งช้าเพราะอากาศชื้น เลยส่งงานช้าค่ะ"),
        # An upload "ช้าไป" (late by a day) is late, slow connection or not.
        (
            "เน็ตที่ออฟฟิศช้ามากเมื่อเช้า ผมเลยย้ายไปอัปโหลดที่ร้านกาแฟ ไฟล์ถึงคุณตามกำหนดเดิมครับ",
            "ไฟดับที่สตูดิโอ เลยอัปโหลดช้าไปวันหนึ่งครับ",
        ),
    ],
)
def test_thai_slow_of_a_connection_or_glue_is_not_late(news: str, late: str) -> None:
    """ช้า is both slow and late: a slow connection beside work on schedule is news; the
    work itself late (ส่งช้า) keeps the excuse."""
    assert kinds(news, "th") == set()
    assert FindingKind.EXCUSE in kinds(late, "th")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The early step is the failure, or what was done early is lost.
        ("The printer jammed, so I've had to stop early today.", "en"),
        ("My laptop died, so I've lost everything I saved earlier.", "en"),
        ("Servern kraschade, så vi förlorade allt vi sparat tidigare.", "sv"),
        ("Zbog štrajka vlakova odlazim ranije sa svadbe, pa grupne fotografije neće biti.", "hr"),
        ("Server je pao, a sve što imam ranije spremljeno je izgubljeno.", "hr"),
        ("ไฟดับทั้งวัน งานที่เตรียมไว้ล่วงหน้าก็หายหมดเลยครับ", "th"),
        ("ฝนตกหนัก ผมเลยกลับก่อนเวลา ถ่ายรูปหมู่ได้ไม่ครบครับ", "th"),
        ("সার্ভার ডাউন ছিল, তাই আগে থেকেই রাখা ফাইলগুলোও হারিয়ে গেছে।", "bn"),
        # Part sent early, the rest later or without what was agreed.
        (
            "Elen gick i lokalen, så jag skickar höjdpunkterna i förväg och hela filmen senare.",
            "sv",
        ),
        (
            "Nestalo je struje na lokaciji, pa šaljem unaprijed najbolje trenutke, a cijeli film"
            " poslije.",
            "hr",
        ),
        ("ไฟดับที่สถานที่จัดงาน เลยจะส่งไฮไลต์ล่วงหน้า ส่วนวิดีโอเต็มส่งทีหลังครับ", "th"),
        ("ভেন্যুতে বিদ্যুৎ ছিল না, তাই হাইলাইটগুলো আগেভাগেই পাঠিয়ে রাখছি, পুরো ফিল্ম পরে।", "bn"),
        (
            "The printer broke, so we'll still deliver the banners by Friday, just without the"
            " gloss.",
            "en",
        ),
        ("ผู้ช่วยป่วย ผมเลยจะส่งส่วนที่เสร็จล่วงหน้าไปก่อน ที่เหลือเดือนหน้าครับ", "th"),
        # The early step denied or impossible, or a fault said after it.
        ("Tåget ställdes in, så jag kom inte fram tidigare än tolv.", "sv"),
        ("Strejk på fredag, så kan jag inte komma tidigare än tio.", "sv"),
        ("Zbog kvara na autu ću teško stići ranije od deset, a ceremonija počinje u devet.", "hr"),
        ("Auto mi je u kvaru, pa nisam siguran da na vrijeme stignem na ceremoniju.", "hr"),
        ("ฝนตกหนักเลยของที่ส่งล่วงหน้าเปียกหมดครับ", "th"),
        ("রাস্তায় জ্যাম, তাই আগেভাগে পৌঁছানো সম্ভব নয়।", "bn"),
        ("হরতালের কারণে রাস্তা বন্ধ, তাই আগেই পৌঁছাতে পারবোনা।", "bn"),
        (
            "The printer broke down, so I'll send the files to another shop in advance, and the"
            " colours will be slightly different from the proof.",
            "en",
        ),
        ("The venue changed the booking, so we'll still have to charge for the extra setup.", "en"),
    ],
)
def test_an_early_step_that_is_the_failure_or_was_lost_clears_nothing(
    text: str, language: str
) -> None:
    assert kinds(text, language) & {FindingKind.EXCUSE, FindingKind.PASSIVE, FindingKind.BLAME}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "Don't worry" and "you" (আপনি, which ends in the letters of the "-নি" ending) deny
        # nothing.
        ("রাস্তায় জ্যাম থাকে, তাই এক ঘণ্টা আগেই রওনা দেব, চিন্তা করবেন না।", "bn"),
        ("ช่วงนี้ฝนตกบ่อย ผมเลยจะส่งของล่วงหน้า ไม่ต้องห่วงนะครับ", "th"),
        (
            "গত সপ্তাহে সর্দি ছিল, এখন ভালো আছি। শনিবার আপনি সাইনবোর্ডটা পেয়ে যাবেন, যেমন কথা ছিল।",
            "bn",
        ),
    ],
)
def test_a_precaution_with_dont_worry_or_you_after_it_is_still_news(
    text: str, language: str
) -> None:
    assert kinds(text, language) == set()
