"""Tables of tone: each statement's VADER scores, per speaker, and each word's valence.

Example:
    >>> import pandas as pd
    >>> st = pd.DataFrame({"start": [0], "end": [4], "text": ["good"], "speaker_id": ["a"]})
    >>> score(st)[["compound", "neg", "neu", "pos"]].values.tolist()
    [[0.4404, 0.0, 0.0, 1.0]]
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..resources import HelpersError
from .vader import SCORE_COLUMNS, default_analyzer, polarity, vader_words

__all__ = ["score", "by_speaker", "word_valences", "check_statements", "compare_overlay", "explain"]


def check_statements(statements: pd.DataFrame) -> None:
    """Raise a one-sentence :class:`HelpersError` unless ``statements`` is a table with ``text``.

    Example:
        >>> check_statements(pd.DataFrame({"text": ["good"]}))
    """
    if not isinstance(statements, pd.DataFrame) or "text" not in statements.columns:
        raise HelpersError("Give a DataFrame of statements with a 'text' column (as find_statements returns).")


def score(statements: pd.DataFrame, analyzer=None, overlay: Mapping[str, float] | str | Path | None = None) -> pd.DataFrame:
    """The statements with VADER's ``compound, neg, neu, pos`` for each one's own words.

    Args:
        statements: a table with a ``text`` column (e.g. :func:`helpers.statements.find_statements`).
        analyzer: a VADER analyser; None = plain VADER (NLTK's numbers), built once.
        overlay: None for plain VADER; ``"course"`` for the course's scorer (the diplomacy
            overlay and the phrase rules, :func:`helpers.sentiment.course_analyzer`); or your
            own ``{word: valence}`` dict or CSV path (VADER's rules on a lexicon with those
            words added).

    Returns:
        A copy of ``statements`` with the four score columns added (rounded to 4 places). With
        the course's scorer, a statement whose ``kind`` column says ``indirect`` (reported
        speech) keeps ``REPORTED_WEIGHT`` of its sum (see :func:`helpers.sentiment.tones`).

    Example:
        >>> score(pd.DataFrame({"text": ["the invasion began"]}), overlay="course")["compound"].tolist()
        [-0.5423]
        >>> score(pd.DataFrame({"text": ["the invasion began"], "kind": ["indirect"]}), overlay="course")["compound"].tolist()
        [-0.481]
    """
    from .overlay import with_overlay
    from .scorer import course_analyzer

    check_statements(statements)
    if overlay == "course" and analyzer is None:
        analyzer = course_analyzer()
    else:
        analyzer = default_analyzer() if analyzer is None else analyzer
        if overlay is not None:
            analyzer = with_overlay(analyzer, None if overlay == "course" else overlay)
    scored = statements.copy()
    values = polarity(scored["text"].astype(str), analyzer, _reported(scored, analyzer))
    for column in SCORE_COLUMNS:
        scored[column] = pd.Series([v[column] for v in values], index=scored.index, dtype="float64")
    return scored


def by_speaker(scored: pd.DataFrame, speaker: str = "speaker_id", column: str = "compound") -> pd.DataFrame:
    """Per speaker: how many statements, mean score, spread (standard deviation), min and max.

    Statements with no speaker are grouped as "(unknown)". Sorted by count, then mean.

    Args:
        scored: statements with a score column (see :func:`score`).
        speaker: the column naming the speaker.
        column: the score to summarise, e.g. ``"overlay_compound"``.

    Example:
        >>> t = pd.DataFrame({"speaker_id": ["a", "a", None], "compound": [0.5, -0.1, 0.0]})
        >>> by_speaker(t)[["speaker", "count", "mean"]].values.tolist()
        [['a', 2, 0.2], ['(unknown)', 1, 0.0]]
    """
    if column not in scored.columns or speaker not in scored.columns:
        raise HelpersError(f"by_speaker needs the columns {speaker!r} and {column!r}: run score(statements) first.")
    who = scored[speaker].where(scored[speaker].notna() & (scored[speaker] != ""), "(unknown)")
    groups = scored.assign(speaker=who).groupby("speaker")[column]
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


def word_valences(text: str, analyzer=None) -> pd.DataFrame:
    """Each word of ``text`` as VADER sees it, with its lexicon valence (None when unknown).

    This is the first step of VADER, before its rules (negation, boosters, "but") adjust the
    values: use it to score a statement by hand. Words are VADER's own (see
    :func:`helpers.sentiment.vader_words`): one-letter words are dropped, and a word glued to a
    curly quote is looked up with the quote, so it is not found.

    Example:
        >>> word_valences("We are ready").values.tolist()
        [['we', None], ['are', None], ['ready', 1.5]]
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    words = vader_words(text)
    return pd.DataFrame({"word": words, "valence": [analyzer.lexicon.get(w) for w in words]}, dtype=object)


def compare_overlay(statements: pd.DataFrame, analyzer=None, overlay: Mapping[str, float] | str | Path | None = None) -> pd.DataFrame:
    """Plain VADER and the course's scorer side by side, with the overlay words and rules used.

    Args:
        statements: a table with a ``text`` column.
        analyzer: the plain analyser; None = plain VADER.
        overlay: None for the course's scorer (overlay words and phrase rules); your own
            ``{word: valence}`` dict or CSV path for VADER's rules on those words.

    Returns:
        ``text``, ``compound`` (plain), ``compound_overlay``, ``change``, ``overlay_words`` and
        ``rules`` (the phrase rules that fired), one row per statement, largest change first. A change
        with neither words nor rules comes from the scorer's steps on every word (VADER's positive words
        count a quarter less, words that only name what happened a quarter; "good" below): :func:`explain`
        shows them word by word. With the course's scorer, a statement whose ``kind`` column says
        ``indirect`` (reported speech) keeps ``REPORTED_WEIGHT`` of its sum.

    Example:
        >>> compare_overlay(pd.DataFrame({"text": ["no war", "good"]}))[["compound", "compound_overlay", "rules"]].values.tolist()
        [[-0.7269, 0.4847, 'negated_conflict'], [0.4404, 0.2846, '']]
    """
    from .overlay import overlay_words, read_overlay, with_overlay
    from .scorer import course_analyzer, course_words

    check_statements(statements)
    analyzer = default_analyzer() if analyzer is None else analyzer
    if overlay is None:
        domain, words = course_analyzer(), read_overlay()
    else:
        words = overlay if isinstance(overlay, Mapping) else read_overlay(overlay)
        domain = with_overlay(analyzer, dict(words))
    texts = statements["text"].astype(str).tolist()
    table = pd.DataFrame(
        {
            "text": texts,
            "compound": [v["compound"] for v in polarity(texts, analyzer)],
            "compound_overlay": [v["compound"] for v in polarity(texts, domain, _reported(statements, domain))],
        }
    )
    table["change"] = (table["compound_overlay"] - table["compound"]).round(4)
    table["overlay_words"] = [overlay_words([w.text.lower() for w in course_words(t)], words) for t in texts]
    table["rules"] = [", ".join(dict.fromkeys(r["rule"] for r in _explained(t, domain) if r["rule"])) for t in texts]
    order = table["change"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order].reset_index(drop=True)


def _reported(statements: pd.DataFrame, analyzer) -> list[bool] | None:
    """For the course's scorer, whether each statement is reported speech (its ``kind`` column says
    ``indirect``); None for another analyser or a table with no ``kind`` (every text read as quoted words)."""
    from .scorer import CourseScorer, reported_flags

    if not isinstance(analyzer, CourseScorer) or "kind" not in statements.columns:
        return None
    return reported_flags(statements["kind"].tolist(), len(statements))


def _explained(text: str, scorer) -> list[dict]:
    from .scorer import CourseScorer, explain_records

    return explain_records(text) if isinstance(scorer, CourseScorer) else []


def explain(text: str) -> pd.DataFrame:
    """How the course's scorer reads ``text``, word by word, beside plain VADER's valences.

    Columns: ``word``, ``vader`` (plain lexicon valence), ``course`` (with the overlay),
    ``score`` (after VADER's rules, the phrase rules and the word steps) and ``rule`` (the phrase rule used).

    Example:
        >>> explain("nobody wants a war")[["word", "vader", "score", "rule"]].values.tolist()[-1]
        ['war', -2.9, 2.146, 'negated_conflict']
    """
    from .scorer import explain_records

    records = explain_records(text)
    table = pd.DataFrame({column: pd.Series([r[column] for r in records], dtype=object) for column in ("word", "vader", "course")})
    table["score"] = pd.Series([r["score"] for r in records], dtype="float64")
    table["rule"] = pd.Series([r["rule"] for r in records], dtype=object)
    return table
