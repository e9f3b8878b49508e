#!/bin/sh
# Install a built Amends bundle for this user only, with its menu entry, icons and file type;
# or remove exactly that again.
#
#     packaging/linux/install.sh [BUNDLE]        # BUNDLE: the built folder, dist/amends by default
#     packaging/linux/install.sh --uninstall
#
# Installs the bundle as ~/.local/opt/amends, a launcher ~/.local/bin/amends, and under
# ${XDG_DATA_HOME:-~/.local/share}: the desktop entry, the AppStream metainfo, the icon at
# every size in the hicolor theme and the .amends file type; then refreshes the desktop's
# caches with whichever of update-desktop-database, update-mime-database and
# gtk-update-icon-cache are installed. Nothing outside the user's home is touched.
set -eu

APP_ID=app.amends.Amends
SIZES="16 24 32 48 64 128 256 512"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ICONS="$ROOT/resources/icons/app"
OPT="$HOME/.local/opt/amends"
LAUNCHER="$HOME/.local/bin/amends"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
DESKTOP="$DATA/applications/$APP_ID.desktop"
METAINFO="$DATA/metainfo/$APP_ID.metainfo.xml"
MIME="$DATA/mime/packages/$APP_ID.xml"
HICOLOR="$DATA/icons/hicolor"

# Every file the install writes beside the bundle's folder, one a line.
installed_files() {
    echo "$LAUNCHER"
    echo "$DESKTOP"
    echo "$METAINFO"
    echo "$MIME"
    echo "$HICOLOR/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        echo "$HICOLOR/${size}x${size}/apps/$APP_ID.png"
    done
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || echo "update-desktop-database failed" >&2
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" || echo "update-mime-database failed" >&2
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$HICOLOR" || echo "gtk-update-icon-cache failed" >&2
    fi
}

# The folders the install made, so that the uninstall removes them again (when empty).
CREATED="$OPT/.created-folders"
CREATED_NOW=""

make_folder() {
    folder=$1
    while [ ! -d "$folder" ]; do
        CREATED_NOW="$CREATED_NOW$folder
"
        folder=$(dirname "$folder")
    done
    mkdir -p "$1"
}

remove_created_folders() {
    sort -r "$1" | while IFS= read -r folder; do
        rmdir "$folder" 2>/dev/null || true
    done
}

uninstall() {
    installed_files | while IFS= read -r path; do
        rm -f "$path"
    done
    created=$(mktemp)
    cat "$CREATED" >"$created" 2>/dev/null || true
    rm -rf "$OPT"
    refresh_caches
    # The caches the tools wrote, when no other program's files are left for them to list.
    if [ -d "$DATA/mime/packages" ] && [ -z "$(ls -A "$DATA/mime/packages")" ]; then
        rm -rf "$DATA/mime"
    fi
    if [ -z "$(find "$DATA/applications" -name '*.desktop' 2>/dev/null)" ]; then
        rm -f "$DATA/applications/mimeinfo.cache"
    fi
    remove_created_folders "$created"
    rm -f "$created"
    echo "Amends is uninstalled (your journals are kept)."
}

install() {
    bundle=${1:-"$ROOT/dist/amends"}
    if [ ! -x "$bundle/amends" ]; then
        echo "No built Amends in $bundle (build it: pyinstaller packaging/amends.spec)." >&2
        exit 1
    fi
    bundle=$(cd "$bundle" && pwd -P)
    if [ -d "$OPT" ] && [ "$bundle" = "$(cd "$OPT" && pwd -P)" ]; then
        echo "$bundle is the installed copy itself; install from the built bundle (dist/amends)." >&2
        exit 1
    fi
    earlier=$(cat "$CREATED" 2>/dev/null || true)  # made by an install this one replaces
    rm -rf "$OPT"
    make_folder "$(dirname "$OPT")"
    cp -R "$bundle" "$OPT"
    CREATED_NOW="$CREATED_NOW$OPT
"

    make_folder "$(dirname "$LAUNCHER")"
    printf '#!/bin/sh\nexec "%s/amends" "$@"\n' "$OPT" >"$LAUNCHER"
    chmod 755 "$LAUNCHER"

    make_folder "$(dirname "$DESKTOP")"
    make_folder "$(dirname "$METAINFO")"
    make_folder "$(dirname "$MIME")"
    # The menu starts the launcher by its full path: ~/.local/bin may not be on the
    # desktop session's PATH.
    # Quoted as the desktop entry spec asks (a home folder may have a space in its name), then
    # escaped for sed's replacement.
    quoted=\"$(printf '%s' "$LAUNCHER" | sed -e 's/[\\"`$]/\\\\&/g')\"
    exec_path=$(printf '%s' "$quoted" | sed -e 's/[\\|&]/\\&/g')
    try_path=$(printf '%s' "$LAUNCHER" | sed -e 's/[\\|&]/\\&/g')
    sed -e "s|^Exec=amends |Exec=$exec_path |" -e "s|^TryExec=amends\$|TryExec=$try_path|" \
        "$HERE/$APP_ID.desktop" >"$DESKTOP"
    cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO"
    cp "$HERE/$APP_ID.xml" "$MIME"

    make_folder "$HICOLOR/scalable/apps"
    cp "$ICONS/amends.svg" "$HICOLOR/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        make_folder "$HICOLOR/${size}x${size}/apps"
        cp "$ICONS/amends-$size.png" "$HICOLOR/${size}x${size}/apps/$APP_ID.png"
    done
    printf '%s\n%s' "$earlier" "$CREATED_NOW" | grep -v '^$' | sort -u >"$CREATED"
    refresh_caches
    echo "Amends is installed: $LAUNCHER, and in your applications menu."
}

case "${1:-}" in
--uninstall) uninstall ;;
-h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' ;;
*) install "$@" ;;
esac
