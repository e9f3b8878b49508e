"""The coach's rules kept compiled on disk: read back the same, and never trusted blindly."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from journal.coach import compiled, triggers

PATTERNS = [r"\bsorry if\b", r"\bthe (?:server|host) (?:was|went) down\b", r"\bjust a\b"]
TEXT = "I'm sorry if the server went down; it was just a glitch. SORRY IF it matters."


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def spans(patterns: list[object]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.finditer(TEXT)] for p in patterns]  # type: ignore[attr-defined]


def no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(pattern: str) -> object:
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(compiled, "compiled", refuse)


def test_a_second_process_reads_the_rules_back_without_compiling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = compiled.compile_all("en", PATTERNS).patterns
    no_compiling(monkeypatch)
    again = compiled.compile_all("en", PATTERNS).patterns
    assert spans(again) == spans(first)  # type: ignore[arg-type]
    assert spans(again)[0] == [(4, 12), (57, 65)]  # type: ignore[arg-type]


def test_changed_rules_are_compiled_afresh_and_the_old_file_goes() -> None:
    compiled.compile_all("en", PATTERNS)
    changed = compiled.compile_all("en", [*PATTERNS, r"\bmistakes were made\b"])
    assert len(changed.patterns) == 4
    assert len(list(compiled.cache_folder().glob("en-*.rules"))) == 1


def test_a_damaged_file_is_compiled_afresh_and_replaced() -> None:
    compiled.compile_all("sv", PATTERNS)
    (kept,) = compiled.cache_folder().glob("sv-*.rules")
    written = kept.read_bytes()
    flipped = bytearray(written)
    flipped[len(flipped) // 2] ^= 0x01  # one bit of the engine's code, say
    kept.write_bytes(bytes(flipped))
    assert spans(compiled.compile_all("sv", PATTERNS).patterns)[0] == [(4, 12), (57, 65)]  # type: ignore[arg-type]
    assert kept.read_bytes() == written


class Trap:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch trap-ran",))


def test_a_file_holding_anything_but_patterns_is_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    compiled.compile_all("hr", PATTERNS)
    (kept,) = compiled.cache_folder().glob("hr-*.rules")
    trap = pickle.dumps([Trap()])
    kept.write_bytes(hashlib.sha256(trap).digest() + trap)
    assert len(compiled.compile_all("hr", PATTERNS).patterns) == 3
    assert not (tmp_path / "trap-ran").exists()


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    (tmp_path / "Amends").write_text("a file where the cache folder would go")
    assert spans(compiled.compile_all("th", PATTERNS).patterns)[2] == [(42, 48)]  # type: ignore[arg-type]


def test_a_file_that_stopped_the_last_process_reading_it_is_never_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled.compile_all("bn", PATTERNS)
    (kept,) = compiled.cache_folder().glob("bn-*.rules")
    kept.with_name(f"{kept.name}.loading").touch()  # what a crash while reading leaves
    made: list[str] = []
    compile_one = compiled.compiled
    monkeypatch.setattr(compiled, "compiled", lambda p: made.append(p) or compile_one(p))
    assert spans(compiled.compile_all("bn", PATTERNS).patterns)[0] == [(4, 12), (57, 65)]  # type: ignore[arg-type]
    assert len(made) == 3
    assert [path.name for path in compiled.cache_folder().iterdir()] == [kept.name]


def test_what_each_rule_needs_and_begins_with_is_kept_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = compiled.compile_all("en", PATTERNS, PATTERNS[:2])
    assert first.triggers[0] == (("SORRY IF",),)
    assert first.triggers[1] == (
        ("THE HOST WAS DOWN", "THE HOST WENT DOWN", "THE SERVER WAS DOWN", "THE SERVER WENT DOWN"),
    )
    assert first.beginnings == [("SORR",), ("THE ",)]

    def refuse(source: str, flags: int) -> object:
        raise AssertionError(f"worked out again: {source}")

    monkeypatch.setattr(triggers, "parsed", refuse)
    again = compiled.compile_all("en", PATTERNS, PATTERNS[:2])
    assert (again.triggers, again.beginnings) == (first.triggers, first.beginnings)


def test_where_nothing_can_be_kept_every_rule_is_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Amends").write_text("a file where the cache folder would go")

    def refuse(source: str, flags: int) -> object:
        raise AssertionError(f"worked out where it cannot be kept: {source}")

    monkeypatch.setattr(triggers, "parsed", refuse)
    made = compiled.compile_all("th", PATTERNS, PATTERNS)
    assert made.triggers == made.beginnings == [(), (), ()]


def test_what_the_rules_need_is_worked_out_again_where_it_was_never_kept() -> None:
    first = compiled.compile_all("sv", PATTERNS, PATTERNS)
    (kept,) = compiled.cache_folder().glob("sv-*.rules")
    patterns = compiled.compile_all("sv", PATTERNS).patterns
    older = pickle.dumps([patterns, first.triggers])  # kept before beginnings were
    kept.write_bytes(hashlib.sha256(older).digest() + older)
    again = compiled.compile_all("sv", PATTERNS, PATTERNS)
    assert (again.triggers, again.beginnings) == (first.triggers, first.beginnings)
    for needs, beginnings in (
        (None, None),  # not yet kept
        ([(("",),)] * 3, first.beginnings),  # an empty string needed
        ([()] * 2, first.beginnings),  # too few
        (first.triggers, [("",), ("",), ("",)]),  # an empty beginning
        (first.triggers, [(), ()]),  # too few
    ):
        payload = pickle.dumps([patterns, needs, beginnings])
        kept.write_bytes(hashlib.sha256(payload).digest() + payload)
        again = compiled.compile_all("sv", PATTERNS, PATTERNS)
        assert (again.triggers, again.beginnings) == (first.triggers, first.beginnings)
