"""The menus' icons: each one shipped and drawn, light on dark and dark on light, dimmed when
its entry cannot be used, sharp on a high-density screen, and read from its file once."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QImage, QPalette, QPixmapCache
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from ui import icons, theme
from ui.field_widgets import DayPicker
from ui.main_window import MainWindow

MENU_ICON = QSize(16, 16)
UI_FOLDER = Path(icons.__file__).parent


def menu_entries(menu: QMenu) -> Iterator[QAction]:
    """Every entry of `menu` and of its submenus, separators and the appearance choices (a
    tick is their mark) left out."""
    for action in menu.actions():
        if action.isSeparator() or action.isCheckable():
            continue
        yield action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_entries(submenu)


def all_entries(window: MainWindow) -> list[QAction]:
    return [action for menu in window.menus for action in menu_entries(menu)]


def ink_of(image: QImage) -> tuple[float, float]:
    """How much of `image` is drawn (the sum of its pixels' opacity) and how light the
    drawing is (0 black to 1 white), each pixel counted by its opacity."""
    drawn = lightness = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            drawn += color.alphaF()
            lightness += color.alphaF() * color.lightnessF()
    return drawn, lightness / drawn if drawn else 0.0


def drawn(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, scale: float = 1.0) -> QImage:
    return icon.pixmap(MENU_ICON, scale, mode).toImage()


def contrast(icon: QIcon, mode: QIcon.Mode) -> float:
    """How far the icon's lightness is from the window's behind it."""
    background = QApplication.palette().color(QPalette.ColorRole.Window).lightnessF()
    return abs(ink_of(drawn(icon, mode))[1] - background)


@pytest.fixture
def appearance(window: MainWindow) -> Iterator[MainWindow]:
    """The window, whose appearance the test may change: it follows the system again after."""
    yield window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "system")


def test_every_menu_entry_has_an_icon(window: MainWindow) -> None:
    entries = all_entries(window)
    assert len(entries) >= 20
    assert [action.text() for action in entries if action.icon().isNull()] == []


def named_in_code() -> set[str]:
    """The icons asked for by name in the window's code, `action_icon("…")`."""
    code = "".join(path.read_text(encoding="utf-8") for path in UI_FOLDER.glob("*.py"))
    return set(re.findall(r'action_icon\("([^"]+)"\)', code))


def test_every_icon_the_window_names_is_shipped_and_drawn(window: MainWindow) -> None:
    picker = DayPicker(QLineEdit(), dt.date(2026, 11, 1), with_time=False)
    assert picker.icon().name() == "calendar"
    shown = {action.icon().name() for action in all_entries(window)}
    for name in sorted(shown | named_in_code()):
        assert icons.icon_file(name).is_file(), name
        assert ink_of(drawn(icons.action_icon(name)))[0] > 10, name


def test_no_icon_is_shipped_that_nothing_shows(window: MainWindow) -> None:
    shown = {action.icon().name() for action in all_entries(window)} | named_in_code()
    assert {path.stem for path in icons.ICON_FOLDER.glob("*.svg")} - shown == set()


def test_icons_are_light_in_the_dark_appearance_and_dark_in_the_light(
    appearance: MainWindow,
) -> None:
    find = next(a for a in all_entries(appearance) if a.shortcut().toString() == "Ctrl+F")
    appearance.set_appearance("dark")
    _, in_dark = ink_of(drawn(find.icon()))
    appearance.set_appearance("light")
    _, in_light = ink_of(drawn(find.icon()))
    assert in_dark > 0.7 and in_light < 0.3  # the same icon, no restart between


@pytest.mark.parametrize("chosen", ["light", "dark"])
def test_a_disabled_entrys_icon_is_dimmer(appearance: MainWindow, chosen: str) -> None:
    appearance.set_appearance(chosen)
    for action in all_entries(appearance):
        icon = action.icon()
        enabled, disabled = (
            contrast(icon, mode) for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled)
        )
        assert disabled < enabled * 0.8, action.text()


def test_an_icon_is_drawn_anew_for_a_high_density_screen(window: MainWindow) -> None:
    icon = next(a for a in all_entries(window) if a.shortcut().toString() == "Ctrl+F").icon()
    sharp = drawn(icon, scale=2.0)
    assert (sharp.width(), sharp.height()) == (32, 32)
    assert sharp.devicePixelRatio() == 2.0
    assert ink_of(sharp)[0] == pytest.approx(4 * ink_of(drawn(icon))[0], rel=0.25)  # all of it

    def pixel(x: int, y: int) -> int:
        return sharp.pixelColor(x, y).rgba()

    blocks = (
        {pixel(x, y), pixel(x + 1, y), pixel(x, y + 1), pixel(x + 1, y + 1)}
        for x in range(0, 32, 2)
        for y in range(0, 32, 2)
    )
    assert any(len(block) > 1 for block in blocks)  # not the small one, enlarged


def test_an_icon_file_is_read_once(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(path: Path) -> bytes:
        reads.append(path)
        return read_bytes(path)

    icons._svg.cache_clear()
    QPixmapCache.clear()
    monkeypatch.setattr(Path, "read_bytes", counted)
    icon = icons.action_icon("search")
    for size in (16, 24, 16):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            assert not icon.pixmap(QSize(size, size), 1.0, mode).isNull()
    assert reads == [icons.icon_file("search")]
