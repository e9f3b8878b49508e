"""Backups go to the folder chosen for them; those made beside the journal before stay listed
and restorable; a chosen folder that cannot be reached (a drive not plugged in) gives way to
the one beside the journal, so that no backup is missed."""

from __future__ import annotations

from pathlib import Path

from journal import preferences
from journal.service import Journal
from tests.conftest import full_incident


def test_backups_go_to_the_chosen_folder_and_the_earlier_ones_stay_listed(
    journal: Journal, tmp_path: Path
) -> None:
    journal.incidents.create(full_incident(title="Before the folder was chosen"))
    beside = Path(journal.backups.make().path)
    assert beside.parent == journal.path.parent / "backups"
    chosen = tmp_path / "usb" / "amends-backups"
    chosen.parent.mkdir()
    preferences.set_backup_folder(journal.path, chosen)
    journal.incidents.create(full_incident(title="After"))
    made = Path(journal.backups.make().path)
    assert made.parent == chosen
    assert oct(chosen.stat().st_mode)[-3:] == "700"
    assert [Path(info.path) for info in journal.backups.list()] == [made, beside]
    journal.backups.restore(beside)
    assert [incident.title for incident in journal.incidents.all()] == [
        "Before the folder was chosen"
    ]
    assert journal.backups.is_own_file(made) and journal.backups.is_own_file(beside)


def test_a_chosen_folder_that_cannot_be_reached_gives_way_to_the_one_beside(
    journal: Journal, tmp_path: Path
) -> None:
    unplugged = tmp_path / "not-mounted" / "drive" / "backups"
    preferences.set_backup_folder(journal.path, unplugged)
    made = Path(journal.backups.make().path)
    assert made.parent == journal.path.parent / "backups"
    assert not unplugged.exists()


def test_each_journal_keeps_its_own_folder(journal: Journal, tmp_path: Path) -> None:
    preferences.set_backup_folder(journal.path, tmp_path / "mine")
    with Journal(tmp_path / "other" / "other.amends") as other:
        assert Path(other.backups.make().path).parent == tmp_path / "other" / "backups"
    preferences.set_backup_folder(journal.path, None)
    assert preferences.backup_folder(journal.path) is None
