"""The briefing: always one page, every script right, user text only ever text."""

from __future__ import annotations

import dataclasses
import stat
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from journal.briefing.fonts import BENGALI, covered
from journal.briefing.render import locale_paper, render
from journal.domain import Client, Incident, Question
from journal.errors import JournalError
from journal.incidents import NO_REPEATS
from journal.service import Journal
from tests.conftest import full_incident

THAI = full_incident(
    id=9,
    title="ส่งใบแจ้งหนี้ผิดเดือน",
    client=Client("คุณสมชาย ใจดี"),
    summary="ผมส่งใบแจ้งหนี้ให้คุณสองครั้งเพราะไม่ได้ตรวจสอบก่อนส่ง ผมคืนเงินให้แล้วครับ",
    what_happened="ลูกค้าได้รับใบแจ้งหนี้ซ้ำสองครั้งเพราะผมลืมตรวจสอบระบบก่อนส่ง",
)
BENGALI_INCIDENT = full_incident(
    id=10,
    title="ভুল ফাইল পাঠানো হয়েছে",
    client=Client("রহিম চৌধুরী"),
    summary="আমি আপনাকে পুরনো সংস্করণের নকশা পাঠিয়েছিলাম। আমি সঠিক ফাইল পাঠিয়েছি।",
    apology="আমি দুঃখিত, আমি ভুল ফাইল পাঠিয়েছি।",
)


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_full_incident_fits_one_page_with_every_section(tmp_path: Path) -> None:
    briefing = render(full_incident(id=7), NO_REPEATS, tmp_path / "b.pdf", "a4")
    reader = PdfReader(briefing.path)
    assert len(reader.pages) == 1 and briefing.cut == () and not briefing.shortened
    text = _text(briefing.path)
    for expected in ("Missed the shop launch", "Say this", "Likely questions", "On the call",
                     "Why it won’t happen again", "€150", "Åsa Lindqvist"):  # fmt: skip
        assert expected in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)


def test_an_incident_with_nothing_written_yet_invites_writing(tmp_path: Path) -> None:
    bare = Incident(title="Sent the wrong file", client=Client("Nong"), id=3)
    text = " ".join(_text(render(bare, NO_REPEATS, tmp_path / "b.pdf").path).split())
    assert "Sent the wrong file" in text and "On the call" in text
    for part in ("What you will say", "The apology", "Show you see their side"):
        assert f"{part}: not written yet." in text
    for heading in ("Likely questions", "What happened", "Why", "What I’ll offer"):
        assert heading in text
    assert text.count("Not written yet.") == 6  # the five left sections and the offer


def _base_letters(text: str) -> str:
    """Thai without tone marks or the private-use glyphs shaping maps stacked marks to:
    what pypdf can read back from a shaped page."""
    return "".join(
        c for c in text if not (0xE000 <= ord(c) <= 0xF8FF or 0x0E48 <= ord(c) <= 0x0E4B)
    )


def test_thai_text_is_on_the_page_and_breaks_between_words(tmp_path: Path) -> None:
    text = _base_letters(_squeezed(_text(render(THAI, NO_REPEATS, tmp_path / "th.pdf").path)))
    for expected in ("ใบแจ้งหนี้", "สองครั้งเพราะผมลืมตรวจสอบระบบก่อนส่ง", "คุณสมชาย"):
        assert _base_letters(expected) in text


def test_bengali_is_drawn_with_the_bengali_font_which_has_every_letter(tmp_path: Path) -> None:
    briefing = render(BENGALI_INCIDENT, NO_REPEATS, tmp_path / "bn.pdf")
    assert briefing.missing_characters == ()
    letters = {ord(c) for field in ("title", "summary", "apology")
               for c in getattr(BENGALI_INCIDENT, field) if 0x0980 <= ord(c) <= 0x09FF}  # fmt: skip
    assert letters <= covered(BENGALI)
    page = PdfReader(briefing.path).pages[0]
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("NotoSansBengali" in name for name in fonts)


def test_user_markup_is_printed_not_obeyed(tmp_path: Path) -> None:
    sneaky = full_incident(
        id=4,
        what_happened='<b>bold</b> & <font size=60>big</font> <a href="http://evil">x</a>\n'
        '<img src="/etc/passwd"/> <br/> &amp;',
    )
    briefing = render(sneaky, NO_REPEATS, tmp_path / "b.pdf")
    page = PdfReader(briefing.path).pages[0]
    text = " ".join(_text(briefing.path).split())
    assert '<b>bold</b> & <font size=60>big</font> <a href="http://evil">x</a>' in text
    assert '<img src="/etc/passwd"/> <br/> &amp;' in text
    assert "/Annots" not in page
    xobjects = page["/Resources"].get("/XObject", {})
    assert not xobjects


def test_no_private_data_in_the_metadata(tmp_path: Path) -> None:
    reader = PdfReader(render(full_incident(id=7), NO_REPEATS, tmp_path / "b.pdf").path)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Åsa" not in metadata and "Lindqvist" not in metadata and "root" not in metadata
    assert reader.metadata is not None and reader.metadata.title == "Call briefing"


def test_the_file_is_private_and_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    render(full_incident(id=7), NO_REPEATS, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]
    with pytest.raises(JournalError, match="Cannot write"):
        render(full_incident(id=7), NO_REPEATS, tmp_path / "missing" / "b.pdf")


def test_characters_no_font_has_are_reported(tmp_path: Path) -> None:
    briefing = render(
        full_incident(id=7, apology="I'm sorry 🙈 — 漢字"), NO_REPEATS, tmp_path / "b.pdf"
    )
    assert set(briefing.missing_characters) == {"🙈", "漢", "字"}


def test_too_much_text_is_shrunk_then_cut_and_the_page_says_so(tmp_path: Path) -> None:
    huge = full_incident(
        id=11,
        what_happened="word " * 20_000,
        fix="A" * 5_000,
        whys=tuple(f"why number {n} " * 20 for n in range(30)),
        questions=tuple(Question(f"Question {n}?", "answer " * 60) for n in range(50)),
    )
    briefing = render(huge, NO_REPEATS, tmp_path / "b.pdf", "letter")
    assert len(PdfReader(briefing.path).pages) == 1
    assert briefing.scale < 1 and briefing.shortened and briefing.cut
    text = " ".join(_text(briefing.path).split())
    assert "Left for your journal:" in text and "Question 0?" in text


fields = st.sampled_from(
    ["summary", "apology", "empathy", "what_happened", "fix", "prevention", "title", "project"]
)
ALWAYS_SHOWN = ("Say this", "On the call", "What I’ll offer")
SECTIONS = ("Likely questions", "What I’m doing now", "Why it won’t happen again",
            "What happened", "Why")  # fmt: skip


@settings(
    max_examples=16, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=fields,
    length=st.sampled_from([0, 1, 300, 3_000, 30_000]),
    alphabet=st.sampled_from(["a ", "ก", "আমি ", "x", "<&>\n", "a\n", "b\u2028", "c\r"]),
    questions=st.integers(0, 60),
)
def test_any_amount_of_anything_is_one_page_that_names_what_it_left_out(
    tmp_path: Path, field: str, length: int, alphabet: str, questions: int
) -> None:
    incident = dataclasses.replace(
        full_incident(id=5),
        **{field: (alphabet * length)[:length]},
        questions=tuple(Question(f"Q{n}", "a " * 30) for n in range(questions)),
    )
    briefing = render(incident, NO_REPEATS, tmp_path / "b.pdf")
    assert len(PdfReader(briefing.path).pages) == 1
    text = _squeezed(_text(briefing.path))
    for heading in ALWAYS_SHOWN:
        assert _squeezed(heading) in text
    for heading in SECTIONS:  # on the page, or named as left for the journal
        assert _squeezed(heading) in text or any(c.startswith(heading) for c in briefing.cut)
    if questions and "Likely questions" not in briefing.cut:
        assert "Q0" in text
    assert "Amendsbriefing·incident#5" in text  # the last line, which names the rest


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "sv_SE.UTF-8"}, "a4"),
        ({"LC_PAPER": "en_CA.UTF-8", "LANG": "en_GB.UTF-8"}, "letter"),
        ({"LC_ALL": "hr_HR.UTF-8", "LANG": "en_US.UTF-8"}, "a4"),
        ({}, "a4"),
        ({"LANG": "C.UTF-8"}, "a4"),
    ],
)
def test_the_paper_follows_the_locale(environ: dict[str, str], paper: str) -> None:
    assert locale_paper(environ) == paper


def test_the_page_warns_of_earlier_failures_with_this_client(
    journal: Journal, tmp_path: Path
) -> None:
    earlier = journal.incidents.create(full_incident(title="Late logo")).incident
    now = journal.incidents.create(full_incident()).incident
    journal.incidents.create(full_incident(category="billing error"))
    assert [row.id for row in journal.incidents.history_for(now).earlier] == [earlier.id]
    briefing = journal.briefings.write(now.id or 0, tmp_path / "b.pdf", "a4")
    text = " ".join(_text(briefing.path).split())
    assert "You have been here before: 1 earlier incident of “missed deadline”" in text


def test_no_break_spaces_never_reach_a_shaped_paragraph() -> None:
    from journal.briefing.markup import to_markup

    markup = to_markup("ราคา\u00a0150\u202fบาท — আমি\u00a0দুঃখিত", set())
    assert "\u00a0" not in markup and "\u202f" not in markup
    assert "150" in markup


LONG_BENGALI = "ক্লায়েন্টেরপ্রতিশ্রুতিভঙ্গেরজন্যআন্তরিকভাবেদুঃখিতএবংক্ষমাপ্রার্থী" * 4


def test_a_bengali_word_longer_than_a_line_breaks_only_between_whole_letters(
    tmp_path: Path,
) -> None:
    from journal.briefing.markup import THAI_BREAK, to_markup

    markup = to_markup(f"আমি {LONG_BENGALI} দুঃখিত", set())
    pieces = markup.split(THAI_BREAK)
    assert len(pieces) > 5
    # No piece starts with a vowel sign or virama: that would print as a box on its line.
    starts = [piece[:1] for piece in pieces[1:]]
    assert all(start and not unicodedata.category(start).startswith("M") for start in starts)
    assert "ন্য" in "".join(pieces)  # the conjunct is never torn apart
    long_one = dataclasses.replace(BENGALI_INCIDENT, apology=LONG_BENGALI)
    assert len(PdfReader(render(long_one, NO_REPEATS, tmp_path / "long.pdf").path).pages) == 1


def test_thai_and_bengali_money_is_drawn_in_its_script_s_font_after_latin_text() -> None:
    from journal.briefing.markup import to_markup

    thai = to_markup("ไม่คิดค่าทำบัญชี — ฿3,500", set())
    assert '<font name="NotoSansThai-Regular">฿</font>' in thai
    bengali = to_markup("Refund — ৳১২,০০০ and ১৪০টি", set())
    assert '<font name="NotoSansBengali-Regular">৳১২,০০০ </font>' in bengali
    assert '<font name="NotoSansBengali-Regular">১৪০টি</font>' in bengali
