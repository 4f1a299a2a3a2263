#!/usr/bin/env bash
# Installs everything a fresh machine lacks, then starts the app (arguments go to main.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
