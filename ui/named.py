"""Names a widget (for tests, style sheets and accessibility) where it is made."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, tip: str = "") -> W:
    """`widget` with its object name, and a tooltip if given: PySide6 takes both as keyword
    arguments of any constructor, but its typed signatures do not say so."""
    widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    return widget
