"""The follow-up message after the call, drafted from what the worksheet already says."""

from __future__ import annotations

from journal.domain import Action, Incident, format_money

# Each part is the user's own words under a line that says what it is; a part not written
# yet is left out, so the draft never promises what the worksheet does not.
GREETING = "Hello {name},"
THANKS = "Thank you for talking it through with me."
DONE_NOW = "What I have done:"
NEXT_TIME = "So that it does not happen again:"
MAKING_IT_RIGHT = "To make up for it:"
CLOSING = "I will keep you posted until every step is done."
STEP_DONE = "{text} (done {day})"
STEP_DUE = "{text} (by {day})"


def _step(action: Action) -> str:
    if action.done_on:
        return "– " + STEP_DONE.format(text=action.text, day=action.done_on.isoformat())
    if action.due_on:
        return "– " + STEP_DUE.format(text=action.text, day=action.due_on.isoformat())
    return f"– {action.text}"


def _offer(incident: Incident) -> str:
    offer = incident.compensation
    value = offer.value
    amount = f"{format_money(value)} {offer.currency}".strip() if value is not None else ""
    text = offer.offer.strip()
    if text and amount and amount not in text:
        return f"{text} ({amount})"
    return text or amount


def drafted(incident: Incident) -> str:
    """A plain-text message to the client: the apology, what was fixed, what will prevent it
    and the offer, each in the user's words."""
    first_name = incident.client.name.split()[0] if incident.client.name.split() else ""
    parts = [GREETING.format(name=first_name) if first_name else "", THANKS]
    parts.append(incident.apology.strip() or incident.summary.strip())
    if incident.fix.strip():
        parts.append(f"{DONE_NOW}\n{incident.fix.strip()}")
    prevention = [incident.prevention.strip()] if incident.prevention.strip() else []
    prevention += [_step(action) for action in incident.actions]
    if prevention:
        parts.append("\n".join([NEXT_TIME, *prevention]))
    if offer := _offer(incident):
        parts.append(f"{MAKING_IT_RIGHT}\n{offer}")
    parts.append(CLOSING)
    return "\n\n".join(part for part in parts if part)
