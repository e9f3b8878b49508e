"""How long one keystroke blocks the window in the worksheet's coached fields, against the
same keystroke in a bare QPlainTextEdit, in a 300-word draft.

    python3 bench/keystrokes.py

Goal: no keystroke blocks the UI thread more than 16 ms (one frame), the coach included.
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
from tests.coach.score import corpus
from tests.conftest import full_incident
from ui.main_window import MainWindow


def realistic_draft(language: str, words: int = 300) -> str:
    """Mostly sound sentences with a few the coach flags, as a real draft would be."""
    entries = corpus(language)
    clean = [str(e["text"]) for e in entries if not e["kinds"]]
    flawed = [str(e["text"]) for e in entries if e["kinds"]][:3]
    text, index = " ".join(flawed) + " ", 0
    while len(WORDS.findall(text)) < words:
        text += clean[index % len(clean)] + " "
        index += 1
    return text


def keystroke_ms(app: QApplication, widget: QWidget, count: int = 200) -> tuple[float, float]:
    timings = []
    for index in range(count):
        char = "abcdefghij "[index % 11]
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
        journal.create(full_incident(title=f"Earlier {number}"))
    print(f"{'field (300-word draft)':30} {'median':>8} {'worst':>8}   goal: worst ≤ 16 ms")
    for language in ("en", "th", "bn"):
        bare = QPlainTextEdit()
        bare.setPlainText(draft_of(language))
        bare.show()
        median, worst = keystroke_ms(app, bare)
        print(f"{'bare QPlainTextEdit, ' + language:30} {median:6.2f} ms {worst:6.2f} ms")
    window = MainWindow(journal)
    window.show()
    window.open_incident(None)
    sheet = window.worksheet
    sheet.widgets["client"].setText("Åsa Lindqvist")
    sheet.move(4)
    editor = sheet.widgets["apology"]
    for language in ("en", "th", "bn"):
        editor.setPlainText(realistic_draft(language))
        editor.setFocus()
        median, worst = keystroke_ms(app, editor)
        print(f"{'apology, ' + language:30} {median:6.2f} ms {worst:6.2f} ms")
    for language in ("en", "th"):
        editor.setPlainText(draft_of(language))  # every sentence flagged: a stress test
        median, worst = keystroke_ms(app, editor, 40)
        label = f"apology, {language}, all flagged"
        print(f"{label:30} {median:6.2f} ms {worst:6.2f} ms")
    sheet.timer.stop()


if __name__ == "__main__":
    main()
