"""Which of a lexicon's patterns can match in a text, from one pass over it for what each needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
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
    more than a few texts' skipped patterns save, as in a single `amends check`."""

    def __init__(
        self,
        needs: Sequence[tuple[regex.Pattern[str], Clauses]],
        flags: int,
        texts_before_building: int = _TEXTS_BEFORE_BUILDING,
    ) -> None:
        self._flags = int(flags)
        self._needs = needs
        self._every = frozenset(pattern for pattern, _ in needs)
        self._texts_before_building = texts_before_building
        self._always = frozenset(pattern for pattern, clauses in needs if not clauses)
        self._by_first: defaultdict[str, _Needing] = defaultdict(list)
        self._strings: Any = None

    def everything(self) -> Prefilter:
        """One that lets every pattern through, to compare with."""
        return Prefilter([(pattern, ()) for pattern in self._every], self._flags)

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
        self._strings = ahocorasick.Automaton()
        for string in strings:
            self._strings.add_word(string, string)
        if len(self._strings):
            self._strings.make_automaton()

    def possible(self, text: str) -> set[regex.Pattern[str]]:
        """The patterns that can match somewhere in `text` (every one, before it is built)."""
        if self._strings is None:
            if self._texts_before_building:
                self._texts_before_building -= 1
                return set(self._every)
            self._build()
        possible = set(self._always)
        if not len(self._strings):
            return possible
        found = {string for _, string in self._strings.iter(folded(text, self._flags))}
        for string in found:
            for pattern, rest in self._by_first.get(string, ()):
                if pattern not in possible and all(not found.isdisjoint(c) for c in rest):
                    possible.add(pattern)
        return possible
