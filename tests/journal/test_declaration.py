"""Every declared field of an incident is kept, exchanged, searched, shown and asked for."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import json
from decimal import Decimal
from typing import Any

import pytest

from journal import exporters, interchange
from journal.cli_output import incident_text
from journal.domain import INCIDENT_FIELDS, Action, Client, Incident, Question
from journal.fields import Declared, Kind, Shown, built
from journal.layout import laid_out
from journal.service import Journal
from ui.fields import STEPS
from ui.incident_page import incident_html

TODAY = dt.date(2026, 5, 1)
AMOUNT = Decimal("1234.5")


def _word(field: Declared) -> str:
    return "zq" + field.path.replace(".", "").replace("_", "")


def _value(field: Declared, number: int) -> Any:
    """A value for the field unlike its default, with a word no other field has."""
    word = _word(field)
    if field.kind is Kind.CHOICE:
        return list(field.about.choices or ())[-1]
    values: dict[Kind, Any] = {
        Kind.LINE: word,
        Kind.TEXT: f"{word} in a paragraph",
        Kind.COACHED: f"{word}, said aloud",
        Kind.FLAG: True,
        Kind.DATE: dt.date(2026, 3, number % 28 + 1),
        Kind.DATETIME: dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        Kind.AMOUNT: AMOUNT,
        Kind.LINES: (f"{word} one", f"{word} two"),
        Kind.ACTIONS: (Action(f"{word} step", dt.date(2026, 4, 1), dt.date(2026, 3, 30)),),
        Kind.QUESTIONS: (Question(f"{word} asked?", f"{word} answered"),),
        Kind.TAGS: (word,),
        Kind.CATEGORY: word,
        Kind.CLIENT: Client(word, company=f"{word} AB", email="a@example.com"),
    }
    return values[field.kind]


def _every_field_given() -> Incident:
    values = {field.path: _value(field, n) for n, field in enumerate(INCIDENT_FIELDS)}
    return built(Incident, values)


def test_every_declared_field_is_given_a_value_unlike_its_default() -> None:
    given, default = _every_field_given(), Incident()
    same = [f.path for f in INCIDENT_FIELDS if f.value_in(given) == f.value_in(default)]
    assert same == []


def test_every_field_is_kept_by_the_journal_and_by_the_json_format(journal: Journal) -> None:
    stored = journal.incidents.create(_every_field_given()).incident
    again = journal.incidents.get(stored.id or 0)
    assert again.client.id is not None
    for field in INCIDENT_FIELDS:
        kept = field.value_in(again)
        kept = dataclasses.replace(kept, id=None) if field.kind is Kind.CLIENT else kept
        assert kept == field.value_in(_every_field_given()), field.path
    document = json.dumps({"format": "amends", "version": 1,
                           "incidents": [interchange.incident_dict(again)]})  # fmt: skip
    (read,) = interchange.parse(document)
    assert read == dataclasses.replace(again, client=dataclasses.replace(again.client, id=None))


def test_every_searchable_field_is_found_by_its_words(journal: Journal) -> None:
    journal.incidents.create(_every_field_given())
    journal.incidents.create(Incident(title="Another", client=Client("Someone else")))
    searchable = [f for f in INCIDENT_FIELDS if f.about.searchable]
    assert len(searchable) >= 15
    for field in searchable:
        hits = journal.search.find(_word(field))
        assert [hit.row.title for hit in hits] == ["zqtitle"], field.path


def test_every_field_is_a_csv_column() -> None:
    out = io.StringIO()
    exporters.write_csv([_every_field_given()], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    for field in INCIDENT_FIELDS:
        assert row[field.column if field.kind is not Kind.CLIENT else "client"], field.path
    assert row["compensation_value"] == "1234.5"


@pytest.mark.parametrize("write", ["markdown", "text", "html"])
def test_every_shown_field_is_shown_under_its_label_in_every_layout(write: str) -> None:
    incident = _every_field_given()
    if write == "markdown":
        out = io.StringIO()
        exporters.write_markdown([incident], out)
        shown = out.getvalue()
    else:
        shown = (
            incident_text(incident, TODAY) if write == "text" else incident_html(incident, TODAY)
        )
    layout = laid_out(incident, TODAY)
    for field in INCIDENT_FIELDS:
        about = field.about
        if about.shown is Shown.HIDDEN:
            continue
        label = html.escape(about.label) if write == "html" else about.label
        assert label in shown or about.shown is Shown.HEADING, field.path
        if field.kind in (Kind.LINE, Kind.TEXT, Kind.COACHED, Kind.LINES, Kind.QUESTIONS):
            assert _word(field) in shown, field.path
    assert "1,234.50" in shown and layout.title in shown


def test_every_field_a_step_asks_for_has_an_editor_there() -> None:
    asked = {spec.key for step in STEPS for spec in step.fields}
    wanted = {f.path for f in INCIDENT_FIELDS if f.about.step is not None}
    assert asked == wanted and len(STEPS) == 7
