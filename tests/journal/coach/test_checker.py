"""The apology coach: right on the corpus, careful with scripts, never broken by input."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journal.checker import MAX_CHECKED, check, check_call
from journal.coach import overlaps
from journal.coach.detect import detect
from journal.coach.lexicon import LANGUAGES, load
from journal.reports import DraftField, Finding, FindingKind
from tests.journal.coach.score import score

GRAPHEME = regex.compile(r"\X")


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall_on_the_labelled_corpus(language: str) -> None:
    result = score(language)
    assert result.sentences >= 60
    assert result.precision >= 0.9, result.misses
    # A floor below the precision's: the later rounds of writers (12 to 15) taught the model
    # alone, which says what no rule finds only where it is all but sure.
    assert result.recall >= 0.85, result.misses


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_of_every_corpus_sentence_is_recognised(language: str) -> None:
    """Checked in the language it detects, a sentence is read as in its own: the corpus
    scores all but the same either way."""
    detected = score(language, detect_language=True)
    given = score(language)
    assert detected.f1 >= given.f1 - 0.005 and detected.precision >= given.precision - 0.005
    assert detected.f1 >= 0.85


def _boundaries(text: str) -> set[int]:
    return {0, len(text)} | {match.start() for match in GRAPHEME.finditer(text)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ขอโทษครับ แต่ไฟล์ที่ส่งมาไม่ครบ แค่ล่าช้านิดหน่อย", "th"),
        ("আমি দুঃখিত, কিন্তু মাত্র একটু দেরি হয়েছে। একটা ভুল হয়ে গেছে।", "bn"),
    ],
)
def test_spans_in_thai_and_bengali_land_on_whole_characters(text: str, language: str) -> None:
    findings = check(text, language)
    assert len(findings) >= 3
    edges = _boundaries(text)
    assert all(f.start in edges and f.end in edges for f in findings)


def test_the_underlined_words_are_the_ones_that_hurt() -> None:
    text = "I'm sorry if you were upset, but it was just a small delay."
    marked = {(f.kind, text[f.start : f.end]) for f in check(text, "en")}
    assert marked >= {
        (FindingKind.CONDITIONAL, "if"),
        (FindingKind.BUT, "but"),
        (FindingKind.MINIMISING, "just"),
        (FindingKind.MINIMISING, "small"),
    }
    assert all(f.message and f.suggestion for f in check(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Not only did I miss the date, but I also sent the wrong file.",
        "Let me know if you have questions about the new schedule.",
        "You wrote “it was just a small delay”, and it was not.",
        "I just finished the fix; the button works again.",
        "Förlåt. Inte bara missade jag datumet, utan jag skickade också fel fil.",
        "แต่ละหน้าผมตรวจแล้วครับ ถ้าสะดวกผมโทรหาพรุ่งนี้ได้ไหมครับ",
        "প্রশ্ন থাকলে আমাকে জানাবেন। দুঃখিত, আমি দেরিতে পাঠিয়েছি।",
    ],
)
def test_innocent_uses_of_the_trigger_words_are_left_alone(text: str) -> None:
    assert check(text) == []


def test_the_summary_must_be_two_short_sentences() -> None:
    two = "I launched your shop two days late. I am refunding the ads."
    assert check(two, "en", DraftField.SUMMARY) == []
    three = two + " It will not happen again."
    (too_many,) = check(three, "en", DraftField.SUMMARY)
    assert too_many.kind is FindingKind.TOO_LONG and "3 sentences" in too_many.message
    breathless = "I launched your shop late because " + "and then " * 30 + "it broke."
    assert [f.kind for f in check(breathless, "en", DraftField.SUMMARY)] == [FindingKind.TOO_LONG]
    thai = "ผมเปิดร้านของคุณช้าไปสองวันเพราะทดสอบระบบชำระเงินช้าเกินไป" * 4
    assert [f.kind for f in check(thai, "th", DraftField.SUMMARY)] == [FindingKind.TOO_LONG]


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("I missed the launch date. I will refund the ads.", {"apology"}),
        ("I'm sorry. I will refund the ads.", {"mistake"}),
        ("I'm sorry: I missed the launch date.", {"fix"}),
        ("I'm sorry: I missed the launch date, and from now on I test a week ahead.", set()),
        ("Žao mi je, propustila sam rok. Od sada ću planirati tjedan ranije.", set()),
        ("ขอโทษครับ ผมส่งงานช้ากว่าที่ตกลงไว้ ต่อไปผมจะส่งล่วงหน้าหนึ่งวัน", set()),
        ("আমি দুঃখিত, আমি সময়মতো ফাইল পাঠাতে পারিনি। এখন থেকে আগেই পাঠাব।", set()),
    ],
)
def test_the_apology_needs_sorry_the_mistake_and_the_fix(text: str, missing: set[str]) -> None:
    findings = check(text, None, DraftField.APOLOGY)
    said = {f.message for f in findings if f.kind is FindingKind.MISSING}
    assert len(said) == len(missing)
    if "apology" in missing:
        assert any("sorry" in message for message in said)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry att jag missade deadline, jag skickar filerna i kväll.", "sv"),
        ("Sorry, zaboravio sam poslati datoteke, šaljem ih večeras.", "hr"),
        ("โทษทีครับ ผมลืมส่งไฟล์ จะส่งให้คืนนี้ครับ", "th"),
        ("sorry ครับ ผมลืมส่งไฟล์ จะส่งให้คืนนี้ครับ", "th"),
        ("ขอโทดนะคะ เราลืมส่งไฟล์ จะส่งให้คืนนี้ค่ะ", "th"),
        ("sorryครับ ผมลืมส่งไฟล์ จะส่งให้คืนนี้ครับ", "th"),
        ("সরি আপু, আমি ফাইল পাঠাতে ভুলে গেছি, আজ রাতেই পাঠাব।", "bn"),
        ("Sorry আপু, আমি ফাইল পাঠাতে ভুলে গেছি, আজ রাতেই পাঠাব।", "bn"),
    ],
)
def test_the_borrowed_sorry_is_an_apology_in_every_language(text: str, language: str) -> None:
    missing_apology = load(language).messages["missing_apology"]
    said = {f.message for f in check(text, language, DraftField.APOLOGY)}
    assert missing_apology not in said


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ผมลืมส่งไฟล์ แต่อย่าโทษทีมงานเลยครับ จะส่งให้คืนนี้", "th"),  # "don't blame the team"
        ("ผมลืมส่งไฟล์ อย่าโทษทีวีเลยครับ จะส่งให้คืนนี้", "th"),  # "don't blame the TV"
        ("আমি ফাইলটা সরিয়ে রেখেছিলাম, তাই পাঠাতে ভুলে গেছি। আজ রাতেই পাঠাব।", "bn"),  # "moved"
    ],
)
def test_words_holding_sorry_are_no_apology(text: str, language: str) -> None:
    missing_apology = load(language).messages["missing_apology"]
    assert missing_apology in {f.message for f in check(text, language, DraftField.APOLOGY)}


def test_the_empathy_line_is_about_the_client() -> None:
    about_me = check("I feel terrible and I had a hard week.", "en", DraftField.EMPATHY)
    assert [f.kind for f in about_me] == [FindingKind.SELF_FOCUS]
    about_them = "You planned your spring campaign around that date."
    assert check(about_them, "en", DraftField.EMPATHY) == []


def test_the_words_for_the_call_are_checked_together_in_one_language() -> None:
    found = check_call(
        "Jag missade datumet. Jag betalar tillbaka annonserna.",
        "Förlåt om det blev fel, men jag missade datumet.",
        "Du hade planerat kampanjen kring det datumet.",
    )
    apology = {f.kind for f in found[DraftField.APOLOGY]}
    assert {FindingKind.CONDITIONAL, FindingKind.BUT} <= apology
    assert found[DraftField.EMPATHY] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I am sorry that I missed the date.", "en"),
        ("Förlåt att jag missade datumet, det var mitt fel.", "sv"),
        ("Žao mi je što sam propustila rok, to je moja greška.", "hr"),
        ("ขอโทษที่ผมส่งงานช้า", "th"),
        ("আমি দুঃখিত যে আমি দেরি করেছি।", "bn"),
        ("Sorry — ขอโทษที่ผมส่งงานช้ากว่าที่ตกลงไว้มากครับ", "th"),
        ("", "en"),
        ("12345 !!!", "en"),
        # A lowercase "i" is Swedish "in" and Croatian "and" as often as English "I".
        ("Fakturan låg kvar i min utkorg i två dagar.", "sv"),
        ("Filerna ligger i mappen sen i morse.", "sv"),
        ("Sorry, bara ett fel i sidfoten, fixar det direkt.", "sv"),
        ("Kasnim s prijevodom dva dana i za to nemam isprike.", "hr"),
        ("sorry i was slow this week, i should have told u i was behind", "en"),
        ("i sent the wrong file, my bad", "en"),
        # Nor do words English chat shares with them: "min" for minutes, "de", "ima".
        ("im only 10 min late, traffic", "en"),
        ("sorry bout de delay, dem post office slow", "en"),
        ("sry, ima need 2 more days", "en"),
    ],
)
def test_the_language_is_told_by_script_then_by_words(text: str, language: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "sorry if " * 150_000,
        "\x00\x07\x1b[31mSorry, but\x00 it was only a <b>small</b> &amp; delay\u202e",
        "Sorry, but ขอโทษครับ แต่ আমি দুঃখিত, কিন্তু 🙈 ऐसा",
        "<script>alert('sorry if')</script>",
        "\ud800 lone surrogate sorry if",
        "আমি" * 13_000,
        " " * 20_000 + "sorry if",
        "\n" * 1_000_000,
        "দুঃখিত" * 40_000,
    ],
)
def test_bad_input_gives_findings_or_none_never_an_error(text: str) -> None:
    for field in DraftField:
        for finding in check(text, None, field):
            assert 0 <= finding.start <= finding.end <= min(len(text), MAX_CHECKED)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, *LANGUAGES]), st.sampled_from(DraftField))
def test_any_text_in_any_language_gives_valid_spans(
    text: str, language: str | None, field: DraftField
) -> None:
    for finding in check(text, language, field):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.message


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "fewest", "precision", "recall"),
    [
        ("heldout", 90, 0.85, 0.5),
        ("heldout2", 80, 0.8, 0.55),
        ("heldout3", 40, 0.75, 0.5),
        ("heldout4", 40, 0.7, 0.4),
        ("heldout5", 40, 0.7, 0.4),
        ("heldout6", 40, 0.7, 0.4),
        ("heldout7", 330, 0.7, 0.6),
        ("heldout8", 180, 0.8, 0.5),
        ("heldout9", 160, 0.5, 0.7),
        ("heldout11", 300, 0.7, 0.6),
    ],
)
def test_the_held_out_sentences_are_still_mostly_right(
    language: str, name: str, fewest: int, precision: float, recall: float
) -> None:
    """Written after the rules were tuned, by someone who never saw them: a floor, not a goal."""
    result = score(language, name=name)
    assert result.sentences >= fewest
    # Floors under what the rules reach on text nobody tuned them on (python -m
    # tests.journal.coach.score), far from the goal: a rule change that loses ground fails.
    assert result.precision >= precision and result.recall >= recall


@pytest.mark.parametrize(
    ("name", "precision", "recall"), [("latin", 0.95, 0.9), ("heldout10", 0.85, 0.45)]
)
def test_bengali_in_latin_letters_is_still_mostly_right(
    name: str, precision: float, recall: float
) -> None:
    """`latin` is what its rules were written on, `heldout10` two writers held out from them:
    floors under what the rules reach, told the language or guessing it alike."""
    for guessed in (False, True):
        result = score("bn", detect_language=guessed, name=name)
        assert result.sentences >= 80
        assert result.precision >= precision and result.recall >= recall


@pytest.mark.parametrize(
    ("text", "language", "flagged"),
    [
        ("Förlåt om du blev besviken, men det var bara en liten miss.", "sv", "om"),
        ("Žao mi je ako ste ljuti, ali to je samo malo kašnjenje.", "hr", "ako"),
    ],
)
def test_accents_typed_as_separate_marks_are_read_the_same(
    text: str, language: str, flagged: str
) -> None:

    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    composed_kinds = {f.kind for f in check(text, language)}
    findings = check(decomposed, language)
    assert {f.kind for f in findings} == composed_kinds
    edges = _boundaries(decomposed)
    assert all(f.start in edges and f.end in edges for f in findings)
    conditional = [f for f in findings if f.kind is FindingKind.CONDITIONAL]
    assert decomposed[conditional[0].start : conditional[0].end] == flagged


def test_rules_matching_overlapping_words_name_the_fault_once() -> None:
    text = "I'm sorry. The hosting company caused it, not me."
    blames = [f for f in check(text, "en", DraftField.APOLOGY) if f.kind.value == "blame"]
    assert [text[f.start : f.end] for f in blames] == ["The hosting company caused"]


_WORD_KINDS = [FindingKind(kind) for kind in ("blame", "excuse", "passive", "but", "minimising")]


def _one_per_span_weighing_every_pair(findings: list[Finding]) -> list[Finding]:
    """The rule as first written: each finding weighed against every one kept before it."""
    kept: list[Finding] = []
    later = (FindingKind.EXCUSE, FindingKind.PASSIVE)
    order = sorted(findings, key=lambda f: (later.index(f.kind) + 1 if f.kind in later else 0,
                                            f.start - f.end, f.start))  # fmt: skip
    for finding in order:
        same = overlaps.SAME_FAULT.get(finding.kind, (finding.kind,))
        if not any(
            other.kind in same and other.start < finding.end and finding.start < other.end
            for other in kept
        ):
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORD_KINDS), st.integers(0, 60), st.integers(0, 12)),
        max_size=14,
    )
)
@example([(FindingKind.EXCUSE, 2, 0), (FindingKind.BLAME, 2, 0)])  # empty, at one place
def test_a_draft_s_findings_name_each_fault_once_as_when_every_pair_was_weighed(
    drawn: list[tuple[FindingKind, int, int]],
) -> None:
    """Weighing each finding only against those overlapping it is what keeps a keystroke
    in a long draft quick; which finding stands must not change for it."""
    findings = [Finding(kind, start, start + size, kind.value) for kind, start, size in drawn]
    assert overlaps.one_per_span(findings) == _one_per_span_weighing_every_pair(findings)


def test_a_follow_up_message_needs_the_apology_s_three_parts() -> None:
    missing = {f.message for f in check("Thanks for the call today.", "en", DraftField.FOLLOW_UP)}
    complete = "I'm sorry I sent the wrong file. I have fixed the export script."
    assert len(missing) == 3
    assert not [f for f in check(complete, "en", DraftField.FOLLOW_UP) if f.kind.value == "missing"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You said it was 'just a small fix', so I rushed it; I'm sorry, that was my call.", "en"),
        (
            'Du skrev „bara en liten ändring" och jag tog lätt på det. Förlåt, det var mitt fel.',
            "sv",
        ),
        ('You wrote "sorry, but we need it Friday" and I missed it. I am sorry.', "en"),
        ("You wrote ‘sorry if it’s late, but we need it’ and I missed it. I am sorry.", "en"),
        ("You wrote 'sorry if it's late, but we need it' and I missed it. I am sorry.", "en"),
        ("Du skrev »det var bara ett litet fel» och jag tog lätt på det. Förlåt mig.", "sv"),
        ("Du skrev ”det var bara ett litet fel” och jag tog lätt på det. Förlåt mig.", "sv"),
        ("Du skrev ’det var bara ett litet fel’ och jag tog lätt på det. Förlåt mig.", "sv"),
        ("Napisali ste »samo mala izmjena« i ja sam to olako shvatio. Oprostite.", "hr"),
        ("Napisali ste „samo mala izmjena“ i ja sam to olako shvatio. Oprostite.", "hr"),
        ("คุณเขียนมาว่า “แค่แก้นิดเดียว” ผมเลยทำแบบรีบ ๆ ขอโทษครับ เป็นความผิดของผมเอง", "th"),
        ("আপনি লিখেছিলেন ‘শুধু একটা ছোট পরিবর্তন’, তাই আমি হালকাভাবে নিয়েছিলাম। দুঃখিত।", "bn"),
    ],
)
def test_the_client_s_quoted_words_are_not_the_writer_s(text: str, language: str) -> None:
    assert check(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Sorry if the clients' files were late, it's on me.", "en", "conditional"),
        ("Sorry if the clients’ files were late, it’s on me.", "en", "conditional"),
        ("I’m sorry, but it’s the client’s team’s fault.", "en", "but"),
        ("I’m sorry ’bout the delay, but the server was down all night.", "en", "but"),
        (
            "Sorry, I’ll fix ’em tonight, but it was only a small typo, the printers’ fault.",
            "en",
            "minimising",
        ),
        ("Sorry the site went down in the ’24 sale, but it was just a tiny glitch.", "en", "but"),
        (
            "Förlåt om det blev fel i Annas’ och Jens’ filer, det är mitt ansvar.",
            "sv",
            "conditional",
        ),
    ],
)
def test_apostrophes_are_not_taken_for_quotes(text: str, language: str, kind: str) -> None:
    assert kind in {finding.kind.value for finding in check(text, language)}


@pytest.mark.parametrize(
    ("faulty", "owned", "language"),
    [
        (
            "Your developer never tested the checkout.",
            "Your developer never tested the checkout, but I should have checked it, so "
            "that's on me.",
            "en",
        ),
        (
            "The server crashed overnight, so the files were late.",
            "The server crashed overnight, but that's no excuse: I should have had a backup.",
            "en",
        ),
        (
            "Naš kurir je izgubio paket.",
            "Naš kurir je izgubio paket, ali kurira sam odabrao ja, pa je odgovornost moja.",
            "hr",
        ),
        # The mistake said as mine after it, and "that is on my conscience".
        (
            "Kurir je paket odnio na krivu adresu.",
            "Kurir je paket odnio na krivu adresu, ali ja sam mu dala staru adresu, tako da je"
            " greška moja.",
            "hr",
        ),
        (
            "Majstor je postavio krivu pločicu.",
            "Majstor je postavio krivu pločicu, ali ja sam potpisao nacrt bez provjere, to ide na"
            " moju dušu.",
            "hr",
        ),
    ],
)
def test_owning_the_cause_in_the_same_sentence_is_not_blame_or_an_excuse(
    faulty: str, owned: str, language: str
) -> None:
    deflecting = (FindingKind.BLAME, FindingKind.EXCUSE)
    assert [f.kind for f in check(faulty, language)] in ([kind] for kind in deflecting)
    assert check(owned, language) == []
    # Owning one fault says nothing about the next sentence's.
    shift = len(owned) + 1
    assert [
        (f.kind, f.start - shift, f.end - shift) for f in check(f"{owned} {faulty}", language)
    ] == [(f.kind, f.start, f.end) for f in check(faulty, language)]


@pytest.mark.parametrize(
    "owned",
    [
        # "I should have saved a backup", "I shouldn't have waited", "my own fault".
        "ฮาร์ดดิสก์พังกลางคันตอนก๊อปไฟล์งาน แต่ผมควรเซฟสำรองไว้ก่อนครับ",
        "ฮาร์ดดิสก์พังกลางคันตอนก๊อปไฟล์งาน แต่ผมไม่ควรรอจนคืนสุดท้ายครับ",
        "ฮาร์ดดิสก์พังกลางคันตอนก๊อปไฟล์งาน เป็นความผิดผมเองครับ",
    ],
)
def test_a_thai_writer_owning_the_tools_failure_makes_no_excuse(owned: str) -> None:
    assert [f.kind for f in check("ฮาร์ดดิสก์พังกลางคันตอนก๊อปไฟล์งานครับ", "th")] == [FindingKind.EXCUSE]
    assert check(owned, "th") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It's not on me, your developer never tested the checkout.", "en"),
        ("That's on me, but your developer never tested the checkout.", "en"),
        ('Your developer never tested the checkout; your PM told me "that\'s on me".', "en"),
        ("Kurir je paket odnio na krivu adresu, nije greška moja.", "hr"),
        ("Majstor je postavio krivu pločicu, i to ne ide na moju dušu.", "hr"),
        # Two Thai clauses away, owning the print shop's fault says nothing of the team's.
        (
            "เรื่องโรงพิมพ์เป็นความผิดของผมเองครับ ขอบคุณที่รอครับ ทีมของคุณส่งต้นฉบับมาหลังกำหนดสามวัน",
            "th",
        ),
    ],
)
def test_denied_taken_back_quoted_or_distant_owning_leaves_the_blame(
    text: str, language: str
) -> None:
    assert [f.kind for f in check(text, language)] == [FindingKind.BLAME]


def test_wasnt_my_fault_denies_owning_the_cause() -> None:
    # The "n't" ends a word ("wasn't"), and still negates the "my" after it.
    text = "Sorry, the printers used the wrong paper for the whole run and it wasn't my fault."
    assert FindingKind.BLAME in {f.kind for f in check(text, "en")}


def test_an_arrow_in_a_menu_path_is_no_quote() -> None:
    text = "Välj Arkiv » Exportera. Servern låg nere hela natten, så det blev sent. Fil » Spara."
    assert [f.kind for f in check(text, "sv")] == [FindingKind.EXCUSE]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry, the files were sent late because of the storm.", "en"),
        ("Apologies, the prints were late due to last night's snowstorm.", "en"),
        ("Förlåt, filerna kom sent på grund av stormen.", "sv"),
        ("Oprostite, datoteke su kasnile zbog oluje.", "hr"),
        ("ขอโทษครับ ไฟล์ส่งช้าเพราะพายุ", "th"),
        ("দুঃখিত, ঝড়ের জন্য ফাইল পাঠাতে দেরি হলো।", "bn"),
    ],
)
def test_the_weather_put_forward_as_the_cause_is_an_excuse(text: str, language: str) -> None:
    assert FindingKind.EXCUSE in {f.kind for f in check(text, language)}
