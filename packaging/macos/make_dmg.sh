#!/bin/sh
# FleetDesk.app -> FleetDesk-<version>.dmg (macOS only; run by `packaging/build.py --installer`).
#
#   packaging/macos/make_dmg.sh dist/FleetDesk.app dist/FleetDesk-0.1.0.dmg
#
# Signing and notarization (optional; both need an Apple Developer ID):
#   FLEETDESK_CODESIGN_IDENTITY="Developer ID Application: ..."  set at build time: PyInstaller
#       signs every binary and the .app with it (hardened runtime, packaging/macos/entitlements.plist);
#       this script then signs the .dmg.
#   FLEETDESK_NOTARY_PROFILE=<profile>  a keychain profile made once with
#       `xcrun notarytool store-credentials <profile> --apple-id ... --team-id ...`;
#       the .dmg is submitted, waited for and stapled.
set -eu
APP=${1:?usage: make_dmg.sh path/to/FleetDesk.app out.dmg}
DMG=${2:?usage: make_dmg.sh path/to/FleetDesk.app out.dmg}
[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh runs on macOS only" >&2; exit 2; }
[ -d "$APP" ] || { echo "no app bundle at $APP" >&2; exit 2; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname FleetDesk -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${FLEETDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --verify --deep --strict "$APP"
  codesign --sign "$FLEETDESK_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [ -n "${FLEETDESK_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$FLEETDESK_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "$DMG"
