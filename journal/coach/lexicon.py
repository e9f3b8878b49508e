"""Loads a language's lexicon (a TOML file a translator can extend) and compiles its rules."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex

from journal.coach.compiled import FLAGS, compile_all
from journal.coach.languages import DEFAULT
from journal.coach.languages import LANGUAGES as LANGUAGES  # also read from here
from journal.coach.prefilter import Prefilter
from journal.reports import FindingKind


@dataclass(frozen=True)
class Rule:
    kind: FindingKind
    pattern: regex.Pattern[str]
    mark: int  # which group is underlined; 0 for the whole match
    # Skip a hit whose underlined span lies inside a match of one of these. Each is its own
    # pattern: joined, a shorter one would hide a longer one matching at the same place.
    unless: tuple[regex.Pattern[str], ...]
    suggestion: str


@dataclass(frozen=True)
class Lexicon:
    language: str
    name: str
    rules: tuple[Rule, ...]
    # apology, mistake, fix, self, other, well, harm, question, bother, request
    cues: dict[str, regex.Pattern[str]]
    messages: dict[str, str]
    sentence_end: regex.Pattern[str]
    max_sentences: int
    max_words: int  # 0 when the budget is counted in characters (unspaced scripts)
    max_chars: int
    detect_words: frozenset[str]
    # A sentence in which the writer owns the cause ("I chose that host myself") keeps none of
    # the findings of these kinds.
    owned_kinds: frozenset[FindingKind]
    # Each way of owning a cause, a pattern of its own: one alternation of them all is tried
    # at every character, and in English and Bengali costs 2.5-5 times what they cost apart.
    owned: tuple[regex.Pattern[str], ...]
    prefilter: Prefilter  # which rules and exceptions can match in a text, in one pass over it

    @property
    def neighbours_read(self) -> int:
        """How many sentences either side a sentence is read with, to know whose a fault is:
        in Thai, which ends clauses with a space and sentences with nothing, a clause is read
        with the one before and the one after it; elsewhere a sentence is read alone."""
        return 0 if self.max_words else 1


def _alternatives(fragments: list[str]) -> str:
    return "|".join(f"(?:{fragment})" for fragment in fragments)


def _data(code: str) -> dict[str, Any]:
    # Beside this module, as in a wheel or a checkout (importlib.resources would cost the
    # command line's start more than reading the file does).
    text = (Path(__file__).parent / "lexicons" / f"{code}.toml").read_text("utf-8")
    return tomllib.loads(text)


def _with_parts(source: str, parts: dict[str, str]) -> str:
    """A pattern with the lexicon's shared parts it names (`(?&name)`, in [parts]) written out
    in place, and those they name in turn: each is written once in the file, and the engine
    reads the pattern as if it held them (a call to a group would cost a keystroke more)."""
    for _ in range(len(parts) + 1):  # a part may name another, never itself
        named = [name for name in parts if f"(?&{name})" in source]
        if not named:
            return source
        for name in named:
            source = source.replace(f"(?&{name})", f"(?:{parts[name]})")
    raise ValueError(f"a part of the lexicon names itself: {source[:80]}")


@cache
def detect_words(language: str) -> frozenset[str]:
    """A language's most common words, for telling it from the others: read without
    compiling its rules, which costs a hundred times more."""
    code = language if language in LANGUAGES else DEFAULT
    return frozenset(word.casefold() for word in _data(code).get("detect_words", ()))


@cache
def load(language: str) -> Lexicon:
    """The lexicon for a language code of LANGUAGES (English for any other)."""
    code = language if language in LANGUAGES else DEFAULT
    data = _data(code)
    budget = data["summary"]
    parts: dict[str, str] = data.get("parts", {})
    cues = {
        name: _with_parts(_alternatives(fragments), parts)
        for name, fragments in data["cues"].items()
    }
    owned = data.get("owned", {})
    owned_sources = [_with_parts(fragment, parts) for fragment in owned.get("patterns", [])]
    for rule in data["rule"]:
        rule["pattern"] = _with_parts(rule["pattern"], parts)
        rule["unless"] = [_with_parts(fragment, parts) for fragment in rule.get("unless", ())]
    # The rules, their exceptions and the owning words: what each needs to match is worked
    # out too, so that a text skips those it cannot.
    prefiltered = list(dict.fromkeys([
        *(source for rule in data["rule"] for source in (rule["pattern"], *rule["unless"])),
        *owned_sources,
    ]))  # fmt: skip
    sources = [budget["sentence_end"], *cues.values(), *owned_sources]
    sources += prefiltered
    made = compile_all(code, sources, prefiltered)
    pattern = dict(zip(sources, made.patterns, strict=True))
    needs = list(zip([pattern[source] for source in prefiltered], made.triggers, strict=True))
    beginnings = {
        pattern[source]: begun
        for source, begun in zip(prefiltered, made.beginnings, strict=True)
        if begun
    }
    rules = tuple(
        Rule(
            kind=FindingKind(rule["kind"]),
            pattern=pattern[rule["pattern"]],
            mark=int(rule.get("mark", 0)),
            unless=tuple(pattern[fragment] for fragment in rule.get("unless", ())),
            suggestion=rule.get("suggestion", ""),
        )
        for rule in data["rule"]
    )
    return Lexicon(
        language=code,
        name=data["name"],
        rules=rules,
        cues={name: pattern[source] for name, source in cues.items()},
        messages=dict(data["messages"]),
        sentence_end=pattern[budget["sentence_end"]],
        max_sentences=int(budget["max_sentences"]),
        max_words=int(budget.get("max_words", 0)),
        max_chars=int(budget.get("max_chars", 0)),
        detect_words=detect_words(code),
        owned_kinds=frozenset(FindingKind(kind) for kind in owned.get("kinds", ())),
        owned=tuple(pattern[source] for source in owned_sources),
        prefilter=Prefilter(needs, FLAGS, beginnings=beginnings),
    )
