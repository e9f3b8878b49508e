"""The window carries the application's icon and names its desktop entry, so the desktop
shows Amends' icon for it and groups it with the menu entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
APP_ID = next((ROOT / "packaging" / "linux").glob("*.desktop")).stem


def test_the_window_has_the_app_icon(journal_template: Path, tmp_path: Path) -> None:
    journal = tmp_path / "journal.amends"
    journal.write_bytes(journal_template.read_bytes())
    script = textwrap.dedent(
        f"""
        import json, pathlib, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QApplication
        from ui.app import run_window

        def look():
            window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "worksheet"))
            image = window.windowIcon().pixmap(32, 32).toImage()
            opaque = sum(
                image.pixelColor(x, y).alpha() == 255 for x in range(32) for y in range(32)
            )
            print(json.dumps({{
                "desktop": QApplication.desktopFileName(),
                "size": [image.width(), image.height()],
                "opaque": opaque,
            }}))
            QApplication.exit(0)

        app = QApplication([])
        QTimer.singleShot(1000, look)
        sys.exit(run_window(pathlib.Path({str(journal)!r})))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["desktop"] == APP_ID
    assert seen["size"] == [32, 32]
    assert seen["opaque"] > 32 * 32 // 2  # the rounded square, drawn
