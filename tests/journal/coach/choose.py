"""Chooses the model's thresholds and doubt on the four choosing sets and prints them.

python -m tests.journal.coach.choose   (after tests/journal/coach/train.py)

Each setting (a threshold, a threshold for the cause kinds and a doubt) is scored, rules and
model together, on `heldout`, `heldout2`, `heldout8` and `heldout9`. A setting that flags
any of the sentences that use a fault's words innocently (innocent.py) is not chosen. Of the
others, the setting with the best mean F1 is as good as any setting that resampling the
sentences (a paired bootstrap) cannot tell apart from it, and of those the one flagged
rightly most often (the best mean precision) is chosen, as a false alarm on a good apology
costs the user's trust more than a miss. `heldout3` to `heldout7` are never read here. The
choice goes into train.py's THRESHOLD, CAUSE_THRESHOLD and DOUBT.
"""

from __future__ import annotations

import itertools
import random

from journal import checker
from journal.coach import model as coach_model
from journal.coach.lexicon import LANGUAGES
from tests.journal.coach.innocent import INNOCENT
from tests.journal.coach.score import Score, score

THRESHOLDS = (0.7, 0.8, 0.9, 0.95)  # for the kinds but blame, an excuse and a passive
CAUSE_THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
DOUBTS = (0.0, 0.02, 0.05, 0.1)
CHOOSING_SETS = ("heldout", "heldout2", "heldout8", "heldout9")
RESAMPLES = 1000
# Two settings differ when in 19 resamples out of 20 one's mean F1 is above the other's (one
# side of a 90% interval): differences of 0.005-0.01 are often no more than which sentences
# happened to be written.
SURE_SHARE = 0.95


def scores(threshold: float, cause_threshold: float, doubt: float) -> list[Score]:
    """Every choosing set's score with the models read at these thresholds and doubt."""
    for language in LANGUAGES:
        reader = coach_model.model(language)
        assert reader is not None, f"the {language} model reads"
        object.__setattr__(reader, "threshold", threshold)  # the file's own, for this run
        object.__setattr__(reader, "cause_threshold", cause_threshold)
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
    """Score every setting, then print the one the rule chooses."""
    scored = {}
    for setting in itertools.product(THRESHOLDS, CAUSE_THRESHOLDS, DOUBTS):
        results = scores(*setting)
        f1, precision = means(results)
        innocent_flagged = flags_an_innocent_sentence()
        print(
            "threshold {:.2f} cause threshold {:.2f} doubt {:.2f}: ".format(*setting)
            + f"F1 {f1:.4f}, precision {precision:.4f}"
            + (", flags an innocent sentence" if innocent_flagged else "")
        )
        if not innocent_flagged:
            scored[setting] = results
    if not scored:
        raise SystemExit("every setting flags an innocent sentence: none can be chosen")
    best = max(scored, key=lambda setting: means(scored[setting])[0])
    as_good = [setting for setting in scored if not surely_better(scored[best], scored[setting])]
    # Of equally precise settings, the surest (the highest thresholds, the last in the grid).
    chosen = max(as_good, key=lambda setting: (means(scored[setting])[1], setting))
    print(f"as good as the best: {sorted(as_good)}")
    print(f"chosen: THRESHOLD = {chosen[0]}, CAUSE_THRESHOLD = {chosen[1]}, DOUBT = {chosen[2]}")


if __name__ == "__main__":
    main()
