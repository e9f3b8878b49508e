"""The packaging tests draw icons and start the window offscreen, as the window's tests do."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
