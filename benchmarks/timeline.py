"""Benchmark of the timeline stage: CPU time per 1,000 words, growth with length, bad inputs.

    python benchmarks/timeline.py               # this checkout
    python benchmarks/timeline.py OTHER_CHECKOUT --no-bad  # another checkout (e.g. main), to compare;
                                                           # --no-bad skips the bad inputs (minutes on main)

It times ``doc.timexes`` and ``doc.events`` (sentences computed beforehand: they belong to the
text stage) on the course article and the dev set, joined paragraph by paragraph: every
1,000-word window of that cycle, then a 40,000-word article of the same paragraphs, so that both
read the same mix of text. Then the pathological inputs of issue 13 at full size. CPU time
(``time.process_time``) keeps the numbers steadier on a shared machine. A measurement, not a
test: nothing fails when a target is missed (targets: <= 4 ms per 1,000 words on an idle core,
40k/1k ratio <= 1.3, each bad input a few seconds at most).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

_PATHS = [a for a in sys.argv[1:] if not a.startswith("--")]
ROOT = Path(_PATHS[0]).resolve() if _PATHS else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.article import article_from_text, read_article_text  # noqa: E402
from helpers.document import Document  # noqa: E402


def paragraphs() -> list[str]:
    """The body paragraphs of the course article and the dev set, in order."""
    paths = [ROOT / "data" / "article.txt", *sorted((ROOT / "tests" / "fixtures" / "articles").glob("dev*.txt"))]
    texts = [read_article_text(p) for p in paths if p.exists()]
    return [p for t in texts for p in t.replace("\r\n", "\n").split("\n\n")[1:] if p.strip()]


def article(paras: list[str], words: int, first: int, salt: int) -> tuple[str, int, int]:
    """About ``words`` words of paragraphs from ``first`` on (cycling), made unique by ``salt``."""
    out, count, at = [], 0, first
    while count < words:
        para = paras[at % len(paras)]
        out.append(para)
        count, at = count + len(para.split()), at + 1
    head = f"Headline {salt}\n\nUpdated: February 01, 2022, 8:59 PM\n\n"
    return head + "\n\n".join(out) + f"\n\nEnd {salt}.\n", count, at


def cpu_ms(text: str, published: str = "2022-02-01") -> float:
    """CPU milliseconds of the timeline layers of one text."""
    doc = Document(article_from_text(text, published=published))
    _ = doc.sentences
    start = time.process_time()
    _ = doc.timexes, doc.events
    return (time.process_time() - start) * 1000


def per_thousand_words(paras: list[str], words: int, rounds: int) -> float:
    total_ms = total_words = first = 0
    for number in range(rounds):
        text, count, first = article(paras, words, first, number * 7919 + words)
        total_ms += cpu_ms(text)
        total_words += count
    return total_ms / total_words * 1000


def main() -> None:
    paras = paragraphs()
    per_thousand_words(paras, 1000, 3)  # warm up: tables loaded, regexes compiled
    small = per_thousand_words(paras, 1000, 3 * len(paras) // 20)
    large = per_thousand_words(paras, 40000, 2)
    print(f"{ROOT}: {small:.2f} ms per 1,000 words at 1k words, {large:.2f} at 40k words (ratio {large / small:.2f})")
    dates = ", ".join(f"{1 + i % 28} January {2000 + i % 20}" for i in range(3000))
    bad = {
        "3,000 dates in one sentence": f"They met on {dates}.",
        "3,000 clock times and anaphora": " ".join(["On Monday at 3pm, the day before, two days later."] * 3000),
        "far dates (3000 years ago ...)": "It was built 3000 years ago, 300 centuries ago, 100000000000 weeks ago. " * 500,
    }
    if "--no-bad" in sys.argv:
        return
    for name, text in bad.items():
        seconds = cpu_ms("Title\n\n" + text) / 1000
        print(f"  {name}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
