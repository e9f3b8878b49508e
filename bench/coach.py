"""How fast the apology coach checks a 300-word draft, against one regex pass over the same text.

    python3 bench/coach.py

The goal is ≤ 2 ms per draft, so the window can check on every keystroke.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex

from bench.timing import median_ms, whole_process_ms
from journal import checker
from journal.briefing.thai_words import words as thai_words
from journal.coach.lexicon import LANGUAGES, load
from journal.reports import DraftField
from tests.journal.coach.score import corpus

WORDS = regex.compile(r"\w+")
SENTENCE_ENDS = regex.compile(r"[.!?…।]+(?=\s|$)|\n+")
RUN_ON = ("en", "hr", "bn")  # drafts also timed with no full stops
TURNS = 7  # of each way, taken in turns


def word_count(text: str, language: str) -> int:
    """Words as a reader counts them: Thai, written without spaces between words, split by
    the Thai word splitter (a run between spaces there is a clause of several words)."""
    if language == "th":
        return sum(1 for word in thai_words(text) if WORDS.search(word))
    return len(WORDS.findall(text))


def draft_of(
    language: str, words: int = 300, counted_as_runs: bool = False, labelled: str = "corpus"
) -> str:
    """A realistic draft: sentences of a labelled set (flagged and clean) until it is `words`
    long; with `counted_as_runs`, until it has that many runs of letters between spaces (in
    Thai, clauses: a draft about seven times as long, the measure this bench used at first)."""
    sentences = [str(entry["text"]) for entry in corpus(language, labelled)]
    text, index, count = "", 0, 0
    while count < words:
        sentence = sentences[index % len(sentences)]
        text += sentence + " "
        count += len(WORDS.findall(sentence)) if counted_as_runs else word_count(sentence, language)
        index += 1
    return text


@cache
def typing(language: str, labelled: str = "corpus") -> str:
    """What the bench types into a draft: sound sentences of a labelled set in the language,
    words and spaces and full stops, as a writer types them."""
    clean = [str(entry["text"]) for entry in corpus(language, labelled) if not entry["kinds"]]
    return " ".join(clean[:40]) + " "


def keystrokes(text: str, typed: str | None = None, at_end: bool = False) -> Iterator[str]:
    """The draft as it is after each of a run of keystrokes in its middle sentence (or, with
    `at_end`, after its last, as a draft is written): `typed` typed a character at a time
    (over again from its start when it runs out) or, without it, one word of x's typed ever
    longer (as this bench timed at first: every rule's word pattern and the model's word
    parts read over one word hundreds of letters long). Typing starts after the space nearest
    the middle, as a new word."""
    middle = len(text) if at_end else text.find(" ", len(text) // 2) + 1 or len(text) // 2
    for count in range(1, 100_000):
        if typed is None:
            yield text[:middle] + "x" * count + text[middle:]
        else:
            inserted = typed * (count // len(typed)) + typed[: count % len(typed)]
            yield text[:middle] + inserted + text[middle:]


def measure(language: str, text: str, typed: str) -> tuple[int, float, float, float]:
    """Words, a keystroke's check (typing `typed`), a first check with nothing cached, and
    the baseline, for a draft."""
    keystroke = keystroke_ms(language, text, 300, typed)

    def first_check() -> None:
        checker.clear_cache()
        checker.check(text, language, DraftField.APOLOGY)

    cold = median_ms(first_check, 100)
    base = median_ms(lambda: WORDS.findall(text), 300)
    return word_count(text, language), keystroke, cold, base


def main() -> None:
    start = time.perf_counter()
    for language in LANGUAGES:
        load(language)
    print(f"loading all five lexicons: {(time.perf_counter() - start) * 1000:.1f} ms (once)\n")
    print(f"{'draft':16} {'keystroke':>10} {'first check':>12} {'baseline':>9} {'ratio':>6}")
    drafts = [(language, draft_of(language), typing(language), "") for language in LANGUAGES]
    # The Thai draft this bench timed at first: 300 runs between spaces, which are clauses.
    drafts.append(("th", draft_of("th", counted_as_runs=True), typing("th"), " (300 clauses)"))
    drafts.append(
        ("bn", draft_of("bn", labelled="latin"), typing("bn", "latin"), " (in Latin letters)")
    )
    drafts += [
        (language, run_on(draft_of(language)), run_on(typing(language)), " (no full stops)")
        for language in RUN_ON
    ]
    for language, text, typed, told in drafts:
        words, keystroke, cold, base = measure(language, text, typed)
        print(
            f"{language}, {words} words {keystroke:7.2f} ms {cold:9.2f} ms {base:6.3f} ms "
            f"{keystroke / base:5.1f}×{told}"
        )
    print("\ngoal: ≤ 2 ms a keystroke; baseline: one regex pass over the same draft")
    print("keystroke typing real words after the draft's last sentence, as it is written:")
    for language in LANGUAGES:
        text = draft_of(language)
        taken = keystroke_ms(language, text, 300, typing(language), at_end=True)
        base = median_ms(lambda text=text: WORDS.findall(text), 300)
        print(f"  {language}: {taken:.2f} ms = {taken / base:.1f}× one regex pass")
    print("keystroke, one word of x's typed ever longer (as this bench timed at first):")
    for language in LANGUAGES:
        text = draft_of(language)
        taken = keystroke_ms(language, text, 300, None)
        base = median_ms(lambda text=text: WORDS.findall(text), 300)
        print(f"  {language}: {taken:.2f} ms = {taken / base:.1f}× one regex pass")
    every_rule_run()
    cut_at_clauses()
    print("keystroke with the language guessed from the text (a journal with none chosen):")
    for language in LANGUAGES:
        print(f"  {language}: {guessed_keystroke(language):.2f} ms")
    new_process()


def keystroke_ms(
    language: str, text: str, repeat: int, typed: str | None, at_end: bool = False
) -> float:
    """The median time to check the draft after a keystroke typing `typed` (None: one word of
    x's typed ever longer) in its middle or `at_end`, nothing remembered of it yet."""
    checker.clear_cache()
    checker.check(text, language, DraftField.APOLOGY)
    drafts = keystrokes(text, typed, at_end)
    return median_ms(lambda: checker.check(next(drafts), language, DraftField.APOLOGY), repeat)


def run_on(text: str) -> str:
    """The draft typed as one long sentence: no full stops, question marks or line breaks."""
    return SENTENCE_ENDS.sub("", text)


def cut_at_clauses() -> None:
    """A keystroke in a draft with no full stops, its long sentence cut into clauses of at
    most checker.MAX_PIECE characters, against the same cut only every LONGEST_PIECE
    characters, in turns."""
    print("keystroke with no full stops, cut into clauses / every 1,000 characters:")
    ours, longest_piece = checker.MAX_PIECE, checker.LONGEST_PIECE
    for language in RUN_ON:
        text = run_on(draft_of(language))
        times: tuple[list[float], list[float]] = ([], [])
        try:
            for _ in range(TURNS):
                for longest, taken in zip((ours, longest_piece), times, strict=True):
                    checker.MAX_PIECE = longest
                    taken.append(keystroke_ms(language, text, 30, run_on(typing(language))))
        finally:
            checker.MAX_PIECE = ours
            checker.clear_cache()
        clauses, thousands = (statistics.median(taken) for taken in times)
        print(f"  {language}: {clauses:.2f} ms / {thousands:.2f} ms = {clauses / thousands:.2f}×")


def every_rule_run() -> None:
    """A keystroke as checked, against the same with every rule run on every text (no
    prefilter: the rules a text cannot match skipped after one pass for what they need), in
    turns, so that a machine slowing down slows both alike."""
    print("keystroke, rules skipped where the text lacks what they need / every rule run:")
    for language in LANGUAGES:
        lexicon, text = load(language), draft_of(language)
        both = (lexicon.prefilter, lexicon.prefilter.everything())
        times: tuple[list[float], list[float]] = ([], [])
        try:
            for _ in range(TURNS):
                for used, taken in zip(both, times, strict=True):
                    object.__setattr__(lexicon, "prefilter", used)  # for this run only
                    taken.append(keystroke_ms(language, text, 60, typing(language)))
        finally:
            object.__setattr__(lexicon, "prefilter", both[0])
            checker.clear_cache()
        skipped, every = (statistics.median(taken) for taken in times)
        print(f"  {language}: {skipped:.2f} ms / {every:.2f} ms = {skipped / every:.2f}×")


def guessed_keystroke(language: str) -> float:
    """A keystroke's check when the coach guesses the draft's language each time."""
    text = draft_of(language)
    checker.check(text, field=DraftField.APOLOGY)
    typed = keystrokes(text, typing(language))
    return median_ms(lambda: checker.check(next(typed), field=DraftField.APOLOGY), 300)


def new_process() -> None:
    """`amends check` as a whole process: its rules read back compiled from the cache, against
    the same check parsing every rule afresh (a cache folder that cannot be made)."""
    print("\namends check, a new process: rules kept compiled / rules parsed afresh")
    with tempfile.TemporaryDirectory() as folder:
        kept, nowhere = Path(folder) / "cache", Path(folder) / "a-file"
        nowhere.write_text("no folder can be made under a file")
        for language in LANGUAGES:
            text = str(corpus(language)[0]["text"])
            check = [sys.executable, "-m", "journal.cli", "check", "--lang", language, text]
            ours, afresh = whole_process_ms(
                [["env", f"XDG_CACHE_HOME={kept}", *check],
                 ["env", f"XDG_CACHE_HOME={nowhere}", *check]],
                Path(folder), repeat=9, cwd=ROOT,
            )  # fmt: skip
            print(f"  {language}: {ours:5.0f} ms / {afresh:5.0f} ms = {ours / afresh:.2f}×")


if __name__ == "__main__":
    main()
