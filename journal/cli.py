"""The `amends` command line: the same journal and service the window uses."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn, TextIO

from journal import __version__
from journal.domain import IncidentFilter, Severity, SortKey, Status
from journal.errors import InvalidInput, JournalError

if TYPE_CHECKING:
    from journal.service import Journal

EXPORT_FORMATS = ("json", "csv", "md")
LANGUAGE_CODES = ("en", "sv", "hr", "th", "bn")
BOLD, PLAIN = "\033[1m", "\033[0m"
SQLITE_LARGEST = 2**63 - 1  # no list is longer
# What must not reach a terminal as itself: C0 controls but tab, newline and a carriage return
# before one (ESC starts the sequences that recolour, retitle or rewrite a terminal; a lone
# carriage return overwrites the line), DEL, C1 controls (U+009B is "ESC [" to some terminals)
# and lone surrogates (what Python makes of bytes that are not UTF-8 in an argument or a file
# name). Each is shown as its \uXXXX escape, which in JSON output stands for the same
# character. Patterns are compiled on first use: the window starts without them.
UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]|\r(?!\n)"
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

    sub = commands.add_parser("check", help="ask the apology coach about a text or an incident")
    sub.add_argument("text", nargs="?", help="the words to check (default: read standard input)")
    sub.add_argument("--id", type=_positive, help="check an incident's summary, apology, empathy")
    sub.add_argument("--lang", choices=LANGUAGE_CODES, help="the text's language (default: guess)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = commands.add_parser("language", help="show or set the language the coach reads")
    sub.add_argument("code", nargs="?", choices=[*LANGUAGE_CODES, "auto"], help="auto: guess")

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


def _selection(args: argparse.Namespace) -> IncidentFilter:
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


def for_terminal(text: str, marked: bool = False, bold: bool = False) -> str:
    """`text` as the command line prints it: every UNSAFE character escaped and, if `marked`,
    the text cli_output marked (as search marks its snippets) in bold, or in [brackets]."""
    text = re.sub(UNSAFE, lambda found: f"\\u{ord(found.group()):04x}", text)
    if not marked:
        return text
    from journal.storage.search import MATCH_END, MATCH_START

    return re.sub(
        f"{MATCH_START}([^{MATCH_START}{MATCH_END}]*){MATCH_END}",
        lambda found: f"{BOLD}{found.group(1)}{PLAIN}" if bold else f"[{found.group(1)}]",
        text,
    )


def _say(text: str, *, stream: TextIO | None = None, marked: bool = False, end: str = "\n") -> None:
    """Print `text` for a person. Every line the command line prints goes through here, so
    that no text of the user's can work the terminal (for_terminal); `marked` text is shown
    in bold on a terminal that takes colour, else in [brackets]."""
    stream = stream or sys.stdout
    bold = marked and stream.isatty() and "NO_COLOR" not in os.environ
    shown = for_terminal(text, marked, bold) + end
    try:
        stream.write(shown)
    except UnicodeEncodeError:  # a terminal whose encoding lacks some character
        encoding = stream.encoding or "ascii"
        stream.write(shown.encode(encoding, "backslashreplace").decode(encoding))


class _Shown:
    """Standard output for an export that goes to a terminal: text as _say shows it."""

    def write(self, text: str) -> int:
        _say(text, end="")
        return len(text)


def _check_output(journal: Journal, path: Path) -> None:
    if journal.is_own_file(path):
        raise JournalError(f"{path} is the journal or one of its backups.")
    from journal.storage.connection import not_a_file

    kind = not_a_file(path)
    if kind:
        raise JournalError(f"{path} is {kind}: give the name of a file to write.")


def _write_output(path: Path | None, writer: Callable[[IO[str]], object]) -> None:
    """Write to stdout, or to `path` through a temp file so a failed export leaves no half file."""
    if path is None:
        writer(_Shown() if sys.stdout.isatty() else sys.stdout)  # type: ignore[arg-type]
        return
    import tempfile

    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="", dir=path.resolve().parent,
            prefix=f".{path.name}.", delete=False,
        ) as handle:  # fmt: skip
            temporary = Path(handle.name)
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise JournalError(f"Cannot write {path}: {error.strerror or error}.") from error
        raise


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\r\033[KImporting… {done:,} of {total:,} incidents")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from journal.restoring import restore_journal
    from journal.service import Journal

    if args.command == "import":
        try:
            data = args.file.read_bytes()
        except OSError as error:
            raise JournalError(f"Cannot read {args.file}: {error.strerror or error}.") from error
    if args.command == "restore":  # works on a journal too damaged to open
        previous = restore_journal(args.db, args.backup)
        _say(f"Restored the journal from {args.backup}.")
        _say(f"The journal as it was just before is kept in {previous}.")
        return 0
    with Journal(args.db) as journal:
        if args.command == "import":
            show = _progress if sys.stderr.isatty() else None
            if show:
                _say(f"Checking {args.file.name}…", stream=sys.stderr, end="")
                sys.stderr.flush()
            try:
                result = journal.import_json(data, progress=show)
            except InvalidInput as error:
                raise InvalidInput(f"{args.file} was not imported: {error}") from error
            kept = " (with new numbers: the file's were taken)" if result.renumbered else ""
            _say(f"Imported {result.count} incident(s) into {journal.path}{kept}.")
        elif args.command == "export":
            if args.output is not None:
                _check_output(journal, args.output)
            _write_output(args.output, lambda out: journal.export(out, args.format))
        elif args.command in ("list", "show", "search", "patterns"):
            _show(journal, args)
        elif args.command == "check":
            _check(journal, args)
        elif args.command == "language":
            if args.code:
                journal.set_language(None if args.code == "auto" else args.code)
            _say(f"The coach reads this journal as: {journal.language or 'auto (guessed)'}")
        elif args.command == "brief":
            _brief(journal, args)
        elif args.command == "backup":
            _backup(journal, args)
    return 0


def _show(journal: Journal, args: argparse.Namespace) -> None:
    """The commands that print incidents or figures (the others do without cli_output)."""
    from journal import cli_output

    if args.command == "list":
        rows = journal.list_rows(_selection(args), limit=args.limit)
        _say(cli_output.as_json(rows) if args.json else cli_output.table(rows))
    elif args.command == "show":
        incident = journal.get(args.id)
        _say(cli_output.as_json(incident) if args.json else cli_output.incident_text(incident))
    elif args.command == "search":
        hits = journal.search(" ".join(args.query), _selection(args), limit=args.limit)
        if args.json:
            _say(cli_output.hits_json(hits))
        else:
            _say(cli_output.hits_text(hits), marked=True)
    elif args.command == "patterns":
        found = journal.patterns(limit=None if args.all else args.limit)
        _say(cli_output.as_json(found) if args.json else cli_output.patterns_text(found))


def _check(journal: Journal, args: argparse.Namespace) -> None:
    from journal import cli_output
    from journal.reports import DraftField

    if args.id is not None and args.text is not None:
        raise JournalError("Give either a text or --id, not both.")
    if args.id is not None:
        incident = journal.get(args.id)
        found = journal.check_call(incident, args.lang)
        texts = {field: getattr(incident, field.value) for field in found}
    else:
        text = args.text if args.text is not None else _standard_input()
        found = {DraftField.ANY: journal.check(text, language=args.lang)}
        texts = {DraftField.ANY: text}
    if args.json:
        _say(cli_output.findings_json(found, texts))
    else:
        _say(cli_output.findings_text(found, texts), marked=True)


def _standard_input() -> str:
    try:
        return sys.stdin.read()
    except UnicodeDecodeError as error:
        raise InvalidInput(
            "The text on standard input is not UTF-8: save it as UTF-8, or give it as an argument."
        ) from error


def _brief(journal: Journal, args: argparse.Namespace) -> None:
    output = args.output or Path(f"briefing-{args.id}.pdf")
    _check_output(journal, output)
    briefing = journal.brief(args.id, output, args.paper)
    _say(f"Wrote the briefing to {briefing.path} ({briefing.paper}, one page).")
    if briefing.cut:
        _say("To keep it to one page, these are left for your journal: " + ", ".join(briefing.cut))
    elif briefing.shortened:
        _say("Some long text was shortened to keep it to one page; your journal has all of it.")
    if briefing.missing_characters:
        shown = " ".join(f"{char} (U+{ord(char):04X})" for char in briefing.missing_characters)
        _say(f"These characters are in no bundled font and show as “?”: {shown}")


def _backup(journal: Journal, args: argparse.Namespace) -> None:
    if args.keep:
        journal.set_backups_to_keep(args.keep)
    if args.list:
        found = journal.backups()
        for info in found:
            _say(f"{info.path}  {info.size / 1024:,.0f} KiB")
        _say(f"{len(found)} backup(s); keeping the newest {journal.backups_to_keep}.")
        return
    info = journal.backup()
    _say(f"Backed up to {info.path} ({info.size / 1024:,.0f} KiB).")


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """`amends`, `amends --demo` and `amends --db PATH` as argparse reads them, without it:
    building the parser (its help texts go through gettext) costs the window's start 3 ms.
    Anything else is None, for argparse to read."""
    db: Path | None = None
    demo = False
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option == "--demo" and not demo:
            demo = True
        elif option == "--db" and db is None and rest and not rest[0].startswith("-"):
            db = Path(rest.pop(0))
        elif option.startswith("--db=") and db is None and option != "--db=":
            db = Path(option.removeprefix("--db="))
        else:
            return None
    return argparse.Namespace(db=db, demo=demo, command=None)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = sys.argv[1:] if argv is None else list(argv)
    return window_arguments(arguments) or build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.command is None:  # no command: the window
        try:
            from ui.app import run_window
        except ImportError as error:  # Qt missing or unable to load
            _say(
                f"amends: the window cannot start ({error}); see `amends --help`.",
                stream=sys.stderr,
            )
            return 1
        return run_window(args.db, demo=args.demo)
    try:
        return run(args)
    except JournalError as error:  # one line, as promised: a newline in it (a title) is a space
        _say(f"amends: {error}".replace("\n", " "), stream=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _say("amends: stopped; nothing was half-written.", stream=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
