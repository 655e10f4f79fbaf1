#!/usr/bin/env bash
# Make the project runnable on a fresh Debian/Ubuntu machine: the Qt system
# libraries (installed with apt when we are root, otherwise named for the
# user), then a virtual environment in .venv with the project and its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 \
libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
PY_DEBS="python3-venv python3-pip"

missing_debs() {
    command -v dpkg-query >/dev/null || return 0
    for p in $QT_DEBS $PY_DEBS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

need=$(missing_debs | tr '\n' ' ')
if [ -n "${need// /}" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing system packages: $need"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
    else
        echo "Note: these system packages may be needed for the window: $need" >&2
        echo "      (sudo apt-get install $need)" >&2
    fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    rm -f .venv/.installed-* && touch "$stamp"
fi
