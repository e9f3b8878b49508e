"""Thai briefings break lines between the same words pythainlp's newmm finds, never inside a
letter's cluster, whatever the text holds, and a Thai briefing does not build pythainlp's
dictionary."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pythainlp.tokenize import word_tokenize

from journal.briefing import thai_words
from journal.briefing.thai_words import words
from journal.service import Journal
from tests.journal.briefing.test_briefing import THAI

LETTER = """\
เรียน คุณสมศรี วงศ์ใหญ่ และทีมงานบริษัท ใจดี ดีไซน์ จำกัด

ผมชื่อประยุทธ ศรีสุข เป็นนักออกแบบอิสระที่ดูแลเว็บไซต์ร้านค้าออนไลน์ของคุณมาตั้งแต่ปี ๒๕๖๕
เมื่อวันจันทร์ที่ 2 มีนาคม 2026 เวลา 10:30 น. ผมส่งใบแจ้งหนี้เลขที่ INV-2026-031 ให้คุณสองครั้ง
เพราะระบบบัญชีใน Google Sheets ที่ผมใช้ไม่ได้เตือนว่าใบนี้ถูกส่งไปแล้ว
และผมเองก็ไม่ได้ตรวจสอบก่อนกดส่ง ธนาคารจึงตัดเงินสองรอบ รวมเป็นเงิน 45,000.50 บาท (฿45,000.50)
หรือประมาณ 3.5% ของงบประมาณทั้งปีของคุณ!

คุณต้องโทรหาธนาคาร รอสายนานเกือบชั่วโมง ๆ และต้องเลื่อนการประชุมทาง Zoom กับลูกค้าของคุณออกไป
ผมเข้าใจดีว่าเรื่องนี้น่ารำคาญมาก “เงินเป็นเรื่องที่ทำให้ความเชื่อใจลดลงได้ง่ายที่สุด” ตามที่คุณเคยบอกผมไว้
ผมขอโทษจริง ๆ ครับ ความผิดพลาดนี้เป็นของผมทั้งหมด ไม่ใช่ของระบบ ไม่ใช่ของใครอื่น

สิ่งที่ผมทำไปแล้ว:\t(๑) คืนเงินเต็มจำนวนเมื่อวันที่ 5 มีนาคม\t(๒) ส่งหลักฐานการโอนเป็นไฟล์ PDF ทางอีเมล
asa@example.com และทาง LINE\t(๓) ยกเลิกใบแจ้งหนี้ที่ซ้ำและออกใบลดหนี้ที่ถูกต้อง

ต่อจากนี้ทุกใบแจ้งหนี้จะผ่านรายการตรวจสอบห้าข้อ ได้แก่ ชื่อลูกค้า เลขที่ใบแจ้งหนี้ ยอดเงิน
วันครบกำหนด และสถานะการส่ง ฯลฯ แล้วเพื่อนร่วมงานอีกคนจะตรวจอีกครั้งก่อนส่งทุกครั้ง
ระบบจะแจ้งเตือนทันทีถ้ามีเลขที่ซ้ำกัน ผมทดสอบกับใบแจ้งหนี้เก่า 120 ใบแล้ว ไม่พบข้อผิดพลาดเลย
เซิร์ฟเวอร์ทดสอบอยู่ที่ 127.0.0.1:8080 และจะย้ายขึ้นระบบจริงภายในสัปดาห์หน้า

เพื่อแสดงความขอบคุณที่คุณให้โอกาสผมแก้ไข ผมขอมอบส่วนลดร้อยละสิบ (10%) ในงานถัดไป
พร้อมการ์ดขอบคุณเขียนด้วยมือและขนมไทยหนึ่งกล่องจากร้านแม่ศรีเรือน… หวังว่าคุณจะชอบนะครับ 🙂
ถ้ามีคำถามใด ๆ ผมพร้อมตอบทุกเมื่อ ทั้งทางโทรศัพท์ 081-234-5678 และทางอีเมลครับ\r
ด้วยความเคารพ\r\n
ประยุทธ ศรีสุข (Prayut Srisuk), นักออกแบบเว็บไซต์ — Web designer, กรุงเทพมหานคร ประเทศไทย
ภาษาไทยมีสระลอย เช่น เกาะ เดือน เลี้ยว แข็ง โต๊ะ กำลัง ฤดูกาล ฦๅ และคำทับศัพท์ เช่น คอมพิวเตอร์ อินเทอร์เน็ต
"""
CLUSTER_MARKS = {"Mn", "Mc"}  # vowel signs above and below, tone marks: part of the letter before


def newmm(text: str) -> list[str]:
    return word_tokenize(text, engine="newmm", keep_whitespace=True)


def test_a_long_varied_letter_splits_into_exactly_newmm_s_words() -> None:
    assert len(newmm(LETTER)) > 500
    assert words(LETTER) == newmm(LETTER)
    for line in LETTER.splitlines(keepends=True):  # the pieces a briefing segments
        assert words(line) == newmm(line)


def test_no_word_starts_with_a_mark_that_belongs_to_the_letter_before() -> None:
    found = words(LETTER)
    assert "".join(found) == LETTER
    for word in found[1:]:
        assert unicodedata.category(word[0]) not in CLUSTER_MARKS, word
        assert word[0] not in "ะาำๅ", word  # vowels written after their consonant


THAI_PIECES = st.sampled_from(
    ["ใบแจ้งหนี้", "ส่ง", "ผิด", "เดือน", "ลูกค้า", "คุณสมชาย", "ใจดี", "ครั้ง", "ก็", "เกาะ",
     "แข็ง", "โต๊ะ", "กำลัง", "ฤดู", "ๆ", "ฯ", "ฯลฯ", "ก.พ.", "๒๕๖๙", "฿", "ี", "่", "ะ", "ำ",
     "เ", "แ", "ไม่", "ได้", "ตรวจสอบ", "ระบบ", "นาย", "ประยุทธ", "คอมพิวเตอร์"]
)  # fmt: skip
OTHER_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\r\n", "\t", "12", ":", "30", ",", ".", "1,234.50", "10:30", "PDF",
     "Zoom", "e-mail", "(", ")", "“", "”", "!", "?", "…", "—", "🙂", "é", "ক", "\u200b"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(THAI_PIECES, THAI_PIECES, OTHER_PIECES, st.text(max_size=3))))
def test_any_mix_of_thai_and_other_text_splits_as_newmm_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert words(text) == newmm(text)


def test_the_same_text_again_gives_the_same_words_even_if_a_caller_changed_them() -> None:
    first = words(LETTER)
    first.clear()  # a caller's own list: the remembered words are untouched
    assert words(LETTER) == newmm(LETTER)
    assert words("") == []


def test_without_pythainlp_s_word_file_the_words_come_from_pythainlp_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An installation laid out differently (the word list moved or unreadable) still
    breaks Thai between the same words."""
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    thai_words.dictionary.cache_clear()
    thai_words._segmented.cache_clear()
    try:
        assert words(LETTER) == newmm(LETTER)
    finally:
        thai_words.dictionary.cache_clear()
        thai_words._segmented.cache_clear()


PROBE = """
import json, sys
from journal.cli import main
main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""


def test_a_thai_briefing_is_made_without_building_pythainlp_s_dictionary(
    journal: Journal, tmp_path: Path
) -> None:
    """pythainlp builds a trie of its 62,000 words in every process that segments with it;
    `amends brief` reads the word list alone."""
    incident = journal.incidents.create(THAI).incident
    pdf = tmp_path / "th.pdf"
    command = ["--db", str(journal.path), "brief", str(incident.id), "-o", str(pdf)]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *command], check=True, capture_output=True, text=True
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert pdf.stat().st_size > 0
    assert "journal.briefing.thai_words" in modules
    assert not [name for name in modules if name.startswith("pythainlp")]
