"""One list of the coach's languages (journal.coach.languages): each has a lexicon, and the
journal's setting, the command line and the lexicon loader take exactly these."""

from __future__ import annotations

import argparse
from importlib import resources

import pytest
import regex

from journal.cli_arguments import build_parser
from journal.coach import languages, lexicon
from journal.coach.languages import DEFAULT, LANGUAGES
from journal.errors import InvalidInput
from journal.service import Journal


def test_the_list_where_it_lives() -> None:
    assert LANGUAGES == ("en", "sv", "hr", "th", "bn")
    assert DEFAULT in LANGUAGES
    assert lexicon.LANGUAGES is languages.LANGUAGES


def test_each_language_has_a_lexicon_and_no_lexicon_is_left_out() -> None:
    files = resources.files("journal.coach.lexicons").iterdir()
    assert sorted(f.name[:-5] for f in files if f.name.endswith(".toml")) == sorted(LANGUAGES)
    for code in LANGUAGES:
        assert lexicon.load(code).language == code
    assert lexicon.load("de").language == DEFAULT


def test_the_journal_setting_takes_exactly_these(journal: Journal) -> None:
    for code in LANGUAGES:
        journal.settings.set_language(code)
        assert journal.settings.language == code
    with pytest.raises(InvalidInput, match="The coach knows en, sv, hr, th, bn; 'de'"):
        journal.settings.set_language("de")


def _choices(parser: argparse.ArgumentParser, command: str, dest: str) -> list[str]:
    commands = next(
        a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    ).choices[command]
    return list(next(a for a in commands._actions if a.dest == dest).choices or ())


def test_the_command_line_offers_exactly_these() -> None:
    parser = build_parser()
    assert _choices(parser, "check", "lang") == list(LANGUAGES)
    assert _choices(parser, "language", "code") == [*LANGUAGES, "auto"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_pattern_ends_in_a_stray_quote(language: str) -> None:
    """TOML's '''…'''' ends a literal with one quote too many, silently: an exception or a
    rule that ends in "'" never matches as its writer meant."""
    data = lexicon._data(language)
    patterns = [rule["pattern"] for rule in data["rule"]]
    patterns += [unless for rule in data["rule"] for unless in rule.get("unless", ())]
    patterns += data.get("owned", {}).get("patterns", [])
    assert [pattern[-30:] for pattern in patterns if pattern.endswith("'")] == []


def test_a_part_a_lexicon_shares_is_written_out_in_each_pattern_that_names_it() -> None:
    """A part written once in [parts] and named as (?&name) matches as if written out in the
    pattern, and a part it names is written out too; one that names itself is refused."""
    parts = {"forgive": r"maa?f\s+koren", "sorry": r"sorry|(?&forgive)", "unused": "x"}
    pattern = regex.compile(lexicon._with_parts(r"\b(?&sorry)\b, kintu", parts), regex.I)
    assert pattern.search("maaf koren, kintu") and pattern.search("Sorry, kintu")
    assert not pattern.search("maf, kintu")
    assert "unused" not in lexicon._with_parts(r"(?&sorry)", parts)
    assert lexicon._with_parts(r"\bkintu\b", parts) == r"\bkintu\b"
    with pytest.raises(ValueError, match="names itself"):
        lexicon._with_parts(r"(?&loop)", {"loop": r"a(?&loop)"})
