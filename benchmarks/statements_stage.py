"""Benchmark of the statement stage alone: time per 1,000 words, growth with length, bad inputs.

    python benchmarks/statements_stage.py              # normal news and the pathological inputs
    python benchmarks/statements_stage.py --old PATH   # also time an older statements module (a .py file)

Normal news: copies of data/article.txt and tests/fixtures/articles/*.txt (each made unique by a
trailing line), with the mentions computed beforehand (the actor stage is not timed) and no
VADER. Growth: one article of ~1,000 words against one of ~40,000 words (paragraphs of the same
texts, repeated), as the ratio of their costs per word. Pathological: the inputs of issue 13 at
full size, each run once with a time limit. A measurement, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from helpers.actors import find_mentions  # noqa: E402
from helpers.article import article_from_text, read_article_text  # noqa: E402

EMPTY = pd.DataFrame(columns=["start", "end", "text", "actor_id", "kind"])


def _old_module(path: str):
    spec = importlib.util.spec_from_file_location("helpers._old_statements", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _texts() -> list[str]:
    paths = [ROOT / "data" / "article.txt", *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    return [read_article_text(p) for p in paths]


def _articles(copies: int):
    out = []
    for n in range(copies):
        for i, text in enumerate(_texts()):
            article = article_from_text(text + f"\n\nCopy {n}-{i}.\n", published="2022-02-01")
            out.append((article, find_mentions(article)))
    return out


def _per_1000_words(finder, articles) -> float:
    words = sum(len(a.text.split()) for a, _ in articles)
    start = time.perf_counter()
    for article, mentions in articles:
        finder(article, mentions=mentions)
    return (time.perf_counter() - start) / words * 1000 * 1000


def _long_article(target_words: int):
    paragraphs = [p for text in _texts() for p in text.replace("\r\n", "\n").split("\n\n")[1:] if p.strip()]
    body, n = [], 0
    while n < target_words:
        for p in paragraphs:
            body.append(p)
            n += len(p.split())
            if n >= target_words:
                break
    article = article_from_text("A long article\n\n" + "\n\n".join(body) + "\n", published="2022-02-01")
    return article, find_mentions(article)


PATHOLOGICAL = {
    "40 KB word + ' officials said'": "T\n\n" + "a" * 40_000 + " officials said.\n",
    "20,000 \"": "T\n\n" + '"' * 20_000 + "\n",
    "alternating '\" (50 KB)": "T\n\n" + "'\"" * 25_000 + "\n",
    "nested quotes (74 KB)": "T\n\n" + "“‘" * 12_000 + "x" + "’”" * 12_000 + " he said.\n",
    "He said \" x 20,000": "T\n\n" + 'He said "' * 20_000 + "\n",
    "He said she said (288 KB)": "T\n\n" + "He said she said " * 17_000 + "\n",
}


def _pathological(finder) -> None:
    for name, text in PATHOLOGICAL.items():
        article = article_from_text(text, published="2022-02-01")
        start = time.perf_counter()
        found = finder(article, mentions=EMPTY)
        print(f"  {name:32} {time.perf_counter() - start:7.2f} s  ({len(text) // 1000} KB, {len(found)} statements)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="an older helpers/statements.py to time in the same run")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--skip-pathological", action="store_true")
    args = parser.parse_args()
    from helpers.statements import find_statements

    finders = {"new": find_statements}
    if args.old:
        finders["old"] = _old_module(args.old).find_statements
    articles = _articles(args.copies)
    short, long_ = _long_article(1_000), _long_article(40_000)
    for name, finder in finders.items():
        finder(*articles[0][:1], mentions=articles[0][1])  # warm the data tables
        normal = min(_per_1000_words(finder, articles) for _ in range(3))
        small = min(_per_1000_words(finder, [short]) for _ in range(5))
        big = _per_1000_words(finder, [long_])
        print(f"{name}: {normal:.2f} ms per 1,000 words on news; 40,000 words cost {big / small:.2f}x per word "
              f"what 1,000 words cost ({big:.2f} vs {small:.2f} ms per 1,000 words)")
    if not args.skip_pathological:
        print("pathological inputs (new):")
        _pathological(find_statements)


if __name__ == "__main__":
    main()
