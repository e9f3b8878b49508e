"""Each client at a glance: incidents, their categories, what was offered, how they took it."""

from __future__ import annotations

from journal.figures import ClientSummary
from journal.storage.connection import Database
from journal.storage.records import parse_date

GROUPS = "SELECT client_id, category_id, incidents, last_on FROM incident_group"
OFFERED = """
    SELECT client_id, compensation_currency, sum(compensation_value), total(CASE WHEN
           compensation_delivered_on IS NOT NULL THEN compensation_value END) FROM incident
    WHERE compensation_value IS NOT NULL GROUP BY client_id, compensation_currency
    ORDER BY client_id, sum(compensation_value) DESC
"""
# The outcome after each incident, latest last, for the few incidents that have one.
OUTCOMES = """
    SELECT client_id, client_stayed, advocate FROM incident
    WHERE client_stayed IS NOT NULL OR advocate IS NOT NULL
    ORDER BY client_id, occurred_on
"""


def summaries(db: Database) -> list[ClientSummary]:
    """Every client, those with the most incidents first, read from one snapshot (a client
    saved meanwhile is either there with its incidents, or not there at all)."""
    with db.snapshot():
        return _summaries(db)


def _summaries(db: Database) -> list[ClientSummary]:
    names = dict(db.rows("SELECT id, name FROM category"))
    name_keys = dict(db.rows("SELECT id, name_key FROM category"))  # journal.naming.name_key
    groups: dict[int, list[tuple[int, int]]] = {}  # incidents and category, by client
    last: dict[int, str] = {}
    for client_id, category_id, incidents, last_on in db.rows(GROUPS):
        groups.setdefault(client_id, []).append((incidents, category_id))
        if last_on and last_on > last.get(client_id, ""):
            last[client_id] = last_on
    counts = {client_id: sum(n for n, _ in found) for client_id, found in groups.items()}
    categories = {
        client_id: [names[c] for _, c in sorted(found, key=lambda g: (-g[0], name_keys[g[1]]))]
        for client_id, found in groups.items()
    }
    offered: dict[int, list[tuple[str, float, float]]] = {}
    for client_id, currency, total, delivered in db.rows(OFFERED):
        offered.setdefault(client_id, []).append((currency, float(total), float(delivered)))
    stayed: dict[int, bool] = {}
    advocate: dict[int, bool] = {}
    for client_id, client_stayed, became_advocate in db.rows(OUTCOMES):
        if client_stayed is not None:
            stayed[client_id] = bool(client_stayed)
        if became_advocate is not None:
            advocate[client_id] = advocate.get(client_id, False) or bool(became_advocate)
    clients = db.rows("SELECT id, name, company, name_key FROM client")
    keys = {client_id: key for client_id, *_, key in clients}  # journal.naming.name_key
    found = [
        ClientSummary(
            id=client_id,
            name=name,
            company=company,
            incidents=counts.get(client_id, 0),
            categories=tuple(categories.get(client_id, ())),
            last_on=parse_date(last.get(client_id)),
            compensation=tuple(offered.get(client_id, ())),
            stayed=stayed.get(client_id),
            advocate=advocate.get(client_id),
        )
        for client_id, name, company, _ in clients
    ]
    found.sort(key=lambda client: (-client.incidents, keys[client.id]))
    return found
