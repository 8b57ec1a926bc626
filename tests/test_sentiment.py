"""Tests for helpers.sentiment: pinned VADER scores, the overlay, aggregates per speaker."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.resources import HelpersError
from helpers.sentiment import (
    by_speaker,
    compare_overlay,
    default_analyzer,
    read_overlay,
    score,
    with_overlay,
    word_valences,
)


def statements(*texts: str, speakers: list | None = None) -> pd.DataFrame:
    return pd.DataFrame({"start": range(len(texts)), "end": range(1, len(texts) + 1), "text": list(texts),
                         "speaker_id": speakers or ["a"] * len(texts)})


@pytest.mark.parametrize(
    "text, compound",
    [
        # the article's own examples, pinned for NLTK's port on the vaderSentiment 3.3.2 lexicon
        ("no European leader wants a war in the region", -0.7269),  # "no" is 4 words before "war": no negation
        ("We are ready to defend ourselves", 0.3612),  # only "ready" (+1.5) is in the lexicon
        ("hope for a settlement", 0.4404),
        ("de-escalation", 0.0),  # not in the lexicon
        ("not good", -0.3412),  # negation inside the 3-word window flips and damps "good"
        ("There is no war", -0.7269),  # NLTK's port does not negate after "no" (vaderSentiment does)
    ],
)
def test_pinned_nltk_scores(vader, text, compound):
    assert round(vader.polarity_scores(text)["compound"], 4) == compound


def test_vadersentiment_differs_on_no():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert round(SentimentIntensityAnalyzer().polarity_scores("There is no war")["compound"], 4) == 0.4847


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


def test_compare_overlay_lists_the_words_it_used():
    table = compare_overlay(statements("the invasion began", "good"))
    assert table.loc[0, ["compound", "overlay_words"]].tolist() == [0.0, "invasion"]
    assert table.loc[1, "change"] == 0.0


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


def test_word_valences_for_scoring_by_hand():
    table = word_valences("We are ready to defend ourselves")
    assert table.dropna().values.tolist() == [["ready", 1.5]]


def test_bad_input():
    with pytest.raises(HelpersError, match="'text' column"):
        score(["good"])
