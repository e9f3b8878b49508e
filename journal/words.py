"""The words a stored value is shown in, wherever it is shown: "In progress", not in_progress."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from journal.domain import FixStatus, Severity, Status
from journal.i18n import QT_TRANSLATE_NOOP, Translatable, translate
from journal.listing import UNFINISHED

if TYPE_CHECKING:
    from journal.incidents import Repeats

K = TypeVar("K")
CHOICES = "Choices"  # not shown: the catalogue's context of the words below


class Words(Mapping[K, str]):
    """Words by stored value, each read in the language spoken at that moment (the window's,
    the command line's, or a briefing's own): a language changed while Amends runs is
    followed. `sources` keeps the English."""

    def __init__(self, sources: dict[K, str]) -> None:
        self.sources = sources

    def __getitem__(self, value: K) -> str:
        return translate(CHOICES, self.sources[value])

    def __iter__(self) -> Iterator[K]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


# Stored values never change with the words: files and the journal keep the enum's value.
CHOICE_WORDS: Words[StrEnum] = Words(
    {
        Severity.MINOR: QT_TRANSLATE_NOOP("Choices", "Minor"),
        Severity.MODERATE: QT_TRANSLATE_NOOP("Choices", "Moderate"),
        Severity.MAJOR: QT_TRANSLATE_NOOP("Choices", "Major"),
        Severity.CRITICAL: QT_TRANSLATE_NOOP("Choices", "Critical"),
        Status.DRAFT: QT_TRANSLATE_NOOP("Choices", "Draft"),
        Status.PREPARED: QT_TRANSLATE_NOOP("Choices", "Prepared"),
        Status.CALL_HELD: QT_TRANSLATE_NOOP("Choices", "Call held"),
        Status.RESOLVED: QT_TRANSLATE_NOOP("Choices", "Resolved"),
        FixStatus.PLANNED: QT_TRANSLATE_NOOP("Choices", "Planned"),
        FixStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Choices", "In progress"),
        FixStatus.DONE: QT_TRANSLATE_NOOP("Choices", "Done"),
    }
)
FLAG_WORDS: Words[bool | None] = Words(
    {
        True: QT_TRANSLATE_NOOP("Choices", "Yes"),
        False: QT_TRANSLATE_NOOP("Choices", "No"),
        None: QT_TRANSLATE_NOOP("Choices", "Not known yet"),
    }
)


def choice_word(value: StrEnum) -> str:
    """How a choice reads to the user, in the language spoken now."""
    return CHOICE_WORDS[value]


def choice_from_word(choices: type[StrEnum], word: str) -> StrEnum:
    """The choice of `choices` shown as `word`, in the language spoken now or in English (or
    stored as `word`)."""
    for choice in choices:
        if word in (CHOICE_WORDS[choice], CHOICE_WORDS.sources[choice], choice.value):
            return choice
    raise ValueError(
        translate("Choices", "{word} is none of {choices}").format(
            word=repr(word), choices=", ".join(CHOICE_WORDS[c] for c in choices)
        )
    )


# The categories a new journal starts with, as its first migration stores them: in English,
# whatever the language (journal/storage/migrations/versions/0001_tables.py). Each is shown in
# the language spoken now; a category the user named or renamed reads as it is written.
DEFAULT_CATEGORIES = (
    QT_TRANSLATE_NOOP("Categories", "missed deadline"),
    QT_TRANSLATE_NOOP("Categories", "quality defect"),
    QT_TRANSLATE_NOOP("Categories", "miscommunication"),
    QT_TRANSLATE_NOOP("Categories", "billing error"),
    QT_TRANSLATE_NOOP("Categories", "scope mismatch"),
    QT_TRANSLATE_NOOP("Categories", "vendor or tool failure"),
    QT_TRANSLATE_NOOP("Categories", "data loss"),
    QT_TRANSLATE_NOOP("Categories", "privacy or security slip"),
    QT_TRANSLATE_NOOP("Categories", "other"),
)
_DEFAULT_CATEGORIES = frozenset(DEFAULT_CATEGORIES)


def category_word(name: str) -> str:
    """How the category stored as `name` reads: a default one in the language spoken now, any
    other as the user wrote it. Filters, files and the journal keep the stored name."""
    return translate("Categories", name) if name in _DEFAULT_CATEGORIES else name


def category_from_word(word: str) -> str:
    """The stored name of the category shown as `word`: a default category's words in the
    language spoken now (in any case) give its stored name; any other name is itself."""
    folded = word.strip().casefold()
    for name in DEFAULT_CATEGORIES:
        if folded == category_word(name).casefold():
            return name
    return word


def untitled() -> str:
    """What an incident without a title yet is called, in the language spoken now."""
    return translate("Choices", "(no title yet)")


def unfinished() -> str:
    """The stage of a draft that lacks a client or a title, in the language spoken now."""
    return translate("Choices", "Unfinished", "a draft's stage")


def stage_name(stage: str) -> str:
    """The word for one of listing.STAGES, as the stage filter and the list's column say it."""
    return unfinished() if stage == UNFINISHED else choice_word(Status(stage))


def stage_word(status: Status, is_unfinished: bool) -> str:
    """An incident's stage as every list and page says it: "Unfinished" for a draft that
    lacks a title or a client, whatever its status."""
    return unfinished() if is_unfinished else choice_word(status)


def history_note(client: str, category: str, repeats: Repeats) -> str:
    """“You have been here before”: the earlier incidents of this client in this category,
    and, said apart, how many came after this one."""
    return HistoryNote().said(client, category, repeats)


class HistoryNote(Translatable):
    def said(self, client: str, category: str, repeats: Repeats) -> str:
        from journal.formats import day

        parts = []
        earlier = repeats.earlier
        dates = sorted(row.occurred_on for row in earlier if row.occurred_on)
        if earlier and not dates:
            note = self.tr(
                "You have been here before: %n earlier incident(s) of “{category}” with "
                "{client}.", "", len(earlier)
            )  # fmt: skip
            parts.append(note.format(category=category, client=client))
        elif earlier:
            note = self.tr(
                "You have been here before: %n earlier incident(s) of “{category}” with "
                "{client}, the last on {day}.", "", len(earlier)
            )  # fmt: skip
            parts.append(note.format(category=category, client=client, day=day(dates[-1])))
        if repeats.later:
            later = self.tr(
                "It happened again after this one: %n later incident(s) of “{category}” with "
                "{client}.", "", len(repeats.later)
            )  # fmt: skip
            parts.append(later.format(category=category, client=client))
        return " ".join(parts)
