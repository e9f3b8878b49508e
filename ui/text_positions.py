"""Positions in a text as Python counts them (code points) and as Qt does (UTF-16 units).

Python's `str` counts a character outside the Basic Multilingual Plane (an emoji 😊, a rare
CJK ideograph 𠀋, a mathematical letter) as one; QString, QTextCursor and QTextDocument
count it as two, a surrogate pair. Everything in `journal` speaks code points; every place
a position crosses into Qt or comes back from it goes through `TextPositions`, made once
per text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextPositions:
    """The mapping for one text, built in one pass (a regular-expression scan in C); each
    conversion then costs a binary search over the text's astral characters, and nothing
    at all when there are none: fit to run on every keystroke in a 100 KB field."""

    __slots__ = ("_points", "_units")

    def __init__(self, text: str) -> None:
        # The code-point index of each astral character, and where it starts in UTF-16.
        self._points = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._units = [point + before for before, point in enumerate(self._points)]

    def to_qt(self, position: int) -> int:
        """The UTF-16 position of a code-point position (0 … len(text))."""
        if not self._points:
            return position
        return position + bisect_left(self._points, position)

    def from_qt(self, position: int) -> int:
        """The code-point position of a UTF-16 position; one between the two halves of a
        surrogate pair is the start of that character."""
        if not self._units:
            return position
        return position - bisect_left(self._units, position)
