"""Point the Colab and Binder links at the course's public repository.

The address is one setting, ``[tool.news_as_data] repository`` (and ``branch``) in
pyproject.toml. After changing it, run

    python tools/set_repository.py          # rewrite README.md and every notebook
    python tools/set_repository.py --check  # exit 1 if anything is out of date (used by the tests)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLAB_URL = re.compile(r"https://colab\.research\.google\.com/github/[^)\s\"]+")
BINDER_URL = re.compile(r"https://mybinder\.org/v2/gh/[^)\s\"]+")
CLONE_LINE = re.compile(r"git clone -q --depth 1 --branch \S+ \S+ ")


def settings() -> tuple[str, str]:
    """(owner/name, branch) from pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[tool.news_as_data]", 1)[1].split("\n[", 1)[0]
    repository = re.search(r'^repository\s*=\s*"([^"]+)"', section, re.M).group(1)
    branch = re.search(r'^branch\s*=\s*"([^"]+)"', section, re.M).group(1)
    slug = re.sub(r"^https://github\.com/", "", repository).rstrip("/")
    return slug, branch


def rewrite(text: str, notebook: str | None, slug: str, branch: str) -> str:
    """Replace every Colab/Binder link and clone line in ``text`` with the current settings."""

    def colab(match: re.Match[str]) -> str:
        target = match.group(0).rsplit("/notebooks/", 1)[-1] if "/notebooks/" in match.group(0) else notebook
        return f"https://colab.research.google.com/github/{slug}/blob/{branch}/notebooks/{target}"

    text = COLAB_URL.sub(colab, text)
    text = BINDER_URL.sub(
        f"https://mybinder.org/v2/gh/{slug}/{branch}?urlpath=lab/tree/notebooks/00_start_here.ipynb", text
    )
    return CLONE_LINE.sub(f"git clone -q --depth 1 --branch {branch} https://github.com/{slug} ", text)


def targets() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "notebooks").glob("*.ipynb"))]


def main(argv: list[str]) -> int:
    slug, branch = settings()
    stale = []
    for path in targets():
        if not path.exists():
            continue
        old = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            nb = json.loads(old)
            for cell in nb["cells"]:
                source = "".join(cell["source"])
                cell["source"] = rewrite(source, path.name, slug, branch).splitlines(keepends=True)
            new = json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
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
