#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Windows icon (resources/desktop/icons/persona-workbench.ico, committed: Windows has no
# rsvg-convert) from the two SVGs. Run it after changing either drawing. The hicolor PNGs of the
# Linux package and the macOS .icns are rendered at build time (resources/desktop/CMakeLists.txt,
# app/CMakeLists.txt).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/resources/desktop/icons"
ID="org.personaworkbench.PersonaWorkbench"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

for size in 16 24 32 48 64 128 256; do
  svg="$ICONS/$ID.svg"
  [ "$size" -lt 22 ] && svg="$ICONS/$ID-16.svg"
  rsvg-convert --width "$size" --height "$size" --output "$TMP/$size.png" "$svg"
done
# -define icon:auto-resize is not used: each size is the drawing rendered at that size.
convert "$TMP"/16.png "$TMP"/24.png "$TMP"/32.png "$TMP"/48.png "$TMP"/64.png "$TMP"/128.png \
  "$TMP"/256.png "$ICONS/persona-workbench.ico"
echo "Wrote $ICONS/persona-workbench.ico"
