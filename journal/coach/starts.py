"""The strings every match of a rule begins with, so that it is tried only where one is."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from journal.coach.cases import ENGINE, folded
from journal.coach.triggers import CORE, SHORTEST, Parsed, children, parsed, set_characters

# A match's first few letters, as many as are spelled out: enough that they are seldom in a
# text by chance, few enough that a rule opening on a long list of words has a short list of
# beginnings. Thai, with no spaces between words, gains most: a rule is otherwise tried at
# every letter of the text.
_LETTERS = 4
VERSION = 7  # of what is worked out here: a compiled lexicon kept on disk is redone when it changes
_MOST = 3000  # beginnings: a rule that can open in more ways than this is tried everywhere
_PROPERTY_CHARACTERS = 32  # a class matching more (\w, a script) is not spelled out
_CASELESS = int(CORE.IGNORECASE | CORE.UNICODE)  # how other cases of a letter are looked up
_OPEN = "\0"  # after a beginning: what follows in the match is not spelled out here
_UNKNOWN: frozenset[str] = frozenset({_OPEN})
_EMPTY: frozenset[str] = frozenset({""})


class _Unlisted(Exception):
    """A rule opens in more ways than are worth listing."""


def starts(source: str, flags: int) -> tuple[str, ...]:
    """Strings, as cases.folded() puts them, one of which every match of the pattern begins
    with; none where that is not known (the rule is tried at every place in a text)."""
    return starts_in(parsed(source, flags), flags)


def starts_in(read: Parsed | None, flags: int) -> tuple[str, ...]:
    """starts() of a pattern as triggers.parsed()."""
    if read is None or _tried_otherwise(read[0], read[2]):
        return ()
    try:
        opened = _Beginnings(int(flags), read[1]).of(read[0], frozenset())
    except Exception:  # too many, or the parser's inner workings differ: tried everywhere
        return ()
    beginnings = {beginning.rstrip(_OPEN) for beginning in opened}
    if min(map(len, beginnings), default=0) < SHORTEST:
        return ()  # a match can be empty or open on one letter, or on anything at all
    # Where a beginning is found, so is any shorter one it opens with: only those are kept.
    return tuple(
        sorted(b for b in beginnings if not any(b[:cut] in beginnings for cut in range(len(b))))
    )


# What makes a match tried at one place other than finditer's there: a match reported from a
# later place (\K), the search's own start (\G), a search moved on past places ((*SKIP),
# (*PRUNE)), fuzzy matching, and a pattern read backwards or for its best match.
_ELSEWHERE = (CORE.Keep, CORE.SearchAnchor, CORE.Skip, CORE.Prune, CORE.Fuzzy)
_SEARCHED_OTHERWISE = CORE.REVERSE | CORE.BESTMATCH | CORE.POSIX | CORE.ENHANCEMATCH


def _tried_otherwise(node: Any, flags: int) -> bool:
    """Whether the pattern, tried at a place, may match otherwise than a search finds there,
    or match letters cases.folded() does not fold alike (full case folding, "ß" as "ss")."""
    if flags & _SEARCHED_OTHERWISE:
        return True
    if isinstance(node, _ELSEWHERE) or getattr(node, "case_flags", 0) & CORE.FULLCASE:
        return True
    return any(_tried_otherwise(child, 0) for child in children(node))


def _joined(firsts: frozenset[str], thens: frozenset[str]) -> frozenset[str]:
    """Each beginning of the first part followed by each of the next, as far as is kept: the
    next part's cut shorter, or left open, where all of them would make too many."""
    done = {first for first in firsts if first.endswith(_OPEN) or len(first) >= _LETTERS}
    going_on = [first for first in firsts if first not in done]
    cuts = _Cuts(thens)
    most = _LETTERS
    rooms = Counter(_LETTERS - len(first) for first in going_on)
    while most and sum(n * len(cuts[min(room, most)]) for room, n in rooms.items()) > _MOST:
        most -= 1
    joined = set(done)
    for first in going_on:
        joined.update(first + then for then in cuts[min(_LETTERS - len(first), most)])
    return _fewest(joined)


class _Cuts(dict[int, set[str]]):
    """The next part's beginnings cut to each room left, worked out where needed."""

    def __init__(self, thens: frozenset[str]) -> None:
        super().__init__()
        self.thens = thens

    def __missing__(self, room: int) -> set[str]:
        cut = {_cut(then, room) for then in self.thens} if room else {_OPEN}
        self[room] = cut
        return cut


def _fewest(beginnings: set[str] | frozenset[str]) -> frozenset[str]:
    """The beginnings, cut shorter (and left open) until there are at most _MOST of them: a
    shorter beginning still begins every match that the longer ones did."""
    if len(beginnings) <= _MOST:
        return frozenset(beginnings)
    for letters in range(_LETTERS - 1, 0, -1):
        cut = {_cut(beginning, letters) for beginning in beginnings}
        if len(cut) <= _MOST:
            return frozenset(cut)
    raise _Unlisted


def _cut(beginning: str, letters: int) -> str:
    spelled = beginning.rstrip(_OPEN)
    return spelled[:letters] + _OPEN if len(spelled) > letters else beginning


@cache
def _few_matched(node: Any) -> tuple[int, ...] | None:
    """The characters a class such as \\s matches (all of them, for a few dozen), else None:
    looked up character by character, a fifth of a second once a compiled lexicon. None too
    for a class holding a letter with another case, which ignoring case widens (\\p{Lt})."""
    matched: list[int] = []
    has, value = ENGINE.has_property_value, node.value
    for code in range(sys.maxunicode + 1):
        if has(value, code):
            matched.append(code)
            if len(matched) > _PROPERTY_CHARACTERS:
                return None
    if any(len(ENGINE.get_all_cases(_CASELESS, code)) > 1 for code in matched):
        return None
    return tuple(matched)


def _looks_ahead(node: Any) -> bool:
    return isinstance(node, CORE.LookAround) and node.positive and not node.behind


def _complete(beginnings: frozenset[str]) -> bool:
    return all(b.endswith(_OPEN) or len(b) >= _LETTERS for b in beginnings)


class _Beginnings:
    """Reads how each part of one parsed pattern can begin: every string of at most _LETTERS
    letters it can match whole, and the first _LETTERS letters of longer ones; a string
    ending in _OPEN goes on with letters not spelled out here."""

    def __init__(self, flags: int, groups: dict[int, Any]) -> None:
        self.flags, self.groups = flags, groups
        self.called: dict[tuple[int, frozenset[int]], frozenset[str]] = {}

    def spelled(self, codes: Iterable[int]) -> frozenset[str]:
        return frozenset({folded("".join(map(chr, codes)), self.flags)[:_LETTERS]})

    def of(self, node: Any, calling: frozenset[int]) -> frozenset[str]:
        core = CORE
        if isinstance(node, core.ZeroWidthBase | core.LookAround):
            return _EMPTY
        if isinstance(node, core.Character):
            if node.zerowidth:
                return _EMPTY
            return self.spelled([node.value]) if node.positive else _UNKNOWN
        if isinstance(node, core.String):
            return self.spelled(node.characters)
        if isinstance(node, core.SetUnion):
            return self.spelled_each(set_characters(node))
        if isinstance(node, core.Property) and node.positive and not node.zerowidth:
            return self.spelled_each(_few_matched(node))
        if isinstance(node, core.Sequence):
            return self.sequence(node.items, calling)
        if isinstance(node, core.Branch) and not isinstance(node, core.StringSet):
            return self.either([self.of(branch, calling) for branch in node.branches])
        if isinstance(node, core.Group | core.Atomic):
            return self.of(node.subpattern, calling)
        if isinstance(node, core.GreedyRepeat):  # lazy and possessive ones too
            return self.repeated(node, calling)
        if isinstance(node, core.CallGroup):
            return self.call(node.group, calling)
        if isinstance(node, core.Conditional | core.LookAroundConditional):
            return self.either([self.of(node.yes_item, calling), self.of(node.no_item, calling)])
        return _UNKNOWN  # any character, a property, a back reference: not spelled out

    def call(self, group: int, calling: frozenset[int]) -> frozenset[str]:
        if group in calling or group not in self.groups:
            return _UNKNOWN
        if (group, calling) not in self.called:  # a group called from many places: read once
            self.called[group, calling] = self.of(self.groups[group], calling | {group})
        return self.called[group, calling]

    def ahead(self, node: Any, calling: frozenset[int]) -> frozenset[str]:
        try:
            return self.of(node.subpattern, calling)
        except _Unlisted:  # the words after it may tell fewer ways
            return _UNKNOWN

    def spelled_each(self, codes: Iterable[int] | None) -> frozenset[str]:
        if codes is None:
            return _UNKNOWN
        return frozenset().union(*(self.spelled([code]) for code in codes))

    def sequence(self, items: Iterable[Any], calling: frozenset[int]) -> frozenset[str]:
        beginnings = _EMPTY
        for item in items:
            if _complete(beginnings):
                break
            if beginnings == _EMPTY and _looks_ahead(item):
                # Nothing matched yet: the text here begins as the look-ahead reads it.
                ahead = {b.rstrip(_OPEN) for b in self.ahead(item, calling)}
                if min(map(len, ahead)) >= SHORTEST:  # else the words after may tell more
                    return frozenset(b + _OPEN for b in ahead)
            beginnings = _joined(beginnings, self.of(item, calling))
        return beginnings

    def either(self, branches: list[frozenset[str]]) -> frozenset[str]:
        return _fewest(frozenset().union(*branches))

    def repeated(self, node: Any, calling: frozenset[int]) -> frozenset[str]:
        once = self.of(node.subpattern, calling)
        beginnings, found = _EMPTY, set[str]()
        for count in range(_LETTERS + 1):  # each time adds a letter, or leaves it open
            if count >= node.min_count or _complete(beginnings):  # then so do more times
                found |= beginnings
            if _complete(beginnings) or count == node.max_count:
                break
            beginnings = _joined(beginnings, once)
        else:
            found |= beginnings  # repeated more than _LETTERS times: begun as any of those
        return _fewest(found)
