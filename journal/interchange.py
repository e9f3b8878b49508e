"""The JSON interchange format (docs/format.md): checked whole on import, stable on export."""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import suppress
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails

from journal.domain import Incident
from journal.errors import InvalidInput
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.interchange_model import Document, IncidentIn, incident_dict, incident_of

__all__ = ["incident_dict", "incident_from_json", "parse", "write"]

FORMAT_NAME = "amends"
FORMAT_VERSION = 1
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP(
    "ImportFile", "it is nested too deeply: an Amends file has lists and objects a few levels deep"
)


class Header(BaseModel):
    model_config = ConfigDict(extra="allow")
    format: str | None = None
    version: int | None = None


def _reason(error: ErrorDetails) -> str:
    """What is wrong with a value: in the catalogue's words for the usual mistakes, else as
    pydantic says it (with the value, if it is a plain one)."""
    if error["type"] == "extra_forbidden":
        return translate("ImportFile", "not a key of the Amends format (see docs/format.md)")
    if error["type"] == "missing":
        return translate("ImportFile", "is required")
    reason = error["msg"].removeprefix("Value error, ")
    got = error.get("input")
    if isinstance(got, (str, int, float)) and not isinstance(got, bool):
        shown = json.dumps(got, ensure_ascii=False)[:80]
        return translate("ImportFile", "{reason}, got {value}").format(reason=reason, value=shown)
    return reason


def _describe(error: ErrorDetails, raw: Any) -> str:
    """Name the incident and the key an error is about, as docs/format.md promises."""
    location = list(error["loc"])
    if not location:  # the file as a whole: what json.loads let through and pydantic did not
        if "recursion limit" in error["msg"]:
            return translate("ImportFile", NESTED_TOO_DEEPLY)
        return error["msg"]
    reason = _reason(error)
    if len(location) >= 2 and location[0] == "incidents" and isinstance(location[1], int):
        index = location[1]
        title = ""
        with suppress(KeyError, IndexError, TypeError, AttributeError):
            title = str(raw["incidents"][index].get("title") or "")
        key = ".".join(str(part) for part in location[2:])
        if title and key:
            said = translate("ImportFile", "incident {number} (\"{title}\"), key '{key}': {reason}")
        elif title:
            said = translate("ImportFile", 'incident {number} ("{title}"): {reason}')
        elif key:
            said = translate("ImportFile", "incident {number}, key '{key}': {reason}")
        else:
            said = translate("ImportFile", "incident {number}: {reason}")
        return said.format(number=index + 1, title=title[:60], key=key, reason=reason)
    key = ".".join(str(part) for part in location)
    return translate("ImportFile", "key '{key}': {reason}").format(key=key, reason=reason)


JOURNAL_HEADER = b"SQLite format 3\x00"  # how every journal file begins
NOT_AN_EXPORT = QT_TRANSLATE_NOOP(
    "ImportFile",
    'it is not a file Amends exported (one says "format": "amends"); Amends imports only those',
)


def parse(data: bytes | str) -> list[Incident]:
    """Incidents from an Amends JSON file, or InvalidInput saying exactly what is wrong."""
    if isinstance(data, bytes):
        if data.startswith(JOURNAL_HEADER):
            raise InvalidInput(
                translate(
                    "ImportFile",
                    "it is a journal, not a file exported from one: open it as a journal instead",
                )
            )
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark from some editors is fine
        except UnicodeDecodeError as error:
            said = translate(
                "ImportFile",
                "the file is not UTF-8 text (byte {position}); save it as UTF-8 and try again",
            )
            raise InvalidInput(said.format(position=error.start)) from error
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as error:
        if error.pos == len(data) - len(data.lstrip()):  # not JSON from its first letter
            raise InvalidInput(translate("ImportFile", NOT_AN_EXPORT)) from error
        said = translate("ImportFile", "line {line}, column {column}: {reason}")
        raise InvalidInput(
            said.format(line=error.lineno, column=error.colno, reason=error.msg)
        ) from error
    except RecursionError as error:
        raise InvalidInput(translate("ImportFile", NESTED_TOO_DEEPLY)) from error
    except ValueError as error:  # an integer of more digits than Python reads
        raise InvalidInput(
            translate(
                "ImportFile",
                "it holds a number of more than 4,300 digits, which no key of the Amends format "
                "takes",
            )
        ) from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise InvalidInput(translate("ImportFile", NOT_AN_EXPORT))
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        said = translate(
            "ImportFile",
            "this file uses version {version} of the Amends format; this Amends reads version "
            "{supported}. Update Amends to import it.",
        )
        raise InvalidInput(said.format(version=version, supported=FORMAT_VERSION))
    try:
        document = Document.model_validate_json(data, strict=True)
    except ValidationError as error:
        raise InvalidInput(_describe(error.errors()[0], raw)) from error
    return [incident_of(item) for item in document.incidents]


def incident_from_json(text: str) -> Incident:
    """One incident written by incident_dict(), as JSON text (the Trash keeps them so)."""
    return incident_of(IncidentIn.model_validate_json(text, strict=True))


def write(incidents: Iterable[Incident], out: IO[str]) -> int:
    """Write the document one incident at a time, formatted as json.dumps(indent=2) would."""
    out.write(f'{{\n  "format": "{FORMAT_NAME}",\n  "version": {FORMAT_VERSION},\n  "incidents": [')
    count = 0
    for incident in incidents:
        body = json.dumps(incident_dict(incident), ensure_ascii=False, indent=2, allow_nan=False)
        out.write(("," if count else "") + "\n    " + body.replace("\n", "\n    "))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count
