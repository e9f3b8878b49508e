"""A rule is skipped only in texts it cannot match: what it needs is worked out soundly."""

from __future__ import annotations

import glob
import importlib
import json
import time
from pathlib import Path

import pytest

from journal import checker
from journal.coach.compiled import FLAGS, SIMPLE_FOLDING, compiled
from journal.coach.lexicon import LANGUAGES, load
from journal.coach.prefilter import Prefilter
from journal.coach.triggers import triggers
from journal.reports import DraftField
from tests.journal.coach.score import corpus

HERE = Path(__file__).parent


def needs(pattern: str) -> set[frozenset[str]]:
    """What a pattern needs, spelled back in lower case for reading."""
    return {
        frozenset(string.lower() for string in clause)
        for clause in triggers(SIMPLE_FOLDING + pattern, FLAGS)
    }


def test_a_rule_needs_its_words_in_any_case() -> None:
    assert needs(r"\bsorry if\b") == {frozenset({"sorry if"})}
    rule = compiled(r"\bsorry if\b")
    prefilter = Prefilter([(rule, triggers(rule.pattern, FLAGS))], FLAGS, 0)
    assert prefilter.possible("I'M SORRY IF it hurt") == {rule}
    assert prefilter.possible("Sorry, it hurt") == set()


def test_what_may_be_left_out_is_never_needed() -> None:
    assert needs(r"\b(?:very )?late\b") == {frozenset({"late"})}
    assert needs(r"\b(?:just|)\s*a bit\b") == {frozenset({"a bit"})}
    assert needs(r"(?!not\b)\w+ broke") == {frozenset({" broke"})}
    assert needs(r"\w+\s+\w+") == set()


def test_what_a_lookaround_reads_is_needed_too() -> None:
    assert needs(r"(?<=\bbecause )the (?:server|host)\b") >= {
        frozenset({"because "}),
        frozenset({"the server", "the host"}),
    }


def test_a_named_part_is_needed_where_it_is_called() -> None:
    pattern = r"\b(?&tool) (?:broke|crashed)(?(DEFINE)(?<tool>laptop|router))"
    assert needs(pattern) == {
        frozenset({"laptop broke", "laptop crashed", "router broke", "router crashed"})
    }
    assert needs(r"\b(?&tool)\b(?(DEFINE)(?<tool>\w+))") == set()


def test_one_of_each_branch_is_needed() -> None:
    assert needs(r"\b(?:the server went down|my laptop died)\b") == {
        frozenset({"the server went down", "my laptop died"})
    }


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bI was late\b", "\u0131 was late"),  # the regex engine matches I as dotless i
        (r"\bif\b", "\u0130f"),  # and i as dotted capital I, which casefold() makes two letters
        (r"\bstrasse\b", "STRA\u017fSE"),  # and s as long s
        (r"\bstraße\b", "STRA\u1e9eE"),  # and ß as capital ẞ
    ],
)
def test_every_letter_the_engine_takes_as_the_same_in_another_case_is_found(
    pattern: str, text: str
) -> None:
    rule = compiled(pattern)
    assert rule.search(text)
    assert Prefilter([(rule, triggers(rule.pattern, FLAGS))], FLAGS, 0).possible(text) == {rule}


def test_each_rules_matches_in_another_case_are_never_skipped() -> None:
    """Every letter of a sentence a rule matches put in each case the engine takes as the same
    (upper, lower, Turkish i, long s, Kelvin sign…), the rule still runs there."""
    engine = importlib.import_module("regex._regex")
    for language in LANGUAGES:
        lexicon = load(language)
        for text in texts(language, every=200):
            for variant in range(3):
                cased = "".join(
                    chr(cases[variant % len(cases)])
                    for cases in (engine.get_all_cases(int(FLAGS), ord(c)) for c in text)
                )
                possible = lexicon.prefilter.possible(cased)
                skipped = lexicon.prefilter.patterns - possible
                assert [p.pattern for p in skipped if p.search(cased)] == []


def test_a_group_called_from_many_places_is_read_in_no_time() -> None:
    chain = "".join(f"(?<g{level}>(?&g{level + 1})x(?&g{level + 1}))" for level in range(24))
    pattern = rf"\bsorry{chain}(?<g24>y)"
    started = time.perf_counter()
    assert frozenset({"sorry"}) in needs(pattern)
    assert time.perf_counter() - started < 1


def test_a_single_check_reads_every_rule_and_builds_nothing() -> None:
    rule = compiled(r"\bsorry if\b")
    prefilter = Prefilter([(rule, triggers(rule.pattern, FLAGS))], FLAGS, 1)
    assert prefilter.possible("Thanks!") == {rule}  # read with every rule, nothing built yet
    assert prefilter.possible("Thanks!") == set()


def test_a_rule_whose_pattern_cannot_be_read_needs_nothing() -> None:
    assert triggers(r"(?<tool>", FLAGS) == ()
    rule = compiled(r"\w+")
    assert Prefilter([(rule, ())], FLAGS).possible("anything") == {rule}


def texts(language: str, every: int) -> list[str]:
    """Every `every`th corpus sentence, and the held-out sets' (written without the rules in
    view) as often."""
    written = [str(entry["text"]) for entry in corpus(language)][::every]
    for path in sorted(glob.glob(str(HERE / f"heldout*_{language}.json"))):
        held = json.loads(Path(path).read_text("utf-8"))
        written += [str(entry["text"]) for entry in held][:: max(every // 10, 1)]
    return written


def skipped_wrongly(language: str, every: int) -> list[tuple[str, str]]:
    """Each (rule, text) where a rule matches but the prefilter would have skipped it."""
    lexicon = load(language)
    patterns, wrong = lexicon.prefilter.patterns, []
    for text in texts(language, every):
        possible = lexicon.prefilter.possible(text)
        for pattern in patterns - possible:
            if pattern.search(text):
                wrong.append((pattern.pattern[:60], text))
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_is_skipped_where_it_matches(language: str) -> None:
    assert skipped_wrongly(language, every=40) == []


@pytest.mark.proof
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_is_skipped_where_it_matches_in_the_whole_corpus(language: str) -> None:
    assert skipped_wrongly(language, every=1) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_most_rules_are_skipped_in_a_typical_sentence(language: str) -> None:
    lexicon = load(language)
    sample = texts(language, every=40)
    rules = {rule.pattern for rule in lexicon.rules}
    run = sum(len(rules & lexicon.prefilter.possible(text)) for text in sample)
    assert run / (len(sample) * len(lexicon.rules)) < 0.5


@pytest.mark.parametrize("language", LANGUAGES)
def test_findings_are_the_same_with_every_rule_run(language: str) -> None:
    lexicon = load(language)
    sample = texts(language, every=100)
    with_prefilter = [checker.check(text, language, DraftField.APOLOGY) for text in sample]
    kept = lexicon.prefilter
    object.__setattr__(lexicon, "prefilter", kept.everything())
    try:
        checker.clear_cache()
        every_rule = [checker.check(text, language, DraftField.APOLOGY) for text in sample]
    finally:
        object.__setattr__(lexicon, "prefilter", kept)
        checker.clear_cache()
    assert with_prefilter == every_rule
