"""`amends JOURNAL`: a journal file given alone opens the window on it, as a file manager's
double click on a .amends file starts Amends (the desktop entry's `amends %f`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def journal_file_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """`amends --db PATH` for one argument naming an existing file; None for anything else,
    for argparse to read. A command's name is the command, even beside a file of that name."""
    if len(argv) != 1 or argv[0].startswith("-") or not Path(argv[0]).is_file():
        return None
    if argv[0] in _command_names():
        return None
    return argparse.Namespace(db=Path(argv[0]), demo=False, command=None)


def _command_names() -> set[str]:
    from journal.cli_arguments import build_parser

    commands = next(
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    return set(commands.choices)
