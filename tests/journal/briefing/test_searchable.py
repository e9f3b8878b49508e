"""Thai and Bengali in the briefing are found, and copied, as they were written."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from pythainlp.tokenize import word_tokenize

from journal.briefing import searchable
from journal.briefing.render import render
from journal.domain import Client, Incident
from journal.incidents import NO_REPEATS
from tests.conftest import full_incident

# What a freelancer might write to a client: tone marks (lowered and stacked), sara am,
# tall consonants, Thai digits.
THAI_LETTER = (
    "เรียน คุณสมศรี ผมต้องขอโทษอย่างยิ่งที่ส่งไฟล์งานออกแบบช้ากว่ากำหนด ๓ วัน "
    "ผมเข้าใจว่าความล่าช้านี้ทำให้ทีมของคุณต้องเลื่อนการประชุมกับลูกค้า "
    "ตอนนี้ผมแก้ไขแบบร่างทั้ง ๑๒ หน้าและปรับสีป้ายโฆษณาให้ตรงกับแบรนด์ของคุณเรียบร้อยแล้ว "
    "และจะไม่คิดค่าบริการสำหรับงานรอบนี้ ผมจะส่งงานล่วงหน้าอย่างน้อยสองวันทุกครั้ง "
    "ถ้ามีข้อสงสัย โทรหาผมได้ตลอดเวลาครับ น้ำใจของคุณมีค่ามาก"
)
# Conjuncts, reph, the pre-base vowel signs ি ে ৈ and the split ো ৌ, Bengali digits.
BENGALI_LETTER = (
    "প্রিয় রহিম ভাই, আমি আন্তরিকভাবে দুঃখিত যে আপনার ওয়েবসাইটের নকশা নির্ধারিত সময়ের "
    "৩ দিন পরে পাঠিয়েছি। আমার ভুলের কারণে আপনার দোকানের উদ্বোধন পিছিয়ে গেছে, এবং আমি "
    "জানি এতে আপনার ক্ষতি হয়েছে। আমি সব পরিবর্তন শেষ করেছি এবং ১৫ নভেম্বর পর্যন্ত "
    "বিনামূল্যে রক্ষণাবেক্ষণ করব। ভবিষ্যতে প্রতিটি কাজের আগে একটি চেকলিস্ট অনুসরণ করব, "
    "যাতে এমন ভুল আর না হয়। মৌখিকভাবে কথা বলতে চাইলে যেকোনো সময় ফোন করবেন। নৈতিক দায় আমার।"
)
LETTERS = {"thai": THAI_LETTER, "bengali": BENGALI_LETTER}


def _read_as_evince_does(path: Path) -> str:
    """The text poppler (Evince, Okular) finds and copies."""
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode("utf-8")


def _read_as_pypdf_does(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


READERS: dict[str, Callable[[Path], str]] = {
    "poppler": _read_as_evince_does,
    "pypdf": _read_as_pypdf_does,
}


def _words(language: str) -> list[str]:
    """The letter's words: Thai has no spaces between them, so it is split as a dictionary
    does (and as the briefing breaks its lines)."""
    text = LETTERS[language]
    if language == "thai":
        pieces = word_tokenize(text, engine="newmm", keep_whitespace=False)
    else:
        pieces = text.split()
    return [word for piece in pieces if (word := piece.strip("।, "))]


def _briefing(language: str) -> Incident:
    letter = LETTERS[language]
    thai = language == "thai"
    return full_incident(
        id=21,
        title="ส่งไฟล์งานช้ากว่ากำหนด" if thai else "নির্ধারিত সময়ের পরে নকশা",
        client=Client("คุณสมศรี ใจดี" if thai else "রহিম চৌধুরী"),
        summary=letter[:70] if thai else letter.split("। ")[0],
        what_happened=letter,
    )


def _render(language: str, path: Path) -> Path:
    briefing = render(_briefing(language), NO_REPEATS, path, "a4")
    assert briefing.cut == () and not briefing.shortened  # every word is on the page
    return briefing.path


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("language", LETTERS)
def test_every_word_of_a_thai_or_bengali_letter_is_found_in_the_briefing(
    tmp_path: Path, language: str, reader: str
) -> None:
    path = _render(language, tmp_path / "letter.pdf")
    text = _nfc(READERS[reader](path))
    assert [word for word in _words(language) if _nfc(word) not in text] == []


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("language", LETTERS)
def test_a_thai_or_bengali_letter_copied_from_the_briefing_is_the_letter_written(
    tmp_path: Path, language: str, reader: str
) -> None:
    path = _render(language, tmp_path / "letter.pdf")
    without_spaces = re.compile(r"\s+")
    copied = without_spaces.sub("", _nfc(READERS[reader](path)))
    # Line breaks and spaces may fall differently; nothing else may be added, lost or moved.
    assert without_spaces.sub("", _nfc(LETTERS[language])) in copied


def _render_as_reportlab_alone(
    incident: Incident, path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The briefing as ReportLab makes it, without the codes that read right."""
    searchable.install()
    shape, cmap = searchable._originals["shape"], searchable._originals["cmap"]
    with monkeypatch.context() as patch:
        patch.setattr(searchable, "install", lambda: None)
        patch.setattr(searchable.ttfonts, "shapeFragWord", shape)
        patch.setattr(searchable.paragraph, "shapeFragWord", shape)
        patch.setattr(searchable.ttfonts, "makeToUnicodeCMap", cmap)
        return render(incident, NO_REPEATS, path, "a4").path


def _glyph_places(path: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        places = [(char["top"], char["x0"]) for char in pdf.pages[0].chars]
    return sorted(places, key=lambda place: (round(place[0], 2), round(place[1], 2)))


@pytest.mark.parametrize("language", LETTERS)
def test_the_letter_looks_exactly_as_reportlab_alone_draws_it(
    tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    readable = _render(language, tmp_path / "readable.pdf")
    plain = _render_as_reportlab_alone(_briefing(language), tmp_path / "plain.pdf", monkeypatch)
    assert _read_as_pypdf_does(plain) != _read_as_pypdf_does(readable)
    ours, theirs = _glyph_places(readable), _glyph_places(plain)
    assert len(ours) == len(theirs)  # the same glyphs, each in the same place
    for (top, x), (their_top, their_x) in zip(ours, theirs, strict=True):
        assert x == pytest.approx(their_x, abs=0.01) and top == pytest.approx(their_top, abs=0.01)


def test_an_english_briefing_is_the_file_reportlab_alone_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = full_incident(id=22)
    plain = _render_as_reportlab_alone(incident, tmp_path / "plain.pdf", monkeypatch)
    readable = render(incident, NO_REPEATS, tmp_path / "readable.pdf", "a4").path
    assert readable.read_bytes() == plain.read_bytes()


def test_a_briefing_made_again_is_the_same_file(tmp_path: Path) -> None:
    first = _render("bengali", tmp_path / "first.pdf").read_bytes()
    assert _render("bengali", tmp_path / "second.pdf").read_bytes() == first
