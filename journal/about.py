"""Which Amends this is: pyproject.toml's version, as the installed package's metadata has it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DISTRIBUTION = "amends"


def version() -> str:
    """The version installed (a wheel, an editable install, a bundle with its dist-info); in a
    checkout run without installing, its pyproject.toml's."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        import tomllib

        project = Path(__file__).resolve().parent.parent / "pyproject.toml"
        with project.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])


class ShowVersion(argparse.Action):
    """`--version`, as argparse's own prints it; the metadata is read only when asked for,
    since reading it costs every command about 30 ms."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"{parser.prog} {version()}\n")
        parser.exit()
