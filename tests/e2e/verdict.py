"""What a kill cost: the typist's log against what the journal holds afterwards."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e.killing import Stored
from tests.e2e.writing import MODELED, normalized

LOST_BOUND_S = 10.0
CLOSE_GRACE_S = 2.0  # how long Ctrl+W may take to arrive before the kill (xdotool's keys)


@dataclass
class Chain:
    """One journal, reused across kills as a person would: kill, restart, keep typing."""

    number: int
    journal: Path
    untouched_up_to: int  # the incidents up to this id were there before; nobody types in them
    untouched: str
    ids: dict[int, int] = field(default_factory=dict)  # the typist's number → incident id
    texts: dict[int, dict[str, str]] = field(default_factory=dict)  # as stored, by number
    next_number: int = 1

    def plan(self, mode: str, seed: int, languages: tuple[str, ...]) -> dict[str, Any]:
        return {
            "db": str(self.journal),
            "mode": mode,
            "seed": seed,
            "chain": self.number,
            "next": self.next_number,
            "texts": {str(number): texts for number, texts in self.texts.items()},
            "numbers": {str(self.ids[number]): number for number in self.ids},
            "languages": list(languages),
        }


@dataclass
class Session:
    """What one run of the window typed, from its log."""

    up: dict[str, Any]
    base: dict[int, dict[str, str]]
    chars: dict[tuple[int, str], list[tuple[float, str]]]
    new: list[int]
    current: int | None
    since: float  # when `current` became the incident being written (or the worksheet left)


def session_of(chain: Chain, events: list[dict[str, Any]]) -> Session:
    up = next(event for event in events if event["e"] == "up")
    numbers = {incident_id: number for number, incident_id in chain.ids.items()}
    current = numbers.get(up["id"]) if up["in_worksheet"] else None
    since = up["t"]
    chars: dict[tuple[int, str], list[tuple[float, str]]] = {}
    new: list[int] = []
    for event in events:
        kind = event["e"]
        if kind in ("new", "open", "leave"):
            current, since = event.get("n"), event["t"]
            if kind == "new":
                new.append(event["n"])
        elif kind == "char" and event["f"] in MODELED and event["n"] is not None:
            chars.setdefault((event["n"], event["f"]), []).append((event["t"], event["c"]))
        elif kind == "drop" and event["f"] in MODELED and event["n"] is not None:
            typed = chars[(event["n"], event["f"])]  # xdotool's key never arrived: not typed
            assert typed[-1][1] == event["c"], event
            typed.pop()
    base = {number: dict(texts) for number, texts in chain.texts.items()}
    return Session(up, base, chars, new, current, since)


def typed_position(name: str, base: str, chars: list[tuple[float, str]], stored: str) -> int | None:
    """How many of the typed characters the stored text holds: the largest i such that the
    base text and the first i characters, as the journal keeps them, are the stored text; None
    if no such i (the stored text is not anything that was typed). What the journal keeps of
    a growing text only grows, so the first i are found by bisection."""
    prefixes = [base]
    for _, char in chars:
        prefixes.append(prefixes[-1] + char)
    wanted = normalized(name, stored)
    keys = _Keys(name, prefixes)
    position = bisect_right(keys, wanted) - 1
    if position >= 0 and keys[position] == wanted:
        return position
    return None


class _Keys:
    def __init__(self, name: str, prefixes: list[str]) -> None:
        self.name, self.prefixes = name, prefixes

    def __len__(self) -> int:
        return len(self.prefixes)

    def __getitem__(self, position: int) -> Any:
        return normalized(self.name, self.prefixes[position])


@dataclass
class Kill:
    """One kill and what it cost."""

    chain: int
    kind: str
    seconds_typing: float  # from the window showing to the kill
    typed: int  # characters typed in this run
    typed_long_before: int = 0  # of them, typed more than LOST_BOUND_S before the kill
    lost_s: float = 0.0
    lost_chars: int = 0
    mid_save: bool = False
    save_kept: bool = False  # the interrupted save is in the journal (it had committed)
    mid_remember: bool = False
    torn_wal: bool = False
    retyped: int = 0  # xdotool's keys that never arrived, typed again
    integrity_ok: bool = True
    problems: list[str] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)  # what the next start must show


def judge(
    chain: Chain, session: Session, moment: float, before: Stored, after: Stored, kill: Kill
) -> None:
    """Compare the journal after the kill with what was typed and what was committed just
    before; update the chain to the journal as it now is, for the next run."""
    problems = kill.problems
    if after.problems:
        kill.integrity_ok = False
        problems.append(f"integrity_check/foreign_key_check: {after.problems[:5]}")
    if after.untouched != chain.untouched:
        problems.append("incidents that were there before and nobody typed in have changed")
    ids = dict(chain.ids)
    known = set(ids.values())
    appeared = sorted(i for i in after.texts if i > chain.untouched_up_to and i not in known)
    if len(appeared) > len(session.new):
        problems.append(f"incidents nobody started appeared: {appeared[len(session.new) :]}")
    ids.update(zip(session.new, appeared, strict=False))
    for number, incident_id in chain.ids.items():
        if incident_id not in after.texts:
            problems.append(f"incident {incident_id} (typed as {number}) is gone")
    for incident_id in before.texts:
        if incident_id not in after.texts:
            problems.append(f"incident {incident_id}, committed before the kill, is gone")
    numbers = set(session.base) | set(session.new)
    for number in sorted(numbers):
        found = ids.get(number)
        stored_after = after.texts.get(found or -1)
        stored_before = before.texts.get(found or -1)
        base = session.base.get(number, dict.fromkeys(MODELED, ""))
        for name in MODELED:
            chars = session.chars.get((number, name), [])
            kill.typed_long_before += sum(moment - t > LOST_BOUND_S for t, _ in chars)
            where = f"incident {number} ({found}), {name!r}"
            held = typed_position(name, base[name], chars, (stored_after or {}).get(name, ""))
            if held is None:
                shown = (stored_after or {}).get(name, "")[-60:]
                problems.append(f"{where}: the journal holds {shown!r}, which was never typed")
                continue
            if stored_before is not None:
                had = typed_position(name, base[name], chars, stored_before[name])
                if had is not None and had > held:
                    problems.append(f"{where}: {had - held} committed characters are gone")
            if held < len(chars):
                lost_s = max(0.0, moment - chars[held][0])
                kill.lost_s = max(kill.lost_s, lost_s)
                kill.lost_chars += len(chars) - held
                if lost_s > LOST_BOUND_S:
                    problems.append(
                        f"{where}: {len(chars) - held} characters typed from {lost_s:.1f} s "
                        f"before the kill are not in the journal"
                    )
    chain.ids = ids
    chain.texts = {number: dict(after.texts[incident_id]) for number, incident_id in ids.items()}
    chain.next_number = max([chain.next_number - 1, *session.new]) + 1
    kill.expected = {
        "current": session.current,
        "current_id": ids.get(session.current) if session.current is not None else None,
        "since": moment - session.since,
        "last_open": after.last_open,
        "texts": {str(i): after.texts[i] for i in after.texts if i > chain.untouched_up_to},
    }


def judge_recovery(up: dict[str, Any], expected: dict[str, Any]) -> tuple[list[str], str]:
    """The next start must bring back the incident the journal says was open, as stored; and
    that must be the draft being written unless that draft was younger than LOST_BOUND_S.
    Returns the problems, and what came back instead of a young draft ("" if it did)."""
    problems = []
    last_open = expected["last_open"]
    texts = expected["texts"]
    should = int(last_open) if last_open and last_open in texts else None
    shown = up["id"] if up["in_worksheet"] else None
    if shown != should:
        problems.append(f"the journal says incident {should} was open; the window showed {shown}")
    if shown is not None and up["values"] != texts.get(str(shown)):
        problems.append(f"incident {shown} came back other than it is stored")
    young_miss = ""
    current_id = expected["current_id"]
    if expected["current"] is not None and current_id is not None and shown != current_id:
        if expected["since"] > LOST_BOUND_S:
            problems.append(
                f"the draft being written (incident {current_id}, open for "
                f"{expected['since']:.1f} s) did not come back; {shown} did"
            )
        else:
            young_miss = (
                f"the draft being written, incident {current_id} (open {expected['since']:.1f} s,"
                f" saved), did not come back: the journal said {last_open} was open"
            )
    if expected["current"] is None and shown is not None and expected["since"] > CLOSE_GRACE_S:
        problems.append(f"incident {shown} came back, though it was closed before the kill")
    return problems, young_miss
