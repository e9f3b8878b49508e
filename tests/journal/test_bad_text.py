"""Any text in any field: saved, read back, exported, imported and printed without an error,
and back exactly as stored. What a journal cannot hold is changed in one documented way."""

from __future__ import annotations

import dataclasses
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader

from journal import interchange
from journal.domain import Client, Incident
from journal.drafts import normalized
from journal.naming import name_key
from journal.service import Journal
from tests.conftest import TODAY, full_incident
from tests.strategies import incidents

SHORT = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NUMBERS = itertools.count()
LONG = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, Journal, Path]]:
    folder = tmp_path_factory.mktemp("bad-text")
    with (
        Journal(folder / "one" / "journal.amends", today=lambda: TODAY) as first,
        Journal(folder / "two" / "journal.amends", today=lambda: TODAY) as second,
    ):
        yield first, second, folder


def _without_numbers(incident: Incident) -> Incident:
    """The incident apart from what the journal gives it (numbers, times of writing). A
    client, category or tag is one of the journal's own when its name has the same
    journal.naming.name_key as one, and then keeps that one's spelling."""
    return dataclasses.replace(
        incident,
        id=None,
        client=dataclasses.replace(incident.client, id=None, name=name_key(incident.client.name)),
        category=name_key(incident.category),
        tags=tuple(name_key(tag) for tag in incident.tags),
        created_at=None,
        updated_at=None,
    )


def _same(found: Incident, expected: Incident) -> None:
    assert _without_numbers(found) == _without_numbers(expected)
    # Equal date-times may differ in their offset; the call's own offset is kept too.
    assert (found.call_at and found.call_at.isoformat()) == (
        expected.call_at and expected.call_at.isoformat()
    )


def _round_trip(journals: tuple[Journal, Journal, Path], incident: Incident) -> None:
    first, second, folder = journals
    # A client of its own: a client already in the journal would lend it their details.
    unique = f"{next(NUMBERS)} {incident.client.name}"
    incident = dataclasses.replace(
        incident, client=dataclasses.replace(incident.client, name=unique)
    )
    saved = first.incidents.create(incident).incident
    stored = first.incidents.get(saved.id or 0)
    _same(stored, normalized(incident))  # stored exactly, but for what drafts.py documents
    out = io.StringIO()
    from journal.interchange import write

    write([stored], out)
    result = second.transfer.import_json(out.getvalue())
    (imported_id,) = result.changes.incidents
    imported = second.incidents.get(imported_id)
    _same(imported, stored)
    assert imported.created_at == stored.created_at and imported.updated_at == stored.updated_at
    briefing = first.briefings.write(saved.id or 0, folder / "briefing.pdf")
    assert len(PdfReader(briefing.path).pages) == 1


@SHORT
@given(incident=incidents())
def test_any_text_in_any_field_comes_back_exactly(
    journals: tuple[Journal, Journal, Path], incident: Incident
) -> None:
    _round_trip(journals, incident)


@pytest.mark.proof
@LONG
@given(incident=incidents())
def test_ten_thousand_incidents_of_any_text_come_back_exactly(
    journals: tuple[Journal, Journal, Path], incident: Incident
) -> None:
    _round_trip(journals, incident)


def test_what_a_journal_cannot_hold_is_changed_one_documented_way(journal: Journal) -> None:
    saved = journal.incidents.create(
        full_incident(
            title="Nul\x00 and a lone \ud800 surrogate",
            what_happened="Pasted from a broken program: \udfff",
            whys=("\x00", "A real why"),
        )
    ).incident
    assert saved.title == "Nul and a lone \ufffd surrogate"  # NUL dropped, U+FFFD for the rest
    assert saved.what_happened == "Pasted from a broken program: \ufffd"
    assert saved.whys == ("A real why",)  # an item left empty is no item


def test_an_exported_journal_always_imports_again(journal: Journal, tmp_path: Path) -> None:
    journal.incidents.create(full_incident(actions=(), questions=()))
    journal.incidents.create(
        dataclasses.replace(
            full_incident(),
            actions=(dataclasses.replace(full_incident().actions[0], text="\x00\x00"),),
            questions=(dataclasses.replace(full_incident().questions[0], question="\x00"),),
        )
    )
    journal.incidents.create(
        Incident(title="", client=Client(""), what_happened="an unfinished draft")
    )
    out = io.StringIO()
    journal.transfer.export(out)
    assert len(interchange.parse(out.getvalue())) == 3


def test_a_megabyte_paste_is_kept_and_printed(journal: Journal, tmp_path: Path) -> None:
    paste = ("ส่งใบแจ้งหนี้ผิดเดือน ভুল ফাইল পাঠিয়েছি Wrong file sent. " * 20_000)[:1_000_000]
    saved = journal.incidents.create(full_incident(what_happened=paste)).incident
    assert journal.incidents.get(saved.id or 0).what_happened == paste
    assert [hit.row.id for hit in journal.search.find("ใบแจ้งหนี้")] == [saved.id]
    briefing = journal.briefings.write(saved.id or 0, tmp_path / "long.pdf")
    assert len(PdfReader(briefing.path).pages) == 1 and briefing.shortened
