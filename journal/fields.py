"""How an incident's fields are declared: what each is, where it is asked, kept and shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from enum import IntEnum, StrEnum
from typing import Any, NamedTuple, TypeVar

from journal.i18n import translate

T = TypeVar("T")
# The catalogue's context of the labels and hints declared in journal/domain.py (lupdate reads
# the literal there: QT_TRANSLATE_NOOP("Fields", "Client")).
FIELDS = "Fields"  # not shown


class Kind(StrEnum):
    """What a field holds; each kind has one way to be stored, exchanged, edited and shown."""

    LINE = "line"  # one line of text
    TEXT = "text"  # paragraphs
    COACHED = "coached"  # paragraphs the apology coach reads
    CHOICE = "choice"  # one of an enum's values
    FLAG = "flag"  # yes, no, or not known yet
    DATE = "date"
    DATETIME = "datetime"  # kept with the offset it was given
    AMOUNT = "amount"  # a decimal amount, every digit as written
    LINES = "lines"  # a list of texts, one an item
    ACTIONS = "actions"  # prevention steps, each with a due date and a done date
    QUESTIONS = "questions"  # questions with their prepared answers
    TAGS = "tags"
    CATEGORY = "category"  # a name from the journal's list of categories
    CLIENT = "client"  # the client, kept in a table of its own
    GROUP = "group"  # fields of their own inside (compensation, outcome)


class Step(IntEnum):
    """The worksheet's steps, in order; the titles and guidance are the window's."""

    WHAT_HAPPENED = 0
    WHY = 1
    FIX = 2
    MAKE_IT_RIGHT = 3
    THE_CALL = 4
    FOLLOW_UP = 5
    AFTERWARDS = 6


class Shown(StrEnum):
    """Where an incident laid out to read (Markdown, the detail pane, `amends show`) puts it."""

    HEADING = "heading"  # the incident's heading
    FACT = "fact"  # in the short facts under the heading
    SECTION = "section"  # a section of its own, under its label
    WITH = "with"  # inside the section of the field named by `with_field`
    HIDDEN = "hidden"


class About(NamedTuple):
    """What one field is, attached to the domain's dataclass field as its metadata."""

    label_source: str  # `label` in English, as declared (marked for the catalogue there)
    kind: Kind
    step: Step | None = None  # the worksheet step that asks for it; None: not asked there
    hint_source: str = ""  # `hint` in English, as declared
    searchable: bool = False  # its text is in the search index's body
    column: str = ""  # the incident table's column, when not the path with "_" for "."
    shown: Shown = Shown.SECTION
    with_field: str = ""  # for Shown.WITH: the path of the field whose section holds it
    choices: type[StrEnum] | None = None  # for Kind.CHOICE
    unit: str = ""  # for Kind.AMOUNT: the path of the field naming its currency
    required: bool = False  # an Amends JSON file must give it (it may be blank)

    @property
    def label(self) -> str:
        """The name the user knows it by, in the language spoken now: the worksheet's label
        and every heading (the window, the command line, the briefing)."""
        return translate(FIELDS, self.label_source)

    @property
    def hint(self) -> str:
        """The worksheet's placeholder, in the language spoken now."""
        return translate(FIELDS, self.hint_source) if self.hint_source else ""


def described(label: str, kind: Kind, *, default: Any = None, factory: Any = None,
              hint: str = "", **about: Any) -> Any:  # fmt: skip
    """A dataclass field that carries what it is (About) as its metadata; `label` and `hint`
    in English, marked QT_TRANSLATE_NOOP("Fields", …) where they are written."""
    metadata = {"about": About(label, kind, hint_source=hint, **about)}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


class Declared(NamedTuple):
    """One declared field, by its path from the incident ("title", "compensation.value")."""

    path: str
    about: About

    @property
    def name(self) -> str:
        """The last part of the path: the worksheet names its editor so."""
        return self.path.rsplit(".", 1)[-1]

    @property
    def column(self) -> str:
        return self.about.column or self.path.replace(".", "_")

    @property
    def kind(self) -> Kind:
        return self.about.kind

    def value_in(self, owner: Any) -> Any:
        """The field's value in an incident."""
        for part in self.path.split("."):
            owner = getattr(owner, part)
        return owner


def _group_class(field: dataclasses.Field[Any]) -> type:
    """The dataclass of a group's fields, from the factory that makes its default."""
    factory = field.default_factory
    assert callable(factory), f"the group {field.name} needs a factory"
    return type(factory())


def declared_in(cls: type, prefix: str = "") -> Iterator[Declared]:
    """Every declared field of the dataclass `cls`, groups opened, in declaration order."""
    for field in dataclasses.fields(cls):
        about = field.metadata.get("about")
        if about is None:
            continue
        path = prefix + field.name
        if about.kind is Kind.GROUP:
            yield from declared_in(_group_class(field), path + ".")
        else:
            yield Declared(path, about)


def built(cls: type[T], values: Mapping[str, Any], prefix: str = "") -> T:
    """An instance of the dataclass `cls` from values by path; groups are built the same way,
    and what `values` does not name keeps its default."""
    given: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        path = prefix + field.name
        about = field.metadata.get("about")
        if about is not None and about.kind is Kind.GROUP:
            given[field.name] = built(_group_class(field), values, path + ".")
        elif path in values:
            given[field.name] = values[path]
    return cls(**given)
