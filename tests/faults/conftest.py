"""Fixtures of the fault proofs: prepared journals, made once, for each test to copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.places import prepare


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal of 12 incidents (with pages enough to damage), a backup, and the rest."""
    return prepare(tmp_path_factory.mktemp("prepared"), 12)


@pytest.fixture(scope="session")
def prepared_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same with 3 incidents: fewer writes to sweep through."""
    return prepare(tmp_path_factory.mktemp("prepared-small"), 3)
