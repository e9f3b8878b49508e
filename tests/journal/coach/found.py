"""What the coach finds in a text, as the kinds a test asserts on."""

from __future__ import annotations

from journal.checker import check
from journal.reports import DraftField, FindingKind


def kinds(text: str, language: str, field: DraftField = DraftField.ANY) -> set[FindingKind]:
    """The kinds of fault the coach finds in `text`, read as `language` in `field`."""
    return {finding.kind for finding in check(text, language, field)}
