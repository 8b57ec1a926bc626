import pandas as pd
import pytest

from helpers import HelpersError
from helpers.evaluate import align_ids, compare, match_spans, read_gold_json, span_scores


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


def frame(rows, attribute="value"):
    return pd.DataFrame(rows, columns=["start", "end", "text", attribute])


def test_compare_counts_values_and_lists_every_error():
    gold = frame([(0, 7, "Tuesday", "2022-02-01"), (10, 20, "last month", "2022-01"), (30, 34, "2014", "2014")])
    pred = frame([(0, 7, "Tuesday", "2022-02-01"), (15, 20, "month", "2022-02"), (40, 44, "soon", "FUTURE_REF")])
    result = compare(pred, gold, attribute="value", mode="relaxed")
    assert result.found[:3] == (0.667, 0.667, 0.667)
    assert result.attribute_accuracy == 0.5
    assert result.attribute.f1 == 0.333
    assert result.errors["error"].tolist() == ["wrong", "missed", "spurious"]
    wrong = result.errors.iloc[0]
    assert (wrong["text"], wrong["predicted_text"], wrong["predicted"], wrong["expected"]) == ("last month", "month", "2022-02", "2022-01")


def test_missing_values_compare_equal():
    gold = frame([(0, 3, "abc", None)], "speaker_id")
    pred = frame([(0, 3, "abc", float("nan"))], "speaker_id")
    assert compare(pred, gold, attribute="speaker_id").attribute_accuracy == 1.0


def test_discovered_ids_are_aligned_one_to_one():
    gold = frame([(0, 5, "Smith", "jo_smith"), (10, 15, "Smith", "jo_smith"), (20, 25, "Jones", "al_jones")], "actor_id")
    pred = frame([(0, 5, "Smith", "smith"), (10, 15, "Smith", "smith"), (20, 25, "Jones", "smith")], "actor_id")
    assert compare(pred, gold, attribute="actor_id", align=True).attribute_accuracy == 0.667
    assert compare(pred, gold, attribute="actor_id", align=False).attribute_accuracy == 0.0
    assert align_ids(["RUS", "x"], ["RUS", "y"]) == {"RUS": "RUS", "x": "y"}


def test_read_gold_json(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text('{"source": "a.txt", "timexes": [{"start": 5, "end": 9, "text": "2014", "type": "DATE", "value": "2014"}]}')
    gold = read_gold_json(path)
    assert gold["meta"]["source"] == "a.txt" and gold["timexes"]["value"].tolist() == ["2014"]
    assert gold["statements"].empty
    path.write_text("{not json")
    with pytest.raises(HelpersError, match="valid JSON"):
        read_gold_json(path)
