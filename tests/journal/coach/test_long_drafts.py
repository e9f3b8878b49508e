"""Long drafts, read a sentence at a time through a cache, find what they find read whole."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pytest

from journal.checker import check
from journal.coach import overlaps
from journal.coach.lexicon import LANGUAGES, Lexicon, load
from journal.reports import DraftField, Finding, FindingKind
from tests.journal.coach.score import SETS, corpus


def test_a_short_apology_at_the_end_of_a_long_draft_is_read_with_the_sentence_before() -> None:
    """A bare "Sorry for the trouble." is about the sentence before it: in a long draft, read a
    sentence at a time, it is read with all of that sentence, as in a short one read whole."""
    tail = (
        "The DNS record was changed on Tuesday evening, causing the site to go offline for two "
        "hours. Sorry for the trouble."
    )
    before = " ".join(["We shipped the catalogue on time and the printer was happy."] * 5) + " "
    alone = [(f.kind, tail[f.start : f.end]) for f in check(tail, "en")]
    draft = before + tail
    at_the_end = [
        (f.kind, draft[f.start : f.end]) for f in check(draft, "en") if f.start >= len(before)
    ]
    assert alone == at_the_end == [(FindingKind.PASSIVE, "was changed")]


@pytest.mark.parametrize(
    ("tail", "before", "language"),
    [
        (
            "Jugo je puhalo cijelu noć. Zato su fotke s plaže ispale tamne.",
            "Hvala na jučerašnjem razgovoru i na bilješkama koje ste brzo poslali. ",
            "hr",
        ),
        (
            "Det har stormat hela helgen här på Öland. Förlåt att leveransen dröjer.",
            "Tack för samtalet i morse och för att du skickade anteckningarna så snabbt. ",
            "sv",
        ),
    ],
)
def test_a_cause_that_looks_ahead_to_the_next_sentence_is_found_in_a_long_draft(
    tail: str, before: str, language: str
) -> None:
    """A cause whose consequence or apology is the next sentence's is found at the end of a
    long draft, read a sentence at a time, as in the two sentences read whole."""
    draft = before * 5 + tail
    alone = [(f.kind, tail[f.start : f.end]) for f in check(tail, language)]
    at_the_end = [
        (f.kind, draft[f.start : f.end])
        for f in check(draft, language)
        if f.start >= len(draft) - len(tail)
    ]
    assert alone == at_the_end
    assert [kind for kind, _ in alone] == [FindingKind.EXCUSE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_checking_a_long_draft_a_sentence_at_a_time_finds_the_same(language: str) -> None:
    from journal import checker

    text = " ".join(str(entry["text"]) for entry in corpus(language)[:40])
    lexicon = load(language)
    read_whole = overlaps.one_per_span(checker._word_findings(text, lexicon, DraftField.ANY))
    whole = {(f.kind, f.start) for f in read_whole}

    def by_sentence(draft: str) -> set[tuple[FindingKind, int]]:
        """The rules' findings read a sentence at a time, as check() reads a long draft."""
        pieces = checker._clauses(draft, checker._sentences(draft, lexicon))
        found = checker._word_findings_cached(draft, lexicon, DraftField.ANY, pieces)
        return {(f.kind, f.start) for f in overlaps.one_per_span(found)}

    checker.clear_cache()
    pieces = by_sentence(text)
    assert len(text) > checker.WHOLE_TEXT_LIMIT and len(whole) > 10
    assert whole <= pieces
    assert len(pieces - whole) <= len(whole) // 20  # Thai clauses can shift a span's end
    # check() itself, the model's findings with the rules', keeps them as the draft goes on.
    checked = {(f.kind, f.start) for f in check(text, language)}
    assert whole <= checked
    assert checked <= {(f.kind, f.start) for f in check(text + " x", language)}


def test_marks_typed_apart_in_a_long_draft_are_read_the_same() -> None:
    """The check for composed letters goes a sentence at a time: a decomposed "ö" in the
    last sentence of a long draft is still found and read."""
    before = " ".join(["Jag skickade fel fil i går, och det var mitt fel."] * 8)
    last = "Förlåt om du blev besviken, men det var bara en liten miss."
    composed = f"{before}\n{last}"
    typed = f"{before}\n{unicodedata.normalize('NFD', last)}"  # only the last sentence
    assert len(composed) > 300 and typed != composed
    found = [(f.kind, composed[f.start : f.end]) for f in check(composed, "sv")]
    assert any(kind is FindingKind.CONDITIONAL for kind, _ in found)
    assert [
        (f.kind, unicodedata.normalize("NFC", typed[f.start : f.end])) for f in check(typed, "sv")
    ] == found


def _read_in_pieces(text: str, language: str) -> set[tuple[FindingKind, int, int]]:
    from journal import checker

    checker.clear_cache()
    return {(f.kind, f.start, f.end) for f in check(text, language)}


def _same_with_whole_sentences_before(
    monkeypatch: pytest.MonkeyPatch, sets: tuple[str, ...], step: int
) -> None:
    """A sentence read with the last words of the one before finds what it finds when read
    with all of it, in drafts of every set's sentences, run on and a line each: in all but
    one draft in a hundred, where a cause further back in the sentence before than its last
    words looks ahead to this one for its consequence ("…, so"), which only all of it shows."""
    from journal import checker

    drafts, differing = 0, []
    for language in LANGUAGES:
        entries = [str(entry["text"]) for name in sets for entry in corpus(language, name)]
        for joiner in (" ", "\n"):
            for start in range(0, len(entries), step):
                text = joiner.join(entries[start : start + 12])
                if len(text) <= checker.WHOLE_TEXT_LIMIT:
                    continue
                drafts += 1
                cut = _read_in_pieces(text, language)
                with monkeypatch.context() as whole:
                    whole.setattr(checker, "_context", lru_cache(lambda previous, _: previous))
                    if _read_in_pieces(text, language) != cut:
                        differing.append(text)
    assert drafts > 200
    assert len(differing) <= drafts // 100, differing


def test_a_sentence_is_read_with_enough_of_the_one_before(monkeypatch: pytest.MonkeyPatch) -> None:
    held_out = tuple(name for name in SETS if name != "corpus")
    _same_with_whole_sentences_before(monkeypatch, held_out, 12)


@pytest.mark.proof
def test_every_sentence_is_read_with_enough_of_the_one_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _same_with_whole_sentences_before(monkeypatch, SETS, 12)


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        (  # a quote that opens far back in the sentence before still pairs up
            " ".join(["We shipped the catalogue on time and the printer was happy."] * 5)
            + ' Our client wrote "the export is broken again and we need a fixed version by'
            ' Friday" yesterday. Sorry, but the server was down all night, as I said "twice".',
            "en",
            {FindingKind.BUT, FindingKind.EXCUSE},
        ),
        (  # the writer owns the cause in a sentence broken over two lines
            " ".join(["We shipped the catalogue on time and the printer was happy."] * 5)
            + " It was my fault, and I know that the files you needed for the launch went out"
            " late\nthe server was down all night so the upload failed.",
            "en",
            set(),
        ),
    ],
)
def test_what_the_sentence_before_says_still_counts(
    text: str, language: str, kinds: set[FindingKind]
) -> None:
    assert len(text) > 300
    assert {kind for kind, _, _ in _read_in_pieces(text, language)} == kinds


RUN_ON = {  # long messages typed with commas and no full stop, as in a chat
    "en": (
        "hi Maria, thanks for the quick call this morning, I went through the notes twice on"
        " the train and they make sense to me now, about the launch page I'm really sorry it"
        " went live with the old prices, but your developer pushed the draft branch instead of"
        " the approved one, so the numbers from March were still on it, I have asked for the"
        " approved version to go up tonight and I'll check every price myself before it does"
    ),
    "sv": (
        "hej Anna, tack för samtalet i morse och för att du skickade anteckningarna så snabbt,"
        " jag har läst igenom dem två gånger och allt känns tydligt nu, angående broschyren så"
        " ber jag om ursäkt för att den blev försenad, men tryckeriet skickade aldrig"
        " korrekturet till mig, så jag kunde inte se felet innan, jag har beställt en ny"
        " upplaga som kommer på fredag"
    ),
}


QUOTING = (
    "hi Ruth, I went through your email again over breakfast and I get it, you wrote “the"
    " painters left the back door unlocked on Friday, the cat got out and spent the night"
    " under a car, my husband walked the street until two in the morning, then your foreman"
    " said the courier lost the keys and your supplier sent the wrong paint, which is not my"
    " concern” and you are right about every word, I am sorry, the door was our job and I"
    " have talked to the painters"
)
OWNING_LATER = (
    "hi Ruth, a quick update on the kitchen at the cottage, your supplier sent the wrong"
    " worktop glue on Monday and the edges started lifting by the evening, which I know spoiled"
    " the photos you had booked for Tuesday morning with the agent from Bath, and honestly that"
    " is on me, I should have checked the tin myself before we started"
)


def test_a_long_run_on_quote_of_the_client_stays_theirs() -> None:
    """The client's words quoted in a long sentence with no full stop are theirs, however far
    the quote runs: what they blame is not the writer's blame."""
    kinds = {f.kind for f in check(QUOTING, "en")}
    assert len(QUOTING) > 2 * 160 and FindingKind.BLAME not in kinds
    unquoted = QUOTING.replace("“", "").replace("”", "")
    assert FindingKind.BLAME in {f.kind for f in check(unquoted, "en")}


def test_owning_the_fault_later_in_a_long_run_on_sentence_still_counts() -> None:
    """ "That is on me" a few clauses after naming the supplier owns the cause, as it does in
    a shorter sentence; without it, the supplier is blamed."""
    assert len(OWNING_LATER) > 2 * 160 and check(OWNING_LATER, "en") == []
    disowned = OWNING_LATER.replace(
        ", and honestly that is on me, I should have checked the tin myself before we started",
        ", and the tin was mislabelled by them as well",
    )
    assert FindingKind.BLAME in {f.kind for f in check(disowned, "en")}


@pytest.mark.parametrize("language", sorted(RUN_ON))
def test_a_long_message_with_no_full_stops_is_read_a_clause_at_a_time(language: str) -> None:
    """A message run on with commas is read in clauses no longer than MAX_PIECE, cut after a
    comma, and the "but" and the blame in its middle are both found."""
    from journal import checker
    from journal.coach.lexicon import load

    text = RUN_ON[language]
    pieces = checker._clauses(text, checker._sentences(text, load(language)))
    assert len(text) > 2 * checker.MAX_PIECE
    assert all(end - start <= checker.MAX_PIECE for start, end in pieces)
    assert all(text[start:end].endswith(", ") for start, end in pieces[:-1])
    found = {(f.kind, text[f.start : f.end].split()[0]) for f in check(text, language)}
    assert {(FindingKind.BUT, "but" if language == "en" else "men")} <= found
    assert {kind for kind, first in found if first in ("your", "tryckeriet")} == {FindingKind.BLAME}


def test_a_keystroke_in_a_run_on_message_rereads_a_clause_or_two(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Typing in the middle of a long message with no full stops re-reads the clause typed in
    and the one after it, each with a little of the one before, not the whole message; and
    finds what the message read afresh finds."""
    from journal import checker

    text = " ".join([RUN_ON["en"].replace("hi Maria, ", "")] * 4)
    middle = len(text) // 2
    typed = text[:middle] + "x" + text[middle:]
    checker.clear_cache()
    check(text, "en")
    scan, scanned = checker._scan, []

    def recorded(text: str, lexicon: Lexicon, field: DraftField) -> list[tuple[Finding, int]]:
        scanned.append(len(text))
        return scan(text, lexicon, field)

    monkeypatch.setattr(checker, "_scan", recorded)
    after_a_keystroke = check(typed, "en")
    assert len(text) > 1500
    assert 1 <= len(scanned) <= 3
    assert sum(scanned) <= len(text) // 3
    checker.clear_cache()
    assert after_a_keystroke == check(typed, "en")


def test_an_apology_s_parts_are_found_in_any_sentence_of_a_long_draft() -> None:
    """Sorry, the mistake and the fix are looked for a sentence at a time in a long draft:
    said far apart they all count, and the one never said is still named."""
    filler = " ".join(["We met the printer on Tuesday and went over the proofs together."] * 5)
    sorry, mistake = "I am sorry.", "I sent you the wrong invoice on Friday."
    fix = "From now on I will check every invoice against the order before it goes out."
    whole = f"{sorry} {filler} {mistake}\n{filler} {fix}"
    assert len(whole) > 2 * 300

    def missing(text: str) -> list[str]:
        found = check(text, "en", DraftField.APOLOGY)
        return [f.message for f in found if f.kind is FindingKind.MISSING]

    assert missing(whole) == []
    without_fix = whole.replace(fix, "See you at the launch.")
    assert missing(without_fix) == [load("en").messages["missing_fix"]]


def test_an_apology_s_part_said_across_a_line_break_counts() -> None:
    """A pasted email wrapped by hand breaks a sentence over lines: the mistake named across
    the break is still found."""
    text = "Sorry about that, I\nforgot to send the file. From now on I will check before I send."
    found = check(text, "en", DraftField.APOLOGY)
    assert [f for f in found if f.kind is FindingKind.MISSING] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_typed_into_finds_what_it_finds_checked_afresh(language: str) -> None:
    """What each sentence is remembered by (the words that own a cause, the fix after a
    "but") gives, keystroke after keystroke, what the draft gives read for the first time."""
    from journal import checker

    sentences = [str(entry["text"]) for entry in corpus(language)[:60]]
    draft = " ".join(sentences)
    middle = len(" ".join(sentences[:30]))
    checker.clear_cache()
    check(draft, language)
    for typed in ("not", " no", ". I", " but", "x"):
        draft = draft[:middle] + typed + draft[middle:]
        middle += len(typed)
        as_typed = check(draft, language)
        checker.clear_cache()
        assert as_typed == check(draft, language)
