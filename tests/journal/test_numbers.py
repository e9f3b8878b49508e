"""An incident's number is never given again in the journal's lifetime, so a printed briefing's
number always names the same incident: not after a delete, an emptied Trash, or a restore."""

from __future__ import annotations

from journal.service import Journal
from tests.conftest import full_incident


def new_number(journal: Journal, title: str) -> int:
    saved = journal.incidents.create(full_incident(title=title))
    return int(saved.incident.id or 0)


def test_a_deleted_incident_s_number_is_not_given_again_even_after_emptying_the_trash(
    journal: Journal,
) -> None:
    first, second = new_number(journal, "One"), new_number(journal, "Two")
    journal.incidents.delete(second)
    assert journal.trash.empty() == 1
    third = new_number(journal, "Three")
    assert third > second > first


def test_a_restored_older_backup_does_not_give_out_the_numbers_used_since(
    journal: Journal,
) -> None:
    new_number(journal, "Before the backup")
    made = journal.backups.make()
    printed = new_number(journal, "Printed a briefing, then lost by the restore")
    journal.backups.restore(made.path)
    assert [incident.title for incident in journal.incidents.all()] == ["Before the backup"]
    assert new_number(journal, "After the restore") > printed
