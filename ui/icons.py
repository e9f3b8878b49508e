"""Action icons from the bundled Lucide set, drawn in the palette's text colour when painted."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)

import resources

ICON_FOLDER = Path(resources.__file__).parent / "icons" / "actions"
DISABLED_OPACITY = 0.4  # for a palette whose disabled text is no dimmer than its text


def action_icon(name: str) -> QIcon:
    """The icon `name` (a Lucide file name without .svg), right in the light and the dark
    appearance and at any pixel ratio, dimmed where its action or button is disabled."""
    return QIcon(ActionIconEngine(name))


def icon_file(name: str) -> Path:
    return ICON_FOLDER / f"{name}.svg"


@cache
def _svg(name: str) -> QByteArray:
    return QByteArray(icon_file(name).read_bytes())


def ink(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in now: the text's, the disabled text's, or the text's on
    a highlighted entry."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    if mode != QIcon.Mode.Disabled:
        return text
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if disabled.rgba() != text.rgba():
        return disabled
    dimmed = QColor(text)
    dimmed.setAlphaF(text.alphaF() * DISABLED_OPACITY)
    return dimmed


def rendered(name: str, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
    """The icon drawn `size` large (in device-independent pixels) for a screen of `scale`
    device pixels to one, kept in Qt's pixmap cache."""
    color = ink(mode)
    width, height = size.width(), size.height()
    shade = color.name(QColor.NameFormat.HexArgb)
    key = f"amends-icon:{name}:{width}x{height}@{scale:g}:{shade}:{mode.name}"  # not shown
    found = QPixmap()
    if QPixmapCache.find(key, found):
        return found
    pixmap = QPixmap(max(1, round(width * scale)), max(1, round(height * scale)))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    if width > 0 and height > 0:
        _draw(pixmap, name, width, height, color)
    QPixmapCache.insert(key, pixmap)
    return pixmap


def _draw(pixmap: QPixmap, name: str, width: int, height: int, color: QColor) -> None:
    """The outline as a square in the middle, then every drawn pixel given `color` (the
    files stroke in currentColor, which Qt draws black)."""
    from PySide6.QtSvg import QSvgRenderer  # loaded when the first icon is drawn, not at start

    side = min(width, height)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(_svg(name)).render(
        painter, QRectF((width - side) / 2, (height - side) / 2, side, side)
    )
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(QRect(0, 0, width, height), color)
    painter.end()


class ActionIconEngine(QIconEngine):
    """Draws one Lucide icon when Qt asks for it, so that it takes the colours of the palette
    in use then: a change of appearance needs no new icon."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return ActionIconEngine(self.name)

    def key(self) -> str:
        return "amends-action"

    def iconName(self) -> str:
        return self.name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return rendered(self.name, size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return rendered(self.name, size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, rendered(self.name, rect.size(), mode, scale))
