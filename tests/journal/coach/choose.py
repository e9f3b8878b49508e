"""Chooses the model's threshold and doubt on the first two held-out sets and prints them.

python -m tests.journal.coach.choose   (after tests/journal/coach/train.py)

Each pair is scored, rules and model together, on `heldout` and `heldout2`; among the pairs
within 0.005 of the best mean F1, the one flagged rightly most often (the best mean
precision) is chosen, as a false alarm on a good apology costs the user's trust more than a
miss. `heldout3` to `heldout6` are never read here. The choice goes into
train.py's THRESHOLD and DOUBT.
"""

from __future__ import annotations

import itertools

from journal import checker
from journal.coach import model as coach_model
from journal.coach.lexicon import LANGUAGES
from tests.journal.coach.score import Score, score

THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
DOUBTS = (0.0, 0.02, 0.05, 0.1)
CHOOSING_SETS = ("heldout", "heldout2")
CLOSE = 0.005  # mean F1 within this of the best counts as as good


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


def main() -> None:
    """Score every pair, then print the one the rule chooses."""
    means = {}
    for threshold, doubt in itertools.product(THRESHOLDS, DOUBTS):
        results = scores(threshold, doubt)
        f1 = sum(result.f1 for result in results) / len(results)
        precision = sum(result.precision for result in results) / len(results)
        means[threshold, doubt] = (f1, precision)
        shown = " | ".join(
            f"{name} P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}"
            for name, r in zip(CHOOSING_SETS, results, strict=True)
        )
        print(f"threshold {threshold:.2f} doubt {doubt:.2f}: {shown} | mean F1 {f1:.4f}")
    best = max(f1 for f1, _ in means.values())
    chosen = max((pair for pair in means if means[pair][0] >= best - CLOSE),
                 key=lambda pair: means[pair][1])  # fmt: skip
    print(f"chosen: THRESHOLD = {chosen[0]}, DOUBT = {chosen[1]}")


if __name__ == "__main__":
    main()
