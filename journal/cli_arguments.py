"""The command line's arguments: the commands, their options and how each value is read."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import NoReturn

from journal import __version__
from journal.coach.languages import LANGUAGES
from journal.domain import IncidentFilter, Severity, SortKey, Status
from journal.terminal import for_terminal

EXPORT_FORMATS = ("json", "csv", "md")
SQLITE_LARGEST = 2**63 - 1  # no list is longer
NOT_UTF8 = "[\ud800-\udfff]"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _positive(text: str) -> int:
    """A whole number of at least 1, in the digits of any script ("١٢" is 12)."""
    try:
        number = int(text) if text.isdecimal() else 0
    except ValueError:  # more digits than Python reads (4,300)
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least 1, got one of {len(text):,} digits"
        ) from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def _text(text: str) -> str:
    """Words to look for in the journal. Bytes the terminal sent that are not UTF-8 reach
    Python as lone surrogates, which SQLite refuses: each becomes U+FFFD, as when stored."""
    return re.sub(NOT_UTF8, "\ufffd", text)


def _count(text: str) -> int:
    """How many at most: any number beyond SQLite's is as good as no limit."""
    return min(_positive(text), SQLITE_LARGEST)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """argparse's message quotes what was typed ("unrecognized arguments: …"): shown as
        every other line is."""
        super().error(for_terminal(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="amends",
        description="Amends: own up to a mistake with a client. Keeps a private journal of "
        "incidents: what went wrong, why, what will prevent it, and what to say on the call. "
        "Without a command, opens the window.",
        epilog="The journal is a SQLite file in your user data folder; --db or the AMENDS_DB "
        "variable choose another.",
    )
    parser.add_argument("--db", metavar="PATH", type=Path, help="the journal file to use")
    parser.add_argument("--version", action="version", version=f"amends {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a throwaway sample journal"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub = commands.add_parser("import", help="add the incidents of an Amends JSON file")
    sub.add_argument("file", type=Path, help="a JSON file in the Amends format (docs/format.md)")

    sub = commands.add_parser("export", help="write the whole journal as JSON, CSV or Markdown")
    sub.add_argument("--format", choices=EXPORT_FORMATS, default="json", help="default: json")
    sub.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")

    sub = commands.add_parser("list", help="list incidents, newest first, with filters")
    _add_filters(sub)
    sub.add_argument("--limit", type=_count, help="show at most this many")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")

    sub = commands.add_parser("show", help="show one incident in full")
    sub.add_argument("id", type=_positive, help="the incident's number, as `list` shows it")
    sub.add_argument("--json", action="store_true", help="print it in the interchange format")

    sub = commands.add_parser("search", help="find incidents containing all the words")
    sub.add_argument(
        "query", nargs="+", type=_text, help='words to find; "quote words" to find a phrase'
    )
    _add_filters(sub, sorting=False)
    sub.add_argument("--limit", type=_count, default=50, help="show at most this many")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = commands.add_parser("patterns", help="show repeats, overdue steps and counts")
    sub.add_argument("--limit", type=_count, default=20, help="longest lists (default 20)")
    sub.add_argument("--all", action="store_true", help="show every entry of every list")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = commands.add_parser(
        "done",
        help="mark a prevention step done (or not done, --undo)",
        description="Mark prevention step STEP of incident ID done: today, or on the day "
        "--on gives; marking a done step again changes its date.",
    )
    _add_incident(sub)
    sub.add_argument(
        "step", metavar="STEP", type=_positive, help="the step's number, as `show ID` lists it"
    )
    _add_when(sub, "the day it was done (default: today)", "mark it not done after all")

    sub = commands.add_parser(
        "delivered",
        help="mark an incident's compensation delivered (or not, --undo)",
        description="Mark the compensation offered in incident ID delivered: today, or on "
        "the day --on gives.",
    )
    _add_incident(sub)
    _add_when(sub, "the day it was delivered (default: today)", "mark it not delivered after all")

    sub = commands.add_parser("check", help="ask the apology coach about a text or an incident")
    sub.add_argument("text", nargs="?", help="the words to check (default: read standard input)")
    sub.add_argument("--id", type=_positive, help="check an incident's summary, apology, empathy")
    sub.add_argument("--lang", choices=LANGUAGES, help="the text's language (default: guess)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = commands.add_parser("language", help="show or set the language the coach reads")
    sub.add_argument("code", nargs="?", choices=[*LANGUAGES, "auto"], help="auto: guess")

    sub = commands.add_parser("brief", help="write the one-page PDF briefing for the call")
    sub.add_argument("id", type=_positive, help="the incident's number, as `list` shows it")
    sub.add_argument(
        "-o", "--output", type=Path, help="the PDF to write (default: ./briefing-ID.pdf)"
    )
    sub.add_argument("--paper", choices=("a4", "letter"), help="default: from your locale")

    sub = commands.add_parser("backup", help="write a checked backup of the journal")
    sub.add_argument("--keep", type=_count, help="keep this many backups from now on")
    sub.add_argument("--list", action="store_true", help="list the backups instead")

    sub = commands.add_parser("restore", help="replace the journal with a backup")
    sub.add_argument("backup", type=Path, help="a backup file, as `backup --list` shows")
    return parser


def _add_incident(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", metavar="ID", type=_positive, help="the incident's number, as `list` shows it"
    )


def _add_when(parser: argparse.ArgumentParser, on_help: str, undo_help: str) -> None:
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--on", metavar="YYYY-MM-DD", type=_date, help=on_help)
    when.add_argument("--undo", action="store_true", help=undo_help)


def _add_filters(parser: argparse.ArgumentParser, sorting: bool = True) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--client", type=_text, help="only this client (name, any case)")
    group.add_argument("--category", type=_text, help="only this category, e.g. 'missed deadline'")
    group.add_argument("--severity", choices=[s.value for s in Severity], help="only this")
    group.add_argument("--status", choices=[s.value for s in Status], help="only this status")
    group.add_argument("--tag", type=_text, help="only incidents with this tag")
    group.add_argument("--from", dest="occurred_from", type=_date, help="on or after YYYY-MM-DD")
    group.add_argument("--to", dest="occurred_to", type=_date, help="on or before YYYY-MM-DD")
    group.add_argument(
        "--overdue", action="store_true", help="only incidents with a prevention step overdue"
    )
    if sorting:
        group.add_argument(
            "--sort", choices=[k.value for k in SortKey], default="occurred", help="sort by"
        )
        group.add_argument("--asc", action="store_true", help="oldest / smallest first")


def selection(args: argparse.Namespace) -> IncidentFilter:
    return IncidentFilter(
        client=args.client,
        category=args.category,
        severity=Severity(args.severity) if args.severity else None,
        status=Status(args.status) if args.status else None,
        tag=args.tag,
        occurred_from=args.occurred_from,
        occurred_to=args.occurred_to,
        overdue=args.overdue,
        sort=SortKey(getattr(args, "sort", "occurred")),
        descending=not getattr(args, "asc", False),
    )
