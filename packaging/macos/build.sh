#!/bin/sh
# Build Amends.app on macOS (12 or newer): the .icns from the committed PNGs with iconutil,
# then the bundle with PyInstaller (packaging/amends.spec makes dist/Amends.app on macOS),
# then a disk image. Run from any folder:
#
#     sh packaging/macos/build.sh
set -eu
cd "$(dirname "$0")/../.."
PNGS=resources/icons/app
ICONSET=build/amends.iconset

rm -rf "$ICONSET"
mkdir -p "$ICONSET"
cp "$PNGS/amends-16.png" "$ICONSET/icon_16x16.png"
cp "$PNGS/amends-32.png" "$ICONSET/icon_16x16@2x.png"
cp "$PNGS/amends-32.png" "$ICONSET/icon_32x32.png"
cp "$PNGS/amends-64.png" "$ICONSET/icon_32x32@2x.png"
cp "$PNGS/amends-128.png" "$ICONSET/icon_128x128.png"
cp "$PNGS/amends-256.png" "$ICONSET/icon_128x128@2x.png"
cp "$PNGS/amends-256.png" "$ICONSET/icon_256x256.png"
cp "$PNGS/amends-512.png" "$ICONSET/icon_256x256@2x.png"
cp "$PNGS/amends-512.png" "$ICONSET/icon_512x512.png"
iconutil --convert icns --output build/amends.icns "$ICONSET"

python3 -m pip install -e '.[package]'
pyinstaller --noconfirm --clean packaging/amends.spec
VERSION=$(python3 -c "from importlib.metadata import version; print(version('amends'))")
hdiutil create -volname Amends -srcfolder dist/Amends.app -ov -format UDZO "dist/Amends-$VERSION.dmg"
echo "dist/Amends.app and dist/Amends-$VERSION.dmg"
