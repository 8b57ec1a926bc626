"""Point the Colab and Binder links, the Colab set-up cell and the site at the course's repository.

The address is one setting, ``[tool.news_as_data] repository`` (and ``branch``) in
pyproject.toml. After changing it, run

    python tools/set_repository.py          # rewrite README.md, _config.yml and every notebook
    python tools/set_repository.py --check  # exit 1 if anything is out of date (used by the tests)

Every notebook's Colab set-up cell (the code cell whose first line starts with
``SETUP_MARKER``) is written whole from :func:`colab_setup_cell`; a notebook without one gets it
as its first code cell.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLAB_URL = re.compile(r"https://colab\.research\.google\.com/github/[^)\s\"]+")
BINDER_URL = re.compile(r"https://mybinder\.org/v2/gh/[^)\s\"]+")
SITE_REPOSITORY = re.compile(r"^(repository:\n  url: ).*\n(  branch: ).*$", re.M)
SETUP_MARKER = "# Set-up for Google Colab only"
# The folder the set-up cell clones into; Colab's is /content. CI points it at a fresh temporary folder.
CONTENT_SETTING = "NEWS_AS_DATA_CONTENT"
SETUP_TAGS = ["colab-setup", "hide-input"]

SETUP_TEMPLATE = '''\
{marker}: fetch the course and install its helpers. Elsewhere this does nothing.
import sys

if "google.colab" in sys.modules:
    import os
    import subprocess
    from importlib.metadata import PackageNotFoundError, version

    repository, branch = "{repository}", "{branch}"
    course = os.path.join(os.environ.get("{setting}", "/content"), "news-as-data")
    if not os.path.isdir(os.path.join(course, ".git")):
        clone = ["git", "clone", "-q", "--depth", "1", "--branch", branch, repository, course]
        git = subprocess.run(clone, capture_output=True, env={{**os.environ, "GIT_TERMINAL_PROMPT": "0"}})
        if git.returncode != 0:
            raise RuntimeError(
                f"The course could not be fetched from {{repository}} (branch {{branch}}): set its public "
                "address in [tool.news_as_data] repository in pyproject.toml, then run python tools/set_repository.py."
            )
    try:
        version("news-as-data-helpers")
    except PackageNotFoundError:
        pip = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-e", course], capture_output=True)
        if pip.returncode != 0:
            raise RuntimeError(f"pip could not install the course from {{course}}: run pip install -e {{course}} to see why.")
    if course not in sys.path:
        sys.path.insert(0, course)
    os.chdir(os.path.join(course, "notebooks"))'''


def settings() -> tuple[str, str]:
    """(owner/name, branch) from pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[tool.news_as_data]", 1)[1].split("\n[", 1)[0]
    repository = re.search(r'^repository\s*=\s*"([^"]+)"', section, re.M).group(1)
    branch = re.search(r'^branch\s*=\s*"([^"]+)"', section, re.M).group(1)
    slug = re.sub(r"^https://github\.com/", "", repository).rstrip("/")
    return slug, branch


def colab_setup_cell(slug: str, branch: str) -> str:
    """The source of the Colab set-up cell: plain Python, silent on success, safe to run twice.

    On Colab it clones the course into ``$NEWS_AS_DATA_CONTENT/news-as-data`` (default
    ``/content``) unless it is there, installs it unless installed, and changes into its
    ``notebooks/``; if the clone fails it raises one sentence naming the setting to fix.

    Example:
        >>> cell = colab_setup_cell("someone/course", "main")
        >>> cell.startswith(SETUP_MARKER), '"https://github.com/someone/course", "main"' in cell
        (True, True)
        >>> compile(cell, "setup", "exec") is not None  # no IPython magics: any Python lexer reads it
        True
    """
    return SETUP_TEMPLATE.format(
        marker=SETUP_MARKER, repository=f"https://github.com/{slug}", branch=branch, setting=CONTENT_SETTING
    )


def rewrite(text: str, notebook: str | None, slug: str, branch: str) -> str:
    """Replace every Colab and Binder link in ``text`` with the current settings."""

    def colab(match: re.Match[str]) -> str:
        target = match.group(0).rsplit("/notebooks/", 1)[-1] if "/notebooks/" in match.group(0) else notebook
        return f"https://colab.research.google.com/github/{slug}/blob/{branch}/notebooks/{target}"

    text = COLAB_URL.sub(colab, text)
    return BINDER_URL.sub(
        f"https://mybinder.org/v2/gh/{slug}/{branch}?urlpath=lab/tree/notebooks/00_start_here.ipynb", text
    )


def setup_cell(slug: str, branch: str, cell: dict | None = None) -> dict:
    """The Colab set-up code cell (keeping ``cell``'s id, if given), tagged and without output."""
    metadata = dict(cell["metadata"]) if cell else {}
    metadata["tags"] = [*[t for t in metadata.get("tags", []) if t not in SETUP_TAGS], *SETUP_TAGS]
    new = {"cell_type": "code", "execution_count": None, "metadata": metadata, "outputs": [],
           "source": colab_setup_cell(slug, branch).splitlines(keepends=True)}
    if cell and "id" in cell:
        new["id"] = cell["id"]
        new["execution_count"] = cell.get("execution_count")
    return new


def rewrite_notebook(old: str, name: str, slug: str, branch: str) -> str:
    """A notebook's JSON with current links and a current Colab set-up cell."""
    nb = json.loads(old)
    found = False
    for number, cell in enumerate(nb["cells"]):
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and source.startswith(SETUP_MARKER):
            nb["cells"][number] = cell = setup_cell(slug, branch, cell)
            found = True
        else:
            cell["source"] = rewrite(source, name, slug, branch).splitlines(keepends=True)
    if not found:
        first_code = next((n for n, c in enumerate(nb["cells"]) if c["cell_type"] == "code"), len(nb["cells"]))
        nb["cells"].insert(first_code, setup_cell(slug, branch))
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def rewrite_site_config(old: str, slug: str, branch: str) -> str:
    """The Jupyter Book ``_config.yml`` with the repository's address and branch."""
    return SITE_REPOSITORY.sub(lambda m: f"{m.group(1)}https://github.com/{slug}\n{m.group(2)}{branch}", old)


def targets() -> list[Path]:
    return [ROOT / "README.md", ROOT / "_config.yml", *sorted((ROOT / "notebooks").glob("*.ipynb"))]


def main(argv: list[str]) -> int:
    slug, branch = settings()
    stale = []
    for path in targets():
        if not path.exists():
            continue
        old = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            new = rewrite_notebook(old, path.name, slug, branch)
        elif path.suffix == ".yml":
            new = rewrite_site_config(old, slug, branch)
        else:
            new = rewrite(old, None, slug, branch)
        if new != old:
            stale.append(path.relative_to(ROOT).as_posix())
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
    if "--check" in argv and stale:
        print("Out of date with pyproject.toml: " + ", ".join(stale) + ". Run python tools/set_repository.py.")
        return 1
    print("\n".join(f"updated {s}" for s in stale) or "all links are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
