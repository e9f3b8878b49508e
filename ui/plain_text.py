"""User text in places Qt would read as rich text (tooltips): escaped, so it shows as typed."""

from __future__ import annotations

from html import escape


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally; Qt guesses markup in tooltips otherwise."""
    return f'<p style="white-space: pre-wrap">{escape(text)}</p>' if text else ""
