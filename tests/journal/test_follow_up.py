"""The follow-up message drafted from the worksheet: the user's own words, each part once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from journal.domain import Action, Client, Compensation, Incident
from journal.follow_up import drafted
from tests.conftest import full_incident


def test_the_draft_carries_the_apology_the_fix_the_steps_and_the_offer() -> None:
    incident = full_incident()
    text = drafted(incident)
    assert text.startswith("Hello Åsa,")
    for words in (incident.apology, incident.fix, incident.prevention):
        assert words in text
    assert "Write a launch checklist (done Mar 8, 2026)" in text
    assert "Book payment tests a week before launch (by Mar 20, 2026)" in text
    assert "Refund of the wasted ad spend (€150)" in text
    assert text.index(incident.apology) < text.index(incident.fix) < text.index("(by Mar 20")


def test_a_part_not_written_is_left_out() -> None:
    incident = Incident(title="Wrong file", client=Client("Nong"), apology="ขอโทษครับ ส่งไฟล์ผิด")
    text = drafted(incident)
    assert "ขอโทษครับ ส่งไฟล์ผิด" in text
    assert "What I have done:" not in text and "To make up for it:" not in text
    assert "So that it does not happen again:" not in text


def test_an_amount_alone_is_offered_and_one_already_written_is_not_repeated() -> None:
    base = full_incident(actions=(Action("Checklist", None, None),))
    alone = dataclasses.replace(base, compensation=Compensation("", None, ""))
    assert "To make up for it:" not in drafted(alone)
    amount = dataclasses.replace(base, compensation=Compensation("", Decimal("1234.5"), "SEK"))
    assert "To make up for it:\nSEK\xa01,234.50" in drafted(amount)
    written = dataclasses.replace(
        base,
        compensation=Compensation("A refund of 150 EUR", 150, "EUR"),  # type: ignore[arg-type]
    )
    assert drafted(written).count("150 EUR") == 1
    assert "– Checklist" in drafted(base) and dt.date.today().isoformat() not in drafted(base)
