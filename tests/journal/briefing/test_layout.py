"""The briefing as a page to hold on a call, read back from the PDF: sizes, columns, what is
cut and said, the repeat warning's truth, the coach's note."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import pdfplumber
import pytest

from journal.briefing.page import SEVERITY_COLOURS
from journal.briefing.render import render
from journal.domain import Client, Incident, Question
from journal.i18n import speaking
from journal.incidents import NO_REPEATS
from journal.service import Journal
from tests.conftest import full_incident

SAY_BACKGROUND = (0.933333, 0.94902, 0.968627)
FLAGGED = (1.0, 0.847059, 0.658824)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """The sample journal Amends ships: realistic, complete incidents in all five languages."""
    data = resources.files("journal.demo").joinpath("journal.json").read_bytes()
    with Journal(tmp_path_factory.mktemp("demo") / "demo.amends") as journal:
        journal.transfer.import_json(data)
        yield journal


class Page(NamedTuple):
    """What pdfplumber reads from a briefing's page (the file closed again)."""

    width: float
    chars: list[dict[str, Any]]
    curves: list[dict[str, Any]]
    rects: list[dict[str, Any]]
    lines: list[dict[str, Any]]


def _page(path: Path) -> Page:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        return Page(page.width, page.chars, page.curves, page.rects, page.lines)


def _say_box(page: Page) -> dict[str, float]:
    (box,) = [c for c in page.curves if _colour(c) == SAY_BACKGROUND]
    return dict(box)


def _colour(thing: dict[str, Any]) -> tuple[float, ...]:
    return tuple(round(c, 6) for c in (thing.get("non_stroking_color") or ()))


def _inside(char: dict[str, Any], box: dict[str, float]) -> bool:
    return box["x0"] <= char["x0"] <= box["x1"] and box["top"] <= char["top"] <= box["bottom"]


def _lines(chars: list[dict[str, Any]]) -> list[str]:
    rows: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        rows.setdefault(round(char["bottom"]), []).append(char)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for row in rows.values()]


def _said(path: Path) -> str:
    """The page's words, a column at a time, as a reader takes them in."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        middle = page.width * 0.58
        halves = (
            page.crop((0, 0, middle, page.height)),
            page.crop((middle, 0, page.width, page.height)),
        )
        return " ".join(" ".join(half.extract_text().split()) for half in halves)


def _complete(journal: Journal) -> list[int]:
    return [row.id for row in journal.incidents.list_rows() if not row.unfinished]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_realistic_incidents_are_printed_large_and_whole(
    demo: Journal, tmp_path: Path, paper: str
) -> None:
    for number in _complete(demo):
        briefing = demo.briefings.write(number, tmp_path / f"{number}.pdf", paper)
        assert briefing.cut == (), (number, briefing.cut)
        page = _page(briefing.path)
        box = _say_box(page)
        inked = [c for c in page.chars if c["text"].strip()]
        heading_bottom = min(c["bottom"] for c in inked if _inside(c, box))
        said = [c for c in inked if _inside(c, box) and c["top"] > heading_bottom]
        incident = demo.incidents.get(number)
        if all(getattr(incident, name).strip() for name in ("summary", "apology", "empathy")):
            assert said and min(c["size"] for c in said) >= 11.99, number
        assert min(c["size"] for c in inked) >= 8.99, number


def test_lines_are_about_sixty_to_seventy_five_characters(demo: Journal, tmp_path: Path) -> None:
    from journal.follow_up import language_of

    def length(number: int) -> int:
        incident = demo.incidents.get(number)
        return min(len(incident.what_happened), len(incident.apology))

    # Characters a line measure Latin script; Thai and Bengali letters are wider.
    latin = [n for n in _complete(demo) if language_of(demo.incidents.get(n)) in ("en", "sv", "hr")]
    for number in sorted(latin, key=length)[-3:]:  # texts long enough to wrap
        page = _page(demo.briefings.write(number, tmp_path / f"{number}.pdf", "a4").path)
        box = _say_box(page)
        said = [c for c in page.chars if _inside(c, box)]
        left = [c for c in page.chars if c["top"] > box["bottom"] and c["x0"] < page.width / 2]
        for chars in (said, left):
            longest = max(len(line) for line in _lines(chars))  # a full line, wrapped
            assert 52 <= longest <= 80, (number, longest)


def test_both_columns_carry_the_call(tmp_path: Path) -> None:
    page = _page(render(full_incident(id=7), NO_REPEATS, tmp_path / "b.pdf", "a4").path)
    right = "".join(c["text"] for c in page.chars if c["x0"] > page.width * 0.58)
    for expected in ("What I’ll offer", "€150", "On the call", "Notes during the call"):
        assert expected in right
    amount = [c for c in page.chars if c["text"] == "€"]
    assert amount[0]["size"] >= 12 and "Bold" in amount[0]["fontname"]
    assert "Major" not in "".join(c["text"] for c in page.chars if c["top"] > 60)  # once


def test_severity_is_white_on_colours_anyone_can_read() -> None:
    def luminance(colour: Any) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.red)
            + 0.7152 * channel(colour.green)
            + 0.0722 * channel(colour.blue)
        )

    for colour in SEVERITY_COLOURS.values():
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5


def test_earlier_means_earlier_and_later_ones_are_said_apart(
    journal: Journal, tmp_path: Path
) -> None:
    made = [
        journal.incidents.create(full_incident(occurred_on=dt.date(2026, month, 3))).incident
        for month in (5, 1, 3)
    ]
    may, january, march = made
    first = journal.briefings.write(january.id or 0, tmp_path / "first.pdf", "a4")
    text = _said(first.path)
    assert "earlier incident" not in text
    assert "2 later incidents of “missed deadline” with Åsa Lindqvist" in text
    last = journal.briefings.write(may.id or 0, tmp_path / "last.pdf", "a4")
    text = _said(last.path)
    assert "2 earlier incidents of “missed deadline” with Åsa Lindqvist, the last on" in text
    assert "Mar 3, 2026" in text and "later" not in text
    repeats = journal.incidents.history_for(march)
    assert [row.id for row in repeats.earlier] == [january.id]
    assert [row.id for row in repeats.later] == [may.id]


def test_flagged_words_to_say_are_marked_and_noted_not_printed_as_fine(tmp_path: Path) -> None:
    weak = full_incident(id=7, apology="I'm sorry if you were upset, but the courier lost it.")
    path = render(weak, NO_REPEATS, tmp_path / "b.pdf", "a4").path
    page, text = _page(path), _said(path)
    assert "Before the call: the coach" in text
    assert "“if” makes the apology conditional" in text
    assert "takes the apology back" in text
    marks = [r for r in page.rects + page.curves if _colour(r) == FLAGGED]
    assert len(marks) >= 2
    clean = _page(render(full_incident(id=7), NO_REPEATS, tmp_path / "clean.pdf", "a4").path)
    assert not [r for r in clean.rects + clean.curves if _colour(r) == FLAGGED]


def test_what_is_cut_goes_by_value_at_word_boundaries_and_is_named(tmp_path: Path) -> None:
    words = [f"event{n}" for n in range(3000)]
    huge = full_incident(
        id=11,
        what_happened="The files reached the printer a day late. " * 200,
        fix=" ".join(words),
        whys=tuple(f"Cause {n} went unnoticed for weeks. " * 8 for n in range(20)),
        questions=tuple(Question(f"Question {n}?", "An answer. " * 30) for n in range(20)),
    )
    briefing = render(huge, NO_REPEATS, tmp_path / "b.pdf", "letter")
    text = _said(briefing.path)
    for number in range(3):
        assert f"Question {number}?" in text  # what they will ask outlives the background
    assert "I am sorry: I missed the launch date we agreed on." in text
    shortened = text[text.index("event0") :].partition("…")[0].split()
    assert len(shortened) > 10 and all(word in words for word in shortened)  # no half word
    with pdfplumber.open(briefing.path) as pdf:
        whole = " ".join(pdf.pages[0].extract_text().split())
    said = whole.partition("Shortened to fit; your journal has all of it:")[2]
    for part in ("Likely questions", "What happened", "Why"):
        assert part in said or part in briefing.cut  # every trimmed part is named


def test_a_name_too_long_for_the_page_is_shortened_and_said(
    journal: Journal, tmp_path: Path
) -> None:
    name = "Wolfeschlegelsteinhausen " * 800
    client = Client(name.strip())
    journal.incidents.create(full_incident(client=client, occurred_on=dt.date(2026, 1, 2)))
    now = journal.incidents.create(full_incident(client=client)).incident
    briefing = journal.briefings.write(now.id or 0, tmp_path / "b.pdf", "a4")
    text = _said(briefing.path)
    assert "You have been here before: 1 earlier incident" in text
    assert "Shortened to fit; your journal has all of it: Client" in text


def test_an_empty_incident_gives_lines_to_write_on(tmp_path: Path) -> None:
    bare = Incident(title="Sent the wrong file", client=Client("Nong"), id=3)
    page = _page(render(bare, NO_REPEATS, tmp_path / "b.pdf", "a4").path)
    assert len([line for line in page.lines if line["width"] > 100]) >= 16


def test_shortening_keeps_whole_sentences_then_whole_words() -> None:
    from journal.briefing.shorten import at_most, first_sentences

    text = "We missed it. The files were late! Then the printer closed. " * 3
    kept, cut = at_most(text, 40)
    assert cut and kept == "We missed it. The files were late! …"
    assert first_sentences("আমি দুঃখিত। আমি ভুল করেছি। এটা আর হবে না।", 2) == (
        "আমি দুঃখিত। আমি ভুল করেছি। …",
        True,
    )
    kept, cut = at_most("word " * 100, 52)
    assert kept.endswith("word …") and len(kept) <= 54


def _extracted(path: Path) -> dict[str, str]:
    """The page's text as poppler (what most Linux PDF viewers use) and pypdf read it back,
    without white space: lines wrap differently from the text typed."""
    from pypdf import PdfReader

    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    pypdf = "".join(page.extract_text() for page in PdfReader(path).pages)
    return {
        name: "".join(text.split()) for name, text in (("pdftotext", poppler), ("pypdf", pypdf))
    }


def test_every_word_to_say_can_be_found_in_the_pdf_in_all_five_languages(
    demo: Journal, tmp_path: Path
) -> None:
    from journal.follow_up import language_of

    languages = set()
    for number in _complete(demo):
        incident = demo.incidents.get(number)
        languages.add(language_of(incident))
        path = demo.briefings.write(number, tmp_path / f"{number}.pdf", "a4").path
        for reader, text in _extracted(path).items():
            for name in ("summary", "apology", "empathy", "title"):
                for word in getattr(incident, name).split():
                    word = unicodedata.normalize("NFC", word.strip(".,;:!?()“”\"'’।"))
                    assert word in text, (reader, number, word)
    assert languages == {"en", "sv", "hr", "th", "bn"}


def test_flagged_thai_and_bengali_words_are_marked_in_the_coach_s_colour(tmp_path: Path) -> None:
    weak = full_incident(
        id=7,
        title="ভুল ফাইল",
        summary="আমি আপনাকে ভুল ফাইল পাঠিয়েছিলাম। সঠিক ফাইল আজ পাঠিয়েছি।",
        empathy="আপনার পুরো দিনের কাজ নষ্ট হয়েছে, সেটা আমি বুঝি।",
        apology="দুঃখিত যদি আপনি কষ্ট পেয়ে থাকেন, কিন্তু কুরিয়ার এটা হারিয়ে ফেলেছে।",
    )
    with speaking("bn"):  # as journal.briefings writes it: in the incident's language
        page = _page(render(weak, NO_REPEATS, tmp_path / "b.pdf", "a4").path)
    coloured = [c for c in page.chars if _colour(c) == (0.541176, 0.231373, 0.0)]
    assert any(c["size"] >= 12 for c in coloured)  # in the words to say, not only the note
    assert not [r for r in page.rects + page.curves if _colour(r) == FLAGGED]


def test_a_character_no_font_has_is_marked_and_named_on_the_page(tmp_path: Path) -> None:
    odd = full_incident(id=7, what_happened="Costs rose → 40% ≥ budget ✓ and 😀 too.")
    briefing = render(odd, NO_REPEATS, tmp_path / "b.pdf", "a4")
    assert briefing.missing_characters == ("😀",)
    with pdfplumber.open(briefing.path) as pdf:
        whole = " ".join(pdf.pages[0].extract_text().split())
    assert "Costs rose → 40% ≥ budget ✓ and \ufffd too." in whole
    assert "Could not be printed, shown as \ufffd: U+1F600 GRINNING FACE." in whole


@pytest.mark.parametrize("line_break", ["\n", "\u2028", "\r", "\x0c"])
def test_pasted_line_breaks_never_push_the_call_off_the_page(
    tmp_path: Path, line_break: str
) -> None:
    pasted = full_incident(
        id=7,
        title=f"Late{line_break}" * 70,
        client=Client(f"Ana{line_break}" * 50, company=f"Firma{line_break}" * 50),
        project=f"Shop{line_break}" * 50,
        apology=f"I am sorry.{line_break}" * 200,
    )
    briefing = render(pasted, NO_REPEATS, tmp_path / "b.pdf", "a4")
    with pdfplumber.open(briefing.path) as pdf:
        whole = "".join(pdf.pages[0].extract_text().split())
    for heading in ("Saythis", "Likelyquestions", "Willthishappenagain?", "Onthecall", "€150"):
        assert heading in whole
    assert whole.count("Late") <= 30  # the title is one line, shortened
    assert briefing.shortened


def test_thai_is_shortened_between_words() -> None:
    from journal.briefing.shorten import ELLIPSIS, at_most
    from journal.briefing.thai_words import words

    thai = "ผมส่งไฟล์ให้โรงพิมพ์ผิดเวอร์ชันเพราะไม่ได้ตรวจสอบก่อนส่งงานให้คุณ"
    for limit in range(10, len(thai), 3):
        kept, cut = at_most(thai, limit)
        assert cut and kept.endswith(ELLIPSIS)
        prefix = kept.removesuffix(ELLIPSIS)
        boundaries = {sum(map(len, words(thai)[:n])) for n in range(len(words(thai)) + 1)}
        assert len(prefix) in boundaries, (limit, prefix)


def test_more_coach_notes_than_the_margin_holds_are_counted(tmp_path: Path) -> None:
    weak = full_incident(
        id=7,
        summary="Mistakes were made, just a small delay, sorry if you were upset, but it failed.",
        apology="Sorry if you were upset, but the courier was late and the team forgot.",
        empathy="I know I felt awful about it too.",
    )
    text = _said(render(weak, NO_REPEATS, tmp_path / "b.pdf", "a4").path)
    assert "Before the call: the coach" in text
    assert "… and" in text.partition("Before the call: the coach")[2]
