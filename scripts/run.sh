#!/usr/bin/env bash
# Set everything up (first run only) and start Précis Tutor with the bundled passage library.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/precis-tutor "$@"
