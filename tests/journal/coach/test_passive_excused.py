"""A passive whose cause is a circumstance is said as the excuse it is; one with none stays."""

from __future__ import annotations

import pytest

from journal.checker import check
from journal.coach.lexicon import load
from journal.reports import FindingKind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Between the holidays and the flu going round, a couple of your emails got missed.", "en"),
        # "Between the holidays and the fever, a few of your emails slipped past my eyes."
        ("ছুটি আর জ্বরের মধ্যে আপনার কয়েকটা ইমেইল চোখ এড়িয়ে গেছে।", "bn"),
    ],
)
def test_a_passive_put_down_to_a_circumstance_is_one_excuse(text: str, language: str) -> None:
    found = check(text, language)
    assert [finding.kind for finding in found] == [FindingKind.EXCUSE]
    # The excuse's own reason, on the sentence that makes it (its closing mark left out).
    assert found[0].message == load(language).messages["excuse"]
    assert text[found[0].start : found[0].end] == text.rstrip(".।")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The file was sent to the wrong address.", "en"),
        ("Filen skickades till fel adress.", "sv"),
        ("Datoteka je poslana na krivu adresu.", "hr"),
        ("ไฟล์ถูกส่งไปผิดที่อยู่ครับ", "th"),
        ("ফাইলটা ভুল ঠিকানায় পাঠানো হয়েছে।", "bn"),
    ],
)
def test_a_passive_with_no_cause_stays_a_passive(text: str, language: str) -> None:
    assert [finding.kind for finding in check(text, language)] == [FindingKind.PASSIVE]
