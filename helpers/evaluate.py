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

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pandas as pd

from .resources import HelpersError, data_path

__all__ = ["Scores", "span_scores", "match_spans", "read_annotation"]


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
