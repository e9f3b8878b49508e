"""Shared fixtures: a fresh journal file per test, and realistic incidents to put in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from journal.domain import (
    Action,
    Client,
    Compensation,
    FixStatus,
    Incident,
    Outcome,
    Question,
    Severity,
    Status,
)
from journal.service import Journal
from tests import offline

SAMPLES = Path(__file__).parent / "samples"
offline.refuse_network()
# The tests speak English whatever the machine's locale, and keep no preferences or caches of
# the user's.
os.environ["AMENDS_LANGUAGE"] = "en"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="amends-config-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="amends-cache-")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The whole run made no network connection, or it fails."""
    shutil.rmtree(os.environ["XDG_CONFIG_HOME"], ignore_errors=True)
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)
    if offline.ATTEMPTS:
        print("\nNetwork use, which Amends must never make:", *offline.ATTEMPTS, sep="\n  ")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


TODAY = dt.date(2026, 11, 1)


@pytest.fixture(autouse=True)
def no_preferences_kept() -> Iterator[None]:
    """Each test starts with no preferences: one that opens a journal from the window, say,
    leaves no choice of journal for the next."""
    from journal import preferences

    yield
    preferences.preferences_path().unlink(missing_ok=True)
    preferences._THIS_RUN.clear()  # what a test's unwritable file kept for the run


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "journal.amends"


@pytest.fixture(scope="session")
def journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new journal, created and migrated the real way once per session. It is closed, so
    SQLite has checkpointed its log into the file and removed it: the file alone is whole.
    Tests about creating and migrating journals create theirs with Journal(path) instead."""
    path = tmp_path_factory.mktemp("template") / "journal.amends"
    Journal(path).close()
    left = [p.name for p in path.parent.iterdir() if p != path]
    assert not left, f"the template journal is not one whole file: {left}"
    return path


@pytest.fixture
def fresh_journal(journal_template: Path) -> Callable[[Path], Path]:
    """Puts a new, empty, current journal at a path as Journal would have made it (its folder
    0700, the file 0600), by copying the session's template instead of migrating again."""

    def copy_to(path: Path) -> Path:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
            os.chmod(path.parent, 0o700)
        shutil.copyfile(journal_template, path)
        os.chmod(path, 0o600)
        return path

    return copy_to


@pytest.fixture
def journal(journal_path: Path, fresh_journal: Callable[[Path], Path]) -> Iterator[Journal]:
    with Journal(fresh_journal(journal_path), today=lambda: TODAY) as opened:
        yield opened


def full_incident(**changes: object) -> Incident:
    """An incident with every field filled in, as a careful user would write it."""
    base = Incident(
        title="Missed the shop launch",
        client=Client("Åsa Lindqvist", company="Lindqvist Keramik AB", email="asa@example.se"),
        project="Web shop",
        occurred_on=dt.date(2026, 3, 2),
        severity=Severity.MAJOR,
        category="missed deadline",
        tags=("launch", "webshop"),
        what_happened="The shop went live two days late; the spring campaign had already run.",
        impact="Åsa paid for ads that led to a 'coming soon' page for two days.",
        whys=(
            "I did not test the payment provider until the last day.",
            "I had no checklist for launches.",
        ),
        root_cause="No launch checklist, and testing left to the end.",
        ownership="I planned the schedule and chose when to test, so this is on me.",
        fix="The shop is live; I am refunding the ad spend for those two days.",
        fix_status=FixStatus.IN_PROGRESS,
        prevention="Every launch now has a checklist with payments tested a week before.",
        actions=(
            Action("Write a launch checklist", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
            Action("Book payment tests a week before launch", dt.date(2026, 3, 20)),
        ),
        compensation=Compensation("Refund of the wasted ad spend", Decimal("150.0"), "EUR"),
        surprise="A hand-written card and a free product photo session.",
        summary="I launched your shop two days late because I tested payments too late. "
        "I am refunding the wasted ads and every launch now has a checklist.",
        apology="I am sorry: I missed the launch date we agreed on.",
        empathy="You planned your spring campaign around that date and it was wasted.",
        questions=(Question("Will this happen again?", "No: payments are tested a week ahead."),),
        call_at=dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        status=Status.CALL_HELD,
        outcome=Outcome("She accepted the refund and booked the next project.", True, False),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]
