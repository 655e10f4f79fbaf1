#!/usr/bin/env bash
# Set everything up (first run only) and run the whole test suite, GUI tests
# included, on Qt's offscreen platform so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
