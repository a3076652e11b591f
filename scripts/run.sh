#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Persona Workbench on the bundled demo store.
# Extra arguments are passed to the program (e.g. --lang he).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing
build
runtime_env

DEMO="${PW_DEMO_PROJECT:-$BUILD_DIR/demo.personas}"
if [ ! -f "$DEMO" ]; then
  "$BUILD_DIR/app/persona-cli" demo --project "$DEMO"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$BUILD_DIR/app/persona-workbench" "$@" "$DEMO"
fi
exec "$BUILD_DIR/app/persona-workbench" "$@" "$DEMO"
