"""Lines the command line prints to a terminal, wrapped to its width between words (Thai
words as the briefing finds them), each continued under where its own text began."""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal.terminal_width import display_width

# Where a line's text begins: after its indent, and after a list's number or bullet ("  1. ").
_LEAD = re.compile(r"\s*(?:(?:\d+[.)]|[-•*#])\s+)?")
_SPACES = re.compile(r"(\s+)")
_THAI = re.compile("[\u0e00-\u0e7f]")
# The characters that mark what search or the coach matched (journal.storage.search): shown
# as bold, which takes no column, or as brackets, which take one each.
MARKERS = "\ue000\ue001"


def wrapped(text: str, width: int, marker_columns: int = 0) -> str:
    """`text` with each line longer than `width` columns broken between words; a word wider
    than a whole line is broken between the characters a reader sees."""
    return "\n".join(
        part for line in text.split("\n") for part in _wrapped_line(line, width, marker_columns)
    )


def _columns(text: str, marker_columns: int) -> int:
    plain = text.translate({ord(marker): None for marker in MARKERS})
    return display_width(plain) + marker_columns * (len(text) - len(plain))


def _wrapped_line(line: str, width: int, marker_columns: int) -> Iterator[str]:
    if _columns(line, marker_columns) <= width:
        yield line
        return
    lead = _LEAD.match(line)
    lead_text = lead.group() if lead else ""
    indent = " " * _columns(lead_text, 0)
    if len(indent) > width // 2:  # a deep indent on a narrow terminal: start again at the left
        indent = ""
    current, used = lead_text, _columns(lead_text, 0)
    for word in _words(line[len(lead_text) :]):
        columns = _columns(word, marker_columns)
        if word.isspace():
            if used + columns <= width:
                current, used = current + word, used + columns
            continue  # a space where a line breaks is not carried to the next one
        if used + columns > width and current.strip():
            yield current.rstrip()
            current, used = indent, len(indent)
        while used + columns > width and columns > 1:  # wider than any line: cut it
            head, word = _cut(word, width - used, marker_columns)
            if not head:
                break
            yield current + head
            current, used = indent, len(indent)
            columns = _columns(word, marker_columns)
        current, used = current + word, used + columns
    if current.strip():
        yield current.rstrip()


def _words(text: str) -> Iterator[str]:
    """The words and the spaces between them; a Thai run, written without spaces between its
    words, as its words."""
    for part in _SPACES.split(text):
        if part and _THAI.search(part) and not part.isspace():
            from journal.briefing.thai_words import words  # only for Thai wider than a line

            yield from words(part)
        elif part:
            yield part


def _cut(word: str, room: int, marker_columns: int) -> tuple[str, str]:
    """The longest start of `word` that fits in `room` columns, cut between graphemes."""
    import wcwidth

    used, kept = 0, 0
    for cluster in wcwidth.iter_graphemes(word):
        columns = _columns(cluster, marker_columns)
        if used + columns > room:
            break
        used, kept = used + columns, kept + len(cluster)
    return word[:kept], word[kept:]
