"""Thai text split into words exactly as pythainlp's newmm does, without its start-up cost."""

# pythainlp builds its dictionary as a trie of 62,000 words (235,000 node objects) in each
# process that segments: about 0.4 s, and freeing it at exit another 0.3 s; importing the
# package takes 50 ms more. Options weighed: a cache file in the user's cache folder, of the
# trie (loading still makes and frees the 235,000 objects) or of the word set (marshal loads it
# in 24 ms, no quicker than reading the list: making 62,000 strings is the cost either way),
# either one able to be stale, damaged or unwritable; pythainlp's Rust engine nlpo3 (another
# binary dependency, loading its own dictionary). Chosen: the word list pythainlp bundles, read
# as a plain set of strings (15-20 ms, nothing cached on disk to go wrong), looked up only at
# the character-cluster boundaries ahead of a position, and newmm's maximal matching itself,
# rule for rule as pythainlp 5.4.0 has it (the tests compare the two on long varied texts).
# Lines then still break only between whole clusters, never between a consonant and its vowel
# or tone marks. Each text is segmented once per process (a bounded cache keyed by the text):
# the briefing's fitting loop lays the page out many times over.

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from heapq import heappop, heappush
from pathlib import Path
from typing import NamedTuple

# A Thai Character Cluster (TCC), after Theeramunkong et al. 2000 with newmm's improved rules
# (pythainlp.tokenize.tcc_p): c a consonant, t an optional tone mark, d a lower vowel, k an
# optional silenced ending.
_CLUSTER_RULES = (
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "\u0e39\u0e38")
    .split()
)
CLUSTER = re.compile("|".join(_CLUSTER_RULES))
# Runs that are not Thai words: Latin, numbers, spaces, line breaks, anything else up to a
# space. The first alternatives win, so "abc123" is "abc" and "123".
NOT_THAI = re.compile(
    r"""(?x)
[-a-zA-Z]+|
\d+([,\.]\d+)*|
[ \t]+|
\r?\n|
[^\u0E00-\u0E7F \t\r\n]+
"""
)
TWO_CONSONANTS = re.compile("[ก-ฮ]{,2}$")
FORMATTED_NUMBER = re.compile(r"(\d+[\.\,:])+\d+")  # 12:30, 1,234.50, 127.0.0.1
MAX_GRAPH_SIZE = 50  # newmm's cut-off: past this many candidate words, take the path so far
DISTINCT_TEXTS = 2048  # texts remembered; a briefing has a few hundred, shortened ones too


class Dictionary(NamedTuple):
    words: frozenset[str]
    longest: int  # no word is longer: how far ahead of a position to look


@cache
def dictionary() -> Dictionary:
    """pythainlp's bundled Thai word list (the one newmm uses by default), read without
    importing pythainlp."""
    spec = importlib.util.find_spec("pythainlp")
    folders = spec.submodule_search_locations if spec is not None else None
    try:
        if not folders:
            raise FileNotFoundError("pythainlp")
        text = (Path(next(iter(folders))) / "corpus" / "words_th.txt").read_text("utf-8-sig")
    except OSError:  # laid out otherwise: ask pythainlp, at its import's cost
        from pythainlp.corpus import thai_words

        lines = list(thai_words())
    else:
        lines = text.splitlines()
    # Stripped as pythainlp's trie strips each word it adds; the longest line is measured in
    # the list, quicker to walk than the set.
    return Dictionary(frozenset(filter(None, map(str.strip, lines))), max(map(len, lines)))


def words(text: str) -> list[str]:
    """`text` as pythainlp's word_tokenize(text, engine="newmm") splits it, spaces kept."""
    return list(_segmented(text))


@lru_cache(maxsize=DISTINCT_TEXTS)
def _segmented(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(_joined_numbers(list(_Matching(text).cut())))


def cluster_ends(text: str) -> bytearray:
    """1 at each position where a Thai character cluster (or any other character) ends."""
    ends = bytearray(len(text) + 1)
    position = 0
    while position < len(text):
        found = CLUSTER.match(text, position)  # $ still means the end of the whole text
        position = found.end() if found and found.end() > position else position + 1
        ends[position] = 1
    return ends


class _Matching:
    """newmm's maximal matching over one text: words from the dictionary that end on cluster
    boundaries, the fewest-words path through them, unknown stretches skipped to the next
    place a word of three letters or more (or something not Thai) begins."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = cluster_ends(text)
        self.boundaries = [position for position, end in enumerate(self.ends) if end]
        self.known, self.longest = dictionary()

    def word_ends(self, start: int) -> Iterator[int]:
        """Ends of the dictionary words starting at `start` that end on a boundary, shortest
        first (the order a trie gives them in)."""
        text, known, boundaries = self.text, self.known, self.boundaries
        furthest = min(start + self.longest, len(text))
        index = bisect_right(boundaries, start)
        while index < len(boundaries) and boundaries[index] <= furthest:
            if text[start : boundaries[index]] in known:
                yield boundaries[index]
            index += 1

    def cut(self) -> Iterator[str]:
        text = self.text
        graph: defaultdict[int, list[int]] = defaultdict(list)
        graph_size = 0
        candidates = [0]  # a heap of the positions a word may start at
        end_position = 0
        while candidates[0] < len(text):
            begin = heappop(candidates)
            for end in self.word_ends(begin):
                graph[begin].append(end)
                graph_size += 1
                if end not in candidates:
                    heappush(candidates, end)
                if graph_size > MAX_GRAPH_SIZE:
                    break
            if len(candidates) == 1:  # one way on: no longer ambiguous
                path = next(_paths(graph, end_position, candidates[0]))
                graph_size = 0
                graph.clear()
                for position in path[1:]:
                    yield text[end_position:position]
                    end_position = position
            elif not candidates:  # no word starts here
                end_position = self.unknown_end(begin)
                graph_size = 0
                graph.clear()
                yield text[begin:end_position]
                heappush(candidates, end_position)

    def unknown_end(self, begin: int) -> int:
        """Where a stretch with no dictionary word at its start ends."""
        text = self.text
        found = NOT_THAI.match(text, begin)
        if found:
            return found.end()
        for position in range(begin + 1, len(text)):
            if not self.ends[position]:
                continue
            for end in self.word_ends(position):
                if not TWO_CONSONANTS.match(text[position:end]):
                    return position
            if NOT_THAI.match(text, position):
                return position
        return len(text)


def _paths(graph: defaultdict[int, list[int]], start: int, goal: int) -> Iterator[list[int]]:
    """Paths from `start` to `goal`, fewest steps first (breadth first)."""
    visited = {start}
    queue = [(start, [start])]
    while queue:
        vertex, path = queue.pop(0)
        for position in graph[vertex]:
            if position == goal:
                yield [*path, position]
            elif position not in visited:
                visited.add(position)
                queue.append((position, [*path, position]))


def _joined_numbers(pieces: list[str]) -> list[str]:
    """Times, amounts and addresses the cut split at their separators, joined back whole."""
    matches = FORMATTED_NUMBER.finditer("".join(pieces))
    joined: list[str] = []
    position = index = 0
    found = next(matches, None)
    while index < len(pieces) and found:
        if position >= found.start():
            number = ""
            while position < found.end() and index < len(pieces):
                number += pieces[index]
                position += len(pieces[index])
                index += 1
            if number:
                joined.append(number)
            found = next(matches, None)
        else:
            joined.append(pieces[index])
            index += 1
            position += len(pieces[index - 1])
    return joined + pieces[index:]
