"""A sentence that uses a fault's words without committing one (a trade thanked, a move or a
storm told as news, a busy week that went well, a delay denied, the client's own trouble) is
left clean, in every language."""

from __future__ import annotations

import pytest

from journal import checker
from tests.journal.coach.near_miss_sentences import NEAR_MISSES


@pytest.mark.parametrize("language", sorted(NEAR_MISSES))
def test_a_sentence_near_a_fault_that_commits_none_is_left_clean(language: str) -> None:
    flagged = {
        text: sorted({finding.kind.value for finding in checker.check(text, language)})
        for text in NEAR_MISSES[language]
    }
    assert {text: kinds for text, kinds in flagged.items() if kinds} == {}
