"""What the typist writes, and the keys that move it between fields, steps and incidents."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests.samples.phrases import PHRASES
from ui.fields import STEPS

MODELED = (
    "client",
    "title",
    "what_happened",
    "impact",
    "whys",
    "root_cause",
    "ownership",
    "summary",
    "apology",
    "empathy",
)
LONG = MODELED[2:]  # the fields long text is typed into, and appended to later
LINES = ("client", "title")  # one-line editors: the cursor goes to the end with End
POOLS = {
    "what_happened": ("incidents", "impacts"),
    "impact": ("impacts",),
    "whys": ("whys",),
    "root_cause": ("root_causes",),
    "ownership": ("ownership",),
    "summary": ("summaries",),
    "apology": ("apologies",),
    "empathy": ("empathy",),
}
POSITION = {
    spec.name: (step, index) for step, s in enumerate(STEPS) for index, spec in enumerate(s.fields)
}
FIELD_CAP = 2500  # a field this long gets no more text
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"


@dataclass(frozen=True)
class Wait:
    seconds: float


@dataclass(frozen=True)
class Char:
    """One character typed into the focused field ("\\n" is the Return key)."""

    text: str


@dataclass(frozen=True)
class Key:
    """A key pressed (xdotool's names); `event` says what it means, for the log; `expect` is
    the field that must have the focus afterwards ("" when it is not checked)."""

    name: str
    expect: str = ""
    event: dict[str, Any] | None = None


@dataclass(frozen=True)
class TabTo:
    """Tab until the widget of this name has the focus (the journal's table, from search)."""

    target: str


@dataclass(frozen=True)
class Check:
    """The window has caught up: `name` has the focus and shows what the model says; with
    `whole`, every modelled field of the open incident shows what was typed into it."""

    name: str
    whole: bool = False


Action = Wait | Char | Key | TabTo | Check


def token(chain: int, number: int) -> str:
    """A made-up word, the same length for all, unique to the chain and the incident: typed
    into the title, it is what search finds the incident by."""
    letters = []
    for value in (chain, chain // 70, number, number // 70):
        letters.append(CONSONANTS[value % 70 // 5] + VOWELS[value % 5])
    return "".join(letters).capitalize()


def normalized(name: str, text: str) -> object:
    """A field's text as the journal keeps it: names and titles trimmed, a list of lines
    without empty ones, everything else exactly as typed."""
    if name in LINES:
        return text.strip()
    if name == "whys":
        return tuple(line.strip() for line in text.split("\n") if line.strip())
    return text


@dataclass
class Writer:
    """A person at the keyboard, from the window as it opened (`current`: the incident the
    worksheet brought back, None: the journal view) until the program is killed."""

    rng: random.Random
    chain: int
    next_number: int
    texts: dict[int, dict[str, str]]  # what each incident's fields hold, as typed
    current: int | None = None
    languages: tuple[str, ...] = tuple(PHRASES)
    xdotool: bool = False  # type only what xdotool types faithfully
    field: str = ""
    steady_share: float = 0.35
    searched: str = ""
    language: dict[int, str] = dataclasses.field(default_factory=dict)

    def actions(self) -> Iterator[Action]:
        if self.current is None:
            yield from self.new_incident()
        else:
            yield Wait(self.rng.uniform(0.3, 0.8))
            yield Key("ctrl+Next", expect="whys")
            self.field = "whys"
        while True:
            if self.current is None:
                others = self.reopenable()
                if others and self.rng.random() < 0.6:
                    yield from self.reopen(self.rng.choice(others))
                else:
                    yield from self.new_incident()
                continue
            texts = self.texts[self.current]
            room = [name for name in LONG if len(texts[name]) < FIELD_CAP]
            for _ in range(self.rng.randint(1, 2) if room else 0):
                yield from self.passage(self.rng.choice(room))
            chance = self.rng.random()
            if chance < 0.25:
                yield Wait(self.rng.uniform(0.3, 1.0))
                yield Key("ctrl+w", event={"e": "leave"})
                self.current, self.field = None, ""
                yield Wait(self.rng.uniform(0.5, 2.0))
            elif chance < 0.45 or not room:
                yield Wait(self.rng.uniform(0.3, 1.0))
                yield from self.new_incident()

    def reopenable(self) -> list[int]:
        """Incidents whose whole title has been typed: search finds them by their word."""
        return sorted(
            number
            for number, texts in self.texts.items()
            if texts["title"].endswith(token(self.chain, number))
        )

    # Moving around -----------------------------------------------------------------------

    def new_incident(self) -> Iterator[Action]:
        number = self.next_number
        self.next_number += 1
        word = token(self.chain, number)
        yield Key("ctrl+n", expect="client", event={"e": "new", "n": number, "token": word})
        self.current, self.field = number, "client"
        self.texts[number] = dict.fromkeys(MODELED, "")
        language = self.language.setdefault(number, self.rng.choice(self.languages))
        pool = PHRASES[language]
        yield Wait(self.rng.uniform(0.3, 0.8))
        name = f"{self.rng.choice(pool['first_names'])} {self.rng.choice(pool['last_names'])}"
        yield from self.typed(name, steady=True)
        yield Check("client")
        yield Wait(self.rng.uniform(0.2, 0.6))
        yield Key("Tab", expect="title")
        self.field = "title"
        story = self.rng.choice(pool["incidents"])
        yield from self.typed(f"{story[1]} {word}", steady=True)
        yield Check("title")

    def reopen(self, number: int) -> Iterator[Action]:
        yield Key("ctrl+f", expect="search")
        self.field, self.searched = "search", ""
        yield Wait(self.rng.uniform(0.3, 0.7))
        yield from self.typed(token(self.chain, number).lower(), steady=True)
        yield Wait(self.rng.uniform(1.5, 2.5))  # the search runs on the reader's thread
        yield Check("search")
        yield TabTo("journal")
        yield Wait(self.rng.uniform(0.3, 0.8))
        yield Key("Return", expect="client", event={"e": "open", "n": number})
        self.current, self.field = number, "client"
        yield Check("client", whole=True)

    def route(self, target: str) -> Iterator[Action]:
        """From the focused field to `target`, as a person would: Ctrl+PgDown/PgUp to its
        step (whose first field then has the focus), then Tab."""
        step, index = POSITION[self.field]
        to_step, to_index = POSITION[target]
        if step == to_step and index > to_index:  # to the top of this step: away and back
            away = step - 1 if step == len(STEPS) - 1 else step + 1
            yield from self.steps(step, away)
            step = away
        if step != to_step:
            yield from self.steps(step, to_step)
            index = 0
        names = [spec.name for spec in STEPS[to_step].fields]
        for position in range(index + 1, to_index + 1):
            yield Wait(self.rng.uniform(0.08, 0.25))
            yield Key("Tab", expect=names[position])
        self.field = target

    def steps(self, start: int, end: int) -> Iterator[Action]:
        while start != end:
            forward = end > start
            start += 1 if forward else -1
            yield Wait(self.rng.uniform(0.1, 0.3))
            key = "ctrl+Next" if forward else "ctrl+Prior"
            yield Key(key, expect=STEPS[start].fields[0].name)

    # Typing ------------------------------------------------------------------------------

    def passage(self, name: str) -> Iterator[Action]:
        assert self.current is not None
        yield Wait(self.rng.uniform(0.3, 1.0))
        if name != self.field:
            yield from self.route(name)
        yield Key("End" if name in LINES else "ctrl+End", expect=name)
        language = self.language.setdefault(self.current, self.rng.choice(self.languages))
        text = self.compose(name, language, self.rng.randint(40, 400))
        if self.texts[self.current][name]:
            text = ("\n" if name == "whys" else " ") + text
        yield from self.typed(text, steady=self.rng.random() < self.steady_share)
        yield Check(name)

    def compose(self, name: str, language: str, length: int) -> str:
        pool = PHRASES[language]
        parts: list[str] = []
        while sum(len(part) + 1 for part in parts) < length:
            kind = self.rng.choice(POOLS[name])
            item = self.rng.choice(pool[kind])
            if kind == "incidents":
                item = item[2]
            parts.extend(item if isinstance(item, tuple) else (item,))
        return ("\n" if name == "whys" else " ").join(parts)

    def typed(self, text: str, steady: bool) -> Iterator[Action]:
        """Characters at 10 to 25 a second; unless steady, a short pause after some
        sentences and now and then a long one (long enough for the pause to save)."""
        rate = self.rng.uniform(10, 25)
        text = self.typeable(text)
        for position, char in enumerate(text):
            yield Wait(self.rng.uniform(0.6, 1.4) / rate)
            yield Char(char)
            if self.field in MODELED and self.current is not None:
                self.texts[self.current][self.field] += char
            else:
                self.searched += char
            ends = char in ".?!।" and text[position + 1 : position + 2] in (" ", "\n", "")
            if ends and not steady:
                chance = self.rng.random()
                if chance < 0.06:
                    yield Wait(self.rng.uniform(1.6, 4.0))
                elif chance < 0.35:
                    yield Wait(self.rng.uniform(0.3, 1.2))

    def typeable(self, text: str) -> str:
        """xdotool types a capital letter outside ASCII as a small one; a person would not."""
        if not self.xdotool:
            return text
        return "".join(
            char if char.isascii() or not char.isupper() else char.lower() for char in text
        )
