"""Lines the command line prints to a terminal, wrapped to its width between words (Thai
words as the briefing finds them), each continued under where its own text began."""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal.storage.search import MATCH_END, MATCH_START
from journal.terminal_width import display_width

# Where a line's text begins: after its indent, and after a list's number or bullet ("  1. ").
_LEAD = re.compile(r"\s*(?:(?:\d+[.)]|[-•*#])\s+)?")
# A row of columns ("  2025-03      2  (…"): its text goes on under its last column.
# Two spaces after a full stop are prose, not a column.
_COLUMN = re.compile(r"\s*\S[^\n]{0,22}?\S(?<![.!?…।]) {2,}(?=\S)(?:[^\n]{0,10}? {2,}(?=\S))?")
_SPACES = re.compile(r"(\s+)")
_THAI = re.compile("[\u0e00-\u0e7f]")
_OPENING = re.compile(r"[(\[{“‘«„]+")
_CLOSING = re.compile(r"[)\]}”’».,;:!?]+")
# What search or the coach matched is marked: shown as bold, which takes no column, or as
# brackets, which take one each.
MARKERS = MATCH_START + MATCH_END


def wrapped(text: str, width: int, marker_columns: int = 0) -> str:
    """`text` with each line longer than `width` columns broken between words; a word wider
    than a whole line is broken between the characters a reader sees."""
    return "\n".join(
        part for line in text.split("\n") for part in _wrapped_line(line, width, marker_columns)
    )


def _columns(text: str, marker_columns: int) -> int:
    plain = text.translate({ord(marker): None for marker in MARKERS})
    return display_width(plain) + marker_columns * (len(text) - len(plain))


def _wrapped_line(line: str, width: int, marker_columns: int) -> list[str]:
    if _columns(line, marker_columns) <= width:
        return [line]
    if not line.strip():
        return [""]
    lead = _LEAD.match(line)
    lead_text = lead.group() if lead else ""
    column = _COLUMN.match(line)  # "  2025-03      2  (missed deadline 1, …": under the "("
    indent = " " * _columns(column.group() if column else lead_text, 0)
    if len(indent) > width // 2:  # a deep indent on a narrow terminal: start again at the left
        indent = ""
    lines: list[str] = []
    current, used = lead_text, _columns(lead_text, 0)
    for word in _words(line[len(lead_text) :]):
        columns = _columns(word, marker_columns)
        if word.isspace():
            if used + columns <= width:
                current, used = current + word, used + columns
            elif current.strip():  # the line breaks here, and the space is not carried over
                lines.append(current.rstrip())
                current, used = indent, len(indent)
            continue
        if used + columns > width and current.strip():
            lines.append(current.rstrip())
            current, used = indent, len(indent)
        if used + columns > width and not current.strip() and columns <= width:
            current, used = "", 0  # too long under the indent, not for a line: at the left
        while used + columns > width and columns > 1:  # wider than any line: cut it
            head, word = _cut(word, width - used, marker_columns)
            if not head:
                break
            lines.append(current + head)
            current, used = indent, len(indent)
            columns = _columns(word, marker_columns)
        current, used = current + word, used + columns
    if current.strip():
        lines.append(current.rstrip())
    return _without_a_stub(lines, indent, width, marker_columns)


def _without_a_stub(lines: list[str], indent: str, width: int, marker_columns: int) -> list[str]:
    """A last line of one short word ("2026", "(0)") takes the word before it along (not in
    Thai, where a line may break between words with no space to carry)."""
    if len(lines) < 2 or " " in lines[-1].strip() or _columns(lines[-1], 0) - len(indent) > 6:
        return lines
    if _THAI.search(lines[-1]) or _THAI.search(lines[-2][-1:]):
        return lines
    before, _, word = lines[-2].rpartition(" ")
    moved = f"{indent}{word} {lines[-1].strip()}"
    if not before.strip() or _columns(moved, marker_columns) > width:
        return lines
    return [*lines[:-2], before.rstrip(), moved]


def _words(text: str) -> Iterator[str]:
    """The words and the spaces between them; a Thai run, written without spaces between its
    words, as its words."""
    for part in _SPACES.split(text):
        if part and _THAI.search(part) and not part.isspace():
            from journal.briefing.thai_words import words  # only for Thai wider than a line

            yield from _kept_with_marks(words(part))
        elif part:
            yield part


def _kept_with_marks(words: list[str]) -> list[str]:
    """Words with the brackets and quotes around them: a line never ends on "(" or starts
    on ")"."""
    kept: list[str] = []
    pending = ""
    for word in words:
        if _OPENING.fullmatch(word):
            pending += word
        elif _CLOSING.fullmatch(word) and kept and not pending:
            kept[-1] += word
        else:
            kept.append(pending + word)
            pending = ""
    if pending:
        kept.append(pending)
    return kept


def word_edges(text: str) -> list[int]:
    """Every place in `text` where a word or a run of spaces begins or ends (Thai words as
    _words finds them): where an excerpt may start or stop."""
    edges, position = [0], 0
    for word in _words(text):
        position += len(word)
        edges.append(position)
    return edges


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
