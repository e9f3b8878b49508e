"""`amends brief` starts quickly: each font read once, nothing loaded that it does not use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from journal.briefing.fonts import SHAPED, is_shaped, script_of
from journal.briefing.markup import _clean, _runs, to_markup
from journal.service import Journal
from tests.conftest import full_incident

PROBE = """
import json, sys
from reportlab.pdfbase import ttfonts
read = []
original = ttfonts.TTFont.__init__
def counted(self, name, *args, **kwargs):
    read.append(name)
    original(self, name, *args, **kwargs)
ttfonts.TTFont.__init__ = counted
from journal.cli import main
main(sys.argv[1:])
print(json.dumps({"fonts": read, "modules": sorted(sys.modules)}))
"""


def test_the_brief_command_reads_each_font_once_and_loads_only_what_it_uses(
    journal: Journal, tmp_path: Path
) -> None:
    incident = journal.incidents.create(full_incident()).incident
    command = ["--db", str(journal.path), "brief", str(incident.id), "-o", str(tmp_path / "b.pdf")]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *command], check=True, capture_output=True, text=True
    )
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["fonts"] == ["NotoSans-Regular", "NotoSans-Bold"]
    assert not {"journal.cli_output", "importlib.resources"} & set(found["modules"])


def test_the_shaped_scripts_are_the_characters_script_of_gives_thai_or_bengali() -> None:
    assert {chr(code) for code in range(0x3000) if script_of(chr(code)) != "latin"} == SHAPED


@given(st.text(), st.booleans())
def test_text_without_thai_or_bengali_is_marked_up_as_the_run_by_run_walk_would(
    text: str, bold: bool
) -> None:
    cleaned = _clean(text, set())
    if cleaned and not is_shaped(cleaned):
        assert to_markup(text, set(), bold) == _runs(cleaned, bold)
