"""The words a stored value is shown in, wherever it is shown: "In progress", not in_progress."""

from __future__ import annotations

from enum import StrEnum

from journal.domain import FixStatus, Severity, Status

# Stored values never change with the words: files and the journal keep the enum's value.
CHOICE_WORDS: dict[StrEnum, str] = {
    Severity.MINOR: "Minor",
    Severity.MODERATE: "Moderate",
    Severity.MAJOR: "Major",
    Severity.CRITICAL: "Critical",
    Status.DRAFT: "Draft",
    Status.PREPARED: "Prepared",
    Status.CALL_HELD: "Call held",
    Status.RESOLVED: "Resolved",
    FixStatus.PLANNED: "Planned",
    FixStatus.IN_PROGRESS: "In progress",
    FixStatus.DONE: "Done",
}
FLAG_WORDS: dict[bool | None, str] = {True: "Yes", False: "No", None: "Not known yet"}


def choice_word(value: StrEnum) -> str:
    """How a choice reads to the user."""
    return CHOICE_WORDS[value]


def choice_from_word(choices: type[StrEnum], word: str) -> StrEnum:
    """The choice of `choices` shown as `word` (or stored as `word`)."""
    for choice in choices:
        if word in (CHOICE_WORDS[choice], choice.value):
            return choice
    raise ValueError(f"{word!r} is none of {', '.join(CHOICE_WORDS[c] for c in choices)}")
