"""Tests for helpers.sentiment.vader: plain VADER keeps NLTK's numbers with its faster word split."""

from __future__ import annotations

import csv
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentiText, VaderConstants

from conftest import DATA, FIXTURES
from helpers.sentiment import FastAnalyzer, FastSentiText, default_analyzer, polarity, vader_words

PUNCTUATION = VaderConstants.PUNC_LIST


def nltk_words(text: str) -> list[str]:
    return SentiText(text, PUNCTUATION, VaderConstants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons


def fast_words(text: str) -> list[str]:
    return FastSentiText(text, PUNCTUATION, None).words_and_emoticons


def statement_texts() -> list[str]:
    with (DATA / "annotations" / "article_statements.csv").open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    for path in sorted((FIXTURES / "articles").glob("*.json")):
        texts += [s["text"] for s in json.loads(path.read_text(encoding="utf-8"))["statements"]]
    return texts


def random_texts(count: int = 400) -> list[str]:
    pieces = ["war", "peace", "good", "NOT", "no", "but", "very", "kind", "of", "'", '"', ",", ".", "!", "!!", "?!?",
              "-", ":", ";", "“", "”", "’", "(", ")", "...", ":)", "a", "I", "de-escalation", "can't", "x", " ", "\n"]
    generator = random.Random(14)
    texts = []
    for _ in range(count):
        parts = generator.choices(pieces, k=generator.randint(0, 14))
        texts.append("".join(p if generator.random() < 0.5 else p + " " for p in parts))
    return texts


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
        ("Ghana had shown “remarkable discipline”", 0.0),  # a curly quote hides "remarkable" from VADER
    ],
)
def test_pinned_nltk_scores(vader, text, compound):
    assert round(vader.polarity_scores(text)["compound"], 4) == compound
    assert default_analyzer().polarity_scores(text)["compound"] == compound


def test_vadersentiment_differs_on_no():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert round(SentimentIntensityAnalyzer().polarity_scores("There is no war")["compound"], 4) == 0.4847


def test_the_fast_split_is_nltks_on_every_statement_and_on_random_text(vader):
    texts = statement_texts() + random_texts()
    assert len(texts) > 500
    for text in texts:
        assert fast_words(text) == nltk_words(text), text
        assert default_analyzer().polarity_scores(text) == vader.polarity_scores(text), text


def test_the_fast_split_is_nltks_on_random_characters():
    generator = random.Random(9)
    alphabet = "ab Z'\".,!?-:;“’()\n"
    for _ in range(2000):
        text = "".join(generator.choices(alphabet, k=generator.randint(0, 30)))
        assert fast_words(text) == nltk_words(text), repr(text)


def test_the_fast_split_would_notice_a_difference():
    # NLTK keeps a token with punctuation on both sides, and one whose mark is not in its list
    assert fast_words("'yes' ...no !!ok") == ["'yes'", "...no", "ok"]
    assert fast_words("'yes' ...no !!ok") != ["yes", "no", "ok"]


def test_fast_analyzer_uses_the_lexicon_it_is_given():
    assert FastAnalyzer({"good": 1.9}).polarity_scores("good")["compound"] == 0.4404
    assert FastAnalyzer({}).polarity_scores("good")["compound"] == 0.0


def test_polarity_rounds_and_orders_the_four_scores():
    assert polarity(["good", ""]) == [
        {"compound": 0.4404, "neg": 0.0, "neu": 0.0, "pos": 1.0},
        {"compound": 0.0, "neg": 0.0, "neu": 0.0, "pos": 0.0},
    ]


def test_vader_words_are_what_vader_looks_up():
    assert vader_words("Good, “very” good!") == ["good", "“very”", "good"]


VADER_WORDS = ["good", "GOOD", "bad", "war", "not", "isn't", "never", "so", "this", "very", "extremely", "kind", "of",
               "sort", "least", "at", "but", "BUT", "no", "yeah", "right", "cut", "the", "mustard", "hand", "to", "mouth",
               "back", "handed", "happy", "!", "?", "'", '"', ",", "“", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VADER_WORDS), max_size=16), st.lists(st.booleans(), max_size=16))
def test_plain_vader_is_nltks_on_random_phrases(vader, words, glued):
    text = "".join(w + ("" if g else " ") for w, g in zip(words, glued + [False] * len(words)))
    assert default_analyzer().polarity_scores(text) == vader.polarity_scores(text), text


def test_scores_of_words_that_all_count_zero_are_nltks(vader):
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    for zeros in ([0], [0, 0.0, -0.0], [-0.0] * 5, [0] * 40):
        for text in ("", "ok", "no!!!", "what?? why??"):
            fast = default_analyzer().score_valence(list(zeros), text)
            assert fast == SentimentIntensityAnalyzer.score_valence(vader, list(zeros), text)
            assert [str(v) for v in fast.values()] == [str(v) for v in SentimentIntensityAnalyzer.score_valence(vader, list(zeros), text).values()]
    assert default_analyzer().score_valence([0, 1.5], "ok") == vader.score_valence([0, 1.5], "ok")
