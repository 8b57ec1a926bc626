"""Write the golden snapshot that tests/test_golden.py compares the helpers against.

    python tools/make_golden.py          # rewrite tests/golden/ from the helpers as they are now

The snapshot is the ``analyze()`` JSON of the course article (with and without its actors
table), the sample article and the dev set, plus only the *scores* on the held-out batches, so
that nobody reads their outputs. Rewrite it only for a change meant to alter results, and name
that change in tests/test_golden.py's list of allowed differences in the same commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import analyze, load_article  # noqa: E402
from helpers.evaluate import evaluate_collection  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def cases() -> dict[str, tuple[Path, str | None, Path | None]]:
    """name -> (article file, publication date or None, actors table or None)."""
    found = {
        "course": (ROOT / "data" / "article.txt", None, ROOT / "data" / "actors.csv"),
        "course_no_table": (ROOT / "data" / "article.txt", None, None),
        "sample": (ROOT / "data" / "samples" / "city_budget_vote.txt", None, ROOT / "data" / "samples" / "city_budget_vote.actors.csv"),
        "sample_no_table": (ROOT / "data" / "samples" / "city_budget_vote.txt", None, None),
    }
    for gold in sorted(FIXTURES.glob("dev*.json")):
        date = json.loads(gold.read_text(encoding="utf-8"))["publication_date"]
        found[gold.stem] = (gold.with_suffix(".txt"), date, None)
    return found


def snapshot(path: Path, published: str | None, actors: Path | None) -> dict:
    return analyze(load_article(path, published=published), actors=actors)


def heldout_scores() -> list[dict]:
    """Micro-averaged scores on every held-out article: numbers only, never their outputs."""
    paths = sorted((ROOT / "data" / "heldout").glob("h*.json"))
    return evaluate_collection(paths).to_dict("records")


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, (path, published, actors) in cases().items():
        out = GOLDEN / f"{name}.json"
        out.write_text(json.dumps(snapshot(path, published, actors), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (GOLDEN / "heldout_scores.json").write_text(json.dumps(heldout_scores(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases()) + 1} files to {GOLDEN.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
