#!/usr/bin/env bash
# Make the project runnable on a fresh Debian/Ubuntu machine: the Qt system
# libraries (installed with apt when we are root, otherwise named for the
# user), then a virtual environment in .venv with the project and its extras
# (PRECIS_EXTRAS, default "test"; scripts/bundle.sh adds "bundle").
# Prints a few plain lines while it works and nothing once everything is in place;
# the tools' own output goes to setup.log, which a failure names.
set -euo pipefail
cd "$(dirname "$0")/.."

LOG="$PWD/setup.log"
EXTRAS=${PRECIS_EXTRAS:-test}
QT_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 \
libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
PY_DEBS="python3-venv python3-pip"

step() {  # step "what the person is told" command...: run it, its output into the log
    local what=$1
    shift
    echo "  - $what"
    echo "=== $what: $*" >>"$LOG"
    if ! "$@" >>"$LOG" 2>&1; then
        echo "Set-up failed while $what. The full log is in $LOG; its last lines:" >&2
        tail -n 12 "$LOG" | sed 's/^/    /' >&2
        exit 1
    fi
}

started() {  # the first line, once, and only when there is work to do
    if [ -z "${STARTED:-}" ]; then
        STARTED=1
        : >"$LOG"
        if [ -x .venv/bin/python ]; then
            echo "Updating Précis Tutor's Python environment (details in setup.log):"
        else
            echo "Setting up Précis Tutor (first run only, about a minute; details in setup.log):"
        fi
    fi
}

missing_debs() {
    command -v dpkg-query >/dev/null || return 0
    for p in $QT_DEBS $PY_DEBS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

apt_install() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

need=$(missing_debs | tr '\n' ' ')
if [ -n "${need// /}" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        started
        # shellcheck disable=SC2086  # one word per package
        step "installing system libraries for the window (apt-get)" apt_install $need
    else
        echo "Note: these system packages may be needed for the window: $need" >&2
        echo "      (sudo apt-get install $need)" >&2
    fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    started
    step "creating the Python environment in .venv" "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml setup.py | sha1sum | cut -c1-12)-${EXTRAS//,/+}
if [ ! -f "$stamp" ]; then
    started
    step "updating pip" .venv/bin/python -m pip install --upgrade pip
    step "installing Précis Tutor and the libraries it uses ($EXTRAS extras)" \
        .venv/bin/python -m pip install -e ".[$EXTRAS]"
    rm -f .venv/.installed-*-"${EXTRAS//,/+}" && touch "$stamp"
fi
if [ -n "${STARTED:-}" ]; then
    echo "Set-up done."
fi
