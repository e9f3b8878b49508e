"""The `amends` command line: the same journal and service the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from journal.cli_arguments import build_parser, selection
from journal.errors import InvalidInput, JournalError
from journal.terminal import Shown, say

if TYPE_CHECKING:
    from journal.service import Journal


def _check_output(journal: Journal, path: Path) -> None:
    if journal.backups.is_own_file(path):
        raise JournalError(f"{path} is the journal or one of its backups.")
    from journal.storage.connection import not_a_file

    kind = not_a_file(path)
    if kind:
        raise JournalError(f"{path} is {kind}: give the name of a file to write.")


def _write_output(path: Path | None, writer: Callable[[IO[str]], object]) -> None:
    """Write to stdout, or to `path` whole or not at all: a failed export leaves no half file."""
    if path is None:
        writer(Shown() if sys.stdout.isatty() else sys.stdout)  # type: ignore[arg-type]
        return
    from journal.files import write_atomically

    write_atomically(path, writer)


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
        say(f"Restored the journal from {args.backup}.")
        say(f"The journal as it was just before is kept in {previous}.")
        return 0
    with Journal(args.db) as journal:
        if args.command == "import":
            show = _progress if sys.stderr.isatty() else None
            if show:
                say(f"Checking {args.file.name}…", stream=sys.stderr, end="")
                sys.stderr.flush()
            try:
                result = journal.transfer.import_json(data, progress=show)
            except InvalidInput as error:
                raise InvalidInput(f"{args.file} was not imported: {error}") from error
            kept = " (with new numbers: the file's were taken)" if result.renumbered else ""
            say(f"Imported {result.count} incident(s) into {journal.path}{kept}.")
        elif args.command == "export":
            if args.output is not None:
                _check_output(journal, args.output)
            _write_output(args.output, lambda out: journal.transfer.export(out, args.format))
        elif args.command in ("list", "show", "search", "patterns"):
            _show(journal, args)
        elif args.command in ("done", "delivered"):
            _follow_through(journal, args)
        elif args.command == "check":
            _check(journal, args)
        elif args.command == "language":
            if args.code:
                journal.settings.set_language(None if args.code == "auto" else args.code)
            say(f"The coach reads this journal as: {journal.settings.language or 'auto (guessed)'}")
        elif args.command == "brief":
            _brief(journal, args)
        elif args.command == "backup":
            _backup(journal, args)
    return 0


def _show(journal: Journal, args: argparse.Namespace) -> None:
    """The commands that print incidents or figures (the others do without cli_output)."""
    from journal import cli_output

    if args.command == "list":
        rows = journal.incidents.list_rows(selection(args), limit=args.limit)
        say(cli_output.as_json(rows) if args.json else cli_output.table(rows))
    elif args.command == "show":
        incident = journal.incidents.get(args.id)
        shown = cli_output.incident_text(incident, journal.today())
        say(cli_output.as_json(incident) if args.json else shown)
    elif args.command == "search":
        hits = journal.search.find(" ".join(args.query), selection(args), limit=args.limit)
        if args.json:
            say(cli_output.hits_json(hits))
        else:
            say(cli_output.hits_text(hits), marked=True)
    elif args.command == "patterns":
        found = journal.patterns.figures(limit=None if args.all else args.limit)
        say(cli_output.as_json(found) if args.json else cli_output.patterns_text(found))


def _follow_through(journal: Journal, args: argparse.Namespace) -> None:
    """`done` and `delivered`: a promise kept, or not after all (--undo), said in one line."""
    from journal import cli_output

    incidents = journal.incidents
    if args.command == "done" and args.undo:
        saved = incidents.mark_step_not_done(args.id, args.step)
    elif args.command == "done":
        saved = incidents.mark_step_done(args.id, args.step, args.on)
    elif args.undo:
        saved = incidents.mark_not_delivered(args.id)
    else:
        saved = incidents.mark_delivered(args.id, args.on)
    step = args.step if args.command == "done" else None
    say(cli_output.follow_through_text(saved.incident, step))


def _check(journal: Journal, args: argparse.Namespace) -> None:
    from journal import cli_output
    from journal.reports import DraftField

    if args.id is not None and args.text is not None:
        raise JournalError("Give either a text or --id, not both.")
    if args.id is not None:
        incident = journal.incidents.get(args.id)
        found = journal.coach.check_call(incident, args.lang)
        texts = {field: getattr(incident, field.value) for field in found}
    else:
        text = args.text if args.text is not None else _standard_input()
        found = {DraftField.ANY: journal.coach.check(text, language=args.lang)}
        texts = {DraftField.ANY: text}
    if args.json:
        say(cli_output.findings_json(found, texts))
    else:
        say(cli_output.findings_text(found, texts), marked=True)


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
    briefing = journal.briefings.write(args.id, output, args.paper)
    say(f"Wrote the briefing to {briefing.path} ({briefing.paper}, one page).")
    if briefing.cut:
        say("To keep it to one page, these are left for your journal: " + ", ".join(briefing.cut))
    elif briefing.shortened:
        say("Some long text was shortened to keep it to one page; your journal has all of it.")
    if briefing.missing_characters:
        shown = " ".join(f"{char} (U+{ord(char):04X})" for char in briefing.missing_characters)
        say(f"These characters are in no bundled font and show as “?”: {shown}")


def _backup(journal: Journal, args: argparse.Namespace) -> None:
    if args.keep:
        journal.settings.set_backups_to_keep(args.keep)
    if args.list:
        found = journal.backups.list()
        for info in found:
            say(f"{info.path}  {info.size / 1024:,.0f} KiB")
        say(f"{len(found)} backup(s); keeping the newest {journal.settings.backups_to_keep}.")
        return
    info = journal.backups.make()
    say(f"Backed up to {info.path} ({info.size / 1024:,.0f} KiB).")


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
            say(
                f"amends: the window cannot start ({error}); see `amends --help`.",
                stream=sys.stderr,
            )
            return 1
        return run_window(args.db, demo=args.demo)
    try:
        return run(args)
    except JournalError as error:  # one line, as promised: a newline in it (a title) is a space
        say(f"amends: {error}".replace("\n", " "), stream=sys.stderr)
        return 1
    except KeyboardInterrupt:
        say("amends: stopped; nothing was half-written.", stream=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
