"""A question to the client, or an apology for the message itself, plays no fault down."""

from __future__ import annotations

import pytest

from journal import checker
from journal.checker import check
from journal.coach import asked, learned, trifles
from journal.coach.lexicon import load
from journal.reports import FindingKind


def _kinds(text: str, language: str) -> set[FindingKind]:
    checker.clear_cache()
    return {finding.kind for finding in check(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry to bother you on your day off. Just one small thing: is the side door unlocked?",
         "en"),
        ("Could you send me a little more detail on the wall heights?", "en"),
        ("Ursäkta att jag stör, bara en liten sak inför fredag: ska dörren vara vit eller grå?",
         "sv"),
        ("Kan jag bara få fråga en sak: vill ni ha matt eller blank lack?", "sv"),
        ("Förlåt att jag stör, kan jag bara få ställa en fråga om färgen innan vi bestämmer?",
         "sv"),
        ("Oprostite što smetam, samo mala stvar: želite li bijela ili siva vrata?", "hr"),
        ("সরি, একটু বিরক্ত করছি — দরজাটা সাদা হবে না ধূসর?", "bn"),
        # Thai often asks with ไหม / มั้ย and no question mark.
        ("ขอคุยโทรศัพท์แป๊บเดียวได้ไหมครับ อยากถามเรื่องขนาดโต๊ะ", "th"),
        ("ขอเวลาคุยแป๊บเดียวได้มั้ยคะ จะได้ยืนยันสีกระเบื้อง", "th"),
    ],
)  # fmt: skip
def test_a_small_word_in_a_question_to_the_client_is_no_minimising(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    """ "Just one small thing: is the door unlocked?" asks politely: the small word is not
    called minimising, nor is "sorry to bother you" (Croatian "oprostite što smetam") called
    sorry for the client's feelings. Without the question read (nor whether a fault is said
    at all, nor the model's doubt), the rules would flag it."""
    assert _kinds(text, language) == set()
    monkeypatch.setattr(learned, "_doubted_left_out", lambda _, __, found, ___: found)
    monkeypatch.setattr(asked, "without_what_only_asks", lambda _, __, found, ___: found)
    monkeypatch.setattr(trifles, "where_a_fault_is_said", lambda *arguments: arguments[2])
    assert FindingKind.MINIMISING in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The small word plays the delay down, in no request's frame, whatever is asked.
        ("Sorry, the files are late. Only a day, no big deal, right?", "en"),
        ("Förlåt att jag är sen. Bara en dag, inget att oroa sig för va?", "sv"),
        ("Oprostite na kašnjenju. Samo dan, nije strašno, zar ne?", "hr"),
        ("দেরির জন্য দুঃখিত। মাত্র একদিন, এতে কী আর এমন ক্ষতি?", "bn"),
        ("ส่งช้าไปนิดเดียวเองครับ พรุ่งนี้สะดวกรับของไหมครับ", "th"),
        # The small word plays the fault down; the question asks about the fix.
        ("It's only a small scratch on the door, can I buff it out on Friday?", "en"),
        ("Det är bara ett litet stavfel, vem läser ens sidfoten?", "sv"),
        ("Samo mala ogrebotina na vratima, mogu li doći u petak da je ispoliram?", "hr"),
        ("শুধু একটা ছোট্ট দাগ, শুক্রবার এসে ঠিক করে দিই?", "bn"),
        ("พิมพ์ผิดนิดเดียวเองครับ ไม่ใช่เรื่องใหญ่อะไร ส่วนผ้าไหม ที่สั่งไว้จะถึงพรุ่งนี้", "th"),
        # "A small thing" said of the fault is no request's frame.
        ("It's only a small thing, why make such a fuss?", "en"),
        ("Det var bara en liten grej, varför bli så arg?", "sv"),
        ("To je samo mala stvar, zašto se toliko ljutite?", "hr"),
        ("ของแตกนิดเดียวเองจำเป็นต้องเปลี่ยนไหมครับ", "th"),
        # A tag asks the client to agree that it was nothing, however it is spaced.
        ("It is only a small thing, right ?", "en"),
        ("এটা তো শুধু একটা ছোট্ট দাগ, তাইনা?", "bn"),
        ("It is just a small scratch, right?", "en"),
        ("Det är bara en liten repa, eller hur?", "sv"),
        ("To je samo mala ogrebotina, zar ne?", "hr"),
        ("এটা তো শুধু একটা ছোট্ট দাগ, তাই না?", "bn"),
        ("แค่รอยขีดข่วนนิดเดียวเอง ไม่เป็นไรใช่ไหมครับ", "th"),
        # The question comes after the sentence that plays the fault down.
        ("It was only a tiny typo. Is that really a problem?", "en"),
        # "?!" exclaims; the client's quoted question is theirs.
        ("Only a tiny typo, who even reads footers?!", "en"),
        ('It was only a small slip, as you said yourself: "who reads footers?"', "en"),
    ],
)
def test_a_fault_played_down_around_a_question_is_still_minimising(
    text: str, language: str
) -> None:
    assert FindingKind.MINIMISING in _kinds(text, language)


def test_a_request_after_the_apology_that_names_the_fault_is_no_minimising() -> None:
    """An apology names the fault, and then the writer asks something else: "just one small
    thing" frames the request, not the fault."""
    text = (
        "I am sorry I sent you the old floor plan; that was my mistake, and the right one is "
        "attached. Just one small thing before Friday: is the side door code still 4411?"
    )
    assert FindingKind.MINIMISING not in _kinds(text, "en")


def test_in_a_long_draft_only_the_question_is_left_alone() -> None:
    """A long draft is read a sentence at a time: the question in it is left alone, and the
    small fault played down three sentences later is still called minimising."""
    question = "Just one small thing before Friday: is the side door unlocked?"
    played_down = "It was only a tiny typo in the footer."
    before = "Thank you for the call this morning and for the notes you sent after it. " * 3
    draft = f"{before}{question} {before}{played_down}"
    assert len(draft) > checker.WHOLE_TEXT_LIMIT
    checker.clear_cache()
    marked = [
        draft[finding.start : finding.end]
        for finding in check(draft, "en")
        if finding.kind is FindingKind.MINIMISING
    ]
    assert marked == ["only", "tiny"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry to be a pain, but could you send over the floor plan when you get a minute?",
         "en"),
        ("Förlåt att jag tjatar, men har du hunnit titta på offerten?", "sv"),
        ("Oprostite što opet pitam, ali koliko vam je otprilike budžet za kuhinju?", "hr"),
        ("বারবার বিরক্ত করার জন্য দুঃখিত, কিন্তু পর্দার মাপটা কি পেয়েছেন?", "bn"),
        ("ขอโทษที่รบกวนนะคะ แต่พี่สะดวกให้เข้าไปวัดพื้นวันเสาร์ไหมคะ", "th"),
    ],
)  # fmt: skip
def test_a_but_after_sorry_to_bother_you_in_a_question_takes_nothing_back(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    """ "Sorry to bother you, but could you…?" apologises for asking, and asks: there is no
    apology for a fault for the "but" to take back. Without the question read, the rules
    would call it one."""
    assert _kinds(text, language) == set()
    monkeypatch.setattr(asked, "without_what_only_asks", lambda _, __, found, ___: found)
    assert FindingKind.BUT in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Harm said: the apology is for a fault after all.
        ("Förlåt att jag stör, men leveransen blir sen, kan vi ses på fredag i stället?", "sv"),
        # Harm said in the sentence before, across a blank line ("Sorry to be a pain, but
        # could you give me until Monday?" alone asks, and takes nothing back).
        ("I missed the deadline. Sorry to be a pain, but could you give me until Monday?", "en"),
        ("I missed the deadline\n \nSorry to be a pain, but could you give me until Monday?", "en"),
        # Another apology stands between: the "but" may take that one back.
        (
            "Sorry to bother you again, and I'm sorry I broke the vase, but wasn't it already "
            "cracked?",
            "en",
        ),
        (
            "Förlåt att jag stör, och förlåt att jag slog sönder vasen, men var den inte redan "
            "spräckt?",
            "sv",
        ),
        # Sorry for what was done to the client (a cut, noise), or for their being annoyed.
        (
            "Sorry for the interruption to your internet service yesterday, but is a short outage "
            "not better than losing data?",
            "en",
        ),
        (
            "Förlåt att jag störde er hela helgen med borrandet, men vad skulle vi annars ha "
            "gjort?",
            "sv",
        ),
        ("দুঃখিত আপনি বিরক্ত হয়েছেন, কিন্তু আমরা আর কী করতে পারতাম?", "bn"),
        # An apology for a fault, and a question that takes it back.
        ("I apologise for being late with the proofs, but is that really such a problem?", "en"),
    ],
)
def test_a_but_that_takes_an_apology_for_a_fault_back_is_still_a_but(
    text: str, language: str
) -> None:
    assert FindingKind.BUT in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language", "asks"),
    [
        ("Is the side door unlocked?", "en", True),
        ("Is the side door unlocked?? 🙂", "en", True),
        ('Could you check it ("the blue one")?', "en", True),
        ("It was nothing, right?", "en", False),
        ("It was nothing, right ??", "en", False),
        ("Who even reads footers?!", "en", False),
        ("Who even reads footers?!?", "en", False),
        ("Ska dörren vara vit eller grå?", "sv", True),
        ("Ingen fara, eller hur??", "sv", False),
        ("Želite li bijela ili siva vrata?", "hr", True),
        ("Nije strašno, zar ne ?", "hr", False),
        ("দরজাটা সাদা হবে না ধূসর?", "bn", True),
        ("এটা তো ছোট্ট দাগ, তাইনা?", "bn", False),
        ("พรุ่งนี้สะดวกไหมครับ", "th", True),
        ("ไม่เป็นไรใช่ไหมครับ??", "th", False),
        ("ส่วนผ้าไหม", "th", False),
        ("กระดาษไหม้", "th", False),
    ],
)
def test_a_question_is_told_from_a_tag_or_an_exclamation(
    text: str, language: str, asks: bool
) -> None:
    """The question cue reads the end of a sentence: a question asks, a tag asks the client
    to agree (how a fault is played down), "?!" exclaims; ผ้าไหม is silk, ไหม้ burnt."""
    assert (load(language).cues["question"].search(text) is not None) is asks


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Sorry to remind you, but the workshop opens at eight tomorrow.", "en", "but"),
        ("Ursäkta att jag påminner, men anmälan stänger på fredag.", "sv", "but"),
        (
            "Förlåt för det långa mejlet, men anmälan till mässan kräver alla uppgifter.",
            "sv",
            "but",
        ),
        (
            "Ispričavam se na dugačkom mailu, ali ovo je sve što trebate znati prije snimanja.",
            "hr",
            "but",
        ),
        ("Oprostite što vas moram podsjetiti, ali račun od ožujka još je otvoren.", "hr", "but"),
        ("ขออภัยที่อีเมลยาวไปหน่อยนะคะ ดิฉันรวบรวมรายละเอียดทั้งหมดไว้ให้แล้ว", "th", "minimising"),
        ("বড় মেইলের জন্য দুঃখিত, কিন্তু অনুদানের ফর্মে অনেকগুলো ঘর পূরণ করতে হবে।", "bn", "but"),
    ],
)
def test_an_apology_for_the_message_itself_takes_no_fault_back(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str, kind: str
) -> None:
    """Sorry for a long email, for a reminder or for writing on a Sunday is no apology for a
    fault: a "but" after it takes nothing back, and "a bit long" plays nothing down, with or
    without a question. Without that read, the rules would call it one."""
    assert _kinds(text, language) == set()
    monkeypatch.setattr(asked, "without_what_only_asks", lambda _, __, found, ___: found)
    assert FindingKind(kind) in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A fault said beside it: the small word plays it down, the "but" takes it back.
        ("Sorry to bother you, it is just a tiny scratch on the table I made, can you live with"
         " it?", "minimising"),
        ("Sorry to bother you on a Sunday, it is just a tiny leak in the tap I fitted.",
         "minimising"),
        ("Sorry for the long email, but the brief kept changing, so the draft is late.", "but"),
    ],
)  # fmt: skip
def test_an_apology_for_the_message_beside_a_fault_keeps_its_findings(text: str, kind: str) -> None:
    assert FindingKind(kind) in _kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # A fault apology before it: the apology for the email does not cover it.
        ("Förlåt för missen och för det långa mejlet, men det gäller bara en sida.", "sv", "but"),
        # A small word past the "but", on the fault itself.
        ("Sorry for the long email, but it was only twenty minutes and the ceremony hadn't"
         " started.", "en", "minimising"),
        ("Oprostite na dugačkoj poruci, ali natpis je samo dva centimetra uži od skice.", "hr",
         "minimising"),
        # The fault said two sentences before.
        ("The logo will be late, I'm afraid. The printer is booked for Friday. Sorry for the"
         " long email, but it's just a day or two.", "en", "minimising"),
        # What the writer did, told after the "but".
        ("Förlåt att jag skriver på helgen, men hyllan jag satte upp lutar bara en liten aning.",
         "sv", "but"),
        ("Sorry to remind you, but I only got half the invitations printed.", "en", "but"),
        # What happened, told after the "but": the news a fault is in.
        ("Sorry to email so late, but the cake collapsed in the van on the way to the venue.",
         "en", "but"),
        ("Förlåt för det långa mejlet, men tårtan rasade i bilen på väg till lokalen.", "sv",
         "but"),
        ("oprostite na dugackoj poruci ali torta se srusila u kombiju", "hr", "but"),
        ("ขอโทษที่อีเมลยาวนะครับ แต่เค้กล้มในรถระหว่างทางไปงานครับ", "th", "but"),
        ("লম্বা মেসেজের জন্য দুঃখিত, কিন্তু কেকটা গাড়িতে পড়ে গেছে।", "bn", "but"),
        # A "sorry to bother you" needs its question still.
        ("Förlåt att jag stör, men kakan jag bakade blev bara lite torr.", "sv", "but"),
        ("ขอโทษที่ทักดึกนะคะ แต่ชั้นวางที่ติดไปเมื่อวานมันเอนนิดหน่อยค่ะ", "th", "but"),
    ],
)  # fmt: skip
def test_an_apology_for_the_message_beside_what_went_wrong_keeps_the_finding(
    text: str, language: str, kind: str
) -> None:
    assert FindingKind(kind) in _kinds(text, language)
