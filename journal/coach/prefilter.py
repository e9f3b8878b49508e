"""Which of a lexicon's patterns can match in a text, from one pass over it for what each needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import ahocorasick
import regex

from journal.coach.cases import folded
from journal.coach.triggers import Clauses

_Needing = list[tuple[regex.Pattern[str], tuple[frozenset[str], ...]]]
_TEXTS_BEFORE_BUILDING = 8  # building the pass takes 1-5 ms, a text's skipped rules save <1


class Prefilter:
    """Finds every string any pattern needs in one pass over a text (Aho-Corasick); a pattern
    can match where a string of each of its sets is there (one that needs nothing, always).
    `flags` are those the patterns were compiled with: they say which letters are one. The
    first `texts_before_building` texts are read with every pattern: building the pass costs
    more than a few texts' skipped patterns save, as in a single `amends check`. A pattern
    with `beginnings` (starts.starts()) is tried only where one of them is in the text."""

    def __init__(
        self,
        needs: Sequence[tuple[regex.Pattern[str], Clauses]],
        flags: int,
        texts_before_building: int = _TEXTS_BEFORE_BUILDING,
        beginnings: Mapping[regex.Pattern[str], Sequence[str]] | None = None,
    ) -> None:
        self._flags = int(flags)
        self._needs = needs
        self._beginnings = dict(beginnings or {})
        self._every = frozenset(pattern for pattern, _ in needs)
        self._texts_before_building = texts_before_building
        self._always = frozenset(pattern for pattern, clauses in needs if not clauses)
        self._by_first: defaultdict[str, _Needing] = defaultdict(list)
        self._strings: Any = None

    def everything(self) -> Prefilter:
        """One that lets every pattern through, to compare with."""
        return Prefilter([(pattern, ()) for pattern in self._every], self._flags)

    def built(self) -> Prefilter:
        """The same, built at once: even a first text is read with what each pattern needs
        and where it begins."""
        return Prefilter(self._needs, self._flags, 0, self._beginnings)

    @property
    def beginnings(self) -> dict[regex.Pattern[str], Sequence[str]]:
        return self._beginnings

    @property
    def patterns(self) -> frozenset[regex.Pattern[str]]:
        return self._every

    def _build(self) -> None:
        # Most patterns fail on their first set, the one a text is least likely to hold: only
        # those whose first set is there are looked at any further.
        strings: set[str] = set()
        for pattern, clauses in self._needs:
            if clauses:
                first, *rest = clauses
                needed = (pattern, tuple(map(frozenset, rest)))
                for string in first:
                    self._by_first[string].append(needed)
                strings.update(*clauses)
        begun_by: defaultdict[str, list[regex.Pattern[str]]] = defaultdict(list)
        for pattern, beginnings in self._beginnings.items():
            for beginning in beginnings:
                begun_by[beginning].append(pattern)
            strings.update(beginnings)
        self._strings = ahocorasick.Automaton()
        for string in strings:  # each with the patterns it begins, and how far back it begins
            self._strings.add_word(string, (string, tuple(begun_by[string]), len(string) - 1))
        if len(self._strings):
            self._strings.make_automaton()

    def possible(self, text: str) -> set[regex.Pattern[str]]:
        """The patterns that can match somewhere in `text` (every one, before it is built)."""
        return set(self.read(text))

    def read(self, text: str) -> dict[regex.Pattern[str], list[int] | None]:
        """The patterns that can match somewhere in `text`, each with where in it a match of
        it can begin, in order (None: anywhere; every pattern so, before it is built)."""
        if self._strings is None:
            if self._texts_before_building:
                self._texts_before_building -= 1
                return dict.fromkeys(self._every)
            self._build()
        possible = dict.fromkeys(self._always)
        if not len(self._strings):
            return possible
        hits = list(self._strings.iter(folded(text, self._flags)))  # the folded text is as long
        found = {string for _, (string, _, _) in hits}
        for string in found:
            for pattern, rest in self._by_first.get(string, ()):
                if pattern not in possible and all(not found.isdisjoint(c) for c in rest):
                    possible[pattern] = None
        begun: dict[regex.Pattern[str], list[int]] = {
            pattern: [] for pattern in possible if pattern in self._beginnings
        }
        if begun:
            for last, (_, patterns, back) in hits:  # at its last letter
                for pattern in patterns:
                    if (places := begun.get(pattern)) is not None:
                        places.append(last - back)
            for pattern, places in begun.items():
                places.sort()
                possible[pattern] = places
        return possible


def matches(
    pattern: regex.Pattern[str], text: str, beginnings: list[int] | None
) -> Iterator[regex.Match[str]]:
    """pattern.finditer(text), tried only at `beginnings` (where a match can begin, in order)
    where they are known: in Thai, written without spaces, a rule is otherwise tried at every
    letter. A match tried at a place sees the text before it, as finditer's does."""
    if beginnings is None:
        yield from pattern.finditer(text)
        return
    reached = 0
    for place in beginnings:
        if place >= reached and (match := pattern.match(text, place)):
            yield match
            if match.end() == place:  # empty: finditer tries again here for a longer one
                rest = pattern.finditer(text, place)
                next(rest)  # the empty match, found again
                yield from rest
                return
            reached = match.end()
