"""Precision, recall and F1 of the helpers against hand annotations in ``data/annotations/``.

Spans match **strictly** when their offsets are equal and **relaxed** when they overlap
(each gold span pairs with at most one predicted span, greedily in document order).

Example:
    >>> gold = [(0, 5), (10, 15)]
    >>> span_scores([(0, 5), (11, 15), (20, 25)], gold, mode="strict")
    Scores(precision=0.333, recall=0.5, f1=0.4, true_positives=1, predicted=3, gold=2)
    >>> span_scores([(0, 5), (11, 15), (20, 25)], gold, mode="relaxed").f1
    0.8
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .resources import HelpersError, data_path
from .sentiment.agreement import annotator_agreement, disagreements, sign_table, tone_agreement

__all__ = [
    "annotator_agreement",
    "annotation_agreement",
    "disagreements",
    "sign_table",
    "tone_agreement",
    "Scores",
    "Comparison",
    "span_scores",
    "match_spans",
    "compare",
    "compare_statements",
    "align_ids",
    "read_annotation",
    "read_gold_json",
    "course_gold",
    "evaluate_article",
    "evaluate_collection",
    "score_layers",
    "ScoredLayer",
    "SCORED_LAYERS",
    "spans_of",
]


class Scores(NamedTuple):
    """Precision, recall and F1 (rounded to 3 places) with the counts behind them."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int


def _scores(true_positives: int, predicted: int, gold: int) -> Scores:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 3), round(recall, 3), round(f1, 3), true_positives, predicted, gold)


def match_spans(
    predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], mode: str = "strict"
) -> list[tuple[int, int]]:
    """Pairs ``(predicted_index, gold_index)`` of matching spans, each index used at most once.

    Args:
        mode: ``"strict"`` (equal offsets) or ``"relaxed"`` (any overlap; the largest
            overlap is taken first).
    """
    if mode not in ("strict", "relaxed"):
        raise HelpersError(f"mode must be 'strict' or 'relaxed', not {mode!r}.")
    candidates = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            if mode == "strict":
                if (ps, pe) == (gs, ge):
                    candidates.append((pe - ps, i, j))
            else:
                overlap = min(pe, ge) - max(ps, gs)
                if overlap > 0 or (overlap == 0 and ps == gs and pe == ge):
                    candidates.append((overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def span_scores(
    predicted: Iterable[tuple[int, int]], gold: Iterable[tuple[int, int]], mode: str = "strict"
) -> Scores:
    """Precision, recall and F1 of predicted spans against gold spans."""
    predicted, gold = list(predicted), list(gold)
    return _scores(len(match_spans(predicted, gold, mode)), len(predicted), len(gold))


def read_annotation(name: str) -> pd.DataFrame:
    """A hand annotation table from ``data/annotations/`` (``name`` without ``.csv``).

    Example:
        >>> read_annotation("article_sentences").columns[:3].tolist()
        ['start', 'end', 'text']
    """
    path = data_path("annotations", f"{name}.csv")
    return pd.read_csv(path, keep_default_na=False, dtype={"start": "int64", "end": "int64"})


class Comparison(NamedTuple):
    """How predicted spans compare with gold spans, and with their attribute (value, actor, speaker).

    Attributes:
        found: span scores (a prediction counts when its span matches a gold span).
        attribute_accuracy: among matched pairs, the share whose attribute agrees (None without one).
        attribute: scores where a true positive needs a matching span AND the right attribute
            (TempEval-3's "value F1"; for actors and speakers, "resolved F1").
        errors: one row per error: ``missed`` (gold not found), ``spurious`` (found, not in gold)
            or ``wrong`` (span matched, attribute differs), with both sides' text and values.
    """

    found: Scores
    attribute_accuracy: float | None
    attribute: Scores | None
    errors: pd.DataFrame


def align_ids(predicted_ids: Sequence[str], gold_ids: Sequence[str], known: Iterable[str] = ()) -> dict[str, str]:
    """Map predicted actor ids onto gold ids for matched mentions.

    An id that exists among the gold ids (or in ``known``) maps to itself, and so does a
    missing id (``""``: no speaker found), which is never aligned to anything. Other predicted ids
    (actors the helpers discovered and named themselves) are mapped one-to-one to the gold id
    they share the most matched mentions with, so an unseen article can be scored without
    agreeing on how to spell a new actor's id.

    Example:
        >>> align_ids(["kyslytsya", "kyslytsya", "UN"], ["sergiy_kyslytsya", "sergiy_kyslytsya", "UN"])
        {'UN': 'UN', 'kyslytsya': 'sergiy_kyslytsya'}
    """
    gold_set = set(gold_ids) | set(known)
    mapping = {p: p for p in set(predicted_ids) if p in gold_set or p == ""}
    taken = set(mapping.values())
    pairs = Counter((p, g) for p, g in zip(predicted_ids, gold_ids) if p not in mapping and g != "")
    for (p, g), _ in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        if p not in mapping and g not in taken:
            mapping[p] = g
            taken.add(g)
    return dict(sorted(mapping.items()))


def compare(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    attribute: str | None = None,
    mode: str = "relaxed",
    align: bool = False,
) -> Comparison:
    """Compare predicted and gold span tables (each with ``start``, ``end``, ``text``).

    Args:
        predicted, gold: DataFrames with ``start``, ``end``, ``text`` (and ``attribute``).
        attribute: a column to check on matched pairs, e.g. ``"value"``, ``"actor_id"``,
            ``"speaker_id"``; missing values (None/NaN/"") compare equal to each other.
        mode: ``"strict"`` or ``"relaxed"`` span matching.
        align: map predicted ids onto gold ids first (:func:`align_ids`), for actor ids.
    """
    pred_spans = list(zip(predicted["start"], predicted["end"]))
    gold_spans = list(zip(gold["start"], gold["end"]))
    pairs = match_spans(pred_spans, gold_spans, mode)
    found = _scores(len(pairs), len(pred_spans), len(gold_spans))

    def norm(value: object) -> str:
        return "" if value is None or (isinstance(value, float) and value != value) else str(value)

    pred_values = [norm(v) for v in predicted[attribute]] if attribute else []
    gold_values = [norm(v) for v in gold[attribute]] if attribute else []
    if attribute and align:
        mapping = align_ids([pred_values[i] for i, _ in pairs], [gold_values[j] for _, j in pairs], gold_values)
        pred_values = [mapping.get(v, v) for v in pred_values]

    rows = []
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    agree = 0
    for i, j in pairs:
        same = not attribute or pred_values[i] == gold_values[j]
        agree += same
        if not same:
            rows.append(_error_row("wrong", predicted, i, gold, j, pred_values[i], gold_values[j]))
    for j in range(len(gold_spans)):
        if j not in matched_g:
            rows.append(_error_row("missed", None, None, gold, j, "", gold_values[j] if attribute else ""))
    for i in range(len(pred_spans)):
        if i not in matched_p:
            rows.append(_error_row("spurious", predicted, i, None, None, pred_values[i] if attribute else "", ""))
    columns = ["error", "start", "end", "text", "predicted_text", "predicted", "expected", "rule"]
    columns += ["speaker_rule"] if "speaker_rule" in predicted.columns else []
    errors = pd.DataFrame(rows, columns=columns)
    if len(errors):
        errors = errors.sort_values(["start", "error"], kind="stable").reset_index(drop=True)
    if not attribute:
        return Comparison(found, None, None, errors)
    accuracy = round(agree / len(pairs), 3) if pairs else 0.0
    return Comparison(found, accuracy, _scores(agree, len(pred_spans), len(gold_spans)), errors)


def _error_row(kind, predicted, i, gold, j, predicted_value, expected_value) -> dict:
    """One error: where, the gold and found words and values, and the rules that made the found span
    (``rule``, and ``speaker_rule`` for statements; "" when nothing was found or no rule is named)."""
    source = gold if gold is not None else predicted

    def rule_of(column: str) -> str:
        if predicted is None or column not in predicted.columns:
            return ""
        value = predicted[column].iloc[i]
        return "" if value is None or (isinstance(value, float) and value != value) else str(value)

    index = j if gold is not None else i
    return {
        "rule": rule_of("rule"),
        "speaker_rule": rule_of("speaker_rule"),
        "error": kind,
        "start": int(source["start"].iloc[index]),
        "end": int(source["end"].iloc[index]),
        "text": gold["text"].iloc[j] if gold is not None else "",
        "predicted_text": predicted["text"].iloc[i] if predicted is not None else "",
        "predicted": predicted_value,
        "expected": expected_value,
    }


def read_gold_json(path: str | Path) -> dict[str, pd.DataFrame | dict]:
    """Read a gold annotation in the JSON form of ``tests/fixtures/articles/*.json``.

    Returns:
        ``{"meta": {...}, "timexes": DataFrame, "mentions": DataFrame, "actors": DataFrame,
        "statements": DataFrame}``; missing layers are empty frames.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise HelpersError(f"Cannot read the annotation {path.name} ({err}): check that it is valid JSON.") from None
    layers = {}
    for layer in ("timexes", "mentions", "actors", "statements"):
        frame = pd.DataFrame(data.get(layer, []))
        if "start" in frame:
            frame = frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
        layers[layer] = frame
    meta = {k: v for k, v in data.items() if k not in layers}
    return {"meta": meta, **layers}


#: Mention kinds grouped as the quality bars are stated.
MENTION_GROUPS = {
    "names": ("NAME", "TITLE_NAME"),
    "descriptions and metonyms": ("DESCRIPTION", "METONYM"),
    "adjectives": ("ADJECTIVE",),
    "pronouns": ("PRONOUN",),
}


def course_gold() -> dict[str, pd.DataFrame]:
    """The hand annotations of the course article: ``timexes``, ``mentions``, ``statements``."""
    return {
        "timexes": read_annotation("article_timexes"),
        "mentions": read_annotation("article_mentions"),
        "statements": read_annotation("article_statements"),
    }


def _row(task: str, subset: str, comparison: Comparison, attribute_name: str) -> dict:
    found, attribute = comparison.found, comparison.attribute
    return {
        "task": task,
        "subset": subset,
        "gold": found.gold,
        "found": found.predicted,
        "matched": found.true_positives,
        "correct": attribute.true_positives if attribute else found.true_positives,
        "precision": found.precision,
        "recall": found.recall,
        "f1": found.f1,
        "measure": attribute_name,
        "accuracy": comparison.attribute_accuracy,
        "attribute_f1": attribute.f1 if attribute else None,
    }


def compare_statements(predicted: pd.DataFrame, gold: pd.DataFrame, kind: str | None = None, mode: str = "strict") -> Comparison:
    """Score statements against a hand annotation: finding spans, then attributing them.

    A thin wrapper over :func:`compare` that can keep one kind on each side.

    Args:
        predicted: a :func:`helpers.statements.find_statements` table.
        gold: the annotation (``start, end, kind, speaker_id``), e.g.
            ``read_annotation("article_statements")``.
        kind: ``"direct"`` or ``"indirect"`` to score one kind (chosen on each side), or None.
        mode: span matching, ``"strict"`` (same offsets) or ``"relaxed"`` (overlap).

    Returns:
        A :class:`Comparison`: ``found`` (span scores), ``attribute_accuracy`` (the share of
        found statements whose speaker is right), ``attribute`` (scores counting a statement
        only when span and speaker are both right) and ``errors``.

    Example:
        >>> g = pd.DataFrame({"start": [0], "end": [3], "text": ["abc"], "kind": ["direct"], "speaker_id": ["a"]})
        >>> r = compare_statements(g.assign(speaker_id=["b"]), g)
        >>> r.found.f1, r.attribute_accuracy
        (1.0, 0.0)
    """
    if kind is not None:
        predicted = predicted[predicted["kind"] == kind]
        gold = gold[gold["kind"] == kind]
    predicted, gold = predicted.reset_index(drop=True), gold.reset_index(drop=True)
    for frame in (predicted, gold):
        if "text" not in frame:
            frame["text"] = ""
    return compare(predicted, gold, attribute="speaker_id", mode=mode)


def _subset(frame: pd.DataFrame, column: str, values: Sequence[str]) -> pd.DataFrame:
    return frame[frame[column].isin(values)].reset_index(drop=True)


def evaluate_article(article, gold: dict[str, pd.DataFrame], actors=None, mode: str = "relaxed") -> dict[str, Any]:
    """Run the helpers on ``article`` and compare each layer with ``gold``.

    Args:
        article: a loaded :class:`~helpers.article.Article`.
        gold: ``{"timexes", "mentions", "statements"}`` DataFrames (:func:`course_gold`,
            or :func:`read_gold_json`); a missing or empty layer is skipped.
        actors: the article's actors table (None: generic tables and discovery only).
        mode: span matching, ``"relaxed"`` (overlap) or ``"strict"`` (same offsets).

    Returns:
        ``{"scores": DataFrame (one row per task and subset), "errors": {task: DataFrame},
        "predicted": {task: DataFrame}}``. Actor and speaker ids are aligned with
        :func:`align_ids`, so discovered actors count when they group the right mentions.
    """
    from .actors import find_mentions
    from .statements import find_statements
    from .timeline import find_timexes

    predicted = {}
    if len(gold.get("timexes", ())):
        predicted["time expressions"] = find_timexes(article)
    if len(gold.get("mentions", ())):
        predicted["actor mentions"] = find_mentions(article, actors)
    if len(gold.get("statements", ())):
        predicted["statements"] = find_statements(article, mentions=predicted.get("actor mentions"), actors=actors)
    return score_layers(predicted, gold, mode)


class ScoredLayer(NamedTuple):
    """How one layer is scored: its gold layer, the attribute checked on matched spans, what the score
    table calls it, and the subsets scored apart by their ``kind`` column."""

    gold: str
    attribute: str
    measure: str
    subsets: dict[str, tuple[str, ...]]


#: The scored layers, by task name.
SCORED_LAYERS = {
    "time expressions": ScoredLayer("timexes", "value", "value", {}),
    "actor mentions": ScoredLayer("mentions", "actor_id", "actor", MENTION_GROUPS),
    "statements": ScoredLayer("statements", "speaker_id", "speaker", {"direct": ("direct",), "indirect": ("indirect",)}),
}


def score_layers(predicted: dict[str, pd.DataFrame], gold: dict[str, pd.DataFrame], mode: str = "relaxed") -> dict[str, Any]:
    """Compare ready-made layers with ``gold``: the scoring half of :func:`evaluate_article`.

    Args:
        predicted: ``{"time expressions", "actor mentions", "statements"}`` tables, from the
            helpers or from another annotator; a layer missing here or empty in ``gold`` is skipped.
        gold: ``{"timexes", "mentions", "statements"}`` DataFrames, as :func:`read_gold_json` reads them.
        mode: span matching, ``"relaxed"`` or ``"strict"``.

    Returns:
        ``{"scores", "errors", "predicted"}`` as :func:`evaluate_article` returns them.

    Example:
        >>> gold = {"mentions": pd.DataFrame({"start": [0, 9], "end": [5, 12], "text": ["Smith", "she"],
        ...                                   "actor_id": ["ann_smith"] * 2, "kind": ["NAME", "PRONOUN"]})}
        >>> other = {"actor mentions": gold["mentions"].iloc[:1]}
        >>> score_layers(other, gold)["scores"][["subset", "attribute_f1"]].values.tolist()
        [['all', 0.667], ['names', 1.0], ['pronouns', 0.0]]
    """
    rows, errors, kept = [], {}, {}
    for task, layer in SCORED_LAYERS.items():
        if task not in predicted or not len(gold.get(layer.gold, ())):
            continue
        found, truth = predicted[task], gold[layer.gold]
        align = layer.attribute != "value"  # actor and speaker ids are aligned; time values are not
        result = compare(found, truth, layer.attribute, mode, align=align)
        rows.append(_row(task, "all", result, layer.measure))
        for name, kinds in layer.subsets.items():
            sub_gold = _subset(truth, "kind", kinds)
            if len(sub_gold):
                sub = compare(_subset(found, "kind", kinds), sub_gold, layer.attribute, mode, align=align)
                rows.append(_row(task, name, sub, layer.measure))
        errors[task], kept[task] = result.errors, found
    return {"scores": pd.DataFrame(rows), "errors": errors, "predicted": kept}


def _summed(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Per-article score tables summed by task and subset, with the rates recomputed from the sums."""
    if not any(len(frame) for frame in frames):
        raise HelpersError("The annotations hold no time expressions, mentions or statements to score: "
                           "check that the JSON files have a non-empty 'timexes', 'mentions' or 'statements' list.")
    total = pd.concat(frames).groupby(["task", "subset", "measure"], sort=False)[["gold", "found", "matched", "correct"]].sum()
    rows = []
    for (task, subset, measure), counts in total.iterrows():
        found = _scores(int(counts["matched"]), int(counts["found"]), int(counts["gold"]))
        attribute = _scores(int(counts["correct"]), int(counts["found"]), int(counts["gold"]))
        accuracy = round(counts["correct"] / counts["matched"], 3) if counts["matched"] else 0.0
        rows.append(
            {"task": task, "subset": subset, **counts.astype(int).to_dict(), "precision": found.precision,
             "recall": found.recall, "f1": found.f1, "measure": measure, "accuracy": accuracy,
             "attribute_f1": attribute.f1}
        )
    return pd.DataFrame(rows)


def evaluate_collection(annotation_paths: Iterable[str | Path], mode: str = "relaxed") -> pd.DataFrame:
    """Micro-averaged scores over several annotated articles, with no article tables.

    Each JSON annotation (:func:`read_gold_json`) names its text in ``source`` (relative to the
    JSON file) and its ``publication_date``; articles are scored as unseen news: generic tables
    and discovery only.

    Returns:
        One row per task and subset with summed counts and precision, recall, F1 and attribute
        accuracy/F1 recomputed from the sums.
    """
    from .article import load_article

    frames = []
    for path in annotation_paths:
        path = Path(path)
        gold = read_gold_json(path)
        article = load_article(path.parent / gold["meta"]["source"], published=gold["meta"]["publication_date"])
        frames.append(evaluate_article(article, gold, actors=None, mode=mode)["scores"])
    if not frames:
        raise HelpersError("No annotations were given: pass the paths of one or more JSON annotation files.")
    return _summed(frames)


def annotation_agreement(annotation_paths: Iterable[str | Path], other_folder: str | Path, mode: str = "relaxed") -> dict[str, pd.DataFrame]:
    """How far a second annotator agrees with the first: the ceiling for any machine scored on them.

    Each JSON annotation in ``annotation_paths`` is the gold side; the file of the same name in
    ``other_folder`` (another person's annotation of the same text) takes the helpers' place, and
    is scored exactly as :func:`evaluate_collection` scores the helpers (ids aligned the same way).

    Returns:
        ``{"scores": DataFrame, "errors": DataFrame}``: the summed scores, one row per task and subset,
        and every disagreement (columns ``article``, ``task`` and those of :func:`compare`'s errors,
        ``predicted`` being the second annotator's value).

    Raises:
        HelpersError: no annotations were given, or ``other_folder`` lacks one of them, or the two
            annotate different texts.
    """
    other_folder = Path(other_folder)
    frames, disagreements = [], []
    for path in annotation_paths:
        path = Path(path)
        second = other_folder / path.name
        if not second.is_file():
            raise HelpersError(f"{other_folder} has no {path.name}: the second annotator must annotate the same articles, "
                               "in files of the same names.")
        gold, other = read_gold_json(path), read_gold_json(second)
        if gold["meta"].get("source") != other["meta"].get("source"):
            raise HelpersError(f"{path.name} and {second} annotate different texts ({gold['meta'].get('source')} and "
                               f"{other['meta'].get('source')}): pair annotations of the same article.")
        predicted = {task: other[layer.gold] if len(other[layer.gold]) else gold[layer.gold].iloc[:0]
                     for task, layer in SCORED_LAYERS.items() if len(gold[layer.gold])}
        result = score_layers(predicted, gold, mode)
        frames.append(result["scores"])
        disagreements += [errors.assign(article=path.stem, task=task) for task, errors in result["errors"].items()]
    if not frames:
        raise HelpersError("No annotations were given: pass the paths of one or more JSON annotation files.")
    return {"scores": _summed(frames), "errors": pd.concat(disagreements, ignore_index=True)}


def spans_of(text: str, phrases: Iterable[str], start: int = 0, end: int | None = None) -> pd.DataFrame:
    """Turn phrases you picked by reading into spans: each phrase's next occurrence, in order.

    Handy for annotating by hand: list the phrases in the order they appear in
    ``text[start:end]`` and get ``start, end, text`` rows with offsets into ``text``.

    Raises:
        HelpersError: a phrase does not occur (after the previous one) in that stretch.

    Example:
        >>> spans_of("On Monday and on Tuesday.", ["Monday", "Tuesday"]).values.tolist()
        [[3, 9, 'Monday'], [17, 24, 'Tuesday']]
    """
    end = len(text) if end is None else end
    rows, position = [], start
    for phrase in phrases:
        found = text.find(phrase, position, end)
        if found < 0:
            raise HelpersError(
                f"{phrase!r} does not occur in the text after position {position}: copy it exactly, "
                "and list the phrases in the order they appear."
            )
        rows.append({"start": found, "end": found + len(phrase), "text": phrase})
        position = found + len(phrase)
    return pd.DataFrame(rows, columns=["start", "end", "text"])
