"""`amends` in the system's language: its help and argparse's own words come from the
catalogue, and `list` keeps its columns lined up however wide the language's words are on a
terminal (Thai marks and Bengali signs take no column of their own, wide letters two)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import wcwidth

from journal import cli, i18n
from journal.domain import Client, Incident, Severity, Status
from journal.formats import day
from journal.service import Journal
from journal.words import choice_word, unfinished, untitled

Catalogue = dict[i18n.Key, list[str]]

# Headings and words narrower and wider than the English, in each script. The words of the
# choices are the catalogue's too ("Choices"); a heading wider than its column widens it.
WORDS: dict[str, dict[str, str]] = {
    "th": {
        "ID": "ลำดับที่",
        "DATE": "วันที่",
        "SEVERITY": "ความรุนแรงของเรื่อง",
        "STATUS": "สถานะ",
        "CLIENT": "ลูกค้า",
        "TITLE": "เรื่อง",
        "Unfinished": "ยังเขียนไม่เสร็จ",
        "(no title yet)": "(ยังไม่มีชื่อเรื่อง)",
        "Major": "ร้ายแรง",
        "Minor": "เล็กน้อย",
        "Critical": "วิกฤต",
        "Resolved": "คลี่คลายแล้วเรียบร้อยดี",
        "Call held": "คุยกับลูกค้าแล้ว",
        "Draft": "ฉบับร่าง",
    },
    "bn": {
        "ID": "ক্রমিক",
        "DATE": "তারিখ",
        "SEVERITY": "গুরুত্ব",
        "STATUS": "অবস্থা",
        "CLIENT": "ক্লায়েন্টের নাম",
        "TITLE": "শিরোনাম",
        "Unfinished": "অসম্পূর্ণ খসড়া",
        "(no title yet)": "(এখনো শিরোনাম নেই)",
        "Major": "গুরুতর",
        "Minor": "সামান্য",
        "Critical": "অত্যন্ত গুরুতর",
        "Resolved": "মীমাংসিত",
        "Call held": "কল হয়ে গেছে",
        "Draft": "খসড়া",
    },
    "hr": {
        "ID": "BROJ",
        "DATE": "DATUM",
        "SEVERITY": "OZBILJNOST",
        "STATUS": "STANJE",
        "CLIENT": "KLIJENT",
        "TITLE": "NASLOV",
        "Unfinished": "Nedovršeno",
        "(no title yet)": "(još bez naslova)",
        "Major": "Ozbiljno",
        "Minor": "Manje",
        "Critical": "Kritično",
        "Resolved": "Riješeno",
        "Call held": "Razgovor je obavljen",
        "Draft": "Skica",
    },
}
HEADINGS = ("ID", "DATE", "SEVERITY", "STATUS", "CLIENT", "TITLE")
CHOICES = ("Major", "Minor", "Critical", "Resolved", "Call held", "Draft")


def _table_catalogue(language: str) -> Catalogue:
    words = WORDS[language]
    found: Catalogue = {}
    for source, translation in words.items():
        context = (
            "Choices" if source in (*CHOICES, "Unfinished", "(no title yet)") else ("CommandLine")
        )
        comment = "a draft's stage" if source == "Unfinished" else ""
        found[(context, source, comment)] = [translation]
    return found


def speak(monkeypatch: pytest.MonkeyPatch, language: str, catalogue: Catalogue) -> None:
    """The system asks for `language`, whose catalogue holds just `catalogue`."""
    monkeypatch.setenv("AMENDS_LANGUAGE", language)
    monkeypatch.setattr(i18n, "catalogue", lambda code: catalogue if code == language else {})


def amends(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(journal_path: Path) -> Path:
    """Incidents in Thai, Bengali and Croatian, and a draft with neither title nor client."""
    with Journal(journal_path) as opened:
        for title, client, severity, status, day in [
            ("ส่งไฟล์ผิดเวอร์ชัน", "บริษัท สยามดีไซน์", Severity.MAJOR, Status.RESOLVED, 2),
            ("দেরিতে ডেলিভারি", "ঢাকা স্টুডিও", Severity.MINOR, Status.CALL_HELD, 10),
            ("Kasni isporuka", "Šime Čačić", Severity.CRITICAL, Status.DRAFT, None),
            ("", "", Severity.MINOR, Status.DRAFT, 1),
        ]:
            opened.incidents.create(
                Incident(
                    title=title,
                    client=Client(client),
                    severity=severity,
                    status=status,
                    occurred_on=dt.date(2026, 3, day) if day else None,
                )
            )
    return journal_path


def _split_at(line: str, column: int) -> tuple[str, str]:
    """`line` cut where its display column `column` starts, as wcwidth measures columns; the
    cut must fall between two of its characters, not in a wide one."""
    used, start = 0, 0
    for cluster in wcwidth.iter_graphemes(line):
        if used >= column:
            break
        used += wcwidth.wcswidth(cluster)
        start += len(cluster)
    assert used == column, (line, column)
    return line[:start], line[start:]


def assert_aligned(table: str, headings: list[str], rows: list[list[str]]) -> None:
    """Each column of `table` starts at the same display column in the heading's line and in
    every row's, two spaces after the one before; `rows` are the cells each line starts
    with, in order."""
    head, *lines = table.splitlines()
    assert len(lines) == len(rows), table
    starts, place = [], 0
    for heading in headings[1:]:
        place = head.index(heading, place)
        starts.append(wcwidth.wcswidth(head[:place]))
    for line, cells in zip(lines, rows, strict=True):
        before, _ = _split_at(line, starts[0])
        assert before.strip() == cells[0], (line, cells)  # the number, to the column's right
        assert wcwidth.wcswidth(before) == starts[0]
        for start, cell in zip(starts, cells[1:], strict=True):
            before, rest = _split_at(line, start)
            assert before.endswith("  ") and rest.startswith(cell), (line, start, cell)
    for start, heading in zip(starts, headings[1:], strict=True):
        assert _split_at(head, start)[1].startswith(heading)


def _expected_rows(unfinished: str, untitled: str) -> list[list[str]]:
    """What `list` shows of the fixture's incidents, newest first (undated last)."""
    return [
        ["2", day(dt.date(2026, 3, 10)), choice_word(Severity.MINOR), choice_word(Status.CALL_HELD),
         "ঢাকা স্টুডিও", "দেরিতে ডেলিভারি"],
        ["1", day(dt.date(2026, 3, 2)), choice_word(Severity.MAJOR), choice_word(Status.RESOLVED),
         "บริษัท สยามดีไซน์", "ส่งไฟล์ผิดเวอร์ชัน"],
        ["4", day(dt.date(2026, 3, 1)), choice_word(Severity.MINOR), unfinished, "—", untitled],
        ["3", "—", choice_word(Severity.CRITICAL), choice_word(Status.DRAFT),
         "Šime Čačić", "Kasni isporuka"],
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["th", "bn", "hr"])
def test_list_lines_up_its_columns_by_display_width_in_each_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    language: str,
) -> None:
    speak(monkeypatch, language, _table_catalogue(language))
    words = WORDS[language]
    code, out, _ = amends(capsys, "--db", db, "list")
    assert code == 0
    headings = [words[heading] for heading in HEADINGS]
    assert out.splitlines()[0].split() == " ".join(headings).split()
    rows = _expected_rows(words["Unfinished"], words["(no title yet)"])
    assert {row[2] for row in rows} <= {words[word] for word in CHOICES}  # the words changed
    assert_aligned(out, headings, rows)


def test_list_lines_up_with_the_catalogue_s_own_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    """Whatever the catalogue holds for Thai now (translations come and go), the columns
    line up, and the headings are no wider than their columns."""
    monkeypatch.setenv("AMENDS_LANGUAGE", "th")
    code, out, _ = amends(capsys, "--db", db, "list")
    assert code == 0
    translate = i18n.translate
    headings = [translate("CommandLine", heading) for heading in HEADINGS]
    rows = _expected_rows(unfinished(), untitled())
    assert_aligned(out, headings, rows)


ENGLISH_ROWS = [
    ("2026-03-02", Severity.MAJOR, Status.RESOLVED, "Åsa Lindqvist", "Missed the shop launch"),
    ("2026-03-10", Severity.MINOR, Status.CALL_HELD, "Šime Čačić", "Sent the wrong file"),
    (None, Severity.CRITICAL, Status.DRAFT, "A client with a very long name", "Late " + "x" * 70),
    ("2026-03-01", Severity.MINOR, Status.DRAFT, "", ""),
]


def test_english_list_reads_as_it_always_has(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    with Journal(journal_path) as opened:
        for day, severity, status, client, title in ENGLISH_ROWS:
            opened.incidents.create(
                Incident(
                    title=title,
                    client=Client(client),
                    severity=severity,
                    status=status,
                    occurred_on=dt.date.fromisoformat(day) if day else None,
                )
            )
    code, out, _ = amends(capsys, "--db", journal_path, "list")
    assert code == 0
    # As the table was laid out before it was translated, with days as English writes them.
    assert out == (
        "    ID  DATE          SEVERITY  STATUS      CLIENT                TITLE\n"
        "     2  Mar 10, 2026  Minor     Call held   Šime Čačić            Sent the wrong file\n"
        "     1  Mar 2, 2026   Major     Resolved    Åsa Lindqvist         Missed the shop launch\n"
        "     4  Mar 1, 2026   Minor     Unfinished  —                     (no title yet)\n"
        "     3  —             Critical  Draft       A client with a ver…  Late " + "x" * 54 + "…\n"
    )


def test_english_help_and_usage_mistakes_read_as_argparse_s(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    words = " ".join(out.split())  # however wide the terminal
    assert words.startswith("usage: amends [-h] [--db PATH] [--version] [--demo] COMMAND ...")
    assert "\noptions:\n" in out and "-h, --help show this help message and exit" in words
    assert "--db PATH the journal file to use" in words
    assert words.endswith("--db or the AMENDS_DB variable choose another.")
    with pytest.raises(SystemExit) as exited:
        cli.main(["list", "--nope"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith("amends: error: unrecognized arguments: --nope\n")


HELP_IN_SWEDISH: Catalogue = {
    ("CommandLineHelp", "the journal file to use", ""): ["journalfilen som ska användas"],
    ("CommandLineHelp", "PATH", "metavar: one word, no spaces"): ["SÖKVÄG"],
    ("CommandLineHelp", "list incidents, newest first, with filters", ""): [
        "lista händelser, de nyaste först, med filter"
    ],
    ("argparse", "usage: ", ""): ["användning: "],
    ("argparse", "options", ""): ["flaggor"],
    ("argparse", "show this help message and exit", ""): ["visa den här hjälpen och avsluta"],
    ("argparse", "%(prog)s: error: %(message)s\n", ""): ["%(prog)s: fel: %(message)s\n"],
    ("argparse", "unrecognized arguments: %s", ""): ["okända argument: %s"],
    ("argparse", "argument %(argument_name)s: %(message)s", ""): [
        "argumentet %(argument_name)s: %(message)s"
    ],
    ("CommandLine", "expected a whole number of at least 1, got {text}", ""): [
        "ett heltal på minst 1 behövs, inte {text}"
    ],
}


def test_help_and_argparse_s_own_words_come_from_the_catalogue(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    speak(monkeypatch, "sv", HELP_IN_SWEDISH)
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    words = " ".join(out.split())  # however wide the terminal
    assert words.startswith("användning: amends [-h] [--db SÖKVÄG]")
    assert "\nflaggor:\n" in out and "visa den här hjälpen och avsluta" in words
    assert "journalfilen som ska användas" in words and "the journal file to use" not in words
    assert "lista händelser, de nyaste först, med filter" in words
    assert " list " in out and "--db" in out  # commands and options stay as typed
    with pytest.raises(SystemExit):
        cli.main(["list", "--nope"])
    assert capsys.readouterr().err.endswith("amends: fel: okända argument: --nope\n")
    with pytest.raises(SystemExit):
        cli.main(["list", "--limit", "0"])
    assert capsys.readouterr().err.endswith(
        "amends list: fel: argumentet --limit: ett heltal på minst 1 behövs, inte '0'\n"
    )


def test_counts_take_the_language_s_plural_forms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    forms = ["%n sigurnosna kopija", "%n sigurnosne kopije", "%n sigurnosnih kopija"]
    said = [f"{form}; čuvaju se najnovije {{keep}}." for form in forms]
    source = ("CommandLineCounts", "%n backup(s); keeping the newest {keep}.", "")
    speak(monkeypatch, "hr", {source: said})

    def backed_up() -> str:
        return amends(capsys, "--db", db, "backup", "--list")[1]

    assert backed_up().endswith("0 sigurnosnih kopija; čuvaju se najnovije 10.\n")
    amends(capsys, "--db", db, "backup")
    assert backed_up().endswith("1 sigurnosna kopija; čuvaju se najnovije 10.\n")
    amends(capsys, "--db", db, "backup")
    assert backed_up().endswith("2 sigurnosne kopije; čuvaju se najnovije 10.\n")
