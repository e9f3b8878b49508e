"""A lexicon's compiled rules, kept on disk so a new process need not parse them again."""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

import regex

from journal.coach import starts, triggers
from journal.coach.triggers import Clauses

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1
# Simple case folding: full folding ("ß" as "ss") matters to no word of the five lexicons,
# and compiling with it takes twice as long, which every check of a new process pays.
SIMPLE_FOLDING = "(?-f)"
# Parsing a lexicon's rules takes 40-130 ms, which `amends check` and `amends brief` would pay
# on every run, and finding what each rule needs to match 1-3 s; reading them back takes 2-3
# ms. The file is only a cache: when it cannot be read or written (a read-only or full disk),
# the rules are compiled as before, and each is run on every text.
_CACHE_FORMAT = f"4.{triggers.VERSION}.{starts.VERSION}"
_DIGEST = 32  # bytes of SHA-256 before the pickled patterns


class Compiled(NamedTuple):
    patterns: list[regex.Pattern[str]]  # every pattern, compiled
    triggers: list[Clauses]  # what each prefiltered pattern needs to match
    beginnings: list[tuple[str, ...]]  # what each prefiltered pattern's matches begin with


def compiled(pattern: str) -> regex.Pattern[str]:
    """One pattern compiled as every lexicon's are."""
    return regex.compile(SIMPLE_FOLDING + pattern, FLAGS)


def cache_folder() -> Path:
    from platformdirs import user_cache_path  # only when a lexicon is first loaded

    return user_cache_path("Amends", appauthor=False) / "coach"


def _cache_file(name: str, patterns: Sequence[str], prefiltered: Sequence[str]) -> Path:
    version = f"{_CACHE_FORMAT}|{regex.__version__}|{sys.version_info[:2]}|{FLAGS}"
    listed = [version, *patterns, "\1", *prefiltered]
    digest = hashlib.sha256("\0".join(listed).encode("utf-8")).hexdigest()
    return cache_folder() / f"{name}-{digest[:32]}.rules"


class _PatternsOnly(pickle.Unpickler):
    """Unpickles compiled patterns and nothing else: the file can name no other code."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _read(path: Path, patterns: Sequence[str], prefiltered: Sequence[str]) -> Compiled | None:
    # A compiled pattern is the regex engine's own code, trusted as far as the user's own
    # cache folder is: the checksum catches a damaged file before it is unpickled, and a
    # file that crashed the process while being read is never read again.
    loading = path.with_name(f"{path.name}.loading")
    try:
        if loading.exists():
            path.unlink(missing_ok=True)
            loading.unlink(missing_ok=True)
            return None
        content = path.read_bytes()
        digest, kept_bytes = content[:_DIGEST], content[_DIGEST:]
        if hashlib.sha256(kept_bytes).digest() != digest:
            return None
        with suppress(OSError):  # a read-only cache is still read
            loading.touch()
        try:
            kept = _PatternsOnly(io.BytesIO(kept_bytes)).load()
        finally:
            loading.unlink(missing_ok=True)
    except Exception:  # missing, damaged or from elsewhere: compile afresh
        return None
    if not isinstance(kept, list) or len(kept) != 3:
        return None
    made, needs, beginnings = kept
    wanted = [SIMPLE_FOLDING + pattern for pattern in patterns]
    if not isinstance(made, list) or [getattr(p, "pattern", None) for p in made] != wanted:
        return None
    if needs is None:  # kept before what they need was worked out (see compile_all)
        return Compiled(made, [], [])
    if not isinstance(needs, list) or len(needs) != len(prefiltered):
        return None
    if not isinstance(beginnings, list) or len(beginnings) != len(prefiltered):
        return None
    if not all(map(triggers.well_formed, needs)) or not all(map(_strings, beginnings)):
        return None
    return Compiled(made, needs, beginnings)


def _strings(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(string, str) and string for string in value)


def _write(
    path: Path,
    made: list[regex.Pattern[str]],
    needs: list[Clauses] | None,
    beginnings: list[tuple[str, ...]] | None,
    name: str,
) -> bool:
    """Keeps the compiled patterns and what the rules need; whether the file was written."""
    from journal.errors import JournalError
    from journal.files import write_atomically  # only when the rules changed

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{name}-*.rules"):  # from an earlier lexicon
            stale.unlink(missing_ok=True)
        kept = pickle.dumps([made, needs, beginnings], protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(path, hashlib.sha256(kept).digest() + kept)
    except (OSError, JournalError):
        return False  # a cache that cannot be kept costs only time
    return True


def compile_all(name: str, patterns: Sequence[str], prefiltered: Sequence[str] = ()) -> Compiled:
    """The patterns compiled, and what each of `prefiltered` needs to match and begins with,
    read from the cache when these exact lists were compiled before."""
    path = _cache_file(name, patterns, prefiltered)
    kept = _read(path, patterns, prefiltered)
    if kept is not None and len(kept.triggers) == len(prefiltered):
        return kept
    made = kept.patterns if kept is not None else [compiled(pattern) for pattern in patterns]
    # What the rules need is worked out only where it can be kept: worked out again in every
    # process (a read-only or full disk), it would cost more than it saves. The patterns are
    # kept first, which shows that it can.
    if kept is None and not _write(path, made, None, None, name):
        return Compiled(made, [() for _ in prefiltered], [() for _ in prefiltered])
    parsed = [triggers.parsed(SIMPLE_FOLDING + source, FLAGS) for source in prefiltered]
    needs = [triggers.triggers_in(read, FLAGS) for read in parsed]
    beginnings = [starts.starts_in(read, FLAGS) for read in parsed]
    _write(path, made, needs, beginnings, name)
    return Compiled(made, needs, beginnings)
