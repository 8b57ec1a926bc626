"""Benchmark: milliseconds per 100 statements for plain VADER (NLTK's, then the course's faster
word split) and for the course's scorer, on the statements of the course article and the dev set.

    python benchmarks/sentiment.py

All scorers run in one process, interleaved, best of several rounds, so the ratios hold on a
busy machine. It also checks that the fast plain VADER gives NLTK's numbers on every statement.
This is a measurement, not a test: nothing fails when a number is missed.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.resources import vader_analyzer  # noqa: E402
from helpers.sentiment import course_analyzer, default_analyzer  # noqa: E402


def statements() -> list[str]:
    with (ROOT / "data" / "annotations" / "article_statements.csv").open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.json")):
        texts += [s["text"] for s in json.loads(path.read_text(encoding="utf-8"))["statements"]]
    return texts


def per_100(analyzer, texts: list[str], rounds: int = 7) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            analyzer.polarity_scores(text)
        best = min(best, time.perf_counter() - start)
    return 1000 * best * 100 / len(texts)


def main() -> None:
    texts = statements() * 10
    nltk, fast, course = vader_analyzer(), default_analyzer(), course_analyzer()
    assert all(nltk.polarity_scores(t) == fast.polarity_scores(t) for t in texts), "fast VADER differs from NLTK's"
    timings = {"NLTK VADER": [], "fast VADER": [], "course scorer": []}
    for _ in range(3):  # interleaved
        timings["NLTK VADER"].append(per_100(nltk, texts))
        timings["fast VADER"].append(per_100(fast, texts))
        timings["course scorer"].append(per_100(course, texts))
    best = {name: min(values) for name, values in timings.items()}
    print(f"{len(texts) // 10} statements x 10, ms per 100 statements (best of 21 rounds):")
    for name, value in best.items():
        print(f"  {name:14} {value:6.2f} ms  ({best['NLTK VADER'] / value:.2f}x NLTK's speed)")
    before, after = best["NLTK VADER"], best["fast VADER"] + best["course scorer"]
    print(f"  the JSON's tones: before (NLTK VADER) {before:.2f} ms, now (fast VADER + course scorer) {after:.2f} ms")


if __name__ == "__main__":
    main()
