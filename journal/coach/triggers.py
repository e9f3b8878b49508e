"""The strings a rule cannot match without, so that a text holding none of them skips it."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from journal.coach.cases import folded

# A rule's pattern as the regex module parses it. The module keeps its parser private; where
# it has changed, or a pattern uses something not understood here, the rule gets no
# triggers and is simply run on every text, as before.
CORE: Any = importlib.import_module("regex._regex_core")

VERSION = 6  # of what is worked out here: a compiled lexicon kept on disk is redone when it changes
Parsed = tuple[Any, dict[int, Any], int]  # a parsed pattern, its groups by number, its flags
Clauses = tuple[tuple[str, ...], ...]  # a string of each is in every text the pattern matches in
Strings = frozenset[str]
# What is known of a part of a pattern: every string it can match, where they are few (else
# None); and sets of strings, a string of each of which any match of it holds (none where
# nothing is required).
Known = tuple[Strings | None, tuple[Strings, ...]]

_FEWEST_STRINGS = 64  # a part matching more strings than this is only required, not spelled
_SET_CHARACTERS = 8  # a character class of at most this many characters is spelled out
_LONGEST_STRING = 60  # characters: a part spelling longer strings (a call within calls) is not
_CLAUSES = 3  # sets kept a part: a text must hold a string of each
_NOTHING: Known = (None, ())
_EMPTY: Known = (frozenset({""}), ())
# How often a required string of each length is found anywhere in a sentence, roughly: the
# likelier a set's strings are, the less reading it saves. Used only to choose between sets.
_LIKELIHOOD = {2: 0.5, 3: 0.15, 4: 0.05}  # by length; shorter sets are never kept
_RARE = 0.02
_USELESS = 8.0  # a set likelier than this to be found saves next to nothing
# A single letter is in nearly every text, and each place it is found is one more hit for the
# one pass to hand over: a set holding one is never worth looking for.
SHORTEST = 2


def triggers(source: str, flags: int) -> Clauses:
    """Sets of strings such that every text the pattern matches in holds one of each set,
    its letters put as cases.folded() puts them; none where none were found."""
    return triggers_in(parsed(source, flags), flags)


def triggers_in(read: Parsed | None, flags: int) -> Clauses:
    """triggers() of a pattern as parsed()."""
    if read is None:
        return ()
    try:
        reader = _Reader(int(flags), read[1])
        clauses = _all_of(*reader.known(read[0], frozenset()))
    except Exception:  # the parser's inner workings differ: the rule is run on every text
        return ()
    return tuple(tuple(sorted(_shortest_only(clause))) for clause in clauses)


def well_formed(clauses: object) -> bool:
    """Whether a value read back from disk is what triggers() returns."""
    return isinstance(clauses, tuple) and all(
        isinstance(clause, tuple) and clause and all(isinstance(s, str) and s for s in clause)
        for clause in clauses
    )


def parsed(source: str, flags: int) -> Parsed | None:
    """The pattern as the regex module parses it, what each of its groups holds (for the
    calls to it by name), and the flags it is matched with, its own inline ones too; None
    where the parser's inner workings differ."""
    try:
        tree, used = _parsed(source, int(flags))  # a plain int: the parser's flag sums are quicker
    except Exception:
        return None
    return tree, dict(_groups(tree)), used


def _parsed(source: str, flags: int) -> tuple[Any, int]:
    global_flags = flags
    while True:
        text = CORE.Source(source)
        info = CORE.Info(global_flags, text.char_type, {})
        try:
            parsed = CORE._parse_pattern(text, info)
            break
        except CORE._UnscopedFlagSet:  # an inline flag for the whole pattern: parse again
            global_flags = info.global_flags
    parsed.fix_groups(source, False, False)
    return parsed, info.global_flags


def _groups(node: Any) -> Iterable[tuple[int, Any]]:
    """Each capture group's number and what it holds, for the calls to it by name."""
    if isinstance(node, CORE.Group):
        yield node.group, node.subpattern
    for child in children(node):
        yield from _groups(child)


def children(node: Any) -> list[Any]:
    """The parts a parsed pattern's node is made of."""
    if isinstance(node, CORE.Sequence):
        return list(node.items)
    if isinstance(node, CORE.Branch) and not isinstance(node, CORE.StringSet):
        return list(node.branches)
    if isinstance(node, CORE.Conditional | CORE.LookAroundConditional):
        extra = [node.subpattern] if isinstance(node, CORE.LookAroundConditional) else []
        return [*extra, node.yes_item, node.no_item]
    if isinstance(node, CORE.Group | CORE.Atomic | CORE.GreedyRepeat | CORE.LookAround):
        return [node.subpattern]
    return []


class _Reader:
    """Reads what each part of one parsed pattern can match and must hold."""

    def __init__(self, flags: int, groups: dict[int, Any]) -> None:
        self.flags, self.groups = flags, groups
        # A group called from many places is read once a path of calls (calls within calls
        # would otherwise be read again each time, exponentially).
        self.called: dict[tuple[int, frozenset[int]], Known] = {}

    def spelled(self, codes: Iterable[int]) -> Strings:
        return frozenset({folded("".join(map(chr, codes)), self.flags)})

    def known(self, node: Any, calling: frozenset[int]) -> Known:
        """What `node` can match (where few) and must hold; `calling` guards recursion."""
        core = CORE
        if isinstance(node, core.ZeroWidthBase):
            return _EMPTY
        if isinstance(node, core.Character):
            if not node.positive:
                return _NOTHING
            return _EMPTY if node.zerowidth else (self.spelled([node.value]), ())
        if isinstance(node, core.String):
            return self.spelled(node.characters), ()
        if isinstance(node, core.SetUnion):
            return self.set_of(node)
        if isinstance(node, core.Sequence):
            return _sequence([self.known(item, calling) for item in node.items])
        if isinstance(node, core.Branch) and not isinstance(node, core.StringSet):
            return _either([self.known(branch, calling) for branch in node.branches])
        if isinstance(node, core.Group | core.Atomic):
            return self.known(node.subpattern, calling)
        if isinstance(node, core.GreedyRepeat):  # lazy and possessive ones too
            part = self.known(node.subpattern, calling)
            return _repeated(part, node.min_count, node.max_count)
        if isinstance(node, core.CallGroup):
            return self.call(node.group, calling)
        if isinstance(node, core.LookAround):
            if not node.positive:
                return _EMPTY
            # What a lookaround reads is in the text too, outside the match but inside it.
            return frozenset({""}), _all_of(*self.known(node.subpattern, calling))
        if isinstance(node, core.Conditional | core.LookAroundConditional):
            return _either([self.known(node.yes_item, calling),
                            self.known(node.no_item, calling)])  # fmt: skip
        return _NOTHING  # any character, a property, a back reference: nothing to go by

    def call(self, group: int, calling: frozenset[int]) -> Known:
        if group in calling or group not in self.groups:
            return _NOTHING
        key = (group, calling)
        if key not in self.called:
            self.called[key] = self.known(self.groups[group], calling | {group})
        return self.called[key]

    def set_of(self, node: Any) -> Known:
        codes = set_characters(node)
        if codes is None:
            return _NOTHING
        return frozenset().union(*(self.spelled([code]) for code in codes)), ()


def set_characters(node: Any) -> list[int] | None:
    """The characters a class of a few plain characters ("[ao]") is made of; None for any
    other class (a range, a negation, a property inside it, or more than _SET_CHARACTERS)."""
    if not node.positive or node.zerowidth or len(node.items) > _SET_CHARACTERS:
        return None
    if not all(isinstance(item, CORE.Character) and item.positive for item in node.items):
        return None
    return [item.value for item in node.items]


def _sequence(parts: list[Known]) -> Known:
    """A sequence holds what each of its parts must, and what each run of spelled-out parts
    spells together ("gick" "\\s" is not spelled, but "gick ner" is)."""
    clauses: list[Strings] = []
    run: Strings | None = frozenset({""})
    whole = True
    for exact, required in parts:
        clauses += required
        if exact is not None and run is not None and len(run) * len(exact) <= _FEWEST_STRINGS:
            joined = frozenset(first + second for first in run for second in exact)
            if max(map(len, joined)) <= _LONGEST_STRING:
                run = joined
                continue
        whole = False
        clauses += _spelled(run)
        run = exact if exact is not None else frozenset({""})
    clauses += _spelled(run)
    return (run if whole else None), _rarest(clauses)


def _either(branches: list[Known]) -> Known:
    """Whichever branch matched, one string of each of its sets is there: so of each union of
    a set from every branch."""
    spelled = [exact for exact, _ in branches]
    exact: Strings | None = None
    if all(strings is not None for strings in spelled):
        union = frozenset().union(*(strings for strings in spelled if strings is not None))
        exact = union if len(union) <= _FEWEST_STRINGS else None
    clauses: tuple[Strings, ...] = (frozenset(),)
    for branch in branches:
        options = _all_of(*branch)
        if not options:
            return exact, ()
        clauses = _rarest([held | option for held in clauses for option in options])
    return exact, clauses


def _repeated(part: Known, least: int, most: int | None) -> Known:
    exact, _ = part
    if most == 0:
        return _EMPTY
    clauses = _all_of(*part) if least >= 1 else ()
    if least == most == 1:
        return exact, clauses
    if least == 0 and most == 1 and exact is not None:
        return exact | {""}, ()
    return None, clauses


def _spelled(strings: Strings | None) -> tuple[Strings, ...]:
    """Strings spelled out, as a set one of which must be there: none where one is empty."""
    if strings is None or "" in strings:
        return ()
    return (strings,)


def _all_of(exact: Strings | None, clauses: tuple[Strings, ...]) -> tuple[Strings, ...]:
    return _rarest([*clauses, *_spelled(exact)])


def _rarest(clauses: list[Strings] | tuple[Strings, ...]) -> tuple[Strings, ...]:
    """The sets a text is least likely to hold a string of (they save the most reading)."""
    useful = {
        clause
        for clause in clauses
        if _likelihood(clause) < _USELESS and min(map(len, clause)) >= SHORTEST
    }
    kept: list[Strings] = []
    for clause in sorted(useful, key=_rarity):
        if not any(_implies(held, clause) for held in kept):  # it would tell nothing more
            kept = [held for held in kept if not _implies(clause, held)]
            kept.append(clause)
    return tuple(sorted(kept, key=_rarity)[:_CLAUSES])


def _rarity(clause: Strings) -> tuple[float, list[str]]:
    return _likelihood(clause), sorted(clause)


def _implies(held: Strings, clause: Strings) -> bool:
    """Whether a text holding a string of `held` always holds one of `clause` too."""
    return all(any(part in string for part in clause) for string in held)


@lru_cache(maxsize=8192)
def _likelihood(strings: Strings) -> float:
    return sum(_LIKELIHOOD.get(len(string), _RARE) for string in strings)


def _shortest_only(strings: Strings) -> set[str]:
    """The strings, but those holding another of them: where such a one is, the other it
    holds is too, so the other alone tells as much."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return set(kept)
