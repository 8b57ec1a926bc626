"""Benchmark: words per second for the whole pipeline, and the command's start-up time.

    python benchmarks/run.py            # about 20 s on a 2-core machine
    python benchmarks/run.py --quick    # fewer repetitions

It analyses many articles (copies and variants of the course article, the sample article and
the dev set: joined, shuffled by paragraph, CRLF) in ONE process on one core, after import, with
helpers.analyze (everything in the JSON contract, sentiment included), and reports words/s.
It then times `python -m helpers --help` and `python -m helpers analyze data/article.txt` as
fresh processes (start-up = import + one small article). Targets: >= 50,000 words/s, start-up < 1.5 s.
This is a measurement, not a test: nothing fails when a number is missed.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import helpers  # noqa: E402
from helpers.article import read_article_text  # noqa: E402


def corpus(copies: int) -> list[tuple[str, str]]:
    """(text, published) pairs: originals plus variants, deterministic."""
    sources = [(ROOT / "data" / "article.txt", "2022-02-01"), (ROOT / "data" / "samples" / "city_budget_vote.txt", "2024-03-08")]
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("dev*.txt")):
        sources.append((path, "2023-01-01"))
    texts = [(read_article_text(p), d) for p, d in sources if p.exists()]
    rng = random.Random(0)
    out = []
    for n in range(copies):
        for text, date in texts:
            paragraphs = text.replace("\r\n", "\n").split("\n\n")
            body = paragraphs[1:]
            rng.shuffle(body)
            variant = "\n\n".join([paragraphs[0], *body])
            if n % 3 == 1:
                variant = variant.replace("\n", "\r\n")
            if n % 3 == 2:
                variant = variant + "\n\n" + text  # a long article
            out.append((variant, date))
    return out


def throughput(copies: int) -> float:
    docs = corpus(copies)
    words = sum(len(t.split()) for t, _ in docs)
    helpers.analyze(*docs[0])  # warm caches (tables, VADER lexicon)
    start = time.perf_counter()
    for text, date in docs:
        helpers.analyze(text, published=date)
    elapsed = time.perf_counter() - start
    print(f"pipeline: {len(docs)} articles, {words} words in {elapsed:.2f} s -> {words / elapsed:,.0f} words/s")
    return words / elapsed


def startup(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "helpers", *args], cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"start-up `python -m helpers {' '.join(args)}`: median {median:.2f} s over {runs} runs")
    return median


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    throughput(copies=3 if quick else 15)
    startup(["--help"], runs=3 if quick else 7)
    startup(["analyze", "data/article.txt"], runs=3 if quick else 7)
