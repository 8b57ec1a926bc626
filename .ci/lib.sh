# Shared by the .ci/*.sh scripts (sourced, not run).

# The repository's root folder.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# pip, quiet, without the "Location ... is ignored" noise some machines' pip configs print.
pip_quiet() {
    local python=$1
    shift
    "$python" -m pip install --quiet --disable-pip-version-check "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
}

# Copy the checkout as it is now (tracked files and new files git does not ignore) to $1.
copy_checkout() {
    mkdir -p "$1"
    (cd "$REPO" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | xargs -0 cp --parents -t "$1")
}

# The course's address and branch as pyproject.toml sets them: "owner/name branch".
course_setting() {
    python3 - "$REPO" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("set_repository", sys.argv[1] + "/tools/set_repository.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(*module.settings())
PY
}

# A working interpreter for Python version $1 ("3.12"): on PATH, or one pyenv installed.
find_python() {
    local candidate
    for candidate in "python$1" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/"python$1"; do
        if "$candidate" -c 'import venv, ensurepip' >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "Python $1 is needed: install it (e.g. pyenv install $1) and run again." >&2
    return 1
}
