"""A rule is tried only where its match can begin, and finds there all it finds anywhere."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journal import checker
from journal.coach import starts as starts_module
from journal.coach.cases import folded
from journal.coach.compiled import FLAGS, SIMPLE_FOLDING, compiled
from journal.coach.lexicon import LANGUAGES, load
from journal.coach.prefilter import Prefilter, matches
from journal.coach.starts import starts
from journal.coach.triggers import triggers
from journal.reports import DraftField
from tests.journal.coach.test_triggers import texts


def beginnings(pattern: str) -> set[str]:
    """How a pattern's matches begin, spelled back in lower case for reading."""
    return {beginning.lower() for beginning in starts(SIMPLE_FOLDING + pattern, FLAGS)}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsorry\s+if\b", {"sorr"}),
        (r"(?<=\s)but\b", {"but"}),  # what is read behind is not part of the match
        (r"(?:ขอโทษ|เสียใจ)ที่", {"ขอโท", "เสีย"}),
        (r"\b(?:the |your )?(?:host|server) went down", {"the ", "your", "host", "serv"}),
        (r"(?=พอดี)[^\s]+", {"พอดี"}),  # a look-ahead before anything tells how it begins
        (r"(?:ab|abcd)\w+", {"ab"}),  # where "abcd" begins, "ab" does too
        (r"(?P<who>team|client)(?&who)?", {"team", "clie"}),
    ],
)
def test_how_a_rule_can_begin(pattern: str, expected: set[str]) -> None:
    assert beginnings(pattern) == expected


def test_a_space_is_each_of_the_spaces_it_stands_for() -> None:
    found = beginnings(r"\bi\s+går\b")
    assert {"i gå", "i\tgå", "i\u00a0gå"} <= found
    assert all(beginning[0] == "i" and beginning[1:].strip() in ("", "gå") for beginning in found)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ly\b",  # any letter
        r"(?:sorry)?",  # nothing at all
        r"a\w+",  # one letter, then anything: found nearly everywhere
        r"[^.]{3}",  # anything but a full stop
        r"\bsorry \Kif\b",  # its match reported from later than where it was tried
    ],
)
def test_a_rule_that_can_begin_anywhere_is_tried_everywhere(pattern: str) -> None:
    assert beginnings(pattern) == set()


def test_too_many_ways_to_begin_are_cut_shorter() -> None:
    letters = "abcdefgh"
    words = [f"{a}{b}{c}{d}x" for a in letters for b in letters for c in letters for d in letters]
    found = beginnings(r"\b(?:" + "|".join(words) + r")\b")
    assert 0 < len(found) < len(words)
    assert all(any(word.startswith(beginning) for word in words) for beginning in found)
    assert all(any(word.startswith(beginning) for beginning in found) for word in words)


def test_a_rule_is_tried_only_where_one_of_its_beginnings_is() -> None:
    rule = compiled(r"\bsorry\s+if\b")
    prefilter = Prefilter(
        [(rule, triggers(rule.pattern, FLAGS))], FLAGS, 0, {rule: starts(rule.pattern, FLAGS)}
    )
    text = "Sorry. SORRY IF it hurt, and sorry if it did."
    where = prefilter.read(text)[rule]
    assert where == [0, 7, 29]  # each "sorry", in any case
    assert [m.span() for m in matches(rule, text, where)] == [(7, 15), (29, 37)]
    assert [m.span() for m in matches(rule, text, [29])] == [(29, 37)]  # tried there alone
    assert folded("sorr", FLAGS) in starts(rule.pattern, FLAGS)


def tried_only_where_they_begin_differs(language: str, every: int) -> list[tuple[str, str]]:
    """Each (rule, text) where a rule tried only where its beginnings are finds otherwise
    than tried everywhere."""
    prefilter, wrong = load(language).prefilter.built(), []
    assert len(prefilter.beginnings) > len(prefilter.patterns) // 2
    for text in texts(language, every):
        for pattern, where in prefilter.read(text).items():
            tried = [match.span() for match in matches(pattern, text, where)]
            if tried != [match.span() for match in pattern.finditer(text)]:
                wrong.append((pattern.pattern[:60], text))
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_rule_tried_where_it_begins_finds_what_it_finds_anywhere(language: str) -> None:
    assert tried_only_where_they_begin_differs(language, every=40) == []


@pytest.mark.proof
@pytest.mark.parametrize("language", LANGUAGES)
def test_in_the_whole_corpus_a_rule_tried_where_it_begins_finds_the_same(language: str) -> None:
    assert tried_only_where_they_begin_differs(language, every=1) == []


# Small patterns of what the lexicons use: letters, classes, look-arounds, word edges, groups,
# alternatives, lazy, possessive and atomic repeats, and a call to a group.
_ATOMS = st.sampled_from(
    ["a", "b", "ab", "ba", "aa", "ß", "K", "é", "[ab]", "[^a]", r"\w", r"\s", ".", r"\b", "^",
     "$", "(?=ab)", "(?!a)", "(?<=a)", "(?<!b)", "(?=a)", "(?-i:A)"]
)  # fmt: skip


def _patterns() -> st.SearchStrategy[str]:
    def grown(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=2, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda parts: f"(?:{'|'.join(parts)})"),
            st.tuples(
                inner, st.sampled_from(["?", "*", "+", "*?", "+?", "{1,3}", "{2}", "*+"])
            ).map(lambda pair: f"(?:{pair[0]}){pair[1]}"),
            inner.map(lambda part: f"(?>{part})"),
        )

    grown_patterns = st.recursive(_ATOMS, grown, max_leaves=8)
    called = grown_patterns.map(lambda part: f"(?P<g>{part})b?(?&g)")  # a group called again
    return st.one_of(grown_patterns, called)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.lists(st.text("abKkßsSé \n", max_size=12), min_size=1, max_size=4))
@example("(?:(?=ab)a)bc", ["abc"])  # what a look-ahead reads goes on with what it matches
@example(r"(?=ab)\w*?", ["ab ab"])  # an empty match, then a longer one at the same place
def test_a_pattern_tried_where_it_begins_finds_what_it_finds_anywhere(
    pattern: str, written: list[str]
) -> None:
    _same_where_it_begins(pattern, written)


@settings(max_examples=200, deadline=None)
@given(_patterns(), st.lists(st.text("abKkßsSé \n", max_size=12), min_size=1, max_size=4))
@example("(?:aaa|aab|aba|abb|baa)b", ["aaab", "abab"])  # five ways, cut to three shorter
def test_beginnings_cut_short_still_begin_every_match(pattern: str, written: list[str]) -> None:
    """With room for three letters and four beginnings only, every way of cutting them
    shorter and leaving them open is taken."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(starts_module, "_LETTERS", 3)
        patch.setattr(starts_module, "_MOST", 4)
        _same_where_it_begins(pattern, written)


def _same_where_it_begins(pattern: str, written: list[str]) -> None:
    try:
        rule = compiled(pattern)
    except regex.error:
        return
    begun = starts(rule.pattern, FLAGS)
    prefilter = Prefilter([(rule, ())], FLAGS, 0, {rule: begun} if begun else None)
    for text in written:
        where = prefilter.read(text)[rule]
        tried = [match.span() for match in matches(rule, text, where)]
        assert tried == [match.span() for match in rule.finditer(text)], (pattern, begun, text)


def test_the_rules_are_tried_only_where_they_begin(monkeypatch: pytest.MonkeyPatch) -> None:
    tried_at: list[list[int] | None] = []

    def spy(pattern: regex.Pattern[str], text: str, where: list[int] | None) -> object:
        tried_at.append(where)
        return matches(pattern, text, where)

    monkeypatch.setattr(checker, "matches", spy)
    for number in range(12):  # the first texts are read with every rule, everywhere
        checker.check(f"Sorry, but the courier lost parcel {number}.", "en", DraftField.ANY)
    assert any(where is not None for where in tried_at[-5:])
