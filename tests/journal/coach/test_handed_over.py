"""The client's material called unusable beside the fault is blame; as plain news it is not."""

from __future__ import annotations

import pytest

from journal.reports import FindingKind
from tests.journal.coach.found import kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry the edit took so long, the footage you sent was a mess.", "en"),
        ("The photos you supplied were too low-res, so the brochure looks blurry.", "en"),
        ("Sorry the mix is late, the stems your engineer uploaded were missing the vocal tracks.",
         "en"),
        ("really sorry about the banner, the logo you gave us was low-res", "en"),
        ("Ledsen för förseningen, filerna du skickade var trasiga.", "sv"),
        ("Ursäkta dröjsmålet, underlaget ni gav mig var ofullständigt.", "sv"),
        ("Förlåt att trycket blev suddigt, bilderna ni skickade var för lågupplösta.", "sv"),
    ],
)  # fmt: skip
def test_the_clients_material_called_unusable_beside_the_fault_is_blame(
    text: str, language: str
) -> None:
    assert FindingKind.BLAME in kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The photos you sent were a bit dark, I've brightened them and they look great now.",
         "en"),
        ("The files you sent were corrupted, so I've asked your IT team to resend them; no rush.",
         "en"),
        ("Sorry I missed your call. The drawings you sent were perfect, thank you.", "en"),
        ("Bilderna ni skickade var lite mörka, jag har ljusat upp dem och de blev fina.", "sv"),
        ("Filerna du skickade var trasiga, så jag har bett er IT-avdelning skicka dem igen.",
         "sv"),
        ("Bilderna ni skickade var jättefina, tack!", "sv"),
    ],
)  # fmt: skip
def test_the_clients_material_as_news_or_praise_is_no_blame(text: str, language: str) -> None:
    assert FindingKind.BLAME not in kinds(text, language)
