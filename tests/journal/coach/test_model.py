"""The coach's learned reading: what it adds to the rules, and what it must leave alone."""

from __future__ import annotations

import pytest

from journal import checker
from journal.checker import check
from journal.coach import model as learned
from journal.coach.lexicon import LANGUAGES
from journal.reports import Finding, FindingKind
from tests.journal.coach.score import Score, score


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stored_readings_are_what_the_features_give(language: str) -> None:
    """The model file keeps a few corpus sentences with the readings they had when it was
    written: a change to how features are read, without learning again, fails here."""
    reader = learned.model(language)
    assert len(reader.checks) >= 10
    for text, stored in reader.checks:
        assert reader.probabilities(text) == pytest.approx(stored, abs=1e-9), text


def _without_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "_word_findings", lambda text, lexicon, field: [])
    checker.clear_cache()
    learned.kinds_read.cache_clear()


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Honestly the courier company lost the parcel twice, which is why the samples"
            " never reached your office.",
            "en",
            FindingKind.BLAME,
        ),
        (
            "With the flu going round the house all week, the draft slipped to Monday.",
            "en",
            FindingKind.EXCUSE,
        ),
        (
            "Er ekonomiavdelning skickade underlaget för sent, därför blev rapporten försenad.",
            "sv",
            FindingKind.BLAME,
        ),
        (
            "Vaša tajnica nam je poslala krivu adresu, zbog toga je dostava kasnila.",
            "hr",
            FindingKind.BLAME,
        ),
        ("ทีมบัญชีของคุณส่งข้อมูลมาช้า รายงานเลยออกช้าไปด้วย", "th", FindingKind.BLAME),
        (  # the apology around it is fine: only the sentence that blames is said to
            "I'm sorry the figures were wrong. Honestly the courier company lost the parcel"
            " twice, which is why the samples never reached your office. I will send them"
            " myself from now on.",
            "en",
            FindingKind.BLAME,
        ),
        (
            "আপনার হিসাবরক্ষক ভুল তথ্য পাঠিয়েছিলেন, তাই রিপোর্টে ভুল এসেছে।",
            "bn",
            FindingKind.BLAME,
        ),
    ],
)
def test_a_fault_worded_as_no_rule_lists_is_read_from_its_words(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str, kind: FindingKind
) -> None:
    """With every rule's list out of the way, the model still reads the kind, and says it
    across the sentence that reads likeliest so (Thai: the clause), with the kind's own
    message."""
    _without_rules(monkeypatch)
    found = check(f"  {text}\n", language)
    assert [finding.kind for finding in found] == [kind]
    underlined = f"  {text}\n"[found[0].start : found[0].end]
    if language == "th":
        assert underlined == "ทีมบัญชีของคุณส่งข้อมูลมาช้า"
    elif text.startswith("I'm sorry"):
        assert underlined == (
            "Honestly the courier company lost the parcel twice, which is why the samples never"
            " reached your office"
        )
    else:
        assert underlined == text.rstrip(".।")  # without its full stop, as a rule's words
    assert found[0].message == checker.load(language).messages[kind.value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I sent the wrong spreadsheet; that was my mistake, and the right one is attached.", "en"),
        ("Jag skickade fel fil, det var mitt fel, och rätt fil ligger nu i mappen.", "sv"),
        ("Poslao sam krivu datoteku, to je moja greška, a ispravna je u privitku.", "hr"),
        ("ผมส่งไฟล์ผิดไปเองครับ ขอโทษครับ แนบไฟล์ที่ถูกมาให้แล้ว", "th"),
        ("আমি ভুল ফাইল পাঠিয়েছিলাম, এটা আমার দোষ, সঠিক ফাইলটা সংযুক্ত করলাম।", "bn"),
    ],
)
def test_an_apology_that_owns_the_fault_reads_clean(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    _without_rules(monkeypatch)
    assert check(text, language) == []


def test_the_clients_quoted_words_are_not_read() -> None:
    """What a client wrote, quoted, is theirs: the model never sees it, as no rule does."""
    quoted = learned.features('You wrote "your courier lost the parcel" on Monday.', "en")
    assert "w:courier" not in quoted and "w:monday" in quoted


def test_a_sentence_the_rules_already_fault_for_its_cause_gets_no_second_cause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Blame, an excuse and a passive each put the cause away from the writer: where a rule
    found one, the model adds no other for the same sentence."""
    text = "Honestly the courier company lost the parcel twice, so the samples never came."
    rule = Finding(FindingKind.EXCUSE, 10, 20, "excuse")
    monkeypatch.setattr(checker, "_word_findings", lambda text, lexicon, field: [rule])
    learned.kinds_read.cache_clear()
    assert check(text, "en") == [rule]


def test_in_a_long_draft_only_the_faulty_sentence_is_marked() -> None:
    clean = "We shipped the catalogue on time and the printer was happy with the proofs. "
    faulty = "Honestly the courier company lost the parcel twice, which is why it never came."
    text = clean * 4 + faulty + " " + clean * 2
    assert len(text) > checker.WHOLE_TEXT_LIMIT
    found = [f for f in check(text, "en") if f.kind is FindingKind.BLAME]
    assert found
    assert all(text.index(faulty) <= f.start and f.end <= text.index(faulty) + len(faulty)
               for f in found)  # fmt: skip


def _held_out_score() -> Score:
    every = Score("all")
    for language in LANGUAGES:
        for name in ("heldout2", "heldout3"):
            every.add(score(language, name=name))
    return every


def test_the_model_finds_more_on_text_nobody_tuned_to_at_no_cost_in_precision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the held-out writers, the rules with the model find more of what is there than
    the rules alone, and are as often right when they flag."""
    checker.clear_cache()
    both = _held_out_score()
    monkeypatch.setattr(
        checker, "with_learned_findings", lambda text, units, lexicon, found, *_: found
    )
    checker.clear_cache()
    rules = _held_out_score()
    assert both.recall > rules.recall + 0.02
    assert both.precision >= rules.precision - 0.01
    assert both.f1 > rules.f1
