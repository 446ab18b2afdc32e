#!/bin/sh
# Installs LEAD Desktop for the current user, from the unpacked tarball this script is in:
#   the program   -> ~/.local/opt/lead-desktop            (replaced on every update)
#   commands      -> ~/.local/bin/lead-desktop, ~/.local/bin/lead-desktop-admin (links)
#   menu entry    -> ~/.local/share/applications/lead-desktop.desktop
#   icon          -> ~/.local/share/icons/hicolor/{scalable,256x256}/apps/lead-desktop.{svg,png}
# The site's data live elsewhere ("~/.local/share/LEAD Desktop" unless --data-dir says otherwise)
# and are never touched: updating or removing the program keeps them.
#   sh install.sh              install or update
#   sh install.sh --uninstall  remove the program, the links, the menu entry and the icon
# No root needed; nothing outside your home folder changes.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt"
TARGET="$OPT/lead-desktop"
BIN="$HOME/.local/bin"
APPS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$APPS" 2>/dev/null || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET"
  for name in lead-desktop lead-desktop-admin; do
    if [ -L "$BIN/$name" ]; then rm -f "$BIN/$name"; fi
  done
  rm -f "$APPS/lead-desktop.desktop" "$ICONS/scalable/apps/lead-desktop.svg" "$ICONS/256x256/apps/lead-desktop.png"
  refresh_menus
  echo "LEAD Desktop removed. The site's data were not touched."
  exit 0
fi

[ -x "$HERE/lead-desktop/lead-desktop" ] || { echo "install.sh: run me from the unpacked tarball (lead-desktop/ is missing)" >&2; exit 1; }

# Copy beside the old version, then swap, so a failed copy leaves the old program working.
mkdir -p "$OPT"
rm -rf "$TARGET.new" "$TARGET.old"
cp -R "$HERE/lead-desktop" "$TARGET.new"
if [ -e "$TARGET" ]; then mv "$TARGET" "$TARGET.old"; fi
mv "$TARGET.new" "$TARGET"
rm -rf "$TARGET.old"

mkdir -p "$BIN" "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps"
ln -sf "$TARGET/lead-desktop" "$BIN/lead-desktop"
ln -sf "$TARGET/lead-desktop-admin" "$BIN/lead-desktop-admin"
cp "$HERE/lead-desktop.svg" "$ICONS/scalable/apps/lead-desktop.svg"
cp "$HERE/lead-desktop.png" "$ICONS/256x256/apps/lead-desktop.png"

# The menu entry names the program by its full path (quoted, as the desktop entry spec asks),
# so it works even when ~/.local/bin is not on PATH.
exec_path=$(printf '%s' "$TARGET/lead-desktop" | sed 's/\\/\\\\\\\\/g; s/"/\\\\"/g; s/`/\\\\`/g; s/\$/\\\\$/g')
sed "s|^Exec=.*|Exec=\"$exec_path\"|" "$HERE/lead-desktop.desktop" >"$APPS/lead-desktop.desktop.tmp"
chmod 644 "$APPS/lead-desktop.desktop.tmp"
mv "$APPS/lead-desktop.desktop.tmp" "$APPS/lead-desktop.desktop"
refresh_menus

echo "LEAD Desktop installed in $TARGET."
echo "Start it from your applications menu (LEAD Desktop) or with: $TARGET/lead-desktop"
echo "Check the installation at any time with: $TARGET/lead-desktop --self-test"
