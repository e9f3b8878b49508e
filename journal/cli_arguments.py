"""The command line's arguments: the commands and their options (journal.cli_types reads them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

from journal import preferences
from journal.about import ShowVersion
from journal.argparse_words import speak_argparse
from journal.cli_types import count, day_from, day_to, exact_day, positive, words
from journal.coach.languages import LANGUAGES
from journal.domain import Severity
from journal.i18n import translate
from journal.listing import STAGES, IncidentFilter, SortKey, stage_filter
from journal.terminal import for_terminal
from journal.words import category_from_word

EXPORT_FORMATS = ("json", "csv", "md")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, its lines broken between words by the width a terminal shows them
    (Thai between its words, never between a letter and its marks)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        from journal.terminal_wrap import wrapped

        return wrapped(" ".join(text.split()), width).split("\n")

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = self._split_lines(text, width - len(indent))
        return "\n".join(indent + line for line in lines)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **options: Any) -> None:
        options.setdefault("formatter_class", _HelpFormatter)  # the subcommands' parsers too
        super().__init__(*args, **options)

    def error(self, message: str) -> NoReturn:
        """argparse's message quotes what was typed ("unrecognized arguments: …"): shown as
        every other line is."""
        super().error(for_terminal(message))


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its help and argparse's own words in the user's language
    (command names, options and choices stay as typed)."""
    speak_argparse()
    parser = _Parser(
        prog="amends",
        description=translate(
            "CommandLineHelp",
            "Amends: own up to a mistake with a client. Keeps a private journal of incidents: "
            "what went wrong, why, what will prevent it, and what to say on the call. Without a "
            "command, opens the window.",
        ),
        epilog=translate(
            "CommandLineHelp",
            "The journal is a SQLite file in your user data folder; --db or the AMENDS_DB "
            "variable choose another.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar=translate("CommandLineHelp", "PATH", "metavar: one word, no spaces"),
        type=Path,
        help=translate("CommandLineHelp", "the journal file to use"),
    )
    parser.add_argument(
        "--version",
        action=ShowVersion,
        help=translate("argparse", "show program's version number and exit"),  # 3.13 does too
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLineHelp", "open the window on a throwaway sample journal"),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar=translate("CommandLineHelp", "COMMAND", "metavar: one word, no spaces"),
    )

    sub = commands.add_parser(
        "import", help=translate("CommandLineHelp", "add the incidents of an Amends JSON file")
    )
    sub.add_argument(
        "file",
        metavar=translate("CommandLineHelp", "file", "metavar: one word, no spaces"),
        type=Path,
        help=translate("CommandLineHelp", "a JSON file in the Amends format (docs/format.md)"),
    )

    sub = commands.add_parser(
        "export",
        help=translate("CommandLineHelp", "write the whole journal as JSON, CSV or Markdown"),
    )
    sub.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        help=translate("CommandLineHelp", "default: json"),
    )
    sub.add_argument(
        "-o",
        "--output",
        metavar=translate("CommandLineHelp", "OUTPUT", "metavar: one word, no spaces"),
        type=Path,
        help=translate("CommandLineHelp", "the file to write (default: stdout)"),
    )

    sub = commands.add_parser(
        "list", help=translate("CommandLineHelp", "list incidents, newest first, with filters")
    )
    _add_filters(sub)
    _add_limit(sub)
    _add_json(sub, translate("CommandLineHelp", "print JSON instead of a table"))

    sub = commands.add_parser(
        "show", help=translate("CommandLineHelp", "show one incident in full")
    )
    _add_incident(sub, translate("CommandLineHelp", "id", "metavar: one word, no spaces"))
    _add_json(sub, translate("CommandLineHelp", "print it in the interchange format"))

    sub = commands.add_parser(
        "search", help=translate("CommandLineHelp", "find incidents containing all the words")
    )
    sub.add_argument(
        "query",
        metavar=translate("CommandLineHelp", "query", "metavar: one word, no spaces"),
        nargs="+",
        type=words,
        help=translate("CommandLineHelp", 'words to find; "quote words" to find a phrase'),
    )
    _add_filters(sub, sorting=False)
    _add_limit(sub, default=50)
    _add_json(sub, translate("CommandLineHelp", "print JSON"))

    sub = commands.add_parser(
        "patterns", help=translate("CommandLineHelp", "show repeats, overdue steps and counts")
    )
    sub.add_argument(
        "--limit",
        metavar=translate("CommandLineHelp", "LIMIT", "metavar: one word, no spaces"),
        type=count,
        default=20,
        help=translate("CommandLineHelp", "longest lists (default 20)"),
    )
    sub.add_argument(
        "--all",
        action="store_true",
        help=translate("CommandLineHelp", "show every entry of every list"),
    )
    _add_json(sub, translate("CommandLineHelp", "print JSON"))

    sub = commands.add_parser(
        "done",
        help=translate("CommandLineHelp", "mark a prevention step done (or not done, --undo)"),
        description=translate(
            "CommandLineHelp",
            "Mark prevention step STEP of incident ID done: today, or on the day --on gives; "
            "marking a done step again changes its date.",
        ),
    )
    _add_incident(sub, translate("CommandLineHelp", "ID", "metavar: one word, no spaces"))
    sub.add_argument(
        "step",
        metavar=translate("CommandLineHelp", "STEP", "metavar: one word, no spaces"),
        type=positive,
        help=translate("CommandLineHelp", "the step's number, as `show ID` lists it"),
    )
    _add_when(
        sub,
        translate("CommandLineHelp", "the day it was done (default: today)"),
        translate("CommandLineHelp", "mark it not done after all"),
    )

    sub = commands.add_parser(
        "delivered",
        help=translate(
            "CommandLineHelp", "mark an incident's compensation delivered (or not, --undo)"
        ),
        description=translate(
            "CommandLineHelp",
            "Mark the compensation offered in incident ID delivered: today, or on the day --on "
            "gives.",
        ),
    )
    _add_incident(sub, translate("CommandLineHelp", "ID", "metavar: one word, no spaces"))
    _add_when(
        sub,
        translate("CommandLineHelp", "the day it was delivered (default: today)"),
        translate("CommandLineHelp", "mark it not delivered after all"),
    )

    sub = commands.add_parser(
        "check",
        help=translate("CommandLineHelp", "ask the apology coach about a text or an incident"),
    )
    sub.add_argument(
        "text",
        metavar=translate("CommandLineHelp", "text", "metavar: one word, no spaces"),
        nargs="?",
        help=translate("CommandLineHelp", "the words to check (default: read standard input)"),
    )
    sub.add_argument(
        "--id",
        metavar=translate("CommandLineHelp", "ID", "metavar: one word, no spaces"),
        type=positive,
        help=translate("CommandLineHelp", "check an incident's summary, apology, empathy"),
    )
    sub.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CommandLineHelp", "the text's language (default: guess)"),
    )
    _add_json(sub, translate("CommandLineHelp", "print JSON"))

    sub = commands.add_parser(
        "language", help=translate("CommandLineHelp", "show or set the language the coach reads")
    )
    sub.add_argument(
        "code",
        nargs="?",
        choices=[*LANGUAGES, "auto"],
        help=translate("CommandLineHelp", "auto: guess"),
    )

    sub = commands.add_parser(
        "brief", help=translate("CommandLineHelp", "write the one-page PDF briefing for the call")
    )
    _add_incident(sub, translate("CommandLineHelp", "id", "metavar: one word, no spaces"))
    sub.add_argument(
        "-o",
        "--output",
        metavar=translate("CommandLineHelp", "OUTPUT", "metavar: one word, no spaces"),
        type=Path,
        help=translate("CommandLineHelp", "the PDF to write (default: ./briefing-ID.pdf)"),
    )
    sub.add_argument(
        "--paper",
        choices=preferences.PAPERS,
        help=translate("CommandLineHelp", "default: from your locale"),
    )

    sub = commands.add_parser(
        "backup", help=translate("CommandLineHelp", "write a checked backup of the journal")
    )
    sub.add_argument(
        "--keep",
        metavar=translate("CommandLineHelp", "KEEP", "metavar: one word, no spaces"),
        type=count,
        help=translate("CommandLineHelp", "keep this many backups from now on"),
    )
    sub.add_argument(
        "--list", action="store_true", help=translate("CommandLineHelp", "list the backups instead")
    )

    sub = commands.add_parser(
        "restore", help=translate("CommandLineHelp", "replace the journal with a backup")
    )
    sub.add_argument(
        "backup",
        metavar=translate("CommandLineHelp", "backup", "metavar: one word, no spaces"),
        type=Path,
        help=translate("CommandLineHelp", "a backup file, as `backup --list` shows"),
    )
    return parser


def _add_incident(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument(
        "id",
        metavar=metavar,
        type=positive,
        help=translate("CommandLineHelp", "the incident's number, as `list` shows it"),
    )


def _add_limit(parser: argparse.ArgumentParser, default: int | None = None) -> None:
    parser.add_argument(
        "--limit",
        metavar=translate("CommandLineHelp", "LIMIT", "metavar: one word, no spaces"),
        type=count,
        default=default,
        help=translate("CommandLineHelp", "show at most this many"),
    )


def _add_json(parser: argparse.ArgumentParser, json_help: str) -> None:
    parser.add_argument("--json", action="store_true", help=json_help)


def _add_when(parser: argparse.ArgumentParser, on_help: str, undo_help: str) -> None:
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--on",
        metavar=translate("CommandLineHelp", "YYYY-MM-DD", "metavar: one word, no spaces"),
        type=exact_day,
        help=on_help,
    )
    when.add_argument("--undo", action="store_true", help=undo_help)


def _add_filters(parser: argparse.ArgumentParser, sorting: bool = True) -> None:
    group = parser.add_argument_group(translate("CommandLineHelp", "filters"))
    group.add_argument(
        "--client",
        metavar=translate("CommandLineHelp", "CLIENT", "metavar: one word, no spaces"),
        type=words,
        help=translate("CommandLineHelp", "only this client (name, any case)"),
    )
    group.add_argument(
        "--category",
        metavar=translate("CommandLineHelp", "CATEGORY", "metavar: one word, no spaces"),
        type=words,
        help=translate("CommandLineHelp", "only this category, e.g. 'missed deadline'"),
    )
    group.add_argument(
        "--severity",
        choices=[s.value for s in Severity],
        help=translate("CommandLineHelp", "only this"),
    )
    group.add_argument(
        "--status",
        choices=STAGES,
        help=translate("CommandLineHelp", "only this status"),
    )
    group.add_argument(
        "--tag",
        metavar=translate("CommandLineHelp", "TAG", "metavar: one word, no spaces"),
        type=words,
        help=translate("CommandLineHelp", "only incidents with this tag"),
    )
    group.add_argument(
        "--from",
        dest="occurred_from",
        metavar=translate("CommandLineHelp", "OCCURRED_FROM", "metavar: one word, no spaces"),
        type=day_from,
        help=translate("CommandLineHelp", "on or after YYYY-MM-DD, YYYY-MM or YYYY"),
    )
    group.add_argument(
        "--to",
        dest="occurred_to",
        metavar=translate("CommandLineHelp", "OCCURRED_TO", "metavar: one word, no spaces"),
        type=day_to,
        help=translate("CommandLineHelp", "on or before YYYY-MM-DD, YYYY-MM (its end) or YYYY"),
    )
    group.add_argument(
        "--overdue",
        action="store_true",
        help=translate("CommandLineHelp", "only incidents with a prevention step overdue"),
    )
    if sorting:
        group.add_argument(
            "--sort",
            choices=[k.value for k in SortKey],
            default="occurred",
            help=translate("CommandLineHelp", "sort by"),
        )
        group.add_argument(
            "--asc",
            action="store_true",
            help=translate("CommandLineHelp", "oldest / smallest first"),
        )


def selection(args: argparse.Namespace) -> IncidentFilter:
    stage = stage_filter(args.status)
    return IncidentFilter(
        client=args.client,
        category=category_from_word(args.category) if args.category else None,
        severity=Severity(args.severity) if args.severity else None,
        status=stage[0],
        unfinished=stage[1],
        tag=args.tag,
        occurred_from=args.occurred_from,
        occurred_to=args.occurred_to,
        overdue=args.overdue,
        sort=SortKey(getattr(args, "sort", "occurred")),
        descending=not getattr(args, "asc", False),
    )
