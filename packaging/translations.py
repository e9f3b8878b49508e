"""Keeps the catalogues: `update` reads the code's messages into each .ts, `build` makes the
.qm files the window loads (run at install by setup.py, and when packaging)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("en", "sv", "hr", "th", "bn")  # as journal.coach.languages, without importing it
SKIPPED = ("migrations",)  # schema history: no words for the user


def tool(name: str) -> str:
    """Qt's own lupdate or lrelease, as the PySide6 wheel ships them."""
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def sources(root: Path = ROOT) -> list[str]:
    """The code whose messages the catalogues hold, as paths relative to `root`."""
    found = [*(root / "journal").rglob("*.py"), *(root / "ui").rglob("*.py")]
    return sorted(
        str(path.relative_to(root)) for path in found if not set(path.parts) & set(SKIPPED)
    )


def update(root: Path = ROOT, into: Path = CATALOGUES) -> None:
    """Every catalogue in `into` brought up to date with the code under `root`; English keeps
    only the plural forms, its singular texts being the source itself."""
    into.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = into / f"amends_{language}.ts"
        command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
        command += ["-source-language", "en", "-target-language", language]
        if language == "en":
            command.append("-pluralonly")
        subprocess.run([*command, *sources(root), "-ts", str(target)], cwd=root, check=True)


def build(into: Path, catalogues: Path = CATALOGUES) -> list[Path]:
    """The .qm file of every catalogue, written into `into`."""
    into.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(catalogues.glob("amends_*.ts")):
        target = into / source.with_suffix(".qm").name
        # Unfinished drafts are left out, as journal.i18n leaves them out: English until settled.
        command = [tool("lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)]
        subprocess.run(command, check=True)
        built.append(target)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=("update", "build"))
    parser.add_argument("--into", type=Path, default=CATALOGUES, help="another folder")
    chosen = parser.parse_args()
    if chosen.what == "update":
        if chosen.into != CATALOGUES:  # a copy, to see what the code holds now
            chosen.into.mkdir(parents=True, exist_ok=True)
            for catalogue in CATALOGUES.glob("amends_*.ts"):
                (chosen.into / catalogue.name).write_bytes(catalogue.read_bytes())
        update(into=chosen.into)
    else:
        print(*build(chosen.into), sep="\n")


if __name__ == "__main__":
    sys.exit(main())
