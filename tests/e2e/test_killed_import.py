"""`amends import` killed mid-way: the journal holds all of the file or none of it."""

# 20,000 incidents into a journal that holds 50, killed (SIGKILL) at random moments: the journal
# stays whole and holds exactly the incidents it had, or those and all 20,000, never some;
# `list` works afterwards, and importing again after a kill that left none adds them all.

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.e2e.import_kills import Importer, Moment


def test_an_import_killed_while_writing_leaves_none_then_completes(tmp_path: Path) -> None:
    importer = Importer(tmp_path, size=1_000)
    importer.seconds = {"write": 0.3}  # until the import again after the first kill times it
    first = importer.kill(Moment("write", 0.2))
    second = importer.kill(Moment("write", 0.9))
    print(f"\n{importer.summary()}")
    assert importer.problems == []
    assert first == "killed: none, mid-write"
    assert importer.imports_again >= 1 and second


@pytest.mark.proof
def test_proof_imports_of_20000_killed_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20261205)
    importer = Importer(tmp_path, size=20_000)
    importer.import_whole()
    importer.put_back()
    moments = [
        Moment("start", rng.uniform(0, 1.05)) if rng.random() < 0.3 else
        Moment("write", rng.uniform(0, 1.1))
        for _ in range(50)
    ]  # fmt: skip
    for number, moment in enumerate(moments, 1):
        print(f"[{number}] {moment}: {importer.kill(moment)}")
    print(f"\n{importer.summary()}")
    for problem in importer.problems:
        print(problem)
    assert importer.problems == []
    assert sum(importer.outcomes.values()) == 50
    left_none = sum(n for label, n in importer.outcomes.items() if "none, mid-write" in label)
    assert left_none >= 10, importer.outcomes
