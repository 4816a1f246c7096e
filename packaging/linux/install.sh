#!/bin/sh
# Install the FleetDesk bundle (the folder this script is in) for everyone (as root: /opt,
# /usr/local) or for the current user (~/.local). Menus pick it up via the .desktop file.
#
#   sudo ./install.sh            # system-wide
#   ./install.sh --user          # just me
#   ./install.sh --uninstall [--user]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=be.fleetdesk.FleetDesk
MODE=system; ACTION=install
for arg in "$@"; do
  case "$arg" in
    --user) MODE=user ;;
    --uninstall) ACTION=uninstall ;;
    *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$MODE" = system ]; then
  [ "$(id -u)" = 0 ] || { echo "system-wide install needs root (or use --user)" >&2; exit 2; }
  APPDIR=/opt/fleetdesk; BINDIR=/usr/local/bin; SHARE=/usr/local/share
else
  APPDIR="$HOME/.local/opt/fleetdesk"; BINDIR="$HOME/.local/bin"
  SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
SIZES="16 24 32 48 64 128 256 512"

if [ "$ACTION" = uninstall ]; then
  rm -rf "$APPDIR"
  rm -f "$BINDIR/fleetdesk" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  for s in $SIZES; do rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  echo "FleetDesk removed (your data in ~/.local/share/fleetdesk is kept)."
  exit 0
fi

[ -x "$HERE/fleetdesk" ] || { echo "run this script from the unpacked FleetDesk folder" >&2; exit 2; }
if [ "$HERE" != "$APPDIR" ]; then
  rm -rf "$APPDIR.new"
  mkdir -p "$(dirname "$APPDIR")"
  cp -a "$HERE" "$APPDIR.new"
  rm -rf "$APPDIR"
  mv "$APPDIR.new" "$APPDIR"
fi
mkdir -p "$BINDIR" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$APPDIR/fleetdesk" "$BINDIR/fleetdesk"
sed "s|^Exec=.*|Exec=$APPDIR/fleetdesk|; s|^TryExec=.*|TryExec=$APPDIR/fleetdesk|" \
  "$APPDIR/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$APPDIR/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for s in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${s}x${s}/apps"
  cp "$APPDIR/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png" "$SHARE/icons/hicolor/${s}x${s}/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "FleetDesk installed in $APPDIR; start it from the menu or with: $BINDIR/fleetdesk"
