#!/usr/bin/env bash
# The course site: Jupyter Book 1.x (requirements-site.txt) built from the notebooks' stored outputs
# (nothing is executed), warnings as errors; then its pages are checked (.ci/check_site.py).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
pip_quiet "$work/venv/bin/python" -r "$REPO/requirements-site.txt"
"$work/venv/bin/python" -m pip list 2>/dev/null | grep -iE '^(jupyter-book|sphinx|myst-nb|sphinx-book-theme) ' || true

"$work/venv/bin/jupyter-book" build "$REPO" --path-output "$work/site" -W --keep-going -q
"$work/venv/bin/python" "$REPO/.ci/check_site.py" "$work/site/_build/html"
