"""Sentences that use a fault's words innocently, as freelancers write them, are left alone."""

from __future__ import annotations

import pytest

from journal.checker import check
from tests.journal.coach.innocent import INNOCENT


@pytest.mark.parametrize(("text", "language"), INNOCENT)
def test_a_sentence_using_a_faults_words_innocently_is_left_alone(text: str, language: str) -> None:
    assert check(text, language) == []
