"""Kills the window while the typist writes, restarts it, and counts what each kill cost."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from journal.service import Journal
from tests.e2e.killing import Child, as_left, interrupted, snapshot, timed, wal_tail
from tests.e2e.verdict import Chain, Kill, judge, judge_recovery, session_of
from tests.samples.generator import generate

UNTOUCHED_INCIDENTS = 40  # in every journal before the typist starts
FIRST_SAVE_WAIT_S = 45.0  # how long an aimed kill waits for a new incident's first save


@dataclass(frozen=True)
class Moment:
    """When to kill, in seconds after the window showed; "aimed" kills wait from then for the
    next save to begin, "first-save" ones for a new incident's first save, and then kill
    within the time a save takes."""

    kind: str  # early, typing, long, aimed, first-save
    seconds: float
    longest_wait: float = 30.0  # for a save to begin; then killed all the same


@dataclass
class Figures:
    mode: str
    kills: list[Kill] = field(default_factory=list)
    starts: int = 0
    young_misses: list[str] = field(default_factory=list)
    journal_problems: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = [f"kill {n + 1}: {p}" for n, kill in enumerate(self.kills) for p in kill.problems]
        return found + self.journal_problems

    def summary(self) -> str:
        kills = self.kills
        mid = [kill for kill in kills if kill.mid_save]
        lost_s = [kill.lost_s for kill in kills]
        lost_chars = [kill.lost_chars for kill in kills]
        kinds = Counter(kill.kind for kill in kills)
        reused = sum(bool(kill.expected.get("reused")) for kill in kills)
        seconds = [kill.seconds_typing for kill in kills]
        return "\n".join(
            [
                f"window kills ({self.mode} typing): {len(kills)} in "
                f"{len({kill.chain for kill in kills})} journals; {reused} of them into a "
                "journal reused after an earlier kill, restarted and typed on",
                f"  moments: {dict(kinds)}; typing before the kill {min(seconds):.1f} to "
                f"{max(seconds):.1f} s; {sum(kill.typed for kill in kills):,} characters typed",
                f"  mid-save: {len(mid)} (the save kept: {sum(k.save_kept for k in mid)}, "
                f"rolled back: {sum(not k.save_kept for k in mid)}); while remembering the "
                f"incident to bring back: {sum(kill.mid_remember for kill in kills)}; "
                f"a torn transaction left in the WAL: {sum(kill.torn_wal for kill in kills)}",
                f"  typing lost: at most {max(lost_s):.2f} s and {max(lost_chars)} characters "
                f"(median {statistics.median(lost_s):.2f} s, "
                f"{statistics.median(lost_chars)} characters)",
                f"  integrity_check ok after {sum(kill.integrity_ok for kill in kills)} of "
                f"{len(kills)} kills; window starts: {self.starts}; drafts younger than 10 s "
                f"not brought back: {len(self.young_misses)}; problems: {len(self.problems)}",
                f"  keys xdotool typed that never arrived, typed again: "
                f"{sum(kill.retyped for kill in kills)}",
            ]
        )


def untouched_journal(folder: Path, seed: int) -> Path:
    """A journal of generated incidents, copied for each chain of kills."""
    path = folder / "untouched.amends"
    with Journal(path) as journal:
        journal.transfer.import_json(json.dumps(generate(UNTOUCHED_INCIDENTS, seed=seed)))
    return path


class Killer:
    def __init__(
        self,
        folder: Path,
        mode: str,
        display: str | None,
        seed: int,
        languages: tuple[str, ...],
    ) -> None:
        self.folder, self.mode, self.display = folder, mode, display
        self.rng = random.Random(seed)
        self.languages = languages
        self.template = untouched_journal(folder, seed)
        with Journal(self.template, read_only=True) as journal:
            self.untouched_up_to = max(journal.incidents.list_ids())
        self.untouched = snapshot(self.template, self.untouched_up_to).untouched
        self.figures = Figures(mode)
        self.save_spans: list[float] = []
        self.runs = 0

    def start(self, chain: Chain, mode: str) -> Child:
        self.runs += 1
        self.figures.starts += 1
        plan = chain.plan(mode, self.rng.randrange(2**31), self.languages)
        return Child(self.folder / "runs" / f"{self.runs:04d}", plan, self.display)

    def chain(self, number: int, moments: list[Moment]) -> None:
        """Kills into one journal, one after another; the last start only looks. A window
        that does not start, or a typist that fails, is a problem; the proof goes on with
        the next journal."""
        journal = self.folder / "journals" / f"{number:03d}" / "journal.amends"
        journal.parent.mkdir(parents=True)
        shutil.copyfile(self.template, journal)
        chain = Chain(number, journal, self.untouched_up_to, self.untouched)
        child = self.start(chain, self.mode)
        try:
            for position, moment in enumerate(moments):
                kill = self.kill(chain, child, moment)
                kill.expected["reused"] = position > 0
                self.figures.kills.append(kill)
                last = position == len(moments) - 1
                child = self.start(chain, "probe" if last else self.mode)
                up = child.wait_for("up")
                problems, young = judge_recovery(up, kill.expected)
                kill.problems.extend(f"after restarting: {problem}" for problem in problems)
                if young:
                    self.figures.young_misses.append(f"kill {len(self.figures.kills)}: {young}")
            child.process.wait(timeout=60)
            if child.process.returncode != 0 or child.problems():
                raise AssertionError(
                    f"the last start ended with {child.process.returncode}: {child.problems()}"
                )
        except AssertionError as error:
            self.figures.journal_problems.append(f"journal {number}: {error}")
        finally:
            if child.process.poll() is None:
                child.process.kill()
                child.process.wait()

    def kill(self, chain: Chain, child: Child, moment: Moment) -> Kill:
        up = child.wait_for("up")
        kind = moment.kind
        failed = ""
        try:
            child.wait_until(up["t"] + moment.seconds)
        except AssertionError as error:  # the typist failed: killed now, and a problem
            failed = str(error)
        before = snapshot(chain.journal, chain.untouched_up_to)
        if kind in ("aimed", "first-save") and not failed:
            first = kind == "first-save"
            started = time.monotonic()
            try:
                child.wait_for(
                    "save",
                    timeout=FIRST_SAVE_WAIT_S if first else moment.longest_wait,
                    after=started,
                    test=lambda e: e["p"] == "begin" and (e["id"] is None or not first),
                    poll=0.0002,
                )
            except AssertionError as error:
                if "within" not in str(error):
                    failed = str(error)
                kind = "typing"  # no save came; killed all the same
            else:
                spans = self.save_spans or [0.003]
                time.sleep(self.rng.uniform(0, 2.5 * statistics.median(spans)))
        moment_of_kill = child.kill()
        tail = wal_tail(chain.journal)
        after = as_left(chain.journal, self.folder / "scratch", chain.untouched_up_to)
        events = child.events
        self.save_spans.extend(end - begin for begin, end in timed(events, "save"))
        session = session_of(chain, events)
        kill = Kill(
            chain=chain.number,
            kind=kind,
            seconds_typing=moment_of_kill - up["t"],
            typed=sum(len(chars) for chars in session.chars.values()),
            torn_wal=tail.torn,
            retyped=sum(event["e"] == "drop" for event in events),
        )
        saving = interrupted(events, "save")
        kill.mid_save = saving is not None
        kill.mid_remember = interrupted(events, "remember") is not None
        if saving is not None:
            if saving["id"] is None:
                kill.save_kept = len(after.texts) > len(before.texts)
            else:
                kill.save_kept = after.texts.get(saving["id"]) != before.texts.get(saving["id"])
        judge(chain, session, moment_of_kill, before, after, kill)
        kill.problems.extend(child.problems() or ([failed] if failed else []))
        return kill


def moments_for(rng: random.Random, count: int) -> list[Moment]:
    """Kill moments for the long proof: often early, mostly after some typing, a fifth of
    them aimed at a save, and some after minutes of typing."""
    moments = []
    for _ in range(count):
        chance = rng.random()
        if chance < 0.2:
            moments.append(Moment("early", rng.uniform(0.1, 3.0)))
        elif chance < 0.65:
            moments.append(Moment("typing", rng.uniform(3.0, 30.0)))
        elif chance < 0.82:
            moments.append(Moment("aimed", rng.uniform(1.0, 25.0)))
        elif chance < 0.9:
            moments.append(Moment("first-save", rng.uniform(0.5, 10.0)))
        else:
            moments.append(Moment("long", rng.uniform(45.0, 120.0)))
    return moments
