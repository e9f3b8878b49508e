"""User text in places Qt would read as rich text (tooltips): escaped, so it shows as typed."""

from __future__ import annotations


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally; Qt guesses markup in tooltips otherwise."""
    if not text:
        return ""
    from html import escape  # not at start: the first tooltip is shown long after

    return f'<p style="white-space: pre-wrap">{escape(text)}</p>'
