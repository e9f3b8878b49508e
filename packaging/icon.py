"""The application icon: composed from a Lucide glyph, then rendered to PNGs and a Windows .ico.

    python packaging/icon.py compose PATH/TO/lucide-static/icons/handshake.svg
    python packaging/icon.py render

`compose` writes resources/icons/app/amends.svg: the glyph's strokes, white, on a calm
rounded square. `render` draws that SVG with Qt's QSvgRenderer at every size a desktop asks
for (amends-<size>.png) and packs the sizes Windows uses into amends.ico.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ICONS = ROOT / "resources" / "icons" / "app"
SVG = APP_ICONS / "amends.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
CANVAS = 512
GLYPH = 24  # Lucide draws on a 24 × 24 grid
GLYPH_SPAN = 320  # the glyph's width on the canvas: a margin of 96 on each side
BACKGROUND = "#2f6b7a"  # a calm, deep teal: quiet on light and dark panels alike
CORNER = 112


def png_path(size: int) -> Path:
    return APP_ICONS / f"amends-{size}.png"


def compose(lucide_svg: Path) -> str:
    """The icon's SVG: every element of the Lucide glyph, in white, centred on the square."""
    text = lucide_svg.read_text(encoding="utf-8")
    shapes = re.findall(r"<(?:path|circle|rect|line|polyline|polygon|ellipse)\b[^>]*/>", text)
    if not shapes:
        raise SystemExit(f"{lucide_svg}: no shapes found; is it a Lucide icon?")
    offset = (CANVAS - GLYPH_SPAN) / 2
    scale = GLYPH_SPAN / GLYPH
    drawn = "\n".join(f"    {shape}" for shape in shapes)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">\n'
        f"  <!-- The glyph: Lucide's {lucide_svg.stem!r} (ISC, see ../LICENSE-lucide.txt) -->\n"
        f'  <rect width="{CANVAS}" height="{CANVAS}" rx="{CORNER}" fill="{BACKGROUND}"/>\n'
        f'  <g transform="translate({offset:g} {offset:g}) scale({scale:g})" fill="none" '
        f'stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">\n'
        f"{drawn}\n"
        "  </g>\n"
        "</svg>\n"
    )


def render(size: int) -> bytes:
    """The icon as a PNG of `size` × `size` pixels, drawn from the SVG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding each PNG as it is (Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    directory = b""
    images = b""
    offset = len(header) + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images)
        )
        images += data
    return header + directory + images


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    composing = commands.add_parser("compose", help="write amends.svg from a Lucide glyph")
    composing.add_argument("lucide_svg", type=Path)
    commands.add_parser("render", help="write the PNGs and amends.ico from amends.svg")
    args = parser.parse_args(argv)
    if args.command == "compose":
        APP_ICONS.mkdir(parents=True, exist_ok=True)
        SVG.write_text(compose(args.lucide_svg), encoding="utf-8")
        print(f"wrote {SVG.relative_to(ROOT)}")
        return 0
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    (APP_ICONS / "amends.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNGs and amends.ico in {APP_ICONS.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
