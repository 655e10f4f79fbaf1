#!/usr/bin/env bash
# Run the built bundle as a new user would: from another working directory, with an empty
# HOME and no display. Checks the windowed program's --self-test, the command line's
# --self-test, and `check library --passage ir-corridor` on a précis written for this test.
# Prints one line per check and a closing "N passed, N failed" line; exits 1 if any failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/smoke-common.sh
source "$root/scripts/smoke-common.sh"
bundle=$(cd "${1:-$root/dist/precis-tutor}" && pwd)
precis="$root/tests/fixtures/smoke/ir-corridor-precis.txt"
away=$(mktemp -d)
mkdir -p "$away/home" "$away/work"
touch "$away/before"
passages=$(count_passages "$root/resources/passages")
cd "$away/work"
export HOME="$away/home"
unset DISPLAY WAYLAND_DISPLAY XDG_DATA_HOME XDG_CONFIG_HOME PRECIS_TUTOR_HOME QT_QPA_PLATFORM

check "precis-tutor-gui --self-test" "self-test passed" "$bundle/precis-tutor-gui" --self-test
check "precis-tutor --self-test" "self-test passed" "$bundle/precis-tutor" --self-test
check "precis-tutor library lists all $passages bundled passages" "^$passages$" \
    bash -c "'$bundle/precis-tutor' library | wc -l"
check "precis-tutor check library --passage ir-corridor" "where the passage says “\$48 billion”" \
    "$bundle/precis-tutor" check library "$precis" --passage ir-corridor
check "the bundle wrote nothing into its own folder" "^0$" \
    bash -c "find '$bundle' -newer '$away/before' | wc -l"
check "the empty HOME got only the data folder" "^0$" \
    bash -c "find '$HOME' -type f ! -path '*/precis-tutor/*' | wc -l"
rm -rf "$away"
finish
