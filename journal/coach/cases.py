"""Text with every letter put as one stand-in for all the letters a rule matches it as."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

# The regex module's own case table, from its private engine: it matches "I" as Turkish
# dotless i and "i" as dotted capital I (str.casefold() does neither), and knows newer
# Unicode than Python may.
ENGINE: Any = importlib.import_module("regex._regex")
_MOST_REMEMBERED = 50_000  # characters (a paste of every script is forgotten, not kept)


class _StandIns(dict[int, int]):
    """Each character's stand-in: the lowest of those the engine takes as the same letter in
    another case, followed from one to the next (i, I and the Turkish dotless and dotted ones
    are one); worked out the first time a character is seen."""

    def __init__(self, flags: int) -> None:
        super().__init__()
        self._flags = flags

    def __missing__(self, code: int) -> int:
        if len(self) > _MOST_REMEMBERED:
            self.clear()
        same, waiting = {code}, [code]
        while waiting:
            for other in ENGINE.get_all_cases(self._flags, waiting.pop()):
                if other not in same:
                    same.add(other)
                    waiting.append(other)
        stand_in = min(same)
        self.update(dict.fromkeys(same, stand_in))
        return stand_in


@cache
def _stand_ins(flags: int) -> _StandIns:
    return _StandIns(flags)


def folded(text: str, flags: int) -> str:
    """The text with each letter replaced by its stand-in: where a pattern compiled with
    `flags` (ignoring case) matches a text, the folded pattern's letters are in the folded text."""
    return text.translate(_stand_ins(int(flags)))
