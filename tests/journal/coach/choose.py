"""Chooses the model's threshold and doubt on the three choosing sets and prints them.

python -m tests.journal.coach.choose   (after tests/journal/coach/train.py)

Each pair is scored, rules and model together, on `heldout`, `heldout2` and `heldout8`. A
pair that flags any of the sentences that use a fault's words innocently (innocent.py) is
not chosen. Of the others, the pair with the best mean F1 is as good as any pair that
resampling the sentences (a paired bootstrap) cannot tell apart from it, and of those the one
flagged rightly most often (the best mean precision) is chosen, as a false alarm on a good
apology costs the user's trust more than a miss. `heldout3` to `heldout7` are never read
here. The choice goes into train.py's THRESHOLD and DOUBT.
"""

from __future__ import annotations

import itertools
import random

from journal import checker
from journal.coach import model as coach_model
from journal.coach.lexicon import LANGUAGES
from tests.journal.coach.innocent import INNOCENT
from tests.journal.coach.score import Score, score

THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
DOUBTS = (0.0, 0.02, 0.05, 0.1)
CHOOSING_SETS = ("heldout", "heldout2", "heldout8")
RESAMPLES = 1000
# Two settings differ when in 19 resamples out of 20 one's mean F1 is above the other's (one
# side of a 90% interval): differences of 0.005-0.01 are often no more than which sentences
# happened to be written.
SURE_SHARE = 0.95


def scores(threshold: float, doubt: float) -> list[Score]:
    """Every choosing set's score with the models read at this threshold and doubt."""
    for language in LANGUAGES:
        reader = coach_model.model(language)
        assert reader is not None, f"the {language} model reads"
        object.__setattr__(reader, "threshold", threshold)  # the file's own, for this run
        object.__setattr__(reader, "doubt", doubt)
    results = []
    for name in CHOOSING_SETS:
        every = Score("all")
        for language in LANGUAGES:
            checker.clear_cache()
            every.add(score(language, name=name))
        results.append(every)
    return results


def flags_an_innocent_sentence() -> bool:
    """Whether the models, as set now, flag a sentence that uses a fault's words innocently."""
    checker.clear_cache()
    return any(checker.check(text, language) for text, language in INNOCENT)


def means(results: list[Score]) -> tuple[float, float]:
    """Mean F1 and mean precision over the sets."""
    return (
        sum(result.f1 for result in results) / len(results),
        sum(result.precision for result in results) / len(results),
    )


def surely_better(better: list[Score], worse: list[Score]) -> bool:
    """Whether `better`'s mean F1 is above `worse`'s in SURE_SHARE of paired resamples."""
    draw = random.Random(0)
    above = 0
    for _ in range(RESAMPLES):
        picks = [[draw.randrange(result.sentences) for _ in result.outcomes] for result in better]
        above += means(_resampled(better, picks))[0] > means(_resampled(worse, picks))[0]
    return above >= SURE_SHARE * RESAMPLES


def _resampled(results: list[Score], picks: list[list[int]]) -> list[Score]:
    """Each set's score over the picked sentences (the same picks for every setting)."""
    return [
        Score.of("all", [result.outcomes[at] for at in chosen])
        for result, chosen in zip(results, picks, strict=True)
    ]


def main() -> None:
    """Score every pair, then print the one the rule chooses."""
    scored = {}
    for threshold, doubt in itertools.product(THRESHOLDS, DOUBTS):
        results = scores(threshold, doubt)
        f1, precision = means(results)
        innocent_flagged = flags_an_innocent_sentence()
        print(
            f"threshold {threshold:.2f} doubt {doubt:.2f}: F1 {f1:.4f}, precision {precision:.4f}"
            + (", flags an innocent sentence" if innocent_flagged else "")
        )
        if not innocent_flagged:
            scored[threshold, doubt] = results
    best = max(scored, key=lambda pair: means(scored[pair])[0])
    as_good = [pair for pair in scored if not surely_better(scored[best], scored[pair])]
    chosen = max(as_good, key=lambda pair: means(scored[pair])[1])
    print(f"as good as the best: {sorted(as_good)}")
    print(f"chosen: THRESHOLD = {chosen[0]}, DOUBT = {chosen[1]}")


if __name__ == "__main__":
    main()
