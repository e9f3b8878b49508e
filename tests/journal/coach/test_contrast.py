"""The model reads a "but" only where an apology is said before a word that turns against it."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # The only apology before the "but" is the client's, quoted; the writer's comes after.
        (
            'The client wrote "sorry if we were late with the notes," but the delay was mine'
            " and I apologise.",
            "en",
            set(),
        ),
        # The apology comes after the "but": it takes nothing back, though the small word stays.
        ("Razlika je bila minimalna, svega par eura, ali ispričavam se.", "hr", {
            FindingKind.MINIMISING
        }),
    ],
)  # fmt: skip
def test_a_but_before_the_apology_takes_nothing_back(
    text: str, language: str, kept: set[FindingKind]
) -> None:
    assert kinds(text, language) == kept


def test_a_but_after_the_apology_is_still_read() -> None:
    text = "Sorry the prints are late, but honestly the brief came in the night before."
    assert FindingKind.BUT in kinds(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "ขอโทษที่ส่งช้าครับ ผมควรเริ่มแต่เนิ่นๆ",  # "I should have started early on"
        "ขอโทษค่ะ ดิฉันน่าจะถามคุณแต่แรก",  # "I ought to have asked you from the start"
    ],
)
def test_a_thai_word_that_holds_but_is_no_but(text: str) -> None:
    assert FindingKind.BUT not in kinds(text, "th")
