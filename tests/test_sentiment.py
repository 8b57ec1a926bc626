"""Tests for helpers.sentiment.scoring and the package's names: scores, the overlay, per speaker."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.resources import HelpersError
from helpers.sentiment import (
    by_speaker,
    compare_overlay,
    default_analyzer,
    explain,
    read_overlay,
    score,
    with_overlay,
    word_valences,
)


def statements(*texts: str, speakers: list | None = None) -> pd.DataFrame:
    return pd.DataFrame({"start": range(len(texts)), "end": range(1, len(texts) + 1), "text": list(texts),
                         "speaker_id": speakers or ["a"] * len(texts)})


def test_score_adds_the_four_columns_and_keeps_rows():
    table = score(statements("good", "bad news", ""))
    assert table.columns.tolist()[-4:] == ["compound", "neg", "neu", "pos"]
    assert table["compound"].tolist() == [0.4404, -0.5423, 0.0]
    assert len(table) == 3


def test_the_overlay_is_visible_and_never_changes_the_shared_lexicon():
    plain = default_analyzer()
    size = len(plain.lexicon)
    table = score(statements("the invasion of Ukraine", "de-escalation"), overlay="course")
    assert table["compound"].tolist() == [-0.5423, 0.4215]
    assert len(plain.lexicon) == size and "invasion" not in plain.lexicon
    assert with_overlay(plain, {"talks": 1.0}).lexicon["talks"] == 1.0
    assert score(statements("talks"))["compound"].tolist() == [0.0]


def test_compare_overlay_lists_the_words_and_rules_it_used():
    table = compare_overlay(statements("the invasion began", "good", "nobody wants a war"))
    assert table.columns.tolist() == ["text", "compound", "compound_overlay", "change", "overlay_words", "rules"]
    assert table["text"].tolist() == ["nobody wants a war", "the invasion began", "good"]  # largest change first
    assert table.loc[0, "rules"] == "negated_conflict" and table.loc[0, "compound"] < 0 < table.loc[0, "compound_overlay"]
    assert table.loc[1, ["compound", "overlay_words", "rules"]].tolist() == [0.0, "invasion", ""]
    assert table.loc[2, ["change", "overlay_words", "rules"]].tolist() == [-0.1558, "", ""]  # the positive discount alone


def test_compare_overlay_with_your_own_words_keeps_vaders_rules():
    table = compare_overlay(statements("talks resumed", "nobody wants a war"), overlay={"talks": 1.0})
    assert table["rules"].tolist() == ["", ""] and table.loc[0, "overlay_words"] == "talks"
    assert table.loc[1, "change"] == 0.0  # no phrase rules with a custom overlay


def test_score_with_the_course_overlay_is_the_course_scorer():
    table = score(statements("There is no war", "good"), overlay="course")
    assert table["compound"].tolist() == [0.4847, 0.2846]  # "good" loses the positive discount


def test_explain_shows_each_word_beside_vader():
    table = explain("the “invasion” of security")
    assert table.columns.tolist() == ["word", "vader", "course", "score", "rule"]
    assert table[["word", "vader", "course"]].values.tolist() == [
        ["the", None, None], ["invasion", None, -2.5], ["of", None, None], ["security", 1.4, 0.0]]


def test_read_overlay_errors(tmp_path):
    assert read_overlay()["de-escalation"] == 1.8
    bad = tmp_path / "bad.csv"
    bad.write_text("word,valence\nwar,very bad\n", encoding="utf-8")
    with pytest.raises(HelpersError, match="write a number"):
        read_overlay(bad)
    bad.write_text("word,valence\nwar,-9\n", encoding="utf-8")
    with pytest.raises(HelpersError, match="between -4 and 4"):
        read_overlay(bad)
    bad.write_text("term,score\nwar,-1\n", encoding="utf-8")
    with pytest.raises(HelpersError, match="word,valence"):
        read_overlay(bad)


def test_by_speaker_counts_means_and_spreads():
    scored = score(statements("good", "bad", "fine", speakers=["a", "a", None]))
    table = by_speaker(scored)
    assert table.columns.tolist() == ["speaker", "count", "mean", "spread", "min", "max"]
    assert table.values.tolist() == [["a", 2, -0.051, 0.491, -0.542, 0.44], ["(unknown)", 1, 0.202, 0.0, 0.202, 0.202]]
    with pytest.raises(HelpersError, match="run score"):
        by_speaker(statements("x"))
    assert by_speaker(scored.assign(other=[1.0, 0.0, 0.5]), column="other")["mean"].tolist() == [0.5, 0.5]


def test_word_valences_for_scoring_by_hand():
    table = word_valences("We are ready to defend ourselves")
    assert table.dropna().values.tolist() == [["ready", 1.5]]
    # the words as VADER sees them: a curly quote hides "remarkable", one-letter words are dropped
    assert word_valences("a “remarkable” result").values.tolist() == [["“remarkable”", None], ["result", None]]


def test_bad_input():
    with pytest.raises(HelpersError, match="'text' column"):
        score(["good"])


def test_compare_overlay_reads_reported_speech_by_its_kind():
    from helpers.sentiment.scorer import REPORTED_WEIGHT, course_analyzer

    quoted = compare_overlay(pd.DataFrame({"text": ["the plan failed"], "kind": ["direct"]}))
    reported = compare_overlay(pd.DataFrame({"text": ["the plan failed"], "kind": ["indirect"]}))
    assert quoted["compound_overlay"][0] == course_analyzer().compound("the plan failed") == -0.5106
    assert reported["compound_overlay"][0] == course_analyzer().compound("the plan failed", reported=True) == -0.4506
    assert REPORTED_WEIGHT < 1 and reported["compound"][0] == quoted["compound"][0]  # plain VADER ignores the kind
