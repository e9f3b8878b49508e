"""Client, category and tag names compare, and names and titles sort, by one rule everywhere:
journal.naming.name_key (full Unicode case folding, not SQLite's A-to-Z NOCASE)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from journal import cli, interchange
from journal.domain import Client
from journal.errors import InvalidInput
from journal.listing import IncidentFilter, SortKey
from journal.naming import name_key
from journal.service import Journal
from tests.conftest import full_incident
from tests.fixtures import journal_state
from tests.fixtures.make_journals import FOLDER

NAMES = ["Éva", "émile", "Zoe", "Ågren"]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_names_that_differ_only_in_case_or_form_have_one_key() -> None:
    same = [
        ("Olof Åkesson", "olof åkesson"),
        ("ÅSA AB", "åsa ab"),
        ("Straße", "STRASSE"),
        ("Olof Åkesson", _nfd("OLOF ÅKESSON")),  # as some keyboards and files write it
        ("\uff21\uff22\uff23 Design", "abc design"),  # full-width letters
        ("\ufb01nance", "Finance"),  # the "fi" ligature
        ("  Olof \u00a0 Åkesson ", "Olof Åkesson"),  # spaces as drafts.normalized tidies them
        ("ΣΊΣΥΦΟΣ", "σίσυφος"),
    ]
    for one, other in same:
        assert name_key(one) == name_key(other), (one, other)
    assert name_key("Åsa") != name_key("Asa")  # accents are not dropped
    assert name_key("Olof Åkesson") == name_key(name_key("Olof Åkesson"))


def test_names_sort_in_one_fixed_order_accented_letters_after_their_bare_letter() -> None:
    # One rule, not Swedish order (where Å comes after Z): Å with the A's, É with the E's.
    assert sorted(NAMES, key=name_key) == ["Ågren", "émile", "Éva", "Zoe"]
    assert sorted([*NAMES, "Ezra", "Edgar", "Bo"], key=name_key) == [
        "Ågren", "Bo", "Edgar", "Ezra", "émile", "Éva", "Zoe",
    ]  # fmt: skip


def test_the_list_sorts_titles_clients_and_categories_by_the_same_rule(journal: Journal) -> None:
    for name in NAMES:
        journal.incidents.create(
            full_incident(title=f"{name} title", client=Client(name), category=f"{name} kind")
        )
    expected = [f"{name} title" for name in sorted(NAMES, key=name_key)]
    for key in (SortKey.TITLE, SortKey.CLIENT, SortKey.CATEGORY):
        for descending in (False, True):
            rows = journal.incidents.list_rows(IncidentFilter(sort=key, descending=descending))
            wanted = expected[::-1] if descending else expected
            assert [row.title for row in rows] == wanted, (key, descending)
    assert journal.clients.names() == sorted(NAMES, key=name_key)
    assert [client.name for client in journal.clients.list()] == sorted(NAMES, key=name_key)


@pytest.fixture
def olof(journal: Journal) -> Journal:
    journal.incidents.create(
        full_incident(
            title="Late again", client=Client("Olof Åkesson"), category="Översättningsfel",
            tags=("Ärende",),
        )
    )  # fmt: skip
    journal.incidents.create(full_incident(title="Someone else's"))
    return journal


@pytest.mark.parametrize(
    "selection",
    [
        IncidentFilter(client="olof åkesson"),
        IncidentFilter(client=_nfd("OLOF ÅKESSON")),
        IncidentFilter(category="ÖVERSÄTTNINGSFEL"),
        IncidentFilter(tag="ärende"),
    ],
    ids=["client", "client-decomposed", "category", "tag"],
)
def test_the_filters_find_a_name_in_any_case(olof: Journal, selection: IncidentFilter) -> None:
    assert [row.title for row in olof.incidents.list_rows(selection)] == ["Late again"]
    assert olof.incidents.count(selection) == 1
    assert [hit.row.title for hit in olof.search.find("late", selection)] == ["Late again"]


def test_amends_list_finds_a_client_in_any_case(
    olof: Journal, journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    olof.close()
    code = cli.main(["--db", str(journal_path), "list", "--json", "--client", "olof åkesson"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert [row["title"] for row in json.loads(out)] == ["Late again"]


def test_saving_joins_a_client_category_and_tag_spelt_in_another_case(journal: Journal) -> None:
    journal.incidents.create(
        full_incident(client=Client("ÅSA AB"), category="Fel", tags=("Ärende",))
    )
    journal.incidents.create(full_incident(client=Client("åsa ab", email="a@b.se"), category="FEL",
                                 tags=("ÄRENDE", "ärende")))  # fmt: skip
    (client,) = journal.clients.list()
    assert (client.name, client.email) == ("ÅSA AB", "a@b.se")
    assert [c.name for c in journal.categories.list()].count("Fel") == 1
    assert "FEL" not in [c.name for c in journal.categories.list()]
    assert journal.tags.list() == ["Ärende"]


def _document(*incidents: dict[str, object]) -> str:
    return json.dumps({"format": "amends", "version": 1, "incidents": list(incidents)})


def test_importing_two_spellings_of_a_client_makes_one_client(journal: Journal) -> None:
    journal.transfer.import_incidents(
        interchange.parse(
            _document(
                {"title": "One", "client": {"name": "ÅSA AB"}, "tags": ["Öl"]},
                {"title": "Two", "client": {"name": "åsa ab", "company": "Åsa"}, "tags": ["ÖL"]},
                {"title": "Three", "client": {"name": _nfd("Åsa AB")}, "category": "Ny sort"},
                {"title": "Four", "client": {"name": "x"}, "category": "NY SORT"},
            )
        )
    )
    assert [(c.name, c.company) for c in journal.clients.list()] == [("ÅSA AB", "Åsa"), ("x", "")]
    assert journal.tags.list() == ["Öl"]
    assert [c.name for c in journal.categories.list()].count("Ny sort") == 1
    assert len(journal.incidents.list_rows(IncidentFilter(client="Åsa ab"))) == 3


def test_renaming_a_category_to_another_ones_name_in_another_case_is_refused(
    journal: Journal,
) -> None:
    journal.categories.add("Översättningsfel")
    journal.categories.add("Kašnjenje")
    with pytest.raises(InvalidInput, match="already a category called 'Översättningsfel'"):
        journal.categories.rename("Kašnjenje", "ÖVERSÄTTNINGSFEL")
    with pytest.raises(InvalidInput, match="already a category"):
        journal.categories.rename("Kašnjenje", _nfd("översättningsfel"))
    journal.categories.rename("kaŠnjenje", "KAŠNJENJE")  # a category may change its own case
    assert "KAŠNJENJE" in [c.name for c in journal.categories.list()]


def test_renaming_a_client_to_another_ones_name_in_another_case_is_refused(
    journal: Journal,
) -> None:
    journal.incidents.create(full_incident(client=Client("Olof Åkesson")))
    journal.incidents.create(full_incident(client=Client("Ivana Marković")))
    ivana = next(c for c in journal.clients.list() if c.name == "Ivana Marković")
    with pytest.raises(InvalidInput, match="already a client called 'Olof Åkesson'"):
        journal.clients.update(dataclasses.replace(ivana, name="olof åkesson"))
    journal.clients.update(dataclasses.replace(ivana, name="IVANA MARKOVIĆ"))
    assert journal.clients.names() == ["IVANA MARKOVIĆ", "Olof Åkesson"]


# An older journal whose names NOCASE kept apart: they become one when it is upgraded.
OLD = FOLDER / "0006_drafts_and_trash.amends"


def _copy_incident(old: sqlite3.Connection, **changes: object) -> int:
    """A new incident like the first, with `changes`, written as revision 0006 held it."""
    columns = [row[1] for row in old.execute("PRAGMA table_info(incident)") if row[1] != "id"]
    chosen = ", ".join("?" if column in changes else column for column in columns)
    cursor = old.execute(
        f"INSERT INTO incident ({', '.join(columns)}) SELECT {chosen} FROM incident WHERE id = 1",
        [changes[column] for column in columns if column in changes],
    )
    return int(cursor.lastrowid or 0)


def _index(old: sqlite3.Connection, ids: list[int]) -> None:
    """The search index in step, as the application of revision 0006 kept it."""
    marks = ",".join("?" * len(ids))
    old.execute(f"DELETE FROM incident_fts WHERE rowid IN ({marks})", ids)
    old.execute(
        "INSERT INTO incident_fts(rowid, title, client, tags, body) SELECT incident_id, title, "
        f"client, tags, body FROM incident_search_source WHERE incident_id IN ({marks})",
        ids,
    )


def test_upgrading_merges_names_that_only_nocase_kept_apart(tmp_path: Path) -> None:
    path = tmp_path / "journal" / "journal.amends"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(OLD, path)
    with journal_state.opened(path) as old:
        clients = [
            ("ÅSA AB", "", "", "Föredrar mejl."),
            ("åsa ab", "Åsa AB", "info@asa.example", "Other notes"),
            (_nfd("Åsa ab"), "Wrongco", "wrong@asa.example", ""),
        ]
        first, second, third = (
            int(old.execute("INSERT INTO client (name, company, email, notes) VALUES (?, ?, ?, ?)",
                            client).lastrowid or 0)
            for client in clients
        )  # fmt: skip
        (kind,) = old.execute("SELECT id FROM category WHERE name = 'Översättningsfel'").fetchone()
        shouting = old.execute(
            "INSERT INTO category (name, position) VALUES ('ÖVERSÄTTNINGSFEL', 200)"
        ).lastrowid
        moved = [
            _copy_incident(old, title="Ett", client_id=first),
            _copy_incident(old, title="Två", client_id=second, category_id=shouting),
            _copy_incident(old, title="Tre", client_id=third),
        ]
        (tag,) = old.execute("SELECT id FROM tag WHERE name = 'mässa'").fetchone()
        (tagged,) = old.execute(
            "SELECT min(incident_id) FROM incident_tag WHERE tag_id = ?", (tag,)
        ).fetchone()
        loud = old.execute("INSERT INTO tag (name) VALUES ('MÄSSA')").lastrowid
        old.executemany(
            "INSERT INTO incident_tag (incident_id, tag_id, position) VALUES (?, ?, 9)",
            [(tagged, loud), (moved[0], loud)],  # one has both spellings
        )
        _index(old, [*moved, tagged])
        counts = journal_state.row_counts(old)

    with Journal(path) as journal:
        (merged,) = [c for c in journal.clients.list() if name_key(c.name) == name_key("åsa ab")]
        assert (merged.id, merged.name) == (first, "ÅSA AB")  # the lowest id, with its name
        # Blank details filled from the others in id order; the kept one's own are kept.
        assert (merged.company, merged.email, merged.notes) == (
            "Åsa AB", "info@asa.example", "Föredrar mejl."
        )  # fmt: skip
        found = journal.incidents.list_rows(
            IncidentFilter(client="Åsa AB", sort=SortKey.TITLE, descending=False)
        )
        assert [row.title for row in found] == ["Ett", "Tre", "Två"]
        assert {row.client_id for row in found} == {first}
        # The per-client counts (kept by triggers) follow the incidents.
        assert ("ÅSA AB", 3) in [
            (c.label, c.incidents) for c in journal.patterns.figures().by_client
        ]
        assert [c.name for c in journal.categories.list()].count("Översättningsfel") == 1
        assert "ÖVERSÄTTNINGSFEL" not in [c.name for c in journal.categories.list()]
        assert journal.incidents.get(moved[1]).category == "Översättningsfel"
        two = journal.incidents.list_rows(IncidentFilter(category="ÖVERSÄTTNINGSFEL"))
        assert moved[1] in [row.id for row in two]
        assert journal._db.scalar("SELECT category_id FROM incident WHERE id = ?", (moved[1],)) == (
            kind
        )
        assert "MÄSSA" not in journal.tags.list()
        fair = journal.incidents.list_rows(IncidentFilter(tag="MÄSSA"))
        assert {row.id for row in fair} >= {tagged, moved[0]}
        assert journal.incidents.get(tagged).tags.count("mässa") == 1
        # The search index has the merged names, not the deleted client's company.
        assert journal.search.find("Wrongco") == []
        assert {hit.row.id for hit in journal.search.find("Föredrar mejl")} >= set(moved)
    with journal_state.opened(path) as upgraded:
        assert journal_state.problems(upgraded) == []
        after = journal_state.row_counts(upgraded)
        assert (after["client"], after["category"], after["tag"]) == (
            counts["client"] - 2, counts["category"] - 1, counts["tag"] - 1
        )  # fmt: skip
        assert after["incident_tag"] == counts["incident_tag"] - 1
        for table in ("client", "category", "tag"):
            keys = upgraded.execute(f"SELECT name, name_key FROM {table}").fetchall()
            assert all(key == name_key(name) != "" for name, key in keys), table
        titles = upgraded.execute("SELECT title, title_key FROM incident").fetchall()
        assert all(key == name_key(title) for title, key in titles)
        plan = upgraded.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM incident ORDER BY title_key, id LIMIT 10"
        ).fetchall()
        assert "ix_incident_title_key" in str(plan)  # sorting by title reads an index
