"""Which of a text's sentences a position falls in."""

from __future__ import annotations

from bisect import bisect_right


def sentence_at(starts: list[int], position: int) -> int:
    """The index of the sentence holding `position`, given where each sentence starts (in
    order); a position before the first sentence is in the first."""
    return max(bisect_right(starts, position) - 1, 0)
