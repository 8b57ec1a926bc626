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

from helpers.article import article_from_text, read_article_text  # noqa: E402
from helpers.document import Document  # noqa: E402

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


def _document(text: str) -> Document:
    """A document with its mentions and sentences computed (they are other stages' work)."""
    doc = Document(article_from_text(text, published="2022-02-01"))
    doc.mentions, doc.sentences  # noqa: B018
    return doc


def _articles(copies: int) -> list[Document]:
    return [_document(text + f"\n\nCopy {n}-{i}.\n") for n in range(copies) for i, text in enumerate(_texts())]


def _mentions_frame(doc: Document) -> pd.DataFrame:
    rows = [{"text": m.text, "start": m.start, "end": m.end, "actor_id": m.actor_id, "kind": m.kind} for m in doc.mentions]
    return pd.DataFrame(rows, columns=["text", "start", "end", "actor_id", "kind"])


def _records_new(doc: Document):
    from helpers.statements import statement_records

    return statement_records(doc)


def _records_old(finder):
    def records(doc: Document):  # what Document.statements did before the rebuild
        return finder(doc.article, mentions=_mentions_frame(doc)).to_dict("records")

    return records


def _frame_path(finder):
    def frame(doc: Document):  # the notebooks' path: a mentions DataFrame in, a DataFrame out
        return finder(doc.article, mentions=doc._frame)

    return frame


def _per_1000_words(stage, docs: list[Document]) -> float:
    words = sum(len(d.text.split()) for d in docs)
    start = time.process_time()  # CPU time: steadier than wall time on a shared machine
    for doc in docs:
        stage(doc)
    return (time.process_time() - start) / words * 1000 * 1000


def _long_article(target_words: int):
    paragraphs = [p for text in _texts() for p in text.replace("\r\n", "\n").split("\n\n")[1:] if p.strip()]
    body, n = [], 0
    while n < target_words:
        for p in paragraphs:
            body.append(p)
            n += len(p.split())
            if n >= target_words:
                break
    return _document("A long article\n\n" + "\n\n".join(body) + "\n")


PATHOLOGICAL = {
    "40 KB word + ' officials said'": "T\n\n" + "a" * 40_000 + " officials said.\n",
    "20,000 \"": "T\n\n" + '"' * 20_000 + "\n",
    "alternating '\" (50 KB)": "T\n\n" + "'\"" * 25_000 + "\n",
    "nested quotes (74 KB)": "T\n\n" + "“‘" * 18_500 + "x" + "’”" * 18_500 + " he said.\n",
    "He said \" x 20,000": "T\n\n" + 'He said "' * 20_000 + "\n",
    "He said she said (288 KB)": "T\n\n" + "He said she said " * 17_000 + "\n",
}


def _pathological(finder) -> None:
    for name, text in PATHOLOGICAL.items():
        article = article_from_text(text, published="2022-02-01")
        start = time.process_time()
        found = finder(article, mentions=EMPTY)
        print(f"  {name:32} {time.process_time() - start:7.2f} s CPU  ({len(text) // 1000} KB, {len(found)} statements)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="an older helpers/statements.py to time in the same run")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-pathological", action="store_true")
    args = parser.parse_args()
    from helpers.statements import find_statements

    stages = {"new records (Document.statements)": _records_new, "new DataFrame (find_statements)": _frame_path(find_statements)}
    if args.old:
        old = _old_module(args.old).find_statements
        stages["old records (Document.statements)"] = _records_old(old)
        stages["old DataFrame (find_statements)"] = _frame_path(old)
    docs = _articles(args.copies)
    short, long_ = _long_article(1_000), _long_article(40_000)
    for doc in [*docs, short, long_]:
        doc._frame = _mentions_frame(doc)
    for stage in stages.values():
        stage(docs[0])  # warm the data tables
    best: dict[str, list[float]] = {name: [float("inf")] * 3 for name in stages}
    for _ in range(args.rounds):  # stages interleaved, best of each: fair when the machine's load varies
        for name, stage in stages.items():
            times = (_per_1000_words(stage, docs), _per_1000_words(stage, [short]), _per_1000_words(stage, [long_]))
            best[name] = [min(a, b) for a, b in zip(best[name], times)]
    for name, (normal, small, big) in best.items():
        print(f"{name}: {normal:.2f} ms per 1,000 words on news; 40,000 words: {big / small:.2f}x the cost per word "
              f"of 1,000 words ({big:.2f} vs {small:.2f} ms per 1,000 words)")
    if not args.skip_pathological:
        print("pathological inputs (new):")
        _pathological(find_statements)


if __name__ == "__main__":
    main()
