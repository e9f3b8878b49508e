"""What the service reports back: the coach's findings, a briefing written, a backup made,
an import done. Kept apart from the domain's nouns, which every start of Amends needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from journal.domain import Changes


@dataclass(frozen=True)
class ImportResult:
    """How an import went."""

    count: int
    renumbered: bool  # the file's ids were taken already, so the incidents got new ones
    changes: Changes


class TrashedIncident(NamedTuple):
    """An incident in the Trash, as the Trash lists it."""

    id: int
    title: str
    client: str
    deleted_at: dt.datetime


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of the journal."""

    path: str
    size: int
    created_at: dt.datetime
    label: str = ""  # why it was made: "daily", "before-restore", "before-REVISION", or by hand


class FindingKind(StrEnum):
    """What the apology coach found; each cancels or weakens an apology in its own way."""

    CONDITIONAL = "conditional"  # "sorry if you were upset"
    BUT = "but"  # "sorry, but …"
    BLAME = "blame"  # the host, the team, the client
    EXCUSE = "excuse"  # circumstances, tools, timing: "the server was down, so …"
    MINIMISING = "minimising"  # "just a small delay"
    NON_APOLOGY = "non_apology"  # "sorry you feel that way"
    PASSIVE = "passive"  # "mistakes were made"
    MISSING = "missing"  # the apology lacks one of its three parts
    TOO_LONG = "too_long"  # the summary is more than two sentences or one breath
    SELF_FOCUS = "self_focus"  # the empathy line talks about the user, not the client


# Three ways of putting a fault's cause away from the writer: a message is labelled with one.
CAUSE_KINDS = frozenset((FindingKind.BLAME, FindingKind.EXCUSE, FindingKind.PASSIVE))


class DraftField(StrEnum):
    """Which part of the call a text is; the whole-draft checks depend on it."""

    SUMMARY = "summary"
    APOLOGY = "apology"
    EMPATHY = "empathy"
    FOLLOW_UP = "follow_up"  # the message after the call: it needs the apology's three parts
    ANY = "any"


@dataclass(frozen=True)
class Finding:
    """One thing the coach found: where (a character span, possibly empty), why, and a fix."""

    kind: FindingKind
    start: int
    end: int
    message: str
    suggestion: str = ""
    field: DraftField = DraftField.ANY


@dataclass(frozen=True)
class Briefing:
    """The written briefing and what the user should know about it."""

    path: Path
    paper: str
    scale: float
    cut: tuple[str, ...]  # sections left out to keep one page
    shortened: bool  # some long text was cut short
    missing_characters: tuple[str, ...]  # no bundled font has them: marked on the page
