"""How fast the one-page briefing is made, against a bare ReportLab page of the same text.

    python3 bench/briefing.py

Goals: warm, in-process ≤ 30 ms (Latin) and ≤ 60 ms (shaped Bengali, segmented Thai);
`amends brief` as a whole process ≤ 1.3× a bare ReportLab script with the same fonts.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms, whole_process_ms
from journal.briefing.render import render
from journal.service import Journal
from tests.conftest import full_incident
from tests.journal.briefing.test_briefing import BENGALI_INCIDENT, THAI

BARE = """
import sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
fonts = sys.argv[2]
for name in ("NotoSans-Regular", "NotoSans-Bold"):
    pdfmetrics.registerFont(TTFont(name, f"{fonts}/{name}.ttf"))
canvas = Canvas(sys.argv[1])
y = 800
for text, size in TEXTS:
    paragraph = Paragraph(text, ParagraphStyle("p", fontName="NotoSans-Regular", fontSize=size))
    _, used = paragraph.wrap(520, 800)
    paragraph.drawOn(canvas, 36, y - used)
    y -= used + 3
canvas.save()
"""


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="amends-brief-"))
    print(f"{'warm, in-process':34} {'median':>9}   goal")
    for label, incident, goal in (
        ("English incident", full_incident(id=7), "≤ 30 ms"),
        ("Thai incident (segmented)", THAI, "≤ 60 ms"),
        ("Bengali incident (shaped)", BENGALI_INCIDENT, "≤ 60 ms"),
    ):
        render(incident, [], folder / "warm.pdf", "a4")  # fonts, dictionaries, caches
        ms = median_ms(lambda i=incident: render(i, [], folder / "warm.pdf", "a4"), 30)
        print(f"{label:34} {ms:6.1f} ms   {goal}")

    incident = full_incident()
    with Journal(folder / "journal.amends") as journal:
        incident_id = journal.incidents.create(incident).incident.id
    texts = [(getattr(incident, name), size) for name, size in (
        ("title", 16), ("summary", 16.5), ("apology", 12), ("empathy", 12),
        ("what_happened", 9.5), ("impact", 9.5), ("root_cause", 9.5), ("ownership", 9.5),
        ("fix", 9.5), ("prevention", 9.5), ("surprise", 9.5))]  # fmt: skip
    bare = folder / "bare.py"
    bare.write_text(f"TEXTS = {texts!r}\n" + BARE, encoding="utf-8")
    fonts = ROOT / "resources" / "fonts"
    amends = [sys.executable, "-m", "journal.cli", "--db", folder / "journal.amends", "brief"]
    base, ours = whole_process_ms(
        [
            [sys.executable, bare, folder / "bare.pdf", fonts],
            [*amends, str(incident_id), "-o", folder / "ours.pdf"],
        ],
        folder,
        cwd=ROOT,
    )
    print(f"\n{'whole process':34} {'median':>9}   baseline   ratio   goal")
    ratio = f"{ours / base:4.2f}×"
    print(f"{'amends brief (English)':34} {ours:6.0f} ms   {base:5.0f} ms   {ratio}   ≤ 1.3×")


if __name__ == "__main__":
    main()
