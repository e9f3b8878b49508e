"""The follow-up message after the call, drafted from what the worksheet already says."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from journal.domain import Action, Incident
from journal.formats import day, money
from journal.i18n import QT_TRANSLATE_NOOP, speaking, translate
from journal.naming import name_key

# Each part is the user's own words under a line that says what it is; a part not written
# yet is left out, so the draft never promises what the worksheet does not. The lines are in
# the incident's language (language_of), whatever the window's: the client reads them.
GREETING = QT_TRANSLATE_NOOP("FollowUp", "Hello {name},")
THANKS = QT_TRANSLATE_NOOP("FollowUp", "Thank you for talking it through with me.")
DONE_NOW = QT_TRANSLATE_NOOP("FollowUp", "What I have done:")
NEXT_TIME = QT_TRANSLATE_NOOP("FollowUp", "So that it does not happen again:")
MAKING_IT_RIGHT = QT_TRANSLATE_NOOP("FollowUp", "To make up for it:")
CLOSING = QT_TRANSLATE_NOOP("FollowUp", "I will keep you posted until every step is done.")
STEP_DONE = QT_TRANSLATE_NOOP("FollowUp", "{text} (done {day})")
STEP_DUE = QT_TRANSLATE_NOOP("FollowUp", "{text} (by {day})")


def language_of(incident: Incident, chosen: str | None = None) -> str:
    """The language the incident is written in, as the apology coach takes it: `chosen` (the
    journal's coach language) if given, else the one the coach detects in the words for the
    call (or, before they are written, in the title and what happened)."""
    if chosen:
        return chosen
    from journal.coach.detect import detect

    said = (incident.summary, incident.apology, incident.empathy)
    if not any(text.strip() for text in said):
        said = (incident.title, incident.what_happened, incident.impact)
    return detect("\n".join(said))


def native_digits(incident: Incident) -> bool:
    """Whether the user writes this incident's numbers in the own digits of the language
    spoken now (Bengali, Thai: a briefing speaks the incident's): its amounts and days are
    then printed in them too."""
    from journal.formats import writes_native_digits

    written = " ".join(
        (incident.compensation.offer, incident.summary, incident.apology, incident.what_happened)
    )
    return writes_native_digits(written)


def _words(line: str) -> str:
    return translate("FollowUp", line)


def _step(action: Action, native: bool) -> str:
    if action.done_on:
        return "– " + _words(STEP_DONE).format(
            text=action.text, day=day(action.done_on, native=native)
        )
    if action.due_on:
        return "– " + _words(STEP_DUE).format(
            text=action.text, day=day(action.due_on, native=native)
        )
    return f"– {action.text}"


def _offer(incident: Incident) -> str:
    offer = incident.compensation
    value = offer.value
    amount = "" if value is None else money(value, offer.currency, native=native_digits(incident))
    text = offer.offer.strip()
    if text and value is not None and not _names_amount(text, value):
        return f"{text} ({amount})"
    return text or amount


def _names_amount(text: str, value: Decimal) -> bool:
    """Whether the offer's words already give the amount ("a refund of 1 234,50 kr"), in any
    grouping, decimal mark or script's digits: then it is not said twice."""
    whole, _, fraction = format(value, "f").partition(".")
    fraction = fraction.rstrip("0")
    wanted = {whole, whole + fraction, whole + fraction.ljust(2, "0")}
    runs, run = [], ""
    for char in text + "\n":
        digit = unicodedata.digit(char, None)
        if digit is not None:
            run += str(digit)
        elif not (run and char in " ,.'\u00a0\u202f"):  # a group or decimal mark goes on
            runs.append(run)
            run = ""
    return bool(wanted & set(runs))


def drafted(incident: Incident, language: str | None = None) -> str:
    """A plain-text message to the client: the apology, what was fixed, what will prevent it
    and the offer, each in the user's words, under lines in the incident's language
    (`language`, the journal's coach language, when it is set)."""
    with speaking(language_of(incident, language)):
        return _drafted(incident)


# A firm's name is said whole ("Hello Acme Ltd,", never "Hello Acme,"): it is known by its
# legal form, first or last, in the five languages' countries and the ones clients write from.
# fmt: off
_LEGAL_FORMS = frozenset((
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "corp", "corporation",
    "company", "gmbh", "asa", "a/s", "aps", "oyj", "b.v", "n.v", "s.a", "a.s", "d.o.o", "d.d",
    "j.d.o.o", "obrt", "pvt", "pte", "bhd", "pty", "kft", "sarl", "srl",
    "บริษัท", "ห้างหุ้นส่วน", "จำกัด", "หจก", "บจก", "লিমিটেড", "লিঃ", "প্রাইভেট",
))
# Short forms that are also people's names ("Christopher Co", "Maria Sa"): a legal form only
# as firms write them, in capitals or with a dot ("AB", "Co.").
_SHORT_FORMS = frozenset(("co", "ab", "as", "ag", "kg", "hb", "kb", "lp", "nv", "bv", "sa",
                          "sas", "spa", "oy"))
# fmt: on


def greeting_name(name: str, company: str = "") -> str:
    """Who a message greets: a person by their first name, a firm by its whole name (named
    like the client's company, or by a legal form)."""
    words = name.split()
    if len(words) < 2:
        return words[0] if words else ""
    last = words[-1].rstrip(",")
    short = last.casefold().rstrip(".") in _SHORT_FORMS and (last.isupper() or last.endswith("."))
    firm = {words[0].casefold(), last.casefold().rstrip(".")} & _LEGAL_FORMS or short
    if firm or words[0] == "The" or name_key(name) == name_key(company):
        return " ".join(words)
    return words[0]


def _drafted(incident: Incident) -> str:
    first_name = greeting_name(incident.client.name, incident.client.company)
    parts = [_words(GREETING).format(name=first_name) if first_name else "", _words(THANKS)]
    parts.append(incident.apology.strip() or incident.summary.strip())
    if incident.fix.strip():
        parts.append(f"{_words(DONE_NOW)}\n{incident.fix.strip()}")
    prevention = [incident.prevention.strip()] if incident.prevention.strip() else []
    native = native_digits(incident)
    prevention += [_step(action, native) for action in incident.actions]
    if prevention:
        parts.append("\n".join([_words(NEXT_TIME), *prevention]))
    if offer := _offer(incident):
        parts.append(f"{_words(MAKING_IT_RIGHT)}\n{offer}")
    parts.append(_words(CLOSING))
    return "\n\n".join(part for part in parts if part)
