"""The tone of each statement: plain VADER, the course's scorer beside it, and people's judgements.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM) looks every word up in a hand-rated lexicon (−4 … +4), adjusts for
negation ("not good"), boosters ("very"), "but" and capitals, and normalises the sum into
``compound`` (−1 … +1); ``neg``, ``neu`` and ``pos`` are the shares of negative, neutral and
positive weight. We use **NLTK's port** (``nltk.sentiment.vader``) reading the lexicon file of
the ``vaderSentiment`` package (see :func:`helpers.resources.vader_analyzer`); nothing is
downloaded. The two implementations differ in places (vaderSentiment turns "no war" positive,
NLTK's port does not), which the notebook shows.

The modules, one job each:

- :mod:`~helpers.sentiment.vader`: plain VADER, NLTK's numbers, with a faster word split;
- :mod:`~helpers.sentiment.overlay`: domain valences (``data/sentiment/diplomacy_overlay.csv``)
  applied to a *copy* of the lexicon;
- :mod:`~helpers.sentiment.rules` and :mod:`~helpers.sentiment.scorer`: the course's scorer,
  VADER's rules plus the overlay and phrase rules ("no war", "could face consequences"), all
  data in ``data/sentiment/``; its score is ``overlay_compound``, always shown beside VADER's;
- :mod:`~helpers.sentiment.scoring`: tables (scores per statement, per speaker, per word);
- :mod:`~helpers.sentiment.agreement`: correlations and a sign table against people's judgements.

Example:
    >>> import pandas as pd
    >>> from helpers.sentiment import score
    >>> st = pd.DataFrame({"start": [0], "end": [4], "text": ["good"], "speaker_id": ["a"]})
    >>> score(st)[["compound", "neg", "neu", "pos"]].values.tolist()
    [[0.4404, 0.0, 0.0, 1.0]]
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .overlay import OVERLAY, read_overlay, with_overlay
from .rules import phrase_rules, word_classes
from .scorer import CourseScorer, course_analyzer, course_words, explain_records, tones
from .vader import (
    SCORE_COLUMNS,
    FastAnalyzer,
    FastSentiText,
    default_analyzer,
    polarity,
    vader_words,
)

# The table functions need pandas: their modules load on first use, so that scoring the
# statements of one article (the command line) never imports pandas.
_LAZY = {
    **dict.fromkeys(["score", "by_speaker", "compare_overlay", "word_valences", "explain"], "scoring"),
    **dict.fromkeys(
        ["course_tones", "tone_agreement", "sign_table", "disagreements", "annotator_agreement", "tone_signs", "pearson", "spearman"],
        "agreement",
    ),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SCORE_COLUMNS",
    "OVERLAY",
    "default_analyzer",
    "polarity",
    "vader_words",
    "FastAnalyzer",
    "FastSentiText",
    "read_overlay",
    "with_overlay",
    "score",
    "by_speaker",
    "compare_overlay",
    "word_valences",
    "explain",
    "explain_records",
    "course_analyzer",
    "course_words",
    "CourseScorer",
    "tones",
    "phrase_rules",
    "word_classes",
    "course_tones",
    "tone_agreement",
    "sign_table",
    "disagreements",
    "annotator_agreement",
    "tone_signs",
    "pearson",
    "spearman",
]
