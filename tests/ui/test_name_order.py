"""Search results sorted in the window come in the same order as the list sorted in SQL:
names and titles by journal.naming.name_key, ties by number."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from journal.domain import Client
from journal.listing import IncidentFilter, SortKey
from journal.service import Journal
from tests.conftest import full_incident
from ui.journal_model import COLUMNS, JournalModel

# Accented capitals and small letters, one name in two Unicode forms, two titles alike but
# for case (a tie), and names of other scripts.
NAMES = (
    "Éva", "émile", "Zoe", "Ågren", "zoë", unicodedata.normalize("NFD", "Zoë"), "Edgar",
    "ÉVA", "Čović", "Straße", "สมชาย", "রহিম",
)  # fmt: skip
SORTED = {"Title": SortKey.TITLE, "Client": SortKey.CLIENT, "Category": SortKey.CATEGORY}


@pytest.fixture
def filled(journal: Journal) -> Journal:
    for number, name in enumerate(NAMES):
        journal.incidents.create(
            full_incident(
                title=f"{name} titel",
                client=Client(f"{name} {number}"),
                category=f"{name} sort {number}",
            )
        )
    return journal


@pytest.mark.parametrize("column", list(SORTED))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorted_search_results_come_in_the_lists_order(
    qtmodeltester: ModelTester, filled: Journal, column: str, order: Qt.SortOrder
) -> None:
    descending = order == Qt.SortOrder.DescendingOrder
    listed = filled.incidents.list_ids(IncidentFilter(sort=SORTED[column], descending=descending))
    found = filled.search.ids("titel", limit=100)
    assert sorted(found) == sorted(listed) and found != listed  # best first, not sorted yet
    model = JournalModel(filled)
    model.show_ids(found, "titel")
    model.sort(COLUMNS.index(column), order)
    assert model.ids == listed
    qtmodeltester.check(model)


def test_titles_sort_with_accented_letters_after_their_bare_letter(filled: Journal) -> None:
    model = JournalModel(filled)
    model.show_ids(filled.search.ids("titel", limit=100), "titel")
    model.sort(COLUMNS.index("Title"), Qt.SortOrder.AscendingOrder)
    shown = [model.data(model.index(row, COLUMNS.index("Title"))) for row in range(4)]
    assert shown == ["Ågren titel", "Čović titel", "Edgar titel", "émile titel"]
