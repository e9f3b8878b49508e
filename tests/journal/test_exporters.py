"""CSV opens safely in a spreadsheet; Markdown reads well and skips empty sections."""

from __future__ import annotations

import csv
import io

from journal import exporters
from journal.domain import Client, Incident
from tests.conftest import full_incident


def test_csv_has_one_row_per_incident_with_every_field() -> None:
    out = io.StringIO()
    exporters.write_csv([full_incident(id=1), full_incident(id=2, title="Two")], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["title"] for row in rows] == ["Missed the shop launch", "Two"]
    assert rows[0]["tags"] == "launch; webshop"
    assert (
        rows[0]["actions"].splitlines()[0]
        == "Write a launch checklist (due 2026-03-09, done 2026-03-08)"
    )
    assert rows[0]["client_stayed"] == "yes" and rows[0]["compensation_value"] == "150.0"


def test_csv_cells_that_look_like_formulas_are_shown_not_run() -> None:
    out = io.StringIO()
    incident = full_incident(id=1, title='=HYPERLINK("http://x")', impact="-2 days", fix="- a list")
    exporters.write_csv([incident], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["title"] == '\'=HYPERLINK("http://x")'
    assert row["impact"] == "'-2 days" and row["fix"] == "- a list"


def test_markdown_shows_filled_sections_only() -> None:
    out = io.StringIO()
    exporters.write_markdown(
        [full_incident(id=1), Incident(title="Bare", client=Client("Nong"), id=2)], out
    )
    text = out.getvalue()
    full, bare = text.split("## Bare")
    assert "### Why\n\n1. I did not test" in full and "### Likely questions" in full
    assert "###" not in bare and "**Client:** Nong" in bare


def test_what_could_not_be_read_and_unfinished_drafts_are_exported_as_written() -> None:
    kept = full_incident(unreadable=(("call_at", "Friday 10am"), ("occurred_on", "förra tisdagen")))
    draft = Incident(title="", client=Client(""), what_happened="Kept before it had a name")
    out = io.StringIO()
    exporters.write_markdown([kept, draft], out)
    text = out.getvalue()
    assert "- Call date and time: Friday 10am" in text and "- When: förra tisdagen" in text
    assert "## (no title yet) (unfinished)" in text and "**Client:** —" in text
    out = io.StringIO()
    exporters.write_csv([kept], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["unreadable"] == "Call date and time: Friday 10am\nWhen: förra tisdagen"
