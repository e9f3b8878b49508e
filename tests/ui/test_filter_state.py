"""The stored filter and typed dates: whatever is stored or typed, Amends opens and says why."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.domain import Severity, Status
from journal.listing import IncidentFilter, SortKey
from ui.filter_state import filter_from_text, filter_to_text, parse_day


@pytest.mark.parametrize(
    ("text", "end", "day"),
    [
        ("2026-03-02", False, dt.date(2026, 3, 2)),
        ("2026-03", False, dt.date(2026, 3, 1)),
        ("2026-02", True, dt.date(2026, 2, 28)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2026-12", True, dt.date(2026, 12, 31)),
        ("9999-12", True, dt.date(9999, 12, 31)),
        ("0001-01", False, dt.date(1, 1, 1)),
        ("2026", True, dt.date(2026, 12, 31)),
        (" 2026-3-9 ", False, dt.date(2026, 3, 9)),
        ("", False, None),
    ],
)
def test_a_date_can_be_a_day_a_month_or_a_year(text: str, end: bool, day: dt.date) -> None:
    assert parse_day(text, end) == day


@pytest.mark.parametrize(
    "text", ["March", "2026-13", "2026-02-30", "26-03-02", "2026/03/02", "0000-05"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_day(text)


def test_a_filter_comes_back_as_it_was_kept() -> None:
    kept = IncidentFilter(
        client="Åsa", severity=Severity.MAJOR, occurred_from=dt.date(2026, 1, 1), overdue=True,
        ids=(3, 5), sort=SortKey.CLIENT, descending=False,
    )  # fmt: skip
    assert filter_from_text(filter_to_text(kept, "Cause: x")) == (kept, "Cause: x")
    unfinished = IncidentFilter(unfinished=True)
    assert filter_from_text(filter_to_text(unfinished)) == (unfinished, "")


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))  # fmt: skip
def test_anything_stored_gives_a_filter_and_never_an_error(stored: object) -> None:
    import json

    selection, label = filter_from_text(json.dumps(stored))
    assert isinstance(selection, IncidentFilter) and isinstance(label, str)
    expected = {
        "client": str, "category": str, "tag": str, "severity": Severity, "status": Status,
        "occurred_from": dt.date, "occurred_to": dt.date, "ids": tuple,
    }  # fmt: skip
    for key, kind in expected.items():
        assert getattr(selection, key) is None or isinstance(getattr(selection, key), kind)
    assert isinstance(selection.sort, SortKey) and isinstance(selection.overdue, bool)


@pytest.mark.parametrize(
    "stored",
    ['{"client": 5}', '{"category": ["a"]}', '{"tag": 3}', '{"overdue": "no"}', "[1]", "{"],
)
def test_a_damaged_stored_filter_is_no_filter(stored: str) -> None:
    assert filter_from_text(stored) == (IncidentFilter(), "")
