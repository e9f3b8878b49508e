"""The JSON format: export → import → export is exact, and bad files are refused whole."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from journal import interchange
from journal.domain import Client, Incident
from journal.errors import InvalidInput
from journal.service import Journal
from tests.conftest import SAMPLES, full_incident

ROOT = Path(__file__).resolve().parents[2]


def _export(journal: Journal) -> str:
    out = io.StringIO()
    interchange.write(journal.incidents.all(), out)
    return out.getvalue()


def _document(*incidents: dict[str, object]) -> str:
    return json.dumps({"format": "amends", "version": 1, "incidents": list(incidents)})


def test_export_import_export_gives_the_same_file(journal: Journal, tmp_path: Path) -> None:
    journal.transfer.import_incidents(
        interchange.parse((SAMPLES / "journal_small.json").read_bytes())
    )
    journal.incidents.create(full_incident(what_happened='<b>not bold</b> & "quotes"\nline 2 😅'))
    first = _export(journal)
    with Journal(tmp_path / "second.amends") as second:
        result = second.transfer.import_incidents(interchange.parse(first))
        assert not result.renumbered
        assert _export(second) == first
    assert json.loads(first)["incidents"][-1]["what_happened"].endswith("😅")


def test_every_documented_key_is_exported_in_order(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    (exported,) = json.loads(_export(journal))["incidents"]
    table = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    documented = [key for row in re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|", table, re.M)
                  for key in row if key]  # fmt: skip
    assert list(exported) == documented
    assert exported["compensation"] == {
        "offer": "Refund of the wasted ad spend",
        "value": 150,
        "currency": "EUR",
        "delivered_on": None,
    }
    assert exported["call_at"] == "2026-03-04T10:00:00+01:00"


def test_only_title_and_client_name_are_required(journal: Journal) -> None:
    (incident,) = interchange.parse(_document({"title": "Late", "client": {"name": "Nong"}}))
    saved = journal.incidents.create(incident).incident
    assert (saved.title, saved.client.name, saved.category) == ("Late", "Nong", "other")


def test_imported_ids_give_way_to_incidents_already_in_the_journal(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    incidents = interchange.parse(_document({"id": 1, "title": "Clash", "client": {"name": "B"}}))
    result = journal.transfer.import_incidents(incidents)
    assert result.renumbered
    assert (
        journal.incidents.get(2).title == "Clash"
        and journal.incidents.get(1).title == "Missed the shop launch"
    )


def test_import_links_clients_and_adds_unknown_categories(journal: Journal) -> None:
    journal.incidents.create(full_incident())
    result = journal.transfer.import_incidents(
        interchange.parse(
            _document(
                {"title": "A", "client": {"name": "Åsa Lindqvist"}, "category": "slow replies"},
                {"title": "B", "client": {"name": "New Client", "email": "n@example.com"}},
            )
        )
    )
    assert result.changes.clients and result.changes.categories
    # By journal.naming.name_key: "Å" sorts with the A's.
    assert [client.name for client in journal.clients.list()] == ["Åsa Lindqvist", "New Client"]
    assert "slow replies" in [category.name for category in journal.categories.list()]
    assert [hit.row.title for hit in journal.search.find("slow replies")] == ["A"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "amends",\n "version": 1 "incidents": []}', "line 2, column 15"),
        ('{"format": "notes", "version": 1, "incidents": []}', "not a file Amends exported"),
        ("[1, 2]", "not a file Amends exported"),
        ("Meeting notes, Tuesday", "not a file Amends exported"),  # no JSON at all
        ('{"format": "amends", "version": 7, "incidents": []}', "Update Amends"),
        (
            _document({"title": "Ok", "client": {"name": "A"}},
                      {"title": "Late delivery", "client": {"name": "B"},
                       "occurred_on": "3rd of May"}),
            "incident 2 (\"Late delivery\"), key 'occurred_on'",
        ),
        (_document({"title": "X"}), "key 'client': is required"),
        (
            _document({"title": "X", "client": None, "questions": [{"question": " "}]}),
            "key 'questions.0': a question needs a question or an answer",
        ),
        (_document({"title": "X", "client": {}}), "key 'client.name': is required"),
        (_document({"title": "X", "client": {"name": "A"}, "sevrity": "major"}), "'sevrity'"),
        (_document({"title": "X", "client": {"name": "A"}, "severity": "huge"}), "'severity'"),
        (
            _document({"title": "X", "client": {"name": "A"}, "actions": [{"due_on": None}]}),
            "key 'actions.0.text'",
        ),
        (
            _document({"title": "X", "client": {"name": "A"},
                       "compensation": {"value": -5}}),
            "key 'compensation.value'",
        ),
        (_document({"title": "X", "client": {"name": "A"}, "tags": "web"}), "key 'tags'"),
        (_document({"title": 5, "client": {"name": "A"}}), "key 'title'"),
    ],
)  # fmt: skip
def test_a_bad_file_is_refused_with_the_place_named(
    journal: Journal, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.transfer.import_incidents(interchange.parse(text))
    assert message in str(refused.value)
    assert journal.incidents.count() == 0


def test_a_file_that_is_not_text_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        interchange.parse(b"\xff\xfe\x00binary")


def test_an_import_that_fails_midway_leaves_nothing_behind(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    incidents = [Incident(title=f"Incident {n}", client=Client("A")) for n in range(5000)]
    calls = []

    def fail_late(done: int, total: int) -> None:
        calls.append(done)
        if done > 2000:
            raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        journal.transfer.import_incidents(incidents, progress=fail_late)
    assert calls and journal.incidents.count() == 0 and journal.clients.list() == []


def _one(**keys: object) -> str:
    return _document({"title": "X", "client": {"name": "A"}, **keys})


def test_a_journal_given_for_import_is_said_to_be_one(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="it is a journal, not a file exported"):
        interchange.parse(journal.path.read_bytes())


def test_a_byte_order_mark_is_fine_but_other_encodings_are_explained(journal: Journal) -> None:
    assert len(interchange.parse(b"\xef\xbb\xbf" + _one().encode())) == 1
    with pytest.raises(InvalidInput, match="not UTF-8 text"):
        interchange.parse(_one().encode("utf-16"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (_one(title="\\ud800"), "title"),
        (_one(id=99999999999999999999), "id"),
        (_one(compensation={"value": 1e400}), "compensation.value"),
    ],
)
def test_values_nothing_could_store_are_refused_by_key(text: str, key: str) -> None:
    raw = text.replace('"\\\\ud800"', '"\\ud800"')
    with pytest.raises(InvalidInput):
        interchange.parse(raw)


def test_an_export_is_one_consistent_state_while_another_program_writes(
    journal: Journal,
) -> None:
    import sqlite3

    journal.transfer.import_incidents([full_incident(title=f"Incident {n}") for n in range(1200)])
    other = sqlite3.connect(journal.path, isolation_level=None)

    class RenamingOnFirstWrite(io.StringIO):
        renamed = False

        def write(self, text: str) -> int:
            if not self.renamed and '"id": 1,' in text:
                other.execute("UPDATE client SET name = 'Renamed meanwhile'")
                self.renamed = True
            return super().write(text)

    out = RenamingOnFirstWrite()
    journal.transfer.export(out)
    other.close()
    names = {item["client"]["name"] for item in json.loads(out.getvalue())["incidents"]}
    assert names == {"Åsa Lindqvist"}
    assert journal.clients.list()[0].name == "Renamed meanwhile"


def test_creation_times_without_an_offset_are_local_time(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        (incident,) = interchange.parse(_one(created_at="2026-01-15T10:00:00"))
        saved = journal.transfer.import_incidents([incident])
        stored = journal.incidents.get(min(saved.changes.incidents)).created_at
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert stored is not None and stored.isoformat() == "2026-01-15T09:00:00+00:00"
