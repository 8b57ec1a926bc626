#!/usr/bin/env bash
# Binder, simulated without Docker: what repo2docker does with this repository, then every notebook
# under strict nbval. repo2docker installs requirements.txt (whose "-e ." is an editable install)
# and then, because pyproject.toml has a [project] table, runs a plain `pip install .` that replaces
# it: helpers then come from site-packages, where data/ is shipped as helpers/data.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy_checkout "$work/repo"   # repo2docker works on its own copy; builds leave nothing in the checkout
cd "$work/repo"

# runtime.txt names Binder's Python ("python-3.11")
version=$(sed -n 's/^python-//p' runtime.txt)
python=$(find_python "$version")
"$python" -m venv "$work/venv"
py="$work/venv/bin/python"
pip_quiet "$py" -r requirements.txt
pip_quiet "$py" .
"$py" -m pip list 2>/dev/null | grep -iE '^(python|pandas|numpy|matplotlib|nltk|vaderSentiment|ipykernel|nbval|news-as-data-helpers) ' || true
"$py" -c 'import sys; print("Python", sys.version.split()[0])'

# The kernel must import the installed package, not a helpers/ folder beside the notebooks.
unset PYTHONPATH
"$py" "$REPO/.ci/kernel_imports.py" notebooks "$work/repo" "$REPO"

"$work/venv/bin/pytest" -o addopts="-p no:cacheprovider" \
    --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks/
