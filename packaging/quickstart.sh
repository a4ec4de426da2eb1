#!/usr/bin/env bash
# Leda's quick start on Debian 12: installs what is missing, builds (with the films), then
#   quickstart.sh run [leda arguments…]   starts Leda on the bundled course
#   quickstart.sh test                    runs the whole test suite through ctest
# Run it as root or as a user who may use sudo. Safe to run again: it skips what is done.
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run | test) shift ;;
    *)
        echo "usage: $0 run [leda arguments…] | test" >&2
        exit 2
        ;;
esac

source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${LEDA_BUILD_DIR:-$source_dir/build}"

packages=(
    # build
    cmake g++ make catch2 zlib1g-dev
    qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # run: Qt's platform and SQLite plugins, film decoders, fonts
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav fonts-dejavu-core
    # films are generated at build time
    ffmpeg espeak-ng
    # tests and packaging checks
    desktop-file-utils appstream dpkg-dev file xvfb xauth poppler-utils unzip python3-icalendar
)
# Only the tests need a PostgreSQL server (a throwaway one, started by CTest): Leda itself needs
# none, and connects to a region's server only when told to.
if [ "$mode" = test ]; then
    packages+=(postgresql-15)
fi

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "quickstart: all ${#packages[@]} Debian packages are installed"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "quickstart: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "quickstart: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    # One configuration for both modes, so that `run` after `test` (or the other way) rebuilds
    # nothing. Warnings are errors in both: the platform is fixed (Debian 12), and CI runs `test`.
    cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDA_WERROR=ON
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_missing_packages
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_RUNTIME_DIR
fi
build

if [ "$mode" = test ]; then
    cd "$build_dir"
    exec ctest --no-tests=error --output-on-failure --timeout 300
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "quickstart: Leda is built, but there is no display to show it on." >&2
    echo "Start it from a desktop session: $build_dir/app/leda" >&2
    exit 1
fi
exec "$build_dir/app/leda" "$@"
