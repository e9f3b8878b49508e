"""What the command line prints goes through here: no text of the user's can work the
terminal, and the words search matched are shown in bold, or in [brackets]."""

from __future__ import annotations

import os
import re
import sys
from typing import TextIO

BOLD, PLAIN = "\033[1m", "\033[0m"
# What must not reach a terminal as itself: C0 controls but tab, newline and a carriage return
# before one (ESC starts the sequences that recolour, retitle or rewrite a terminal; a lone
# carriage return overwrites the line), DEL, C1 controls (U+009B is "ESC [" to some terminals)
# and lone surrogates (what Python makes of bytes that are not UTF-8 in an argument or a file
# name). Each is shown as its \uXXXX escape, which in JSON output stands for the same
# character. Patterns are compiled on first use: the window starts without them.
UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]|\r(?!\n)"


def for_terminal(text: str, marked: bool = False, bold: bool = False) -> str:
    """`text` as the command line prints it: every UNSAFE character escaped and, if `marked`,
    the text cli_output marked (as search marks its snippets) in bold, or in [brackets]."""
    text = re.sub(UNSAFE, lambda found: f"\\u{ord(found.group()):04x}", text)
    if not marked:
        return text
    from journal.storage.search import MATCH_END, MATCH_START

    return re.sub(
        f"{MATCH_START}([^{MATCH_START}{MATCH_END}]*){MATCH_END}",
        lambda found: f"{BOLD}{found.group(1)}{PLAIN}" if bold else f"[{found.group(1)}]",
        text,
    )


def say(
    text: str,
    *,
    stream: TextIO | None = None,
    marked: bool = False,
    wrap: bool = False,
    end: str = "\n",
) -> None:
    """Print `text` for a person. Every line the command line prints goes through here, so
    that no text of the user's can work the terminal (for_terminal); `marked` text is shown
    in bold on a terminal that takes colour, else in [brackets]. On a terminal, `wrap` breaks
    lines wider than it between words (piped or redirected, each line stays whole)."""
    stream = stream or sys.stdout
    terminal = stream.isatty()
    bold = marked and terminal and "NO_COLOR" not in os.environ
    if wrap and terminal:
        from journal.terminal_wrap import wrapped

        text = wrapped(text, terminal_columns(), marker_columns=0 if bold else 1)
    shown = for_terminal(text, marked, bold) + end
    try:
        stream.write(shown)
    except UnicodeEncodeError:  # a terminal whose encoding lacks some character
        encoding = stream.encoding or "ascii"
        stream.write(shown.encode(encoding, "backslashreplace").decode(encoding))


def terminal_columns() -> int:
    """The terminal's width in columns ($COLUMNS first, as shells and tests set it)."""
    import shutil

    return max(shutil.get_terminal_size().columns, 20)


class Shown:
    """Standard output for an export that goes to a terminal: text as say() shows it."""

    def write(self, text: str) -> int:
        say(text, end="")
        return len(text)
