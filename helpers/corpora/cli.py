"""``python -m helpers evaluate FOLDER``: score the helpers on any annotated folder, in one line.

The folder's kind is detected from its files:

- BRAT attribution standoff (``.ann`` beside ``.txt``, e.g. PolNeAR): quotes and reported speech,
  *found* and *attributed* (:mod:`helpers.corpora.polnear`);
- TimeML (``.tml``, e.g. TimeBank/AQUAINT): time expressions, span (relaxed and strict) and value;
- the course's JSON annotations (``.json`` naming their ``.txt``, e.g. ``tests/fixtures/articles``):
  every layer, as :func:`helpers.evaluate.evaluate_collection` scores it; with ``--against OTHER_FOLDER``,
  a second annotator's files of the same names are scored in the helpers' place
  (:func:`helpers.evaluate.annotation_agreement`).

Errors go to stderr as one line, with exit code 2.

Example:
    >>> main(["tests/fixtures/articles", "--limit", "1"])  # doctest: +ELLIPSIS
    Course JSON annotations: 1 article in tests/fixtures/articles
    ...
    0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from ..resources import HelpersError, MissingResourceError

__all__ = ["main", "build_parser", "folder_kind"]

EXAMPLES = """examples:
  python -m helpers evaluate corpora/polnear/dev
  python -m helpers evaluate corpora/timebank_aquaint --limit 50 --errors
  python -m helpers evaluate tests/fixtures/articles
  python -m helpers evaluate corpora/polnear_actors_o --against corpora/polnear_actors_o2

Build the public corpora first with: python tools/build_corpora.py
exit codes: 0 success, 2 bad input (one line on stderr says what was wrong and how to fix it)
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``evaluate`` command's arguments."""
    parser = argparse.ArgumentParser(
        prog="python -m helpers evaluate",
        description="Score the helpers against an annotated folder (BRAT .ann+.txt, TimeML .tml, or the course's JSON).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", metavar="FOLDER", help="a folder of annotated articles, e.g. corpora/polnear/dev")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N articles (sorted by name)")
    parser.add_argument("--errors", action="store_true", help="also print the error table (one row per error)")
    parser.add_argument(
        "--against", metavar="OTHER_FOLDER",
        help="course JSON only: score a second person's annotations of the same articles (files of the same names "
        "in OTHER_FOLDER) instead of the helpers: how far two annotators agree, the ceiling for any machine",
    )
    parser.add_argument(
        "--speaker-fallback", choices=["phrase", "mention"], default="phrase",
        help="BRAT only, for statements without speaker_start/speaker_end: the engine's speaker phrase nearest "
        "the statement (phrase, default) or the nearest mention of speaker_id in the statement's sentences (mention)",
    )
    return parser


def folder_kind(folder: Path) -> tuple[str, list[Path]]:
    """``("brat" | "timeml" | "json", files)`` for a folder, sorted by name.

    Raises:
        HelpersError: the folder does not exist or holds no annotation the command reads.
    """
    if not folder.is_dir():
        raise HelpersError(f"{folder} is not a folder: give the folder that holds the annotated articles.")
    for kind, pattern in (("brat", "*.ann"), ("timeml", "*.tml"), ("json", "*.json")):
        files = sorted(folder.glob(pattern))
        if kind == "json":
            files = [f for f in files if f.with_suffix(".txt").exists() or _names_source(f)]
        if files:
            return kind, files
    raise HelpersError(
        f"{folder} holds no .ann (BRAT), .tml (TimeML) or course .json annotations: "
        "check the path (build public corpora with python tools/build_corpora.py)."
    )


def _names_source(path: Path) -> bool:
    import json

    try:
        return "source" in json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


#: The columns of a course JSON score table, and of its error table.
SCORE_COLUMNS = ["task", "subset", "measure", "precision", "recall", "f1", "matched", "found", "gold", "correct", "attribute_f1"]
JSON_ERROR_COLUMNS = ["article", "task", "error", "start", "end", "text", "predicted_text", "predicted", "expected"]

_FALLBACKS = {
    "phrase": "the engine's own speaker phrase (speaker_text) nearest the statement, outside it, in its paragraph first,",
    "mention": "the nearest mention of the statement's speaker_id within the sentences it overlaps",
}


def evaluate_brat(files: list[Path], errors: bool, fallback: str = "phrase") -> tuple[pd.DataFrame, pd.DataFrame | None, list[str]]:
    """Scores, error table and notes for BRAT attribution files (PolNeAR rules)."""
    from ..analysis import analyze
    from ..document import as_document
    from .brat import read_brat
    from .polnear import (
        Counts,
        score_article,
        scores_table,
        speaker_spans_from_mentions,
        speaker_spans_from_phrases,
    )

    totals = {"quotes": Counts(), "reported": Counts()}
    rows: list[dict] = []
    stood_in = 0
    for path in files:
        doc = read_brat(path)
        document = as_document(doc.text, doc.published, None, caller="evaluate")
        result = analyze(document)
        stood_in += sum("speaker_start" not in s for s in result["statements"])
        if fallback == "mention":
            statements = speaker_spans_from_mentions(result)
        else:
            phrases = [s.speaker_text or "" for s in document.statements]
            statements = speaker_spans_from_phrases(result["statements"], phrases, doc.text)
        scored = score_article(doc.attributions, statements, doc.text, doc.name)
        for layer, counts in scored.counts.items():
            totals[layer].add(counts)
        rows += scored.errors
    notes = []
    if stood_in:
        notes.append(
            f"speaker spans: FALLBACK for {_plural(stood_in, 'statement')} without speaker_start/speaker_end: "
            f"{_FALLBACKS[fallback]} stands in"
        )
    ignored = {layer: c.ignored for layer, c in totals.items()}
    notes.append(f"ignored (overlap an unscored attribution): {ignored['quotes']} quote statements, {ignored['reported']} reported")
    from .polnear import ERROR_COLUMNS

    return scores_table(totals), pd.DataFrame(rows, columns=ERROR_COLUMNS) if errors else None, notes


def evaluate_timeml(files: list[Path], errors: bool) -> tuple[pd.DataFrame, pd.DataFrame | None, list[str]]:
    """Scores and error table for TimeML files: time expression spans (relaxed, strict) and values."""
    from ..article import article_from_text
    from ..evaluate import compare
    from ..timeline import find_timexes
    from .polnear import scores
    from .timeml import read_timeml

    sums = {"span (relaxed)": [0, 0, 0], "span (strict)": [0, 0, 0], "value": [0, 0, 0]}
    tables = []
    for path in files:
        doc = read_timeml(path)
        found = find_timexes(article_from_text(doc.text, published=doc.published, source=doc.name))
        gold = doc.gold["timexes"]
        relaxed = compare(found, gold, "value", mode="relaxed")
        strict = compare(found, gold, mode="strict")
        for measure, s in (("span (relaxed)", relaxed.found), ("span (strict)", strict.found), ("value", relaxed.attribute)):
            sums[measure] = [a + b for a, b in zip(sums[measure], (s.true_positives, s.predicted, s.gold))]
        if errors and len(relaxed.errors):
            tables.append(relaxed.errors.assign(article=doc.name))
    rows = []
    for measure, (correct, predicted, gold) in sums.items():
        s = scores(correct, predicted, gold)
        rows.append({"layer": "time expressions", "measure": measure, "precision": s.precision, "recall": s.recall,
                     "f1": s.f1, "correct": correct, "predicted": predicted, "gold": gold})
    table = None
    if errors:
        columns = [c for c in JSON_ERROR_COLUMNS if c != "task"]
        table = pd.concat(tables)[columns] if tables else pd.DataFrame(columns=columns)
    return pd.DataFrame(rows), table, ["value: a match needs an overlapping span AND the same TIMEX3 value (TempEval-3's value F1)"]


def evaluate_json(files: list[Path], errors: bool) -> tuple[pd.DataFrame, pd.DataFrame | None, list[str]]:
    """Scores (and errors) for the course's JSON annotations, via :func:`helpers.evaluate.evaluate_collection`."""
    from ..evaluate import evaluate_collection

    table = evaluate_collection(files)
    table = table[SCORE_COLUMNS]
    notes = ["precision/recall/f1: spans found (relaxed); attribute_f1: span AND value/actor/speaker right"]
    if not errors:
        return table, None, notes
    from ..article import load_article
    from ..evaluate import evaluate_article, read_gold_json

    frames = []
    for path in files:
        gold = read_gold_json(path)
        article = load_article(path.parent / gold["meta"]["source"], published=gold["meta"]["publication_date"])
        for task, frame in evaluate_article(article, gold)["errors"].items():
            frames.append(frame.assign(article=path.stem, task=task))
    return table, pd.concat(frames)[JSON_ERROR_COLUMNS] if frames else pd.DataFrame(columns=JSON_ERROR_COLUMNS), notes


def evaluate_agreement(files: list[Path], other: Path, errors: bool) -> tuple[pd.DataFrame, pd.DataFrame | None, list[str]]:
    """Scores (and disagreements) of a second annotator, files of the same names in ``other``, against the first."""
    from ..evaluate import annotation_agreement

    result = annotation_agreement(files, other)
    table = result["scores"][SCORE_COLUMNS]
    notes = [f"the annotations in {other} stand where the helpers' output would (found, predicted); FOLDER's are the gold"]
    return table, result["errors"][JSON_ERROR_COLUMNS] if errors else None, notes


_TITLES = {"brat": "BRAT attributions (PolNeAR rules)", "timeml": "TimeML time expressions", "json": "Course JSON annotations",
           "agreement": "Two annotators of the same articles"}
_EVALUATORS = {"brat": evaluate_brat, "timeml": evaluate_timeml, "json": evaluate_json}


def main(argv: list[str] | None = None) -> int:
    """Run ``evaluate`` with ``argv`` (the arguments after ``evaluate``); returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.limit is not None and args.limit < 1:
            raise HelpersError(f"--limit must be a positive number of articles, not {args.limit}.")
        folder = Path(args.folder)
        kind, files = folder_kind(folder)
        files = files[: args.limit] if args.limit else files
        if args.against and kind != "json":
            raise HelpersError(f"--against compares two people's course JSON annotations, and {folder} holds {kind} files: "
                               "give a folder of course .json annotations.")
        if args.against:
            table, errors, notes = evaluate_agreement(files, Path(args.against), args.errors)
            kind = "agreement"
        elif kind == "brat":
            table, errors, notes = evaluate_brat(files, args.errors, args.speaker_fallback)
        else:
            table, errors, notes = _EVALUATORS[kind](files, args.errors)
    except (HelpersError, MissingResourceError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{_TITLES[kind]}: {_plural(len(files), 'article')} in {args.folder}")
    with pd.option_context("display.width", 200, "display.max_columns", None, "display.max_colwidth", 70,
                           "display.max_rows", None):
        print(table.to_string(index=False))
        for note in notes:
            print(f"note: {note}")
        if errors is not None:
            print(f"\nerrors ({len(errors)} rows)")
            print(errors.to_string(index=False) if len(errors) else "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
