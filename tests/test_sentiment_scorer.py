"""Tests for the course's scorer (helpers.sentiment.scorer, rules, overlay): every data row's example."""

from __future__ import annotations

import random

import pytest

from conftest import DATA
from helpers.resources import HelpersError, read_table, reload_data
from helpers.sentiment import (
    course_analyzer,
    course_words,
    default_analyzer,
    explain,
    phrase_rules,
    read_overlay,
    tones,
    word_classes,
)
from helpers.sentiment.rules import _expand, _valence

OVERLAY_ROWS = read_table("sentiment", "diplomacy_overlay.csv")
RULE_ROWS = read_table("sentiment", "phrase_rules.csv")


def sign(value: float) -> str:
    return "positive" if value > 0.05 else "negative" if value < -0.05 else "neutral"


def course(text: str) -> float:
    return course_analyzer().polarity_scores(text)["compound"]


@pytest.mark.parametrize("row", OVERLAY_ROWS, ids=[r["word"] for r in OVERLAY_ROWS])
def test_each_overlay_word_gives_its_example_the_valences_sign(row):
    assert row["word"] in row["example"].lower().split()
    valence = float(row["valence"])
    if valence == 0:
        assert course(row["example"]) == 0.0, "a word made neutral must not move its example"
    else:
        assert sign(course(row["example"])) == sign(valence)


def test_each_overlay_word_has_one_row():
    words = [r["word"] for r in OVERLAY_ROWS]
    assert sorted({w for w in words if words.count(w) > 1}) == [], "a later row would silently override an earlier one"


@pytest.mark.parametrize("row", RULE_ROWS, ids=[r["id"] for r in RULE_ROWS])
def test_each_phrase_rule_fires_on_its_example_with_the_expected_sign(row):
    fired = set(explain(row["example"])["rule"])
    assert row["id"] in fired, f"{row['id']} did not match its example"
    assert sign(course(row["example"])) == row["expected"]


def test_no_example_is_copied_from_the_course_article():
    article = (DATA / "article.txt").read_text(encoding="utf-8").lower()
    examples = [r["example"] for r in OVERLAY_ROWS + RULE_ROWS if len(r["example"].split()) >= 3]
    assert examples and not [e for e in examples if e.lower() in article]


@pytest.mark.parametrize(
    "text, plain, course_sign",
    [
        ("no one wants a war", "negative", "positive"),  # a denied conflict reassures
        ("we are not seeking confrontation", "positive", "positive"),  # VADER's own negation already did it
        ("they could face consequences", "neutral", "negative"),
        ("we will continue the negotiations", "neutral", "positive"),
        ("the talks will resume on Monday", "neutral", "neutral"),  # a fact stays neutral
        ("talks went ahead despite the tensions", "positive", "negative"),  # "despite" does not negate
        ("there has been no progress", "positive", "negative"),
    ],
)
def test_the_course_scorer_against_plain_vader(text, plain, course_sign):
    assert sign(default_analyzer().polarity_scores(text)["compound"]) == plain
    assert sign(course(text)) == course_sign


def test_curly_quotes_are_read_as_straight_ones():
    assert [w.text for w in course_words("‘real’ “remarkable” gains")] == ["real", "remarkable", "gains"]
    assert course("Ghana had shown “remarkable discipline”") == course('Ghana had shown "remarkable discipline"') > 0


def test_a_gap_does_not_cross_a_clause():
    assert "negated_conflict" not in set(explain("no, the war goes on")["rule"])
    assert "negated_conflict" in set(explain("nobody here wants war")["rule"])


def scores(text: str) -> list[float]:
    return explain(text)["score"].tolist()


def test_positive_words_of_vaders_lexicon_lose_the_discount():
    assert scores("they want a vote") == [0.0, 0.0, 0.0] and course("they want a vote") == 0.0  # "want" +0.3 is gone
    assert scores("we help them")[1] == 0.95  # VADER's +1.7, less 0.75
    assert scores("the ceasefire holds")[1] == 1.5  # an overlay word keeps the valence it was given for news
    assert scores("not good")[1] == -1.406  # a negative value is not discounted
    assert scores("nobody wants a war")[-1] == 2.146  # a phrase rule's value is kept
    assert default_analyzer().polarity_scores("we help them")["compound"] == 0.4019  # plain VADER unchanged


def test_words_that_name_what_happened_count_a_quarter():
    from helpers.sentiment.rules import event_words

    assert {"died", "crash", "terrorism"} <= event_words()
    assert scores("two people died in the crash") == [0.0, 0.0, -0.65, 0.0, 0.0, -0.425]  # VADER: -2.6 and -1.7
    assert scores("it was a tragic crash") == [0.0, 0.0, -2.0, -0.425]  # the speaker's judgement "tragic" keeps its value
    assert scores("we will combat terrorism")[-1] == 2.664  # a phrase rule's value is kept
    assert event_words() & set(word_classes()["conflict"]) == {"bombing"}  # conflict words ("war", "attack") are not events


def test_tones_keep_plain_vader_and_add_the_overlay_score():
    (first,) = tones(["There is no war"])
    assert list(first) == ["compound", "neg", "neu", "pos", "overlay_compound"]
    assert first["compound"] == -0.7269 and first["overlay_compound"] > 0


def test_a_reported_statement_keeps_a_share_of_its_sum_and_plain_vader_ignores_the_kind():
    from helpers.sentiment.scorer import REPORTED_WEIGHT

    quoted, reported, unknown = tones(["the plan failed and they lied"] * 3, kinds=["direct", "indirect", None])
    assert quoted["compound"] == reported["compound"] == unknown["compound"]  # plain VADER stays NLTK's
    assert quoted["overlay_compound"] == unknown["overlay_compound"] < reported["overlay_compound"] < 0
    scorer = course_analyzer()
    total = scorer.course_total([-2.3, -1.6], "the plan failed and they lied")  # (-2.3 - 1.6) / √2
    assert scorer.course_total([-2.3, -1.6], "the plan failed and they lied", reported=True) == pytest.approx(total * REPORTED_WEIGHT, abs=1e-3)
    assert scorer.course_total([0.0], "why?", reported=True) == -1.5  # the question step is not damped


def test_tones_want_one_kind_per_statement():
    with pytest.raises(HelpersError, match="2 statements and 1 kinds"):
        tones(["good", "bad"], kinds=["direct"])


def test_score_reads_the_kind_column_for_the_course_scorer_only():
    import pandas as pd

    from helpers.sentiment import score

    table = pd.DataFrame({"text": ["the plan failed"] * 2, "kind": ["direct", "indirect"]})
    course_scores = score(table, overlay="course")["compound"].tolist()
    assert course_scores == [t["overlay_compound"] for t in tones(table["text"], table["kind"])]
    assert course_scores[0] < course_scores[1] < 0
    assert score(table)["compound"].nunique() == 1


def test_the_shared_lexicon_is_untouched():
    plain = default_analyzer()
    course_analyzer()
    assert "invasion" not in plain.lexicon and plain.lexicon["security"] == 1.4
    assert course_analyzer().lexicon["security"] == 0.0 == read_overlay()["security"]
    assert "despite" in plain.constants.NEGATE and "despite" not in course_analyzer().constants.NEGATE


def test_rules_and_classes_are_read_once_and_reloadable():
    assert phrase_rules() is phrase_rules()
    assert "war" in word_classes()["conflict"]
    reload_data()
    assert [r.id for r in phrase_rules()] == [r["id"] for r in RULE_ROWS]


def test_bad_rules_get_one_sentence_errors():
    with pytest.raises(HelpersError, match="names the word class"):
        _expand(r"\b{nonsense}\b", "r1", {})
    with pytest.raises(HelpersError, match="not a regular expression"):
        _expand(r"(unclosed", "r1", {})
    with pytest.raises(HelpersError, match="or 'flip'"):
        _valence("very", "r1")
    with pytest.raises(HelpersError, match="between -4 and 4"):
        _valence("-7", "r1")
    assert _valence("flip", "r1") is None and _valence("-1.5", "r1") == -1.5


def test_the_trigger_prefilter_never_changes_a_score():
    import dataclasses

    from test_sentiment_vader import random_texts, statement_texts

    from helpers.sentiment import CourseScorer
    from helpers.sentiment.rules import not_negations

    course = course_analyzer()
    unfiltered = CourseScorer(
        course.lexicon, [dataclasses.replace(r, triggers=None) for r in phrase_rules()], not_negations(), course.news_words, course.event_words
    )
    marks = ["no.NOT war", "can't'x war", "x-don't war", "it's not-war", "NOT_war", "no-one wants war"]
    texts = statement_texts() + random_texts(200) + marks + [r["example"] for r in RULE_ROWS + OVERLAY_ROWS]
    assert all(r.triggers for r in phrase_rules())  # every rule is prefiltered
    for text in texts:
        assert unfiltered.polarity_scores(text) == course_analyzer().polarity_scores(text), text


def test_the_course_compound_is_the_compound_of_polarity_scores():
    from test_sentiment_vader import random_texts, statement_texts

    scorer = course_analyzer()
    texts = statement_texts() + random_texts(300) + ["", "!!!", "no war!!", "good?? bad??", "war but peace"]
    for text in texts:
        assert scorer.compound(text) == scorer.polarity_scores(text)["compound"], text


def test_the_plain_word_fast_path_matches_stripping_every_token():
    from test_sentiment_vader import random_texts, statement_texts

    from helpers.sentiment.scorer import _CLAUSE_END, _EDGE, _SENTENCE_END, _straight_words

    def slowly(text):
        out = []
        for token in text.split():
            core = token.strip(_EDGE)
            if len(token) > 1 and core:
                last = token.rstrip("\"')]")[-1:]
                out.append((core, "." if last in _SENTENCE_END else "," if last in _CLAUSE_END else ""))
        return out

    for text in statement_texts() + random_texts(300):
        words, boundaries = _straight_words(text)
        assert list(zip(words, boundaries)) == slowly(text), text


def test_the_course_scorer_keeps_nltks_steps():
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    from test_sentiment_vader import VADER_WORDS, random_texts, statement_texts

    from helpers.sentiment import CourseScorer
    from helpers.sentiment.rules import not_negations

    class WithNltkSteps(CourseScorer):
        """The course's scorer with NLTK's own negation and "but" steps."""

        _never_check = SentimentIntensityAnalyzer._never_check
        _but_check = SentimentIntensityAnalyzer._but_check
        _idioms_check = SentimentIntensityAnalyzer._idioms_check

        def _alone(self, words, i):
            return False  # every lexicon word through NLTK's sentiment_valence

    course = course_analyzer()
    reference = WithNltkSteps(course.lexicon, phrase_rules(), not_negations(), course.news_words, course.event_words)
    generator = random.Random(5)
    phrases = [" ".join(generator.choices(VADER_WORDS + ["despite", "war", "no", "peace"], k=generator.randint(1, 12))) for _ in range(500)]
    for text in statement_texts() + random_texts(300) + phrases:
        assert course_analyzer().polarity_scores(text) == reference.polarity_scores(text), text
        assert course_analyzer().compound(text) == reference.polarity_scores(text)["compound"], text
