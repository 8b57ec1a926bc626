import pytest

from helpers import HelpersError
from helpers.evaluate import match_spans, span_scores


def test_strict_and_relaxed():
    gold = [(0, 5), (10, 15)]
    pred = [(0, 5), (11, 15), (20, 25)]
    assert span_scores(pred, gold, "strict")[:3] == (0.333, 0.5, 0.4)
    assert span_scores(pred, gold, "relaxed")[:3] == (0.667, 1.0, 0.8)


def test_each_gold_span_matches_once():
    assert match_spans([(0, 2), (1, 4)], [(0, 4)], "relaxed") == [(1, 0)]


def test_empty_inputs_score_zero():
    assert span_scores([], [], "strict").f1 == 0.0


def test_unknown_mode():
    with pytest.raises(HelpersError, match="strict"):
        match_spans([], [], "fuzzy")
