#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing from Debian's packages, then build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  cmake ninja-build g++ ccache pkg-config libgtest-dev libbenchmark-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  xvfb xauth poppler-utils imagemagick fonts-dejavu-core sqlite3 libsqlite3-dev
  libquazip1-qt6-dev
  chromium
  clang libclang-rt-14-dev
  # The package's files and their tests: icons, desktop entry, metainfo, MIME type, manual pages.
  librsvg2-bin desktop-file-utils appstream shared-mime-info groff-base
  # The warehouse recipes' tests run the generated SQL in a PostgreSQL server they start.
  postgresql
)
# Only scripts/package.sh needs these (install_missing "${PACKAGE_TOOLS[@]}"): CPack's DEB
# generator calls dpkg-shlibdeps (dpkg-dev), and lintian checks the .deb.
PACKAGE_TOOLS=(dpkg-dev file lintian)

# Installs what is missing of PACKAGES and of the packages given as arguments.
install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq -o DPkg::Lock::Timeout=300
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
}

build() {
  local werror="${PW_WERROR:-OFF}"
  export CCACHE_DIR="${CCACHE_DIR:-$ROOT/.ccache}"
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPW_WERROR="$werror"
  else
    cmake "$BUILD_DIR" -DPW_WERROR="$werror" >/dev/null
  fi
  cmake --build "$BUILD_DIR" -j "$(nproc)"
}

runtime_env() {
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
}
