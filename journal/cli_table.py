"""`amends list` as a table: columns that line up on a terminal in any language (by wcwidth's
measure), fitted to the terminal's width when it is one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from journal.domain import Severity, Status
from journal.formats import day
from journal.i18n import translate
from journal.listing import IncidentRow
from journal.terminal_width import column_width, display_width, fit, pad
from journal.words import choice_word, stage_word, unfinished, untitled

# The columns, at least as wide as in English; wider where the language's heading or words
# are (a client's name and the title are cut to fit instead).
ID_WIDTH, DAY_WIDTH, SEVERITY_WIDTH, STATUS_WIDTH, CLIENT_WIDTH, TITLE_WIDTH = 6, 10, 8, 10, 20, 60
LEAST_CLIENT_WIDTH, LEAST_TITLE_WIDTH = 10, 14
GAP = "  "


class Column(NamedTuple):
    heading: str
    width: int
    cell: Callable[[IncidentRow], str]
    right: bool = False


def _day(row: IncidentRow) -> str:
    return day(row.occurred_on) if row.occurred_on else "—"


def _columns(rows: Sequence[IncidentRow], width: int | None) -> list[Column]:
    """The columns but the title's; on a narrow terminal the id as wide as its numbers, the
    severity left out, and the client's name given what the title can spare."""
    ids = [str(row.id) for row in rows]
    heading_id = translate("CommandLine", "ID")
    id_width = column_width(heading_id, ID_WIDTH, ids)
    severity = Column(
        translate("CommandLine", "SEVERITY"),
        column_width(
            translate("CommandLine", "SEVERITY"),
            SEVERITY_WIDTH,
            [choice_word(choice) for choice in Severity],
        ),
        lambda row: choice_word(row.severity),
    )
    statuses = [unfinished(), *(choice_word(status) for status in Status)]
    heading_day, heading_status = (
        translate("CommandLine", "DATE"),
        translate("CommandLine", "STATUS"),
    )
    heading_client = translate("CommandLine", "CLIENT")
    columns = [
        Column(heading_id, id_width, lambda row: str(row.id), right=True),
        Column(heading_day, column_width(heading_day, DAY_WIDTH, map(_day, rows)), _day),
        severity,
        Column(
            heading_status,
            column_width(heading_status, STATUS_WIDTH, statuses),
            lambda row: stage_word(row.status, row.unfinished),
        ),
        Column(
            heading_client,
            column_width(heading_client, CLIENT_WIDTH),
            lambda row: row.client_name or "—",
        ),
    ]
    if width is None:
        return columns

    def room(shown: list[Column]) -> int:  # what the title is left
        return width - sum(column.width for column in shown) - len(GAP) * len(shown)

    if room(columns) < LEAST_TITLE_WIDTH:
        narrow_id = column_width(heading_id, 1, ids)
        columns[0] = columns[0]._replace(width=narrow_id)
    if room(columns) < LEAST_TITLE_WIDTH + CLIENT_WIDTH - LEAST_CLIENT_WIDTH:
        columns.remove(severity)
    client = columns[-1]
    spare = room(columns) - LEAST_TITLE_WIDTH
    least = max(LEAST_CLIENT_WIDTH, display_width(client.heading))
    columns[-1] = client._replace(width=max(least, min(client.width, client.width + spare)))
    return columns


def table(rows: Sequence[IncidentRow], width: int | None = None) -> str:
    """The incidents as a table; given the terminal's `width`, fitted to it, the titles
    taking what the other columns leave."""
    if not rows:
        return translate("CommandLine", "No incidents match.")
    columns = _columns(rows, width)
    before_title = sum(column.width + len(GAP) for column in columns)
    title_width = TITLE_WIDTH if width is None else max(width - before_title, LEAST_TITLE_WIDTH)
    heading_title = translate("CommandLine", "TITLE")
    head = [pad(column.heading, column.width, column.right) for column in columns]
    lines = [GAP.join([*head, heading_title])]
    for row in rows:
        cells = [
            pad(column.cell(row), column.width, right=True)
            if column.right
            else fit(column.cell(row), column.width)
            for column in columns
        ]
        lines.append(GAP.join([*cells, fit(row.title or untitled(), title_width).rstrip()]))
    return "\n".join(lines)
