"""Where a text quotes someone's own words, in every quoting style of the five languages."""

from __future__ import annotations

import regex

# Quoted text is the client's (or someone's) own words: the coach leaves it alone.
# Every quoting style of the five languages counts: “so”, ”so” and »so» (Swedish), „so“ and
# »so« (Croatian), «so», ‘so’; » as an arrow (File » Save) has a space after it. Straight
# single quotes count only as a pair around words ('just a small fix'), never as the
# apostrophes of "I'm" or "clients'"; an apostrophe between letters inside a quote ('sorry
# if it's late', ‘it’s’) does not end it.
_EVERY_LANGUAGE = (
    r"“[^”]*”|„[^“”\"]*[“”\"]|”[^”“]*”|«[^»]*»|»(?=\w)[^«»\n]{1,200}?(?<=[\w.!?,…])[«»]|‹[^›]*›|「[^」]*」|\"[^\"]*\"|‘(?:[^’\n]|’(?=\w)){12,}’"
    r"|(?<![\w'])'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){2,120}?(?<=[\w.!?,…])'(?![\w'])"
)
QUOTED = regex.compile(_EVERY_LANGUAGE, regex.UNICODE)
# Swedish also quotes with ’ on both sides (’bara en liten miss’). Elsewhere that mark is the
# typographic apostrophe, which opens words (’til, ’em, ’90s) and closes them (the clients’):
# read as quotes there, a pair of them would hide the words between from the coach.
_QUOTED_IN = {
    "sv": regex.compile(
        _EVERY_LANGUAGE
        + r"|(?<![\w’])’(?=\p{L})(?:[^’\n]|(?<=\w)’(?=\w)){2,120}?(?<=[\w.!?,…])’(?![\w’])",
        regex.UNICODE,
    )
}


def quoting(language: str) -> regex.Pattern[str]:
    """What a quote looks like in `language`."""
    return _QUOTED_IN.get(language, QUOTED)


def quoted_ranges(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of `text` inside quotes (the marks included), as `language` writes them."""
    return [match.span() for match in quoting(language).finditer(text)]


def inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    """Whether `span` lies wholly within one of `ranges` (a quote, an exception's words)."""
    return any(start <= span[0] and span[1] <= end for start, end in ranges)


def blanked(text: str, quoted: list[tuple[int, int]]) -> str:
    """The text with what it quotes (spans in order; overlapping ones blanked once) turned to
    spaces: the same length, so every place in it is where it was."""
    if not quoted:
        return text
    parts, last = [], 0
    for start, end in quoted:
        start = max(start, last)
        if end <= start:
            continue
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def unquoted(text: str, language: str) -> str:
    """The text with what `language` quotes in it turned to spaces (the client's words)."""
    return blanked(text, quoted_ranges(text, language))
