"""The languages the apology coach reads: the one list the coach, its lexicons (one
`lexicons/<code>.toml` each), the journal's setting and the command line's choices use."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "sv", "hr", "th", "bn")
DEFAULT = "en"  # the coach's language when nothing tells, or the code is none of these
