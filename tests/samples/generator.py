"""Deterministic generator of large, realistic Amends interchange documents for tests."""

from __future__ import annotations

import argparse
import json
import random
import sys
from bisect import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate, product
from typing import Any

from journal.coach.languages import LANGUAGES
from tests.samples.phrases import PHRASES

TODAY = date(2026, 11, 1)  # fixed "now" of every generated journal, never the real date
SPAN_DAYS = 3 * 365 + 1  # incidents happen within the three years before TODAY
FIRST_DAY = TODAY - timedelta(days=SPAN_DAYS)
# Day strings from FIRST_DAY on, with room for due dates and calls after TODAY.
_DAYS = [(FIRST_DAY + timedelta(days=n)).isoformat() for n in range(SPAN_DAYS + 120)]
_MONTHS = [int(day[5:7]) for day in _DAYS]

CATEGORY_WEIGHTS = {
    "missed deadline": 30,
    "quality defect": 15,
    "miscommunication": 14,
    "billing error": 10,
    "scope mismatch": 10,
    "vendor or tool failure": 8,
    "other": 6,
    "data loss": 4,
    "privacy or security slip": 3,
}
SEVERITY_WEIGHTS = {"minor": 25, "moderate": 40, "major": 25, "critical": 10}
# Status weights by age of the incident: old ones are mostly resolved.
STATUS_BY_AGE = (
    (30, {"draft": 40, "prepared": 35, "call_held": 15, "resolved": 10}),
    (120, {"draft": 10, "prepared": 15, "call_held": 25, "resolved": 50}),
    (10**6, {"draft": 3, "prepared": 4, "call_held": 8, "resolved": 85}),
)
FIX_BY_STATUS = {
    "draft": {"planned": 80, "in_progress": 20},
    "prepared": {"planned": 50, "in_progress": 50},
    "call_held": {"planned": 15, "in_progress": 50, "done": 35},
    "resolved": {"in_progress": 10, "done": 90},
}
# (currency, how many of it make one euro, rounding step) per language.
CURRENCIES: dict[str, tuple[tuple[str, float, float], ...]] = {
    "en": (("EUR", 1.0, 0.5), ("USD", 1.1, 1.0), ("USD", 1.1, 1.0)),
    "sv": (("SEK", 11.5, 50.0),),
    "hr": (("EUR", 1.0, 0.5),),
    "th": (("THB", 38.0, 100.0),),
    "bn": (("BDT", 130.0, 500.0),),
}
EURO_AMOUNTS = (25, 40, 50, 60, 75, 90, 100, 120, 150, 200, 250, 300, 400, 600)
SPARSE_SHARE = 0.06  # incidents with little more than a title and a client name
# Which entries of each pool fit each story of phrases.PHRASES[...]["incidents"], by
# position (the pools are parallel across languages); "-" leaves the key out.
FIT_POOLS: tuple[str, ...] = ("impacts", "whys", "root_causes", "ownership", "fixes", "preventions")
FIT_POOLS += ("actions", "summaries", "apologies", "empathy", "questions", "tags")
FIT_POOLS += ("projects", "compensations")
STORY_FIT: tuple[dict[str, tuple[int, ...]], ...] = tuple(
    dict(
        zip(
            FIT_POOLS,
            (tuple(map(int, column.replace("-", "").split())) for column in row.split("|")),
            strict=True,
        )
    )
    for row in (
        "0 2 5 6|0|0 6|1 7|6|0|0 7|0 6|0 6|0 2 5|0 1 3 4|0 1 11|0 3|0 1 3",  # page late
        "3 5 6|0|0|1 7|5|0|0 7|6|6|0 3 5|0 1 3|0 8 11|1|1 4",  # accounts late
        "2 5 6|0|0 6|1 7|6|0|0 7|6|6|0 2 5|0 1 4|0 2 7 9|2 4 5|1 3 5",  # print slot missed
        "1 5 6|1|1 6|2 5|0|1|1|1|1|1 2|0 1 2 3|1 10|0 3|0 1 3",  # contact form
        "4 6|8|6|5|1|6|8|6|6|2|0 1|2|2 6|2 1",  # brochure prices
        "4 5 6|2|2|4|6|2|2|2|2|2 5|0 1 4|2 6|6|2 1",  # old logo
        "5 6|7|5|6|2|5|5|4|4|4|0 3|3 8|0 3 4 5 7|1 0",  # invoiced twice
        "2 5|3|3|3|6|3|3|3|3|5|0 1 4|1 6|0|3 1",  # blog not in the quote
        "1 5 6|4|4|0|4|4|4|6|6|1 3|0 1 3 4|4 1|0 3|0 1",  # hosting outage
        "5 6|5|6|5|3|6|2|6|5 6|5|0 1|5 7|5|3 5 1",  # lost edits
        "6|6|6|5|-|6|9|6|6|2|5 3|10 6|0 7|0 1",  # customer list sent out
        "6|9|7|-|-|6|6|5|6|5|0|6|0 3 6|1 3",  # missed kickoff
    )
)
# Outcome notes that fit client_stayed, by position in the "outcomes" pool.
OUTCOME_FIT: dict[bool | None, tuple[int, ...]] = {True: (0, 1, 2, 3), False: (4,), None: (3,)}
ADVOCATE_NOTES = (0, 2, 5)
# (key, pool, how often the key is filled in) for the plain text keys, in format order.
CAUSE_KEYS = (("root_cause", "root_causes", 0.65), ("ownership", "ownership", 0.7))
CALL_KEYS = (
    ("surprise", "surprises", 0.2),
    ("summary", "summaries", 0.7),
    ("apology", "apologies", 0.7),
    ("empathy", "empathy", 0.55),
)
# The key order of docs/format.md, which export also uses.
KEY_ORDER = (
    "title",
    "client",
    "project",
    "occurred_on",
    "severity",
    "category",
    "tags",
    "what_happened",
    "impact",
    "whys",
    "root_cause",
    "ownership",
    "fix",
    "fix_status",
    "prevention",
    "actions",
    "compensation",
    "surprise",
    "summary",
    "apology",
    "empathy",
    "questions",
    "call_at",
    "status",
    "outcome",
)


def _weighted(weights: dict[str, int]) -> tuple[list[str], list[float]]:
    return list(weights), list(accumulate(float(w) for w in weights.values()))


def _pick(rng: random.Random, table: tuple[Sequence[Any], Sequence[float]]) -> Any:
    items, cumulative = table
    return items[bisect(cumulative, rng.random() * cumulative[-1])]


def _offset(language: str, month: int, rng: random.Random) -> str:
    """A UTC offset for a call, or "" for a local time; summer time is approximated."""
    if rng.random() < 0.25:
        return ""
    summer = 4 <= month <= 10
    if language == "en":
        return rng.choice(("+01:00" if summer else "+00:00", "-04:00" if summer else "-05:00"))
    if language in ("sv", "hr"):
        return "+02:00" if summer else "+01:00"
    return "+07:00" if language == "th" else "+06:00"


class _Language:
    """The phrase pools of one language, its clients and their popularity."""

    def __init__(self, code: str, client_count: int, taken: set[str], rng: random.Random):
        self.code = code
        self.pools: dict[str, list[Any]] = PHRASES[code]
        self.stories: dict[str, list[int]] = {}
        for index, story in enumerate(self.pools["incidents"]):
            self.stories.setdefault(story[0], []).append(index)
        self.clients = self._clients(client_count, taken, rng)
        # A few clients get many incidents, most get one or two (a Zipf-like spread).
        weights = accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(self.clients)))
        self.client_table = (self.clients, list(weights))

    def _names(self, count: int, taken: set[str], rng: random.Random) -> list[str]:
        firsts, lasts = self.pools["first_names"], self.pools["last_names"]
        middles = self.pools["middle_names"]
        simple = [f"{first} {last}" for first, last in product(firsts, lasts)]
        rng.shuffle(simple)
        if self.code == "th":  # a nickname in brackets after the surname
            longer = [f"{f} {last} {m}" for f, m, last in product(firsts, middles, lasts)]
        else:
            longer = [f"{f} {m} {last}" for f, m, last in product(firsts, middles, lasts)]
        longer = [name for name in longer if len(set(name.split())) == len(name.split())]
        rng.shuffle(longer)
        names: list[str] = []
        for name in simple + longer:
            if len(names) == count:
                break
            if name.casefold() not in taken:
                taken.add(name.casefold())
                names.append(name)
        return names

    def _clients(self, count: int, taken: set[str], rng: random.Random) -> list[dict[str, str]]:
        pools = self.pools
        clients = []
        for name in self._names(count, taken, rng):
            client = {"name": name}
            if rng.random() < 0.75:
                index = rng.randrange(len(pools["companies"]))
                client["company"] = pools["companies"][index]
                if rng.random() < 0.8:
                    client["email"] = f"{rng.choice(pools['mailboxes'])}@{pools['domains'][index]}"
            if rng.random() < 0.35:
                client["notes"] = rng.choice(pools["client_notes"])
            clients.append(client)
        return clients


def _money(language: str, rng: random.Random) -> tuple[float | int, str]:
    currency, rate, step = rng.choice(CURRENCIES[language])
    amount = round(rng.choice(EURO_AMOUNTS) * rate / step) * step
    if step < 1 and rng.random() < 0.15:
        amount += 0.5
    return (int(amount) if amount == int(amount) else amount), currency


def _actions(rng: random.Random, texts: list[str], day: int) -> list[dict[str, Any]]:
    actions = []
    for text in texts:
        action: dict[str, Any] = {"text": text, "due_on": None, "done_on": None}
        if rng.random() < 0.85:
            due = min(day + rng.randint(5, 60), len(_DAYS) - 1)
            action["due_on"] = _DAYS[due]
            if due < SPAN_DAYS:  # due before TODAY: mostly done, some overdue
                if rng.random() < 0.88:
                    done = min(due + rng.randint(-6, 8), SPAN_DAYS - 1)
                    action["done_on"] = _DAYS[max(day, done)]
            elif rng.random() < 0.2:
                action["done_on"] = _DAYS[rng.randint(day, SPAN_DAYS - 1)]
        elif rng.random() < 0.5:
            action["done_on"] = _DAYS[min(day + rng.randint(1, 30), SPAN_DAYS - 1)]
        actions.append(action)
    return actions


def _some(rng: random.Random, pool: list[Any], fit: tuple[int, ...], most: int) -> list[Any]:
    """One to `most` entries of a pool that fit the story, in random order."""
    return [pool[i] for i in rng.sample(fit, rng.randint(1, min(most, len(fit))))]


def _incident(
    rng: random.Random, lang: _Language, day: int, tables: dict[str, Any]
) -> dict[str, Any]:
    pools, rand = lang.pools, rng.random
    category = _pick(rng, tables["category"])
    story = rng.choice(lang.stories.get(category) or lang.stories["other"])
    _, title, what_happened = pools["incidents"][story]
    fit = STORY_FIT[story]
    client = _pick(rng, lang.client_table)
    if rand() < SPARSE_SHARE:
        sparse: dict[str, Any] = {"title": title, "client": {"name": client["name"]}}
        if rand() < 0.5:
            sparse["occurred_on"] = _DAYS[day]
        if rand() < 0.4:
            sparse["category"] = category
        return sparse
    status = _pick(rng, next(t for limit, t in tables["status"] if SPAN_DAYS - day <= limit))
    item: dict[str, Any] = {"title": title, "client": dict(client)}
    if rand() < 0.75:
        item["project"] = pools["projects"][rng.choice(fit["projects"])]
    item["occurred_on"] = _DAYS[day]
    item["severity"] = _pick(rng, tables["severity"])
    item["category"] = category
    if rand() < 0.7:
        tags = _some(rng, pools["tags"], fit["tags"], 3)
        extra = rng.choice(pools["tags"])
        item["tags"] = [*tags, extra] if rand() < 0.15 and extra not in tags else tags
    item["what_happened"] = what_happened
    if rand() < 0.85:
        item["impact"] = pools["impacts"][rng.choice(fit["impacts"])]
    if rand() < 0.7 and fit["whys"]:
        item["whys"] = list(pools["whys"][rng.choice(fit["whys"])])
    for key, pool, share in CAUSE_KEYS:
        if rand() < share and fit[pool]:
            item[key] = pools[pool][rng.choice(fit[pool])]
    if rand() < 0.75 and fit["fixes"]:
        item["fix"] = pools["fixes"][rng.choice(fit["fixes"])]
    item["fix_status"] = _pick(rng, tables["fix"][status])
    if rand() < 0.65:
        item["prevention"] = pools["preventions"][rng.choice(fit["preventions"])]
    if rand() < 0.6:
        texts = _some(rng, pools["actions"], fit["actions"], 2)
        extra = rng.choice(pools["actions"])
        if rand() < 0.3 and extra not in texts:
            texts.append(extra)
        item["actions"] = _actions(rng, texts, day)
    if rand() < 0.35:
        compensation: dict[str, Any] = {
            "offer": pools["compensations"][rng.choice(fit["compensations"])]
        }
        if rand() < 0.7:
            compensation["value"], compensation["currency"] = _money(lang.code, rng)
        if status == "resolved" and rand() < 0.7:
            compensation["delivered_on"] = _DAYS[min(day + rng.randint(3, 40), SPAN_DAYS - 1)]
        item["compensation"] = compensation
    for key, pool, share in CALL_KEYS:
        if rand() < share:
            fitting = fit.get(pool, range(len(pools[pool])))
            if fitting:
                item[key] = pools[pool][rng.choice(fitting)]
    if rand() < 0.5:
        chosen = _some(rng, pools["questions"], fit["questions"], 3)
        item["questions"] = [{"question": q, "answer": a} for q, a in chosen]
        if status == "draft" and rand() < 0.3:
            del item["questions"][-1]["answer"]  # not answered yet
    if status != "draft" and rand() < 0.8:
        call = day + rng.randint(1, 10)
        hour, minute = rng.randint(8, 18), rng.choice((0, 0, 15, 30, 45))
        offset = _offset(lang.code, _MONTHS[call], rng)
        item["call_at"] = f"{_DAYS[call]}T{hour:02d}:{minute:02d}:00{offset}"
    item["status"] = status
    if status in ("call_held", "resolved") and rand() < 0.85:
        stayed = _pick(rng, tables["stayed"])
        advocate = _pick(rng, tables["advocate"]) if stayed else (None if stayed is None else False)
        outcome: dict[str, Any] = {"client_stayed": stayed, "advocate": advocate}
        if rand() < 0.8:
            notes = ADVOCATE_NOTES if advocate else OUTCOME_FIT[stayed]
            outcome = {"notes": pools["outcomes"][rng.choice(notes)], **outcome}
        item["outcome"] = outcome
    if rand() < 0.03:  # null means "the default" in the format, and some writers emit it
        for key in rng.sample(("project", "tags", "call_at", "outcome", "compensation"), 2):
            item[key] = None
        item = {key: item[key] for key in KEY_ORDER if key in item}
    return item


def generate(count: int, seed: int = 0, languages: tuple[str, ...] = LANGUAGES) -> dict[str, Any]:
    """A complete format-version-1 document with `count` incidents, the same for the same seed."""
    if count < 0:
        raise ValueError("count must not be negative")
    unknown = [code for code in languages if code not in PHRASES]
    if unknown or not languages:
        raise ValueError(f"unknown languages {unknown}; known: {', '.join(PHRASES)}")
    rng = random.Random(seed)
    drawn = sorted((rng.randrange(SPAN_DAYS), rng.randrange(len(languages))) for _ in range(count))
    per_language = [0] * len(languages)
    for _, index in drawn:
        per_language[index] += 1
    taken: set[str] = set()
    langs = [
        _Language(code, max(3, round(per_language[i] / 8)), taken, rng)
        for i, code in enumerate(languages)
    ]
    tables = {
        "category": _weighted(CATEGORY_WEIGHTS),
        "severity": _weighted(SEVERITY_WEIGHTS),
        "status": [(limit, _weighted(weights)) for limit, weights in STATUS_BY_AGE],
        "fix": {status: _weighted(weights) for status, weights in FIX_BY_STATUS.items()},
        "stayed": ([True, False, None], [75.0, 90.0, 100.0]),
        "advocate": ([True, False, None], [35.0, 75.0, 100.0]),
    }
    incidents = [_incident(rng, langs[index], day, tables) for day, index in drawn]
    return {"format": "amends", "version": 1, "incidents": incidents}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.samples.generator",
        description="Write a generated Amends journal (interchange format version 1).",
    )
    parser.add_argument("count", type=int, help="how many incidents")
    parser.add_argument("-o", "--output", default="-", help="file to write; - for stdout")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="e.g. en,sv")
    parser.add_argument("--indent", type=int, default=None, help="pretty-print with N spaces")
    args = parser.parse_args(argv)
    languages = tuple(code.strip() for code in args.languages.split(",") if code.strip())
    try:
        document = generate(args.count, args.seed, languages)
    except ValueError as error:
        parser.error(str(error))
    text = json.dumps(document, ensure_ascii=False, indent=args.indent) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
