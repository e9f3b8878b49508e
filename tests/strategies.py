"""Hypothesis strategies: whole incidents written with every kind of awkward text and value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from journal.domain import (
    Action,
    Client,
    Compensation,
    FixStatus,
    Incident,
    Outcome,
    Question,
    Severity,
    Status,
)

# Text that has broken editors and PDFs before: markup, ampersands, control characters,
# right-to-left and bidi controls, emoji with joiners, combining marks, no-break spaces,
# Windows line ends, and the scripts Amends is written in.
AWKWARD = (
    "<b>x</b>", "&amp;", "&", "\x00", "\x07", "\x1b[31m", "\t", "\n", "\r\n", "\r", "\u2028",
    "\u2029", "\u00a0", "\u202f",
    "\u200d", "\u202e", "שלום", "مرحبا", "👩‍💻", "🇸🇪", "e\u0301", "ส่งใบแจ้งหนี้", "ক্ষমা",
    "\u09f3\u09e7\u09e8,\u09e6\u09e6\u09e6", "฿", "।", "Čćžšđ", "åäö", " — ", "Q? — A",
    "\\", '"', "'", "%s", "{0}",
)  # fmt: skip
_PIECES = st.one_of(
    st.sampled_from(AWKWARD),
    st.text(min_size=1, max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=8),
)
awkward_text = st.lists(_PIECES, max_size=6).map("".join)
some_text = st.one_of(st.just(""), awkward_text)
days = st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))
offsets = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30)),
                           dt.timezone(dt.timedelta(hours=-3, minutes=-30))])  # fmt: skip
call_times = st.builds(
    lambda day, seconds, zone: (
        dt.datetime.combine(day, dt.time()).replace(tzinfo=zone) + dt.timedelta(seconds=seconds)
    ),
    st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
    st.integers(0, 86_399),
    offsets,
)
amounts = st.one_of(
    st.sampled_from([Decimal("12345.67"), Decimal("1234567.5"), Decimal("0.10"), Decimal("150")]),
    st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2),
    st.decimals(min_value=0, max_value=Decimal("99999999999999.9999999"), allow_nan=False,
                allow_infinity=False),
)  # fmt: skip
names = awkward_text.filter(lambda text: bool(text.replace("\x00", "").strip()))


@st.composite
def incidents(draw: st.DrawFn) -> Incident:
    texts = st.lists(awkward_text.filter(lambda t: bool(t.replace("\x00", "").strip())), max_size=3)
    return Incident(
        title=draw(names),
        client=Client(draw(names), company=draw(some_text), notes=draw(some_text)),
        project=draw(some_text),
        occurred_on=draw(st.none() | days),
        severity=draw(st.sampled_from(Severity)),
        category=draw(st.sampled_from(["missed deadline", "other", "billing error"]) | names),
        tags=tuple(draw(st.lists(names, max_size=3))),
        what_happened=draw(some_text),
        impact=draw(some_text),
        whys=tuple(draw(texts)),
        root_cause=draw(some_text),
        ownership=draw(some_text),
        fix=draw(some_text),
        fix_status=draw(st.sampled_from(FixStatus)),
        prevention=draw(some_text),
        actions=tuple(
            Action(text, due, done)
            for text, due, done in draw(
                st.lists(
                    st.tuples(names | st.just("Same step"), st.none() | days, st.none() | days),
                    max_size=4,
                )
            )
        ),
        compensation=Compensation(
            draw(some_text), draw(st.none() | amounts), draw(some_text), draw(st.none() | days)
        ),
        surprise=draw(some_text),
        summary=draw(some_text),
        apology=draw(some_text),
        empathy=draw(some_text),
        questions=tuple(
            Question(question, answer)
            for question, answer in draw(st.lists(st.tuples(names, some_text), max_size=3))
        ),
        call_at=draw(st.none() | call_times),
        status=draw(st.sampled_from(Status)),
        outcome=Outcome(
            draw(some_text),
            draw(st.sampled_from([None, True, False])),
            draw(st.sampled_from([None, True, False])),
        ),
    )
