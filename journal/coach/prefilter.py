"""Which of a lexicon's patterns can match in a text, from one pass over it for what each needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import ahocorasick
import regex

from journal.coach.triggers import Clauses


class Prefilter:
    """Finds every string any pattern needs in one pass over a text (Aho-Corasick); a pattern
    can match where a string of each of its sets is there (one that needs nothing, always)."""

    def __init__(self, needs: Sequence[tuple[regex.Pattern[str], Clauses]]) -> None:
        self._always = frozenset(pattern for pattern, clauses in needs if not clauses)
        # Most patterns fail on their first set, the one a text is least likely to hold: only
        # those whose first set is there are looked at any further.
        by_first: dict[str, list[tuple[regex.Pattern[str], tuple[frozenset[str], ...]]]]
        by_first = defaultdict(list)
        strings: set[str] = set()
        for pattern, clauses in needs:
            if clauses:
                first, *rest = clauses
                needed = (pattern, tuple(map(frozenset, rest)))
                for string in first:
                    by_first[string].append(needed)
                strings.update(*clauses)
        self._strings = ahocorasick.Automaton()
        for string in strings:
            self._strings.add_word(string, (string, by_first.get(string, [])))
        if len(self._strings):
            self._strings.make_automaton()

    def possible(self, text: str) -> set[regex.Pattern[str]]:
        """The patterns that can match somewhere in `text`."""
        possible = set(self._always)
        if not len(self._strings):
            return possible
        found, candidates = set(), []
        for _, (string, needing) in self._strings.iter(text.casefold()):
            found.add(string)
            candidates += needing
        possible.update(
            pattern
            for pattern, rest in candidates
            if pattern not in possible and all(not found.isdisjoint(clause) for clause in rest)
        )
        return possible
