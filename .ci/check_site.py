"""Check the built course site: every notebook has its page, with launch buttons that open that
notebook, its stored figures, and every cell tagged hide-input (every solution among them) folded.

    python .ci/check_site.py SITE_HTML_FOLDER
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def course_setting() -> tuple[str, str]:
    spec = importlib.util.spec_from_file_location("set_repository", REPO / "tools" / "set_repository.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.settings()


def problems_of_page(notebook: Path, page: str, slug: str, branch: str) -> list[str]:
    """What is wrong with one notebook's page (empty when nothing)."""
    name = f"notebooks/{notebook.name}"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    problems = []
    for button in [f"https://colab.research.google.com/github/{slug}/blob/{branch}/{name}",
                   f"https://mybinder.org/v2/gh/{slug}/{branch}?urlpath=lab/tree/{name}"]:
        if f'href="{button}"' not in page:
            problems.append(f"no launch button {button}")
    figures = sum("image/png" in o.get("data", {}) for c in cells if c["cell_type"] == "code" for o in c["outputs"])
    shown = len(re.findall(r'<img [^>]*src="[^"]*\.png"', page))
    if shown < figures:
        problems.append(f"{figures} stored figures but {shown} images on the page")
    tags = [c["metadata"].get("tags", []) for c in cells]
    unfolded = sum("solution" in t and "hide-input" not in t for t in tags)
    if unfolded:
        problems.append(f"{unfolded} solution cells not tagged hide-input (run python tools/execute_notebooks.py)")
    hidden = sum("hide-input" in t for t in tags)
    folded = len(re.findall(r'tag_hide-input[^"]*">\s*<details class="[^"]*hide above-input', page))
    if folded != hidden:
        problems.append(f"{hidden} cells tagged hide-input but {folded} folded on the page")
    return problems


def main(argv: list[str]) -> int:
    html = Path(argv[0])
    slug, branch = course_setting()
    problems = []
    notebooks = sorted((REPO / "notebooks").glob("*.ipynb"))
    for notebook in notebooks:
        page = html / "notebooks" / f"{notebook.stem}.html"
        if not page.is_file():
            problems.append(f"{notebook.name}: no page")
            continue
        problems += [f"{notebook.name}: {p}" for p in problems_of_page(notebook, page.read_text(encoding="utf-8"), slug, branch)]
    glossary = REPO / "notebooks" / "glossary.md"
    if glossary.exists() and not (html / "notebooks" / "glossary.html").is_file():
        problems.append("notebooks/glossary.md has no page")
    print("\n".join(problems) or f"site: {len(notebooks)} notebook pages with launch buttons, figures and folded cells")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
