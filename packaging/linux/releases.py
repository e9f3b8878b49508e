"""The AppStream metainfo's <releases>, made from CHANGELOG.md's released versions.

    python packaging/linux/releases.py          # rewrite the metainfo's <releases>
    python packaging/linux/releases.py --check  # exit 1 if it is out of date

A released version is a heading `## 1.2.0 - 2027-01-31` (or `## [1.2.0] - 2027-01-31`, with
an en or em dash, or the date in brackets); `## Unreleased` is not a release yet. Each becomes
a <release> with its version, its date, its notes (the section's items) and where its
changes are read, newest first.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = Path(__file__).resolve().parent / "app.amends.Amends.metainfo.xml"
CHANGES_URL = "https://amends.app/changelog#{version}"
RELEASE_HEADING = re.compile(
    r"^## \[?v?(?P<version>\d+(?:\.\d+)*(?:[-.+][0-9A-Za-z.]+)?)\]?"
    r"\s*(?:[-–—]\s*|\(\s*)(?P<date>\d{4}-\d{2}-\d{2})\)?\s*$",
    re.MULTILINE,
)
RELEASES_BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)<releases>.*?</releases>\n", re.DOTALL | re.MULTILINE
)


def released(changelog: str) -> list[tuple[str, str]]:
    """(version, date) of each released version, in the changelog's order (newest first)."""
    return [(found["version"], found["date"]) for found in RELEASE_HEADING.finditer(changelog)]


def notes(changelog: str, version: str) -> list[str]:
    """The release's notes: each top-level item of its section, on one line, as plain text."""
    found = RELEASE_HEADING.finditer(changelog)
    heading = next(match for match in found if match["version"] == version)
    following = changelog.find("\n## ", heading.end())
    section = changelog[heading.end() : following if following >= 0 else len(changelog)]
    items: list[str] = []
    for line in section.splitlines():
        if line.startswith(("- ", "* ")):
            items.append(line[2:].strip())
        elif items and line.startswith("  ") and not line.lstrip().startswith(("- ", "* ")):
            items[-1] += " " + line.strip()  # an item's wrapped line, not one of its own items
    return [re.sub(r"\*\*|__|`", "", item) for item in items]


def releases_xml(changelog: str, indent: str = "  ") -> str:
    """The <releases> element for the changelog, at the metainfo's indentation."""
    lines = [f"{indent}<releases>"]
    for version, date in released(changelog):
        url = CHANGES_URL.format(version=version)
        lines += [
            f"{indent}  <release version={quoteattr(version)} date={quoteattr(date)}>",
            f"{indent}    <description>",
            f"{indent}      <ul>",
            *(f"{indent}        <li>{escape(item)}</li>" for item in notes(changelog, version)),
            f"{indent}      </ul>",
            f"{indent}    </description>",
            f'{indent}    <url type="details">{url}</url>',
            f"{indent}  </release>",
        ]
    lines.append(f"{indent}</releases>")
    return "\n".join(lines) + "\n"


def with_releases(metainfo: str, changelog: str) -> str:
    """The metainfo with its <releases> made from the changelog."""
    block = RELEASES_BLOCK.search(metainfo)
    if block is None:
        raise ValueError("the metainfo has no <releases> element to fill")
    made = releases_xml(changelog, block["indent"])
    return metainfo[: block.start()] + made + metainfo[block.end() :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    current = METAINFO.read_text(encoding="utf-8")
    made = with_releases(current, CHANGELOG.read_text(encoding="utf-8"))
    if args.check:
        if made != current:
            print(f"{METAINFO.name} is out of date: run python packaging/linux/releases.py")
            return 1
        return 0
    METAINFO.write_text(made, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
