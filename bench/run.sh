#!/usr/bin/env bash
# Every benchmark, in a fresh virtual environment (so that nothing installed by hand, and no
# site hook of the machine, weighs on the cold-start figures).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet -e . pycountry pytest hypothesis rapidfuzz
unset PYTHONDONTWRITEBYTECODE
"$venv/bin/python" bench/run.py "$@"
