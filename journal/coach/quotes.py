"""Where a text quotes someone's own words, in every quoting style of the five languages."""

from __future__ import annotations

import regex

# Quoted text is the client's (or someone's) own words: the coach leaves it alone.
# Every quoting style of the five languages counts: “so”, ”so” and »so» (Swedish), „so“ and
# »so« (Croatian), «so», ‘so’; » as an arrow (File » Save) has a space after it. Straight
# single quotes count only as a pair around words ('just a small fix'), never as the
# apostrophes of "I'm" or "clients'"; an apostrophe between letters inside a quote ('sorry
# if it's late', ‘it’s’) does not end it. Swedish also quotes with ’ on both sides (’bara en
# liten miss’), the mark that is the typographic apostrophe: it is paired as ' is.
QUOTED = regex.compile(
    r"“[^”]*”|„[^“”\"]*[“”\"]|”[^”“]*”|«[^»]*»|»(?=\w)[^«»\n]{1,200}?(?<=[\w.!?,…])[«»]|‹[^›]*›|「[^」]*」|\"[^\"]*\"|‘(?:[^’\n]|’(?=\w)){12,}’"
    r"|(?<![\w'])'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){2,120}?(?<=[\w.!?,…])'(?![\w'])"
    r"|(?<![\w’])’(?=\w)(?:[^’\n]|(?<=\w)’(?=\w)){2,120}?(?<=[\w.!?,…])’(?![\w’])",
    regex.UNICODE,
)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of `text` inside quotes (the marks included)."""
    return [match.span() for match in QUOTED.finditer(text)]
