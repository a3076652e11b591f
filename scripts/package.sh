#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Debian package: a Release build with Debian's hardening flags, CPack's DEB generator
# over the install() rules (cmake/Packaging.cmake), then lintian, which must report no error.
# The .deb lands in $OUT_DIR (default: dist/). Install it with `apt-get install ./dist/*.deb`
# (or dpkg -i, then apt-get -f install for any missing dependency).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${PACKAGE_TOOLS[@]}"
runtime_env
BUILD_DIR="${PKG_BUILD_DIR:-$ROOT/build-package}"
OUT_DIR="${OUT_DIR:-$ROOT/dist}"
export CCACHE_DIR="${CCACHE_DIR:-$ROOT/.ccache}"

# Debian's flags (fortified sources, stack protector, full RELRO with immediate binding) as
# lintian expects them; without -g: the programs are stripped anyway and linking is much faster.
# Passed on every run (CMake would keep the first run's CXXFLAGS/LDFLAGS in its cache).
export DEB_BUILD_MAINT_OPTIONS="hardening=+bindnow"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed 's/\(^\| \)-g\( \|$\)/ /')"
ldflags="$(dpkg-buildflags --get LDFLAGS)"

start=$SECONDS
# A distribution build does not use -Werror (a newer compiler's new warning must not stop it);
# scripts/test.sh builds with it. Installing does not build the tests and benchmarks.
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPW_WERROR=OFF \
  "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" \
  -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target persona-cli persona-workbench pw_desktop_files

rm -rf "$OUT_DIR" && mkdir -p "$OUT_DIR"
(cd "$BUILD_DIR" && cpack -G DEB -B "$OUT_DIR" >/dev/null)
rm -rf "$OUT_DIR/_CPack_Packages"
deb="$(ls "$OUT_DIR"/*.deb)"
echo "Built $deb in $((SECONDS - start)) s:"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# Every tag lintian has (errors, warnings, infos, pedantic), for the record; any error fails.
lintian --info --display-info --pedantic --fail-on error "$deb"
echo "lintian: no error."
