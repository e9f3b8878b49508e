"""How long one keystroke blocks the window in the worksheet's coached fields, against the
same keystroke in a bare QPlainTextEdit with the same text and font, in a 300-word draft:
written as one paragraph, and as paragraphs of about 60 words.

    python3 bench/keystrokes.py

Goal: no keystroke blocks the UI thread more than 16 ms (one frame), the coach included.
Qt lays out the whole paragraph being edited on every keystroke, so the bare editor's own
time grows with the paragraph, most of all in Thai (shaping and dictionary line breaks).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from bench.coach import WORDS, draft_of
from journal.service import Journal
from tests.conftest import full_incident
from tests.journal.coach.score import corpus
from ui.fonts import user_font
from ui.main_window import MainWindow


def realistic_draft(language: str, words: int = 300, paragraph: int = 0) -> str:
    """Mostly sound sentences with a few the coach flags, as a real draft would be; with
    `paragraph`, a new paragraph after about that many words."""
    entries = corpus(language)
    clean = [str(e["text"]) for e in entries if not e["kinds"]]
    flawed = [str(e["text"]) for e in entries if e["kinds"]][:3]
    text, index, since = " ".join(flawed) + " ", 0, 0
    while len(WORDS.findall(text)) < words:
        sentence = clean[index % len(clean)]
        since += len(WORDS.findall(sentence))
        if paragraph and since >= paragraph:
            text, since = text.rstrip() + "\n\n", 0
        text += sentence + " "
        index += 1
    return text


TYPED = {"en": "abcdefghij ", "th": "กขคงจฉชซฌญ ", "bn": "কখগঘঙচছজঝঞ "}


def keystroke_ms(
    app: QApplication, widget: QWidget, count: int = 200, language: str = "en"
) -> tuple[float, float]:
    timings = []
    for index in range(count):
        char = TYPED[language][index % 11]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), max(timings)


def main() -> None:
    app = QApplication([])
    journal = Journal(Path(tempfile.mkdtemp()) / "typing.amends")
    for number in range(200):
        journal.incidents.create(full_incident(title=f"Earlier {number}"))
    print(f"{'field (300-word draft)':30} {'median':>8} {'worst':>8}   goal: worst ≤ 16 ms")
    drafts = [(language, 0) for language in ("en", "th", "bn")] + [("th", 60), ("bn", 60)]
    for language, paragraph in drafts:
        bare = QPlainTextEdit()
        bare.setFont(user_font(11))
        bare.resize(640, 300)
        bare.setPlainText(realistic_draft(language, paragraph=paragraph))
        bare.show()
        bare.setFocus()
        median, worst = keystroke_ms(app, bare, language=language)
        label = f"bare QPlainTextEdit, {language}{', paragraphs' if paragraph else ''}"
        print(f"{label:30} {median:6.2f} ms {worst:6.2f} ms")
        bare.close()
    window = MainWindow(journal)
    window.show()
    while not window.browse.painted:  # what waits for the first paint is not a keystroke
        app.processEvents()
    window.open_incident(None)
    sheet = window.worksheet
    sheet.widgets["client"].setText("Åsa Lindqvist")
    sheet.move_step(4)
    editor = sheet.widgets["apology"]
    for language, paragraph in drafts:
        editor.setPlainText(realistic_draft(language, paragraph=paragraph))
        editor.setFocus()
        median, worst = keystroke_ms(app, editor, language=language)
        label = f"apology, {language}{', paragraphs' if paragraph else ''}"
        print(f"{label:30} {median:6.2f} ms {worst:6.2f} ms")
    for language in ("en", "th"):
        editor.setPlainText(draft_of(language))  # every sentence flagged: a stress test
        median, worst = keystroke_ms(app, editor, 40, language)
        label = f"apology, {language}, all flagged"
        print(f"{label:30} {median:6.2f} ms {worst:6.2f} ms")
    sheet.stop_saving()
    window.close()


if __name__ == "__main__":
    main()
