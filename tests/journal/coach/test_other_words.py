"""A sentence near a blame, an excuse or a passive is flagged with that kind only where it
commits the fault, in every language."""

from __future__ import annotations

import pytest

from tests.journal.coach.found import kinds
from tests.journal.coach.other_words_sentences import EVERY_LANGUAGE


@pytest.mark.parametrize(("text", "language", "kind", "found"), EVERY_LANGUAGE)
def test_a_cause_is_flagged_only_where_the_sentence_commits_it(
    text: str, language: str, kind: str, found: bool
) -> None:
    assert (kind in {finding.value for finding in kinds(text, language)}) is found
