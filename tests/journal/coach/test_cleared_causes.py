"""A cause told beside good news, owned by the writer or denied of someone else is no fault put
away from the writer; a real blame, excuse or passive keeps its finding."""

from __future__ import annotations

import pytest

from tests.journal.coach.cleared_cause_sentences import EVERY_LANGUAGE
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(("text", "language", "kind", "keeps"), EVERY_LANGUAGE)
def test_a_cause_is_flagged_only_where_it_is_put_away_from_the_writer(
    text: str, language: str, kind: str, keeps: bool
) -> None:
    assert (kind in {found.value for found in kinds(text, language)}) is keeps
