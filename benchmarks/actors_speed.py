"""Benchmark: the actor stage's cost per 1,000 words, how it grows with length, and bad inputs.

    python benchmarks/actors_speed.py                      # this checkout only
    python benchmarks/actors_speed.py --baseline 392698b   # and an older commit, in the same run

The texts are copies of data/article.txt and tests/fixtures/articles/*.txt, each made unique (a
trailing whitespace line). Sentences and tokens are shared layers of the document, computed
before the clock starts; the stage is timed after import, on one core, best of several rounds.
Long articles join the texts' paragraphs up to 1,000 and 40,000 words; the ratio of their per-word
costs shows whether the stage grows linearly. The pathological inputs of issue 13 (8,000 x
"Ivan", 50,000 random capitalised words) are timed too. With ``--baseline``, the same
measurements run on the given commit's helpers (exported to a temporary folder with
``git archive``), old and new alternating. A measurement, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    paths = [ROOT / "data" / "article.txt", *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def long_text(words: int) -> str:
    """A headline, then body paragraphs of the texts in turn until ``words`` words."""
    paragraphs = [p for t in texts() for p in t.split("\n\n")[1:] if p.strip()]
    out, count, k = ["Long article"], 0, 0
    while count < words:
        para = paragraphs[k % len(paragraphs)]
        out.append(para)
        count += len(para.split())
        k += 1
    return "\n\n".join(out)


def pathological() -> dict[str, str]:
    rng = random.Random(0)
    letters = "abcdefghijklmnopqrstuvwxyz"
    random_words = " ".join(rng.choice(letters).upper() + "".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(50_000))
    return {
        "8000 x Ivan": "Ivan\n\n" + "Ivan " * 8000,
        "50000 random capitalised words": "Words\n\n" + random_words,
        "8000 x Russia": "Russia\n\n" + "Russia " * 8000,
        "He said she said x 20000 words": "Talk\n\n" + "He said she said " * 5000,
    }


def _runner(new: bool):
    """A function that runs the actor stage on a text, sentences and tokens already computed."""
    from helpers.article import article_from_text

    if new:
        from helpers.actors import read_actors
        from helpers.document import Document

        def prepare(text):
            doc = Document(article_from_text(text, published="2022-02-01"))
            doc.sentences, doc.tokens  # noqa: B018  (shared layers, not the stage's cost)
            return doc

        return prepare, read_actors
    from helpers import actors
    from helpers.alias_table import load_actor_table
    from helpers.text import sentences

    table = load_actor_table(None)

    def prepare_old(text):
        art = article_from_text(text, published="2022-02-01")
        sentences(art)
        return art

    return prepare_old, lambda art: actors._Doc(art, table).run()


def measure(new: bool, rounds: int) -> dict[str, float]:
    """Milliseconds per 1,000 words for the corpus, a 1,000-word and a 40,000-word article; seconds for bad inputs."""
    prepare, run = _runner(new)
    corpus = [t + "\n \n" for t in texts()]
    words = sum(len(t.split()) for t in corpus)
    result: dict[str, float] = {}
    for name, items, n in (("corpus", corpus, words), ("1k", [long_text(1000)], 1000), ("40k", [long_text(40000)], 40000)):
        best = float("inf")
        for r in range(rounds if name != "40k" else max(1, rounds // 2)):
            docs = [prepare(t + " " * (r + 1)) for t in items]
            start = time.perf_counter()
            for doc in docs:
                run(doc)
            best = min(best, time.perf_counter() - start)
        result[f"ms per 1000 words ({name})"] = round(best / n * 1e6, 2)
    result["40k / 1k per-word cost"] = round(result["ms per 1000 words (40k)"] / result["ms per 1000 words (1k)"], 2)
    if new:  # the old stage split its own words: the new one's cost with the token layer, for a fair comparison
        from helpers.article import article_from_text
        from helpers.document import Document

        best = float("inf")
        for r in range(rounds):
            docs = [Document(article_from_text(t + " " * (r + 1), published="2022-02-01")) for t in corpus]
            for doc in docs:
                doc.sentences  # noqa: B018
            start = time.perf_counter()
            for doc in docs:
                run(doc)
            best = min(best, time.perf_counter() - start)
        result["ms per 1000 words (corpus, tokens included)"] = round(best / words * 1e6, 2)
        for name, text in pathological().items():
            doc = prepare(text)
            start = time.perf_counter()
            layer = run(doc)
            result[f"seconds: {name}"] = round(time.perf_counter() - start, 2)
            result[f"longest id: {name}"] = max((len(a) for a in layer.actors), default=0)
    return result


def _export(rev: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="actors-baseline-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "helpers", "data"], check=True, capture_output=True).stdout
    tar = folder / "old.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as handle:
        handle.extractall(folder, filter="data")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="a git revision to compare with (in the same run)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=["new", "old"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(Path.cwd()))
        print(json.dumps(measure(args.child == "new", args.rounds)))
        return
    roots = {"new": ROOT}
    if args.baseline:
        roots["old"] = _export(args.baseline)
    results: dict[str, list[dict[str, float]]] = {k: [] for k in roots}
    for _ in range(3):  # alternate, so that machine load hits both alike
        for kind, root in roots.items():
            out = subprocess.run([sys.executable, __file__, "--child", kind, "--rounds", str(args.rounds)], cwd=root, check=True, capture_output=True, text=True)
            results[kind].append(json.loads(out.stdout))
    for kind, runs in results.items():
        print(f"== {kind} ({'this checkout' if kind == 'new' else args.baseline})")
        for key in runs[0]:
            print(f"  {key}: {min(r[key] for r in runs)}")


if __name__ == "__main__":
    main()
