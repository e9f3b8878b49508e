"""A cause told beside good news, owned by the writer, denied of someone else, or only named in
a sentence that commits no fault is no fault put away from the writer; a real blame, excuse or
passive keeps its finding."""

from __future__ import annotations

import pytest

from tests.journal.coach import cleared_cause_sentences, other_words_sentences
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language", "kind", "keeps"),
    cleared_cause_sentences.EVERY_LANGUAGE + other_words_sentences.EVERY_LANGUAGE,
)
def test_a_cause_is_flagged_only_where_it_is_put_away_from_the_writer(
    text: str, language: str, kind: str, keeps: bool
) -> None:
    assert (kind in {found.value for found in kinds(text, language)}) is keeps
