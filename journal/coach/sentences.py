"""Which of a text's sentences a position falls in, and where its clauses break."""

from __future__ import annotations

from bisect import bisect_right

import regex

# Where a clause ends inside a sentence: a comma, a semicolon, a colon, a dash, a bracket opened
# or a line break.
CLAUSE_BREAK = regex.compile(r"[,;:—–(\n]| - ")
CLOSING = ".!?…।"  # the marks that end a sentence


def sentence_at(starts: list[int], position: int) -> int:
    """The index of the sentence holding `position`, given where each sentence starts (in
    order); a position before the first sentence is in the first."""
    return max(bisect_right(starts, position) - 1, 0)
