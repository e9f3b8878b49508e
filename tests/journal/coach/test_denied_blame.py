"""A blame the writer denies puts nothing on anyone; said plainly, the same blame is found."""

from __future__ import annotations

import pytest

from journal.checker import check
from journal.reports import FindingKind


@pytest.mark.parametrize(
    ("plain", "denied", "language"),
    [
        # "The fault is your designer's" / "… is not your designer's; I sent the wrong file".
        (
            "দোষটা আপনার ডিজাইনারের।",
            "দোষটা আপনার ডিজাইনারের নয়; ভুল ফাইলটা আমি পাঠিয়েছিলাম।",
            "bn",
        ),
        # "Your accountant made a mistake" / "… did nothing wrong; I didn't reconcile it".
        (
            "আপনার অ্যাকাউন্ট্যান্ট ভুল করেছেন, তাই হিসাব মেলেনি।",
            "আপনার অ্যাকাউন্ট্যান্ট ভুল কিছু করেননি; হিসাবটা আমি মেলাইনি।",
            "bn",
        ),
        # "It was the caterer's mistake" / "It is not the caterer's fault, I ordered late".
        (
            "ক্যাটারারের ভুলেই খাবার দেরিতে এসেছে।",
            "এটা ক্যাটারারের দোষ নয়, অর্ডারটা আমি দেরিতে দিয়েছিলাম।",
            "bn",
        ),
        # "That's your back-end team's muddle" / "… is not …; I gave the wrong config".
        (
            "ওটা আপনার ব্যাকএন্ড টিমের গণ্ডগোল।",
            "ওটা আপনার ব্যাকএন্ড টিমের গণ্ডগোল নয়, কনফিগটা আমি ভুল দিয়েছিলাম।",
            "bn",
        ),
        ("Felet ligger hos er byrå.", "Felet ligger inte hos er byrå, jag skickade fel fil.", "sv"),
        (
            "ทีมของคุณส่งไฟล์ผิดมาครับ งานเลยล่าช้า",
            "ไม่ใช่ความผิดของทีมคุณเลยครับ ผมส่งไฟล์ผิดเอง",
            "th",
        ),
    ],
)
def test_a_denied_blame_is_left_alone_and_a_plain_one_found(
    plain: str, denied: str, language: str
) -> None:
    assert [finding.kind for finding in check(plain, language)] == [FindingKind.BLAME]
    assert check(denied, language) == []
