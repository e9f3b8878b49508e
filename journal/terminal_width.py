"""How many columns text takes on a terminal, as the command line lines its tables up: by
wcwidth's measure of each grapheme cluster, an escaped character by its escape's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from journal.terminal import UNSAFE

_UNSAFE = re.compile(UNSAFE)
ESCAPE_WIDTH = len("\\u001b")


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """Where each character a reader sees ends in `text`, and the terminal columns it takes as
    wcwidth measures them: a grapheme cluster (a Thai letter with its marks, a Bengali
    conjunct with its signs, an emoji sequence), or an UNSAFE character, which say() prints as
    its escape (ESCAPE_WIDTH columns; the character itself is never measured)."""
    start = 0
    for unsafe in _UNSAFE.finditer(text):
        yield from _graphemes(text, start, unsafe.start())
        yield unsafe.end(), ESCAPE_WIDTH
        start = unsafe.end()
    yield from _graphemes(text, start, len(text))


def _graphemes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    import wcwidth  # only the commands that print tables load it (14 ms)

    for cluster in wcwidth.iter_graphemes(text[start:end]):
        start += len(cluster)
        yield start, max(wcwidth.wcswidth(cluster), 0)  # a tab or newline: fit() made a space


def display_width(text: str) -> int:
    """The terminal columns `text` takes as say() prints it (wcwidth's measure)."""
    return sum(columns for _, columns in _clusters(text))


def fit(text: str, width: int) -> str:
    """`text` on one line, cut to `width` columns with an ellipsis, padded to exactly `width`."""
    text = " ".join(text.split())
    used = display_width(text)
    if used > width:
        used = 0
        # One pass for the longest start that fits beside the ellipsis: cutting a letter at a
        # time and measuring again took minutes for a long title. A cut falls between two
        # grapheme clusters, never inside one.
        kept = 0
        for end, columns in _clusters(text):
            if used + columns > width - 1:
                break
            used, kept = used + columns, end
        text = text[:kept] + "…"
        used += 1
    return text + " " * (width - used)


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` filled out with spaces to `width` columns, or aligned to their right."""
    space = " " * max(width - display_width(text), 0)
    return space + text if right else text + space


def column_width(heading: str, least: int, words: Iterable[str] = ()) -> int:
    """A column's width: as in English at least, else its heading's or its widest word's."""
    return max(least, display_width(heading), *map(display_width, words))
