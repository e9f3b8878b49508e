"""The coach's learned reading: which kinds of fault a sentence reads as, from its words' parts."""

from __future__ import annotations

import gzip
import json
import math
import struct
import sys
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import regex

from journal.coach.quotes import quoting
from journal.reports import CAUSE_KINDS

# Word parts three to five letters long, with the word's edges marked: they carry a word's
# stem and its endings alike, so an inflected form ("okrivila", "skyllde") or a word nobody
# listed shares most of its parts with the forms the model learned from. Thai, written
# without spaces, is read as runs of letters the same way.
SHORTEST_PART, LONGEST_PART = 3, 5
_WORDS = regex.compile(r"\w+")
_BENGALI_LETTER = regex.compile(r"[\p{Bengali}&&\p{L}]", regex.V1)  # not ৳ or a digit
MODEL_FOLDER = Path(__file__).parent / "model"
# A feature's weights are packed into one number, a field a kind: each weight (32 bits, made
# positive by the offset) in 64 bits, room for the sum of 2**32 features without a carry, so
# that one sum over a text's features adds up every kind's weights at once.
_FIELD, _WEIGHT_OFFSET = 64, 1 << 31
_FIELD_SIZE = 1 << _FIELD
# A passive the rules find is said as the excuse behind it where the model reads that at least
# this likely (and likelier than a passive). Weighed on the four choosing sets: mean F1 0.8803
# from 0.3 to 0.5, 0.8781 at 0.6 and 0.7, 0.8776 at 0.8, and 0.8771 never; of the best, the
# surest. Not a blame: a passive names nobody, and where the model read one behind it (as in
# "Sent to the wrong address, the samples never reached your office"), nobody was to blame.
EVEN_ODDS = 0.5
_PACKED_KEPT = 50_000  # features whose packed weights are remembered (some 10 MB at most)


def features(text: str, language: str) -> set[str]:
    """The features a text is read by: its words, pairs of words and word parts, with the
    client's own words (anything quoted) left out, as every rule leaves them."""
    words = _WORDS.findall(quoting(language).sub(" ", text).casefold())
    found = set().union(*map(_word_features, words))
    found.add(f"lang:{language}")
    found.update([f"b:{first} {second}" for first, second in pairwise(words)])
    return found


@lru_cache(maxsize=4096)  # a few drafts' words
def _word_features(word: str) -> frozenset[str]:
    """A word's own features: the word, and its parts with its edges marked (a keystroke
    changes one word of a sentence; the others' parts are remembered)."""
    edged = f" {word} "
    return frozenset(
        [
            f"w:{word}",
            *(
                edged[at : at + size]
                for size in range(SHORTEST_PART, LONGEST_PART + 1)
                for at in range(len(edged) - size + 1)
            ),
        ]
    )


@dataclass(frozen=True)
class Model:
    language: str
    kinds: tuple[str, ...]
    intercepts: tuple[float, ...]
    rows: dict[str, int]  # feature: its place in the table
    table: bytes  # each feature's weights, packed (see _FIELD), one after another
    scale: int  # the weights are in 1/scale parts
    threshold: float  # how sure the model must be before the coach says anything
    # How sure it must be of a cause put away from the writer (blame, an excuse, a passive):
    # where the rules, closed lists, miss most of what is there, and a message that says all
    # went well has them left out (journal/coach/went_well.py).
    cause_threshold: float
    doubt: float  # how unlikely a kind must read for a rule's finding of it to be left out
    checks: tuple[tuple[str, dict[str, float]], ...]  # readings stored when it was written
    longest: int  # the features of the longest sentences it learned from (95 in 100 have fewer)
    _packed_cache: _Packed = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_packed_cache", _Packed(self._packed))

    def probabilities(self, text: str) -> dict[str, float]:
        """How likely the text commits each kind, as the model learned it."""
        return self.chances(features(text, self.language))

    def chances(self, found: set[str]) -> dict[str, float]:
        """How likely a text with these features commits each kind."""
        if len(self._packed_cache) > _PACKED_KEPT:
            self._packed_cache.clear()
        total = sum(map(self._packed_cache.__getitem__, found))
        # Every text weighs the same, long or short: its features count 1/sqrt(how many).
        factor = 1 / (self.scale * math.sqrt(len(found)))
        offset = len(found) * _WEIGHT_OFFSET
        return {
            kind: _logistic(intercept + ((total >> (_FIELD * at)) % _FIELD_SIZE - offset) * factor)
            for at, (kind, intercept) in enumerate(zip(self.kinds, self.intercepts, strict=True))
        }

    def _packed(self, feature: str) -> int:
        """A feature's weights, every kind's in one number (a feature not learned weighs 0:
        all those share one number, the offsets alone)."""
        at = self.rows.get(feature)
        width = _FIELD // 8 * len(self.kinds)
        if at is None:
            return _offsets_only(len(self.kinds))
        return int.from_bytes(self.table[at * width : (at + 1) * width], "little")


class _Packed(dict[str, int]):
    """Features' packed weights, each looked up in the table the first time it is read."""

    def __init__(self, look_up: Callable[[str], int]) -> None:
        super().__init__()
        self._look_up = look_up

    def __missing__(self, feature: str) -> int:
        packed = self[feature] = self._look_up(feature)
        return packed


@cache
def _offsets_only(kinds: int) -> int:
    return sum(_WEIGHT_OFFSET << (_FIELD * kind) for kind in range(kinds))


def _logistic(value: float) -> float:
    return 1 / (1 + math.exp(-value)) if value > -500 else 0.0


def model_file(language: str) -> Path:
    return MODEL_FOLDER / f"{language}.weights"


# A model file, gzipped: the sizes of its header and of its feature names (two little-endian
# 32-bit numbers), its header (JSON), its feature names (a line each) and then its weights
# (each feature's packed as _FIELD says, little-endian, in the names' order). Read in a few
# milliseconds, where the same weights as JSON took 35-55.
_SIZES = struct.Struct("<II")


def write_model(language: str, header: dict[str, object], weights: dict[str, list[int]]) -> None:
    """Writes a language's model file (for tests/journal/coach/train.py)."""
    names = list(weights)
    if any(
        not -_WEIGHT_OFFSET <= weight < _WEIGHT_OFFSET for row in weights.values() for weight in row
    ):
        raise ValueError("a weight does not fit in 32 bits: store them at a smaller scale")
    table = array("Q", [weight + _WEIGHT_OFFSET for name in names for weight in weights[name]])
    if sys.byteorder == "big":
        table.byteswap()
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    listed = "\n".join(names).encode("utf-8")
    blob = _SIZES.pack(len(head), len(listed)) + head + listed + table.tobytes()
    model_file(language).write_bytes(gzip.compress(blob, mtime=0))
    model.cache_clear()


@cache
def model(language: str) -> Model | None:
    """The weights learned from the labelled corpus (tests/journal/coach/train.py), those of
    features a language's own sentences have (an English word inside a Thai sentence counts
    as far as Thai sentences used it); or None, said once, where its file cannot be read: the
    rules alone check the text then."""
    path = model_file(language)
    try:
        return _read(path, language)
    except (
        OSError,
        EOFError,
        ValueError,
        LookupError,
        TypeError,
        struct.error,
        zlib.error,
    ) as error:
        sys.stderr.write(
            f"amends: the coach's learned reading in {path.name} cannot be read ({error}); "
            "its rules alone check the text. Installing Amends again puts the file right.\n"
        )  # in English, as every message about the installation's own files
        return None


def _read(path: Path, language: str) -> Model:
    blob = gzip.decompress(path.read_bytes())
    head_size, names_size = _SIZES.unpack_from(blob)
    names_start = _SIZES.size + head_size
    header = json.loads(blob[_SIZES.size : names_start])
    names = blob[names_start : names_start + names_size].decode("utf-8").split("\n")
    table = blob[names_start + names_size :]
    kinds = tuple(header["kinds"])
    if len(table) != len(names) * len(kinds) * _FIELD // 8:
        raise ValueError(f"{len(table)} bytes of weights for {len(names)} features")
    return Model(
        language=language,
        kinds=kinds,
        intercepts=tuple(header["intercepts"]),
        rows={name: at for at, name in enumerate(names)},
        table=table,
        scale=int(header["scale"]),
        threshold=float(header["threshold"]),
        cause_threshold=float(header.get("cause_threshold", header["threshold"])),
        doubt=float(header["doubt"]),
        longest=int(header["longest"]),
        checks=tuple((text, readings) for text, readings in header.get("checks", ())),
    )


class Reading(NamedTuple):
    """What the model reads in a text: a short message whole, or a sentence of a long one."""

    sure: tuple[str, ...]  # the kinds it is sure enough the text commits, likeliest first
    doubted: frozenset[str]  # the kinds it is all but sure the text does not commit
    judged: bool = True  # whether it could rule a kind out: not in a text past `longest`
    # Whether it reads as an excuse at even odds or better, and likelier so than a passive: a
    # passive the rules find there is said as the excuse behind it (coach/learned.py).
    excuse_behind: bool = False
    # The kinds it reads as surely as anything it alone finds (`threshold`): a cause read
    # where nothing is said to have gone wrong must be read so (the rest, cause_threshold).
    certain: frozenset[str] = frozenset()


_NOTHING_READ = Reading((), frozenset(), judged=False)


@lru_cache(maxsize=8192)
def reading(sentence: str, language: str) -> Reading:
    """What the model reads in a message or a sentence (nothing, where its file cannot be
    read, or in Bengali written in Latin letters)."""
    reader = model(language)
    # Bengali is learned from its own script: written in Latin letters ("sorry vai, file ta
    # kal pathabo") it shares letters, not senses, with English, and the corpus holds too few
    # such sentences to rule anything out there; its rules read it alone.
    if reader is None or (language == "bn" and not _BENGALI_LETTER.search(sentence)):
        return _NOTHING_READ
    found = features(sentence, language)
    likely = reader.chances(found)
    sure = [
        kind
        for kind, chance in likely.items()
        if chance >= (reader.cause_threshold if kind in CAUSE_KINDS else reader.threshold)
    ]
    # A text longer than those it learned from reads ever more like the average sentence (its
    # features count 1/sqrt(how many)): it may be sure of a kind there, but never rule one out.
    doubted = [kind for kind, chance in likely.items() if chance < reader.doubt]
    judged = len(found) <= reader.longest
    return Reading(
        sure=tuple(sorted(sure, key=lambda kind: -likely[kind])),
        doubted=frozenset(doubted if judged else ()),
        judged=judged,
        excuse_behind=likely["excuse"] >= max(EVEN_ODDS, likely["passive"]),
        certain=frozenset(kind for kind, chance in likely.items() if chance >= reader.threshold),
    )
