"""The strings a rule cannot match without, so that a text holding none of them skips it."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# A rule's pattern as the regex module parses it. The module keeps its parser private; where
# it has changed, or a pattern uses something not understood here, the rule gets no
# triggers and is simply run on every text, as before.
_CORE: Any = importlib.import_module("regex._regex_core")

VERSION = 4  # of what is worked out here: a compiled lexicon kept on disk is redone when it changes
Clauses = tuple[tuple[str, ...], ...]  # a string of each is in every text the pattern matches in
Strings = frozenset[str]
# What is known of a part of a pattern: every string it can match, where they are few (else
# None); and sets of strings, a string of each of which any match of it holds (none where
# nothing is required).
Known = tuple[Strings | None, tuple[Strings, ...]]

_FEWEST_STRINGS = 64  # a part matching more strings than this is only required, not spelled
_SET_CHARACTERS = 8  # a character class of at most this many characters is spelled out
_CLAUSES = 3  # sets kept a part: a text must hold a string of each
_NOTHING: Known = (None, ())
_EMPTY: Known = (frozenset({""}), ())
# How often a required string of each length is found anywhere in a sentence, roughly: the
# likelier a set's strings are, the less reading it saves. Used only to choose between sets.
_LIKELIHOOD = {0: 1.0, 1: 1.0, 2: 0.5, 3: 0.15, 4: 0.05}
_RARE = 0.02
_USELESS = 8.0  # a set likelier than this to be found saves next to nothing
# A single letter is in nearly every text, and each place it is found is one more hit for the
# one pass to hand over: a set holding one is never worth looking for.
_SHORTEST = 2


def triggers(source: str, flags: int) -> Clauses:
    """Sets of case-folded strings such that every text the pattern matches in holds one of
    each set (compare them with the text's casefold()); none where none were found."""
    try:
        parsed = _parsed(source, int(flags))  # a plain int: the parser's flag sums are quicker
        groups = dict(_groups(parsed)) if "(?" in source else {}
        clauses = _all_of(*_known(parsed, groups, set()))
    except Exception:  # the parser's inner workings differ: the rule is run on every text
        return ()
    return tuple(tuple(sorted(_shortest_only(clause))) for clause in clauses)


def well_formed(clauses: object) -> bool:
    """Whether a value read back from disk is what triggers() returns."""
    return isinstance(clauses, tuple) and all(
        isinstance(clause, tuple) and clause and all(isinstance(s, str) and s for s in clause)
        for clause in clauses
    )


def _parsed(source: str, flags: int) -> Any:
    global_flags = flags
    while True:
        text = _CORE.Source(source)
        info = _CORE.Info(global_flags, text.char_type, {})
        try:
            parsed = _CORE._parse_pattern(text, info)
            break
        except _CORE._UnscopedFlagSet:  # an inline flag for the whole pattern: parse again
            global_flags = info.global_flags
    parsed.fix_groups(source, False, False)
    return parsed


def _groups(node: Any) -> Iterable[tuple[int, Any]]:
    """Each capture group's number and what it holds, for the calls to it by name."""
    if isinstance(node, _CORE.Group):
        yield node.group, node.subpattern
    for child in _children(node):
        yield from _groups(child)


def _children(node: Any) -> list[Any]:
    if isinstance(node, _CORE.Sequence):
        return list(node.items)
    if isinstance(node, _CORE.Branch) and not isinstance(node, _CORE.StringSet):
        return list(node.branches)
    if isinstance(node, _CORE.Conditional | _CORE.LookAroundConditional):
        extra = [node.subpattern] if isinstance(node, _CORE.LookAroundConditional) else []
        return [*extra, node.yes_item, node.no_item]
    if isinstance(node, _CORE.Group | _CORE.Atomic | _CORE.GreedyRepeat | _CORE.LookAround):
        return [node.subpattern]
    return []


def _known(node: Any, groups: dict[int, Any], calling: set[int]) -> Known:
    """What `node` can match (where few) and must hold; `calling` guards against recursion."""
    core = _CORE
    if isinstance(node, core.ZeroWidthBase):
        return _EMPTY
    if isinstance(node, core.Character):
        if not node.positive:
            return _NOTHING
        return _EMPTY if node.zerowidth else (frozenset({chr(node.value).casefold()}), ())
    if isinstance(node, core.String):
        return frozenset({"".join(map(chr, node.characters)).casefold()}), ()
    if isinstance(node, core.SetUnion):
        return _set_of(node)
    if isinstance(node, core.Sequence):
        return _sequence([_known(item, groups, calling) for item in node.items])
    if isinstance(node, core.Branch) and not isinstance(node, core.StringSet):
        return _either([_known(branch, groups, calling) for branch in node.branches])
    if isinstance(node, core.Group | core.Atomic):
        return _known(node.subpattern, groups, calling)
    if isinstance(node, core.GreedyRepeat):  # lazy and possessive ones too
        return _repeated(_known(node.subpattern, groups, calling), node.min_count, node.max_count)
    if isinstance(node, core.CallGroup):
        if node.group in calling or node.group not in groups:
            return _NOTHING
        return _known(groups[node.group], groups, calling | {node.group})
    if isinstance(node, core.LookAround):
        if not node.positive:
            return _EMPTY
        # What a lookaround reads is in the text too, outside the match but inside the text.
        return frozenset({""}), _all_of(*_known(node.subpattern, groups, calling))
    if isinstance(node, core.Conditional | core.LookAroundConditional):
        return _either([_known(node.yes_item, groups, calling),
                        _known(node.no_item, groups, calling)])  # fmt: skip
    return _NOTHING  # any character, a property, a back reference: nothing to go by


def _set_of(node: Any) -> Known:
    if not node.positive or node.zerowidth or len(node.items) > _SET_CHARACTERS:
        return _NOTHING
    if not all(isinstance(item, _CORE.Character) and item.positive for item in node.items):
        return _NOTHING
    return frozenset(chr(item.value).casefold() for item in node.items), ()


def _sequence(parts: list[Known]) -> Known:
    """A sequence holds what each of its parts must, and what each run of spelled-out parts
    spells together ("gick" "\\s" is not spelled, but "gick ner" is)."""
    clauses: list[Strings] = []
    run: Strings | None = frozenset({""})
    whole = True
    for exact, required in parts:
        clauses += required
        if exact is not None and run is not None and len(run) * len(exact) <= _FEWEST_STRINGS:
            run = frozenset(first + second for first in run for second in exact)
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
        if _likelihood(clause) < _USELESS and min(map(len, clause)) >= _SHORTEST
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
    """The strings, but those holding another of them: where that one is, so is this."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return set(kept)
