"""The tone of each statement: VADER on the statement's own words, per speaker, with an overlay.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM) looks every word up in a hand-rated lexicon (−4 … +4), adjusts for
negation ("not good"), boosters ("very"), "but" and capitals, and normalises the sum into
``compound`` (−1 … +1); ``neg``, ``neu`` and ``pos`` are the shares of negative, neutral and
positive weight. We use **NLTK's port** (``nltk.sentiment.vader``) reading the lexicon file of
the ``vaderSentiment`` package (see :func:`helpers.resources.vader_analyzer`); nothing is
downloaded. The two implementations differ in places (vaderSentiment turns "no war" positive,
NLTK's port does not), which the notebook shows.

VADER was built for social media, not diplomacy: it has no entry for "invasion", "sanctions"
or "de-escalation". An **overlay** (``data/sentiment/diplomacy_overlay.csv``) adds such words
to a *copy* of the lexicon, never to the shared analyser, and :func:`compare_overlay` shows
both scores side by side so its effect is visible.

Example:
    >>> import pandas as pd
    >>> st = pd.DataFrame({"start": [0], "end": [4], "text": ["good"], "speaker_id": ["a"]})
    >>> score(st)[["compound", "neg", "neu", "pos"]].values.tolist()
    [[0.4404, 0.0, 0.0, 1.0]]
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .resources import HelpersError, read_table, vader_analyzer

__all__ = ["SCORE_COLUMNS", "default_analyzer", "read_overlay", "with_overlay", "score", "by_speaker", "compare_overlay", "word_valences"]

#: the columns :func:`score` adds
SCORE_COLUMNS = ["compound", "neg", "neu", "pos"]
#: the overlay shipped with the course
OVERLAY = ("sentiment", "diplomacy_overlay.csv")


@lru_cache(maxsize=1)
def default_analyzer():
    """One shared NLTK VADER analyser (reading the lexicon takes ~50 ms, so it is built once)."""
    return vader_analyzer()


def read_overlay(path: str | Path | None = None) -> dict[str, float]:
    """An overlay lexicon as ``{word: valence}``: the course's, or a CSV ``word,valence[,note]``.

    Raises:
        HelpersError: the file lacks the columns or a valence is not a number in −4 … +4.

    Example:
        >>> read_overlay()["invasion"]
        -2.5
    """
    if path is None:
        rows: Any = read_table(*OVERLAY)
        name = "/".join(OVERLAY)
    else:
        frame = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
        rows, name = frame.to_dict("records"), str(path)
    overlay: dict[str, float] = {}
    for row in rows:
        if "word" not in row or "valence" not in row:
            raise HelpersError(f"The overlay {name} needs the columns word,valence (one word and its VADER valence per row).")
        try:
            value = float(row["valence"])
        except ValueError:
            raise HelpersError(f"The overlay {name} gives {row['word']!r} the valence {row['valence']!r}: write a number such as -1.5.") from None
        if not -4 <= value <= 4:
            raise HelpersError(f"The overlay {name} gives {row['word']!r} the valence {value}: VADER valences lie between -4 and 4.")
        overlay[row["word"].strip().lower()] = value
    return overlay


def with_overlay(analyzer=None, overlay: Mapping[str, float] | str | Path | None = None):
    """A copy of ``analyzer`` whose lexicon has the overlay's words added or replaced.

    The analyser given (or the shared default) is left unchanged: its lexicon dict is copied.

    Args:
        analyzer: an NLTK or vaderSentiment ``SentimentIntensityAnalyzer``; None = the default.
        overlay: ``{word: valence}``, a CSV path, or None for the course's overlay.

    Example:
        >>> plain = default_analyzer()
        >>> mine = with_overlay(plain)
        >>> "invasion" in plain.lexicon, mine.lexicon["invasion"]
        (False, -2.5)
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    words = overlay if isinstance(overlay, Mapping) else read_overlay(overlay)
    clone = copy.copy(analyzer)
    clone.lexicon = dict(analyzer.lexicon)
    clone.lexicon.update({w.lower(): float(v) for w, v in words.items()})
    return clone


def _check(statements: pd.DataFrame) -> None:
    if not isinstance(statements, pd.DataFrame) or "text" not in statements.columns:
        raise HelpersError("Give a DataFrame of statements with a 'text' column (as find_statements returns).")


def score(statements: pd.DataFrame, analyzer=None, overlay: Mapping[str, float] | str | Path | None = None) -> pd.DataFrame:
    """The statements with VADER's ``compound, neg, neu, pos`` for each one's own words.

    Args:
        statements: a table with a ``text`` column (e.g. :func:`helpers.statements.find_statements`).
        analyzer: a VADER analyser; None = NLTK's, built once.
        overlay: None for plain VADER; ``"course"`` for the course's diplomacy overlay; or
            your own ``{word: valence}`` dict or CSV path.

    Returns:
        A copy of ``statements`` with the four score columns added (rounded to 4 places).
    """
    _check(statements)
    analyzer = default_analyzer() if analyzer is None else analyzer
    if overlay is not None:
        analyzer = with_overlay(analyzer, None if overlay == "course" else overlay)
    scored = statements.copy()
    values = polarity(scored["text"].astype(str), analyzer)
    for column in SCORE_COLUMNS:
        scored[column] = pd.Series([v[column] for v in values], index=scored.index, dtype="float64")
    return scored


def polarity(texts: Iterable[str], analyzer=None) -> list[dict[str, float]]:
    """VADER's ``compound, neg, neu, pos`` for each text, rounded to 4 places (what :func:`score` adds).

    Example:
        >>> polarity(["good"])
        [{'compound': 0.4404, 'neg': 0.0, 'neu': 0.0, 'pos': 1.0}]
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    values = [analyzer.polarity_scores(text) for text in texts]
    return [{column: round(float(v[column]), 4) for column in SCORE_COLUMNS} for v in values]


def by_speaker(scored: pd.DataFrame, speaker: str = "speaker_id") -> pd.DataFrame:
    """Per speaker: how many statements, mean compound, spread (standard deviation), min and max.

    Statements with no speaker are grouped as "(unknown)". Sorted by count, then mean.

    Example:
        >>> t = pd.DataFrame({"speaker_id": ["a", "a", None], "compound": [0.5, -0.1, 0.0]})
        >>> by_speaker(t)[["speaker", "count", "mean"]].values.tolist()
        [['a', 2, 0.2], ['(unknown)', 1, 0.0]]
    """
    if "compound" not in scored.columns or speaker not in scored.columns:
        raise HelpersError(f"by_speaker needs the columns {speaker!r} and 'compound': run score(statements) first.")
    who = scored[speaker].where(scored[speaker].notna() & (scored[speaker] != ""), "(unknown)")
    groups = scored.assign(speaker=who).groupby("speaker")["compound"]
    table = pd.DataFrame(
        {
            "count": groups.size(),
            "mean": groups.mean().round(3),
            "spread": groups.std(ddof=0).round(3),
            "min": groups.min().round(3),
            "max": groups.max().round(3),
        }
    ).reset_index()
    table["count"] = table["count"].astype("int64")
    return table.sort_values(["count", "mean", "speaker"], ascending=[False, False, True], kind="stable").reset_index(drop=True)


def compare_overlay(statements: pd.DataFrame, analyzer=None, overlay: Mapping[str, float] | str | Path | None = None) -> pd.DataFrame:
    """Plain VADER and VADER + overlay side by side, with the overlay words each statement uses.

    Returns:
        ``text``, ``compound`` (plain), ``compound_overlay``, ``change`` and ``overlay_words``,
        one row per statement, largest change first.
    """
    _check(statements)
    words = overlay if isinstance(overlay, Mapping) else read_overlay(overlay)
    plain = score(statements, analyzer)
    domain = score(statements, analyzer, overlay=dict(words))
    table = pd.DataFrame(
        {
            "text": plain["text"],
            "compound": plain["compound"],
            "compound_overlay": domain["compound"],
        }
    )
    table["change"] = (table["compound_overlay"] - table["compound"]).round(4)
    table["overlay_words"] = [", ".join(w for w in _words(text) if w in words) for text in plain["text"]]
    order = table["change"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order].reset_index(drop=True)


def _words(text: str) -> list[str]:
    """Words as VADER sees them: split on spaces, punctuation stripped from the edges, lower case."""
    out = []
    for token in str(text).split():
        word = token.strip("“”\"‘’'.,;:!?()[]{}").lower()
        if word:
            out.append(word)
    return out


def word_valences(text: str, analyzer=None) -> pd.DataFrame:
    """Each word of ``text`` with its lexicon valence (None when VADER does not know it).

    This is the first step of VADER, before its rules (negation, boosters, "but") adjust the
    values: use it to score a statement by hand.

    Example:
        >>> word_valences("We are ready").values.tolist()
        [['we', None], ['are', None], ['ready', 1.5]]
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    words = _words(text)
    return pd.DataFrame({"word": words, "valence": [analyzer.lexicon.get(w) for w in words]}, dtype=object)

