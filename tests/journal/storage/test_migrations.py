"""A journal of every released schema revision upgrades to today's with nothing lost.

The journals are tests/fixtures/journals/REVISION.amends; tests/fixtures/make_journals.py
says how to add the one of a new revision.
"""

from __future__ import annotations

import shutil
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from journal.domain import Incident
from journal.reports import BackupInfo
from journal.service import Journal
from journal.storage import schema
from tests.fixtures import journal_state
from tests.fixtures.journal_stories import SEARCH_WORDS
from tests.fixtures.make_journals import FOLDER, SUFFIX

FIXTURES = sorted(FOLDER.glob(f"*{SUFFIX}"))


def test_every_revision_has_its_journal() -> None:
    kept = {path.name.removesuffix(SUFFIX) for path in FIXTURES}
    missing, unknown = set(schema.REVISIONS) - kept, kept - set(schema.REVISIONS)
    assert (missing, unknown) == (set(), set()), "see tests/fixtures/make_journals.py"


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str, str]]:
    path = tmp_path_factory.mktemp("fresh") / "journal.amends"
    Journal(path).close()
    with journal_state.opened(path) as connection:
        return journal_state.schema(connection)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_a_journal_of_each_revision_upgrades_with_nothing_lost(
    fixture: Path, tmp_path: Path, fresh_schema: set[tuple[str, str, str, str]]
) -> None:
    path = tmp_path / "journal" / "journal.amends"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(fixture, path)
    with journal_state.opened(path) as old:
        revision = journal_state.revision(old)
        counts, texts = journal_state.row_counts(old), journal_state.text_hashes(old)
        content = journal_state.content(old)
        stored = old.execute("SELECT id, title, compensation_value, call_at FROM incident")
        # An amount was a float before 0006 and is decimal text since: the same digits.
        written = {
            incident_id: (title, None if value is None else Decimal(str(value)), call)
            for incident_id, title, value, call in stored
        }

    with Journal(path) as journal:
        incidents = [journal.incidents.get(incident_id) for incident_id in written]
        for word in SEARCH_WORDS:
            found = {hit.row.id for hit in journal.search.find(word, limit=1000)}
            containing = {i.id for i in incidents if word.casefold() in repr(i).casefold()}
            assert found == containing != set(), word
        backups = journal.backups.list()

    with journal_state.opened(path) as upgraded:
        assert journal_state.revision(upgraded) == schema.HEAD
        assert journal_state.problems(upgraded) == []
        assert journal_state.schema(upgraded) == fresh_schema
        assert {name: journal_state.row_counts(upgraded)[name] for name in counts} == counts
        assert {name: journal_state.text_hashes(upgraded)[name] for name in texts} == texts
    for incident in incidents:
        assert (incident.title, *_amount_and_call(incident)) == written[incident.id or 0]
    _assert_backed_up_as_it_was(backups, revision, content)


def _amount_and_call(incident: Incident) -> tuple[Decimal | None, str | None]:
    value, call = incident.compensation.value, incident.call_at
    return value, None if call is None else call.isoformat()


def _assert_backed_up_as_it_was(backups: list[BackupInfo], revision: str, content: str) -> None:
    """One checked backup of the journal exactly as it was, made before it was upgraded."""
    if revision == schema.HEAD:
        assert backups == []
        return
    (backup,) = backups
    assert f"before-{schema.HEAD}" in backup.path
    assert stat.S_IMODE(Path(backup.path).stat().st_mode) == 0o600
    with journal_state.opened(Path(backup.path), read_only=True) as copy:
        assert journal_state.revision(copy) == revision
        assert journal_state.content(copy) == content
