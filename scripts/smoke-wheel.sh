#!/usr/bin/env bash
# Install the project as a newcomer would, `pip install .` into a fresh virtual
# environment, and check from another folder, with an empty HOME, that the installed
# `precis-tutor` finds every bundled passage and passes --self-test.
# Prints one line per check and a closing "N passed, N failed" line.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/smoke-common.sh
source "$root/scripts/smoke-common.sh"
away=$(mktemp -d)
mkdir -p "$away/home" "$away/work"
passages=$(count_passages "$root/resources/passages")
echo "smoke: installing with pip into a fresh virtual environment (log in build/smoke-wheel.log)"
mkdir -p "$root/build"
if ! { "${PYTHON:-python3}" -m venv "$away/venv" && "$away/venv/bin/pip" install "$root"; } \
        >"$root/build/smoke-wheel.log" 2>&1; then
    echo "smoke: FAILED  pip install . (see build/smoke-wheel.log)"; tail -n 12 "$root/build/smoke-wheel.log"
    echo "smoke: 0 passed, 1 failed"; exit 1
fi
cd "$away/work"
export HOME="$away/home"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM PRECIS_TUTOR_HOME

check "pip install .: precis-tutor library lists all $passages passages" "^$passages$" \
    bash -c "'$away/venv/bin/precis-tutor' library | wc -l"
check "pip install .: precis-tutor --self-test" "self-test passed" "$away/venv/bin/precis-tutor" --self-test
rm -rf "$away"
finish
