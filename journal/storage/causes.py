"""Why the user keeps failing: the root causes they give most, and causes that read alike."""

from __future__ import annotations

import json
from collections import Counter

from journal.figures import CauseCount, SimilarCause
from journal.storage.connection import Database

# The causes as written, counted through their own index (the incident rows are wide).
CAUSES = """
    SELECT root_cause, count(*) FROM incident WHERE root_cause != '' GROUP BY root_cause
"""
CAUSE_IDS = "SELECT id FROM incident WHERE root_cause IN (SELECT value FROM json_each(?))"
# The latest incidents that say why, and for each, the client's other incidents.
RECENT = """
    SELECT id, client_id, occurred_on FROM incident
    WHERE occurred_on IS NOT NULL ORDER BY occurred_on DESC, id DESC LIMIT ?
"""
CLIENT_CAUSES = """
    SELECT i.id, i.title, i.root_cause, i.whys, k.name, c.name FROM incident i
    JOIN category k ON k.id = i.category_id JOIN client c ON c.id = i.client_id
    WHERE i.client_id = ? AND (i.root_cause != '' OR i.whys != '[]')
    ORDER BY i.occurred_on DESC, i.id DESC LIMIT ?
"""
RECENT_INCIDENTS = 30  # how far back "lately" reaches
EARLIER_PER_CLIENT = 60  # how many of a client's incidents a recent one is compared with
ALIKE = 0.5  # Dice coefficient of the character trigrams at which two causes read alike


def normal_cause(text: str) -> str:
    """A cause as a key: case, spacing and a final full stop aside."""
    return " ".join(text.casefold().split()).rstrip(".。।!")


def root_causes(db: Database, limit: int) -> tuple[CauseCount, ...]:
    """The root causes given most often, each with the incidents that gave it."""
    counts: Counter[str] = Counter()
    spellings: dict[str, list[str]] = {}
    shown: dict[str, Counter[str]] = {}
    for cause, count in db.rows(CAUSES):
        key = normal_cause(cause)
        if not key:
            continue
        counts[key] += count
        spellings.setdefault(key, []).append(cause)
        shown.setdefault(key, Counter())[" ".join(cause.split())] += count
    top = [item for item in counts.most_common() if item[1] > 1]
    found = []
    for key, count in top[: None if limit < 0 else limit]:
        ids = db.rows(CAUSE_IDS, (json.dumps(spellings[key], ensure_ascii=False),))
        found.append(
            CauseCount(shown[key].most_common(1)[0][0], count, tuple(sorted(r[0] for r in ids)))
        )
    return tuple(found)


def _trigrams(text: str) -> frozenset[str]:
    """The text's three-letter pieces; none for text too short to compare (or empty)."""
    flat = " ".join(text.casefold().split())
    return frozenset(flat[i : i + 3] for i in range(len(flat) - 2))


def reads_alike(first: frozenset[str], second: frozenset[str]) -> bool:
    if not first or not second:
        return False
    return 2 * len(first & second) / (len(first) + len(second)) >= ALIKE


def _cause_text(root_cause: str, whys: str) -> str:
    return "\n".join([root_cause, *json.loads(whys)])


def similar_causes(db: Database) -> tuple[SimilarCause, ...]:
    """Recent incidents whose why reads like earlier ones of the same client."""
    found: list[SimilarCause] = []
    reported: set[int] = set()
    for incident_id, client_id, _ in db.rows(RECENT, (RECENT_INCIDENTS,)):
        if incident_id in reported:
            continue
        rows = db.rows(CLIENT_CAUSES, (client_id, EARLIER_PER_CLIENT))
        texts = {row[0]: _trigrams(_cause_text(row[2], row[3])) for row in rows}
        if incident_id not in texts:
            continue
        mine = texts[incident_id]
        earlier = [
            row for row in rows
            if row[0] != incident_id and reads_alike(mine, texts[row[0]])
        ]  # fmt: skip
        if not earlier:
            continue
        title, client = next((row[1], row[5]) for row in rows if row[0] == incident_id)
        categories = Counter(row[4] for row in rows if row[0] == incident_id or row in earlier)
        earlier_ids = tuple(row[0] for row in earlier)
        reported.update((incident_id, *earlier_ids))
        found.append(
            SimilarCause(
                incident_id,
                title,
                client,
                earlier_ids,
                tuple(c for c, _ in categories.most_common()),
            )
        )
    return tuple(found)
