"""Creating, changing, finding and deleting incidents through the service."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable

import pytest

from journal.domain import Client, Incident, Severity, Status
from journal.errors import InvalidInput, NotFound
from journal.incidents import Repeats
from journal.interchange import write
from journal.listing import IncidentFilter, SortKey
from journal.service import Journal
from tests.conftest import full_incident


def test_every_field_written_is_read_back_unchanged(journal: Journal) -> None:
    draft = full_incident()
    saved = journal.incidents.create(draft).incident
    assert saved.id is not None
    assert saved.created_at is not None and saved.updated_at is not None
    same_fields = dataclasses.replace(
        saved, id=None, created_at=None, updated_at=None, client=draft.client
    )
    assert same_fields == draft
    assert saved.client.id is not None and saved.client.name == "Åsa Lindqvist"


def test_a_minimal_draft_gets_sensible_defaults(journal: Journal) -> None:
    saved = journal.incidents.create(
        Incident(title="Sent the wrong invoice", client=Client("Marko"))
    ).incident
    assert (saved.severity, saved.category, saved.status) == (
        Severity.MODERATE,
        "other",
        Status.DRAFT,
    )


def test_incidents_of_the_same_client_are_linked_whatever_the_case(journal: Journal) -> None:
    first = journal.incidents.create(full_incident()).incident
    second = journal.incidents.create(
        full_incident(client=Client("åsa lindqvist".replace("å", "Å")))
    ).incident
    third = journal.incidents.create(full_incident(client=Client("ÅSA LINDQVIST"))).incident
    assert first.client.id == second.client.id
    # SQLite folds ASCII letters only; "Å" and "å" are different letters to it.
    assert third.client.id == first.client.id
    assert [client.name for client in journal.clients.list()] == ["Åsa Lindqvist"]


def _saved_one_by_one(journal: Journal, incidents: list[Incident]) -> None:
    for incident in incidents:
        journal.incidents.create(incident)


def _imported_at_once(journal: Journal, incidents: list[Incident]) -> None:
    out = io.StringIO()
    write(incidents, out)
    journal.transfer.import_json(out.getvalue())


@pytest.mark.parametrize("keep", [_saved_one_by_one, _imported_at_once])
def test_a_new_client_keeps_details_and_later_incidents_fill_only_blanks(
    journal: Journal, keep: Callable[[Journal, list[Incident]], None]
) -> None:
    keep(
        journal,
        [
            Incident(title="One", client=Client("Olof Åkesson")),
            Incident(title="Two", client=Client("OLOF ÅKESSON", company="Åkesson AB", notes="n")),
            Incident(title="Three", client=Client("olof åkesson", company="Other", email="o@x")),
        ],
    )
    (client,) = journal.clients.list()
    assert client.name == "Olof Åkesson"
    assert (client.company, client.email, client.notes) == ("Åkesson AB", "o@x", "n")


def test_update_changes_fields_and_keeps_the_creation_time(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    changed = dataclasses.replace(
        saved, title="Launch two days late", tags=("launch",), actions=(), status=Status.RESOLVED
    )
    result = journal.incidents.update(changed)
    again = journal.incidents.get(saved.id or 0)
    assert again.title == "Launch two days late"
    assert again.tags == ("launch",) and again.actions == ()
    assert again.status is Status.RESOLVED
    assert again.created_at == saved.created_at
    assert result.changes.incidents == {saved.id}


def test_tags_are_tidied_and_duplicates_merged(journal: Journal) -> None:
    saved = journal.incidents.create(
        full_incident(tags=("  urgent ", "Urgent", "", "web  shop", "web shop"))
    ).incident
    assert saved.tags == ("urgent", "web shop")


@pytest.mark.parametrize(
    ("title", "client"), [("", "Marko"), ("   ", "Marko"), ("Late", ""), ("Late", "  ")]
)
def test_a_draft_without_title_or_client_is_kept_unfinished(
    journal: Journal, title: str, client: str
) -> None:
    draft = Incident(title=title, client=Client(client), what_happened="The files went to Nina")
    saved = journal.incidents.create(draft).incident
    assert saved.unfinished and saved.what_happened == draft.what_happened
    (row,) = journal.incidents.list_rows()
    assert row.id == saved.id and row.unfinished
    assert [hit.row.id for hit in journal.search.find("Nina")] == [saved.id]
    finished = journal.incidents.edit(saved.id, {"title": "Files sent to Nina", "client": "Marko"})
    assert not finished.incident.unfinished and finished.incident.what_happened.endswith("Nina")


def test_text_with_markup_control_characters_and_emoji_is_kept(journal: Journal) -> None:
    text = '<b>not bold</b> & "quotes"\n\tnext line \u202e reversed 😅 \x07'
    saved = journal.incidents.create(
        full_incident(what_happened=text, title="Nul\x00 inside")
    ).incident
    assert saved.what_happened == text
    assert saved.title == "Nul inside"


def test_deleting_removes_the_incident_everywhere(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    changes = journal.incidents.delete(saved.id or 0)
    assert changes.deleted == {saved.id}
    with pytest.raises(NotFound):
        journal.incidents.get(saved.id or 0)
    assert journal.search.find("checklist") == []
    with pytest.raises(NotFound):
        journal.incidents.delete(saved.id or 0)


def test_updating_a_deleted_incident_says_so(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    journal.incidents.delete(saved.id or 0)
    with pytest.raises(NotFound):
        journal.incidents.update(saved)


def _titles(journal: Journal, selection: IncidentFilter) -> list[str]:
    return [row.title for row in journal.incidents.list_rows(selection)]


def test_list_filters_by_each_field(journal: Journal) -> None:
    journal.incidents.create(full_incident(title="A", occurred_on=dt.date(2025, 1, 5)))
    journal.incidents.create(
        full_incident(
            title="B",
            client=Client("Nong"),
            category="billing error",
            severity=Severity.MINOR,
            status=Status.DRAFT,
            tags=("invoice",),
            occurred_on=dt.date(2026, 6, 1),
        )
    )
    assert _titles(journal, IncidentFilter(client="nong")) == ["B"]
    assert _titles(journal, IncidentFilter(category="Billing Error")) == ["B"]
    assert _titles(journal, IncidentFilter(severity=Severity.MAJOR)) == ["A"]
    assert _titles(journal, IncidentFilter(status=Status.DRAFT)) == ["B"]
    assert _titles(journal, IncidentFilter(tag="INVOICE")) == ["B"]
    assert _titles(journal, IncidentFilter(occurred_to=dt.date(2025, 12, 31))) == ["A"]
    assert _titles(journal, IncidentFilter(occurred_from=dt.date(2026, 1, 1))) == ["B"]
    assert _titles(journal, IncidentFilter()) == ["B", "A"]


def test_the_stage_filter_finds_unfinished_drafts_as_the_list_names_them(journal: Journal) -> None:
    journal.incidents.create(full_incident(title="Ready draft", status=Status.DRAFT))
    journal.incidents.create(full_incident(title="", status=Status.DRAFT))
    journal.incidents.create(full_incident(title="No client yet", client=Client("")))
    journal.incidents.create(full_incident(title="Held", status=Status.CALL_HELD))
    unfinished = journal.incidents.list_rows(IncidentFilter(unfinished=True))
    assert sorted(row.title for row in unfinished) == ["", "No client yet"]
    assert all(row.unfinished for row in unfinished)
    # "Draft" lists what the list calls Draft: not the drafts it calls Unfinished.
    assert _titles(journal, IncidentFilter(status=Status.DRAFT)) == ["Ready draft"]
    assert _titles(journal, IncidentFilter(unfinished=True, client="åsa lindqvist")) == [""]
    assert len(_titles(journal, IncidentFilter())) == 4
    by_stage = IncidentFilter(sort=SortKey.STATUS, descending=False)
    assert _titles(journal, by_stage)[:2] in (["", "No client yet"], ["No client yet", ""])


def test_list_sorts_and_ids_fetch_rows_in_the_same_order(journal: Journal) -> None:
    for title, severity in (("b", Severity.CRITICAL), ("a", Severity.MINOR), ("c", Severity.MAJOR)):
        journal.incidents.create(full_incident(title=title, severity=severity))
    by_title = IncidentFilter(sort=SortKey.TITLE, descending=False)
    assert _titles(journal, by_title) == ["a", "b", "c"]
    by_severity = IncidentFilter(sort=SortKey.SEVERITY)
    assert _titles(journal, by_severity) == ["b", "c", "a"]
    ids = journal.incidents.list_ids(by_title)
    assert [row.id for row in journal.incidents.rows_for(list(reversed(ids)))] == list(
        reversed(ids)
    )
    assert journal.incidents.rows_for([999, ids[0]])[0].id == ids[0]


def test_categories_can_be_added_renamed_and_removed(journal: Journal) -> None:
    names = [category.name for category in journal.categories.list()]
    assert names[:2] == ["missed deadline", "quality defect"] and names[-1] == "other"
    assert journal.categories.add("  late   feedback ").categories
    saved = journal.incidents.create(full_incident(category="late feedback")).incident
    journal.categories.rename("late feedback", "slow feedback")
    assert journal.incidents.get(saved.id or 0).category == "slow feedback"
    with pytest.raises(InvalidInput):
        journal.categories.rename("slow feedback", "Other")
    journal.categories.remove("slow feedback", move_to="miscommunication")
    assert journal.incidents.get(saved.id or 0).category == "miscommunication"
    assert "slow feedback" not in [category.name for category in journal.categories.list()]


def test_the_same_failure_again_counts_neither_an_unfinished_draft_nor_the_kind_other(
    journal: Journal,
) -> None:
    journal.incidents.create(full_incident())  # a missed deadline with Åsa Lindqvist
    journal.incidents.create(full_incident(title=""))  # the same, begun and left unfinished
    journal.incidents.create(full_incident(category="other"))
    again = full_incident(title="Late again", occurred_on=dt.date(2026, 6, 1))
    (earlier,) = journal.incidents.history_for(again).earlier
    assert earlier.title == "Missed the shop launch"
    unsorted = dataclasses.replace(again, category="other")
    assert journal.incidents.history_for(unsorted) == Repeats((), ())


def test_renaming_a_client_keeps_their_history_together(journal: Journal) -> None:
    saved = journal.incidents.create(full_incident()).incident
    client = dataclasses.replace(saved.client, name="Åsa Lindqvist-Berg")
    changes = journal.clients.update(client)
    assert changes.incidents == {saved.id}
    assert journal.incidents.get(saved.id or 0).client.name == "Åsa Lindqvist-Berg"
    assert [hit.row.id for hit in journal.search.find("Lindqvist-Berg")] == [saved.id]
