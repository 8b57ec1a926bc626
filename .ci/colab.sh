#!/usr/bin/env bash
# Colab, simulated: Colab's Python and preinstalled versions (.ci/constraints-colab-2026-12.txt),
# google.colab imported at kernel start, a fresh folder standing in for /content, and git told to
# fetch the course's address from a snapshot of this checkout. Every notebook runs under strict
# nbval, its set-up cell fetching and installing the course itself; then the unit tests run there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
constraints="$REPO/.ci/constraints-colab-2026-12.txt"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r slug branch < <(course_setting)

# The course as GitHub would serve it: a snapshot of the checkout on the configured branch.
copy_checkout "$work/origin"
git -C "$work/origin" init -q -b "$branch"
git -C "$work/origin" add -A
git -C "$work/origin" -c user.name=ci -c user.email=ci@localhost commit -q -m "snapshot for the Colab check"
export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="url.file://$work/origin.insteadOf" GIT_CONFIG_VALUE_0="https://github.com/$slug"

# Colab's Python (the version is the constraints file's first line: "# python 3.12") and packages.
version=$(sed -n 's/^# python \([0-9.]*\).*/\1/p' "$constraints" | head -1)
python=$(find_python "$version")
"$python" -m venv "$work/venv"
py="$work/venv/bin/python"
pip_quiet "$py" -c "$constraints" pandas numpy matplotlib nltk requests ipykernel jupyter_client nbval pytest hypothesis
site_packages=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
cp -r "$REPO/.ci/colab/google" "$site_packages/"
# Colab's kernel imports google.colab at start: an IPython start-up file does it in every kernel.
export IPYTHONDIR="$work/ipython"
mkdir -p "$IPYTHONDIR/profile_default/startup"
echo "import google.colab  # CI's Colab stand-in" > "$IPYTHONDIR/profile_default/startup/00-google-colab.py"

# A fresh /content: the notebooks open there, as Colab opens them from GitHub, with nothing beside them.
export NEWS_AS_DATA_CONTENT="$work/content"
mkdir -p "$NEWS_AS_DATA_CONTENT"
cp "$REPO"/notebooks/*.ipynb "$NEWS_AS_DATA_CONTENT/"
unset PYTHONPATH
cd "$NEWS_AS_DATA_CONTENT"
"$py" -c 'import sys; print("Python", sys.version.split()[0])'
# (one token per option value, and a rootdir here: pytest must not find the checkout's pyproject.toml)
"$work/venv/bin/pytest" -p no:cacheprovider --rootdir=. -o addopts= --nbval --nbval-current-env \
    --nbval-sanitize-with="$REPO/tests/nbval_sanitize.cfg" ./*.ipynb

# The set-up cell installed the course from its clone and left Colab's versions alone.
"$py" - "$constraints" "$NEWS_AS_DATA_CONTENT/news-as-data" <<'PY'
import importlib.metadata, re, sys
from pathlib import Path
import helpers
pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", Path(sys.argv[1]).read_text(), re.M))
for name in ["pandas", "numpy", "matplotlib", "nltk"]:
    installed = importlib.metadata.version(name)
    assert installed == pins[name], f"the set-up cell changed {name} {pins[name]} to {installed}"
    print(name, installed)
assert Path(helpers.__file__).resolve().is_relative_to(Path(sys.argv[2]).resolve()), helpers.__file__
print("helpers from", helpers.__file__)
PY

# The unit tests and docstring examples, with Colab's versions, on the course as the cell fetched it.
cd "$NEWS_AS_DATA_CONTENT/news-as-data"
"$work/venv/bin/pytest" -q -p no:cacheprovider -o addopts="--doctest-modules" tests helpers
