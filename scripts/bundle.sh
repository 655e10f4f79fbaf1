#!/usr/bin/env bash
# Build the one-folder bundle dist/precis-tutor/ with PyInstaller (build.spec) and print
# how long it took and how big it is. Installs PyInstaller into .venv first (the "bundle"
# extra). The bundle runs on the same OS and processor it was built on, with a glibc at
# least as new as this machine's (README: "Build a bundle").
set -euo pipefail
cd "$(dirname "$0")/.."
PRECIS_EXTRAS=test,bundle bash scripts/setup.sh

mkdir -p build
LOG="$PWD/build/pyinstaller.log"
echo "Building the bundle with PyInstaller (1½ to 4 minutes; log in build/pyinstaller.log)"
start=$(date +%s)
if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec >"$LOG" 2>&1; then
    echo "The bundle build failed. The full log is in $LOG; its last lines:" >&2
    tail -n 15 "$LOG" | sed 's/^/    /' >&2
    exit 1
fi
seconds=$(( $(date +%s) - start ))
size_mb=$(du -sm dist/precis-tutor | cut -f1)
files=$(find dist/precis-tutor -type f | wc -l)
echo "Bundle built in ${seconds} s: dist/precis-tutor/ is ${size_mb} MB unpacked in ${files} files"
echo "  programs: dist/precis-tutor/precis-tutor-gui (the app), dist/precis-tutor/precis-tutor (command line)"
