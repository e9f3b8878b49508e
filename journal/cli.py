"""The `amends` command line: the same journal and service the window uses."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from journal import i18n
from journal.cli_arguments import build_parser, selection
from journal.cli_journal_file import journal_file_arguments
from journal.errors import InvalidInput, JournalError, reason
from journal.formats import number
from journal.i18n import Translatable, translate
from journal.terminal import Shown, say, terminal_columns

if TYPE_CHECKING:
    from journal.service import Journal


class CommandLineCounts(Translatable):
    """The command line's messages that count something, each with its plural forms."""

    def imported(self, count: int, path: Path, renumbered: bool) -> str:
        if renumbered:
            said = self.tr(
                "Imported %n incident(s) into {path} (with new numbers: the file's were taken).",
                "",
                count,
            )
        else:
            said = self.tr("Imported %n incident(s) into {path}.", "", count)
        return said.format(path=path)

    def backups(self, count: int, keep: int) -> str:
        return self.tr("%n backup(s); keeping the newest {keep}.", "", count).format(keep=keep)


COUNTS = CommandLineCounts()


def _check_output(journal: Journal, path: Path) -> None:
    from journal.transfer import check_output

    check_output(journal.backups, path)


def _write_output(path: Path | None, writer: Callable[[IO[str]], object]) -> None:
    """Write to stdout, or to `path` whole or not at all: a failed export leaves no half file."""
    if path is None:
        writer(Shown() if sys.stdout.isatty() else sys.stdout)  # type: ignore[arg-type]
        return
    from journal.files import write_atomically

    write_atomically(path, writer)


def _progress(done: int, total: int) -> None:
    said = translate("CommandLine", "Importing… {done} of {total} incidents")
    sys.stderr.write("\r\033[K" + said.format(done=number(done), total=number(total)))
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
            said = translate("CommandLine", "Cannot read {path}: {reason}.")
            raise JournalError(said.format(path=args.file, reason=reason(error))) from error
    if args.command == "restore":  # works on a journal too damaged to open
        previous = restore_journal(args.db, args.backup)
        say(translate("CommandLine", "Restored the journal from {path}.").format(path=args.backup))
        said = translate("CommandLine", "The journal as it was just before is kept in {path}.")
        say(said.format(path=previous))
        return 0
    new = args.db is not None and not args.db.exists()
    with Journal(args.db) as journal:
        if new and args.command != "import":
            # A path typed wrong makes a new, empty journal: said, or "no incidents" would
            # seem to say that the user's own journal is empty.
            said = translate(
                "CommandLine",
                "amends: there was no journal at {path}, so a new, empty one was started "
                "there; if you meant another, check the path.",
            )
            say(said.format(path=journal.path), stream=sys.stderr)
        if args.command == "import":
            show = _progress if sys.stderr.isatty() else None
            if show:
                said = translate("CommandLine", "Checking {name}…").format(name=args.file.name)
                say(said, stream=sys.stderr, end="")
                sys.stderr.flush()
            try:
                result = journal.transfer.import_json(data, progress=show)
            except InvalidInput as error:
                said = translate("CommandLine", "{path} was not imported: {reason}")
                raise InvalidInput(said.format(path=args.file, reason=error)) from error
            say(COUNTS.imported(result.count, journal.path, result.renumbered))
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
            language = journal.settings.language or translate("CommandLine", "auto (guessed)")
            said = translate("CommandLine", "The coach reads this journal as: {language}")
            say(said.format(language=language))
        elif args.command == "brief":
            _brief(journal, args)
        elif args.command == "backup":
            _backup(journal, args)
    return 0


def _show(journal: Journal, args: argparse.Namespace) -> None:
    """The commands that print incidents or figures (the others do without cli_output)."""
    from journal import cli_output, cli_table

    if args.command == "list":
        rows = journal.incidents.list_rows(selection(args), limit=args.limit)
        width = terminal_columns() if sys.stdout.isatty() else None
        say(cli_output.as_json(rows) if args.json else cli_table.table(rows, width))
    elif args.command == "show":
        incident = journal.incidents.get(args.id)
        shown = cli_output.incident_text(incident, journal.today())
        say(cli_output.as_json(incident) if args.json else shown, wrap=not args.json)
    elif args.command == "search":
        hits = journal.search.find(" ".join(args.query), selection(args), limit=args.limit)
        if args.json:
            say(cli_output.hits_json(hits))
        else:
            say(cli_output.hits_text(hits), marked=True, wrap=True)
    elif args.command == "patterns":
        found = journal.patterns.figures(limit=None if args.all else args.limit)
        say(
            cli_output.as_json(found) if args.json else cli_output.patterns_text(found),
            wrap=not args.json,
        )


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
        raise JournalError(translate("CommandLine", "Give either a text or --id, not both."))
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
        say(cli_output.findings_text(found, texts), marked=True, wrap=True)


def _standard_input() -> str:
    try:
        return sys.stdin.read()
    except UnicodeDecodeError as error:
        raise InvalidInput(
            translate(
                "CommandLine",
                "The text on standard input is not UTF-8: save it as UTF-8, or give it as an "
                "argument.",
            )
        ) from error


def _brief(journal: Journal, args: argparse.Namespace) -> None:
    from journal.briefing.render import paper_name

    output = args.output or Path(f"briefing-{args.id}.pdf")
    _check_output(journal, output)
    briefing = journal.briefings.write(args.id, output, args.paper)
    said = translate("CommandLine", "Wrote the briefing to {path} ({paper}, one page).")
    say(said.format(path=briefing.path, paper=paper_name(briefing.paper)))
    if briefing.cut:
        said = translate(
            "CommandLine", "To keep it to one page, these are left for your journal: {parts}"
        )
        say(said.format(parts=", ".join(briefing.cut)))
    elif briefing.shortened:
        say(
            translate(
                "CommandLine",
                "Some long text was shortened to keep it to one page; your journal has all of it.",
            )
        )
    if briefing.missing_characters:
        shown = " ".join(f"{char} (U+{ord(char):04X})" for char in briefing.missing_characters)
        said = translate(
            "CommandLine",
            "These characters are in no bundled font and show as {marker}: {characters}",
        )
        from journal.briefing.markup import MISSING_MARKER

        say(said.format(marker=MISSING_MARKER, characters=shown))


def _backup(journal: Journal, args: argparse.Namespace) -> None:
    if args.keep:
        journal.settings.set_backups_to_keep(args.keep)
    if args.list:
        found = journal.backups.list()
        for info in found:
            said = translate("CommandLine", "{path}  {size} KiB")
            say(said.format(path=info.path, size=number(round(info.size / 1024))))
        say(COUNTS.backups(len(found), journal.settings.backups_to_keep))
        return
    info = journal.backups.make()
    said = translate("CommandLine", "Backed up to {path} ({size} KiB).")
    say(said.format(path=info.path, size=number(round(info.size / 1024))))


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """`amends`, `amends --demo` and `amends --db PATH` as argparse reads them, without it:
    building the parser (its help texts are read from the language's catalogue) costs the
    window's start several milliseconds. Anything else is None, for argparse to read."""
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
    return (
        window_arguments(arguments)
        or journal_file_arguments(arguments)
        or build_parser().parse_args(arguments)
    )


def main(argv: Sequence[str] | None = None) -> int:
    i18n.use_translator(None)  # the command line speaks the system's language, from its .ts
    args = parse_arguments(argv)
    if args.command is None:  # no command: the window
        try:
            from ui.app import run_window
        except ImportError as error:  # Qt missing or unable to load
            said = translate(
                "CommandLine", "the window cannot start ({reason}); see `amends --help`."
            )
            say("amends: " + said.format(reason=error), stream=sys.stderr)
            return 1
        return run_window(args.db, demo=args.demo)
    try:
        return run(args)
    except JournalError as error:  # one line, as promised: a newline in it (a title) is a space
        say(f"amends: {error}".replace("\n", " "), stream=sys.stderr)
        return 1
    except KeyboardInterrupt:
        said = translate("CommandLine", "stopped; nothing was half-written.")
        say("amends: " + said, stream=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
