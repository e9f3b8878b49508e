"""A fault said in other words than the commonest is found, and a clean sentence that looks
like it stays clean, in every language."""

from __future__ import annotations

import pytest

from tests.journal.coach.found import kinds
from tests.journal.coach.other_words_sentences import EVERY_LANGUAGE


@pytest.mark.parametrize(("text", "language", "kind", "found"), EVERY_LANGUAGE)
def test_a_fault_is_found_in_the_words_a_freelancer_uses(
    text: str, language: str, kind: str, found: bool
) -> None:
    assert (kind in {finding.value for finding in kinds(text, language)}) is found
