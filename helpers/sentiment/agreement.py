"""How well a tone score matches people's judgements: correlations, a sign table, the misses.

Judgements are on a five-point scale (−2 very negative … +2 very positive; see
``data/annotations/README.md``); scores are VADER-like compounds (−1 … +1). The **sign** of a
score is neutral when ``|score| <= 0.05`` (VADER's usual cut-off), of a judgement when it is 0.
Spearman's correlation is Pearson's on the ranks (ties share their mean rank), computed with
pandas alone.

Example:
    >>> t = pd.DataFrame({"tone": [-1, 0, 1, 2], "compound": [-0.5, 0.02, 0.1, 0.9]})
    >>> tone_agreement(t, ["compound"])[["score", "n", "pearson", "spearman", "signs_agree"]].values.tolist()
    [['compound', 4, 0.9557, 1.0, 4]]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ..resources import HelpersError, read_table

__all__ = ["SIGNS", "NEUTRAL", "course_tones", "tone_signs", "pearson", "spearman", "tone_agreement", "sign_table", "disagreements", "annotator_agreement"]

#: the three signs, in the order of the sign table's rows and columns
SIGNS = ["negative", "neutral", "positive"]
#: a score whose size is at most this is neutral (a judgement is neutral only at 0)
NEUTRAL = 0.05


def tone_signs(values: Sequence[float] | pd.Series, neutral: float = NEUTRAL) -> pd.Series:
    """``negative``, ``neutral`` or ``positive`` for each value (neutral when ``|value| <= neutral``).

    Example:
        >>> tone_signs([-0.3, 0.05, 0.2]).tolist()
        ['negative', 'neutral', 'positive']
        >>> tone_signs([-1, 0, 2], neutral=0).tolist()
        ['negative', 'neutral', 'positive']
    """
    values = pd.Series(values, dtype="float64")
    labels = pd.Series("neutral", index=values.index, dtype=object)
    labels[values > neutral] = "positive"
    labels[values < -neutral] = "negative"
    return pd.Series(pd.Categorical(labels, categories=SIGNS), index=values.index)


def pearson(x: Sequence[float] | pd.Series, y: Sequence[float] | pd.Series) -> float:
    """Pearson's correlation of two equally long series (NaN when one is constant).

    Example:
        >>> pearson([1, 2, 3], [2, 4, 7])
        0.9934
    """
    x, y = pd.Series(x, dtype="float64").reset_index(drop=True), pd.Series(y, dtype="float64").reset_index(drop=True)
    return round(float(x.corr(y)), 4)


def spearman(x: Sequence[float] | pd.Series, y: Sequence[float] | pd.Series) -> float:
    """Spearman's rank correlation: Pearson's on the ranks, ties given their mean rank.

    Example:
        >>> spearman([1, 2, 3, 4], [1, 4, 9, 16])   # any increasing relation is 1
        1.0
    """
    x, y = pd.Series(x, dtype="float64"), pd.Series(y, dtype="float64")
    return pearson(x.rank(method="average"), y.rank(method="average"))


def _pairs(table: pd.DataFrame, column: str, judgement: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise HelpersError("Give a DataFrame of statements with a score column and a judgement column.")
    missing = [c for c in (column, judgement) if c not in table.columns]
    if missing:
        raise HelpersError(f"The table has no column {missing[0]!r}: score the statements first, and add the judgements as {judgement!r}.")
    return table.dropna(subset=[column, judgement])


def tone_agreement(table: pd.DataFrame, columns: Sequence[str], judgement: str = "tone", neutral: float = NEUTRAL) -> pd.DataFrame:
    """One row per score column: how many statements, Pearson, Spearman, and signs that agree.

    Rows where the score or the judgement is missing are left out (``n`` counts the rest).

    Example:
        >>> t = pd.DataFrame({"tone": [-1, 0, 1], "a": [-0.4, 0.0, 0.3], "b": [0.4, 0.3, -0.2]})
        >>> tone_agreement(t, ["a", "b"])[["score", "signs_agree", "share"]].values.tolist()
        [['a', 3, 1.0], ['b', 0, 0.0]]
    """
    rows = []
    for column in columns:
        pairs = _pairs(table, column, judgement)
        agree = int((tone_signs(pairs[column], neutral) == tone_signs(pairs[judgement], 0)).sum())
        rows.append(
            {
                "score": column,
                "n": len(pairs),
                "pearson": pearson(pairs[column], pairs[judgement]),
                "spearman": spearman(pairs[column], pairs[judgement]),
                "signs_agree": agree,
                "share": round(agree / len(pairs), 3) if len(pairs) else float("nan"),
            }
        )
    return pd.DataFrame(rows, columns=["score", "n", "pearson", "spearman", "signs_agree", "share"])


def sign_table(table: pd.DataFrame, column: str, judgement: str = "tone", neutral: float = NEUTRAL) -> pd.DataFrame:
    """A 3×3 table of counts: the judgement's sign (rows, ``people``) against the score's (``machine``).

    The diagonal counts the statements where both agree. To show two scores side by side:
    ``pd.concat({"plain": sign_table(t, "compound"), "course": sign_table(t, "overlay_compound")}, axis=1)``.

    Example:
        >>> t = pd.DataFrame({"tone": [-1, 0, 1, 1], "compound": [-0.4, 0.3, 0.3, 0.0]})
        >>> sign_table(t, "compound").values.tolist()
        [[1, 0, 0], [0, 0, 1], [0, 1, 1]]
    """
    pairs = _pairs(table, column, judgement)
    people = tone_signs(pairs[judgement], 0).rename("people")
    machine = tone_signs(pairs[column], neutral).rename("machine")
    counts = pd.crosstab(people, machine, dropna=False).reindex(index=SIGNS, columns=SIGNS, fill_value=0)
    return counts.astype("int64")


def disagreements(table: pd.DataFrame, column: str, judgement: str = "tone", n: int = 5) -> pd.DataFrame:
    """The ``n`` statements where the score and the judgement disagree most.

    The gap is ``score − judgement / 2``: both on −1 … +1, so a statement judged −2 that scores
    +0.8 has a gap of 1.8. The table keeps the input's columns plus ``gap``, largest first.

    Example:
        >>> t = pd.DataFrame({"text": ["a", "b", "c"], "tone": [1, 0, -2], "compound": [0.5, 0.1, 0.6]})
        >>> disagreements(t, "compound", n=2)[["text", "gap"]].values.tolist()
        [['c', 1.6], ['b', 0.1]]
    """
    pairs = _pairs(table, column, judgement).reset_index(drop=True)
    gap = (pairs[column] - pairs[judgement] / 2).round(4)
    order = gap.abs().sort_values(ascending=False, kind="stable").index[:n]
    return pairs.assign(gap=gap).loc[order].reset_index(drop=True)


def annotator_agreement(first: Sequence[float] | pd.Series, second: Sequence[float] | pd.Series) -> pd.DataFrame:
    """Agreement between two people's judgements of the same statements: the ceiling for a machine.

    Columns: ``n``, ``pearson``, ``spearman``, ``exact`` (same value) and ``signs_agree``.

    Example:
        >>> annotator_agreement([-1, 0, 1, 2], [-1, 0, 1, 1]).values.tolist()
        [[4.0, 0.9439, 0.9487, 3.0, 4.0]]
    """
    first, second = pd.Series(first, dtype="float64").reset_index(drop=True), pd.Series(second, dtype="float64").reset_index(drop=True)
    if len(first) != len(second):
        raise HelpersError(f"The two annotators judged {len(first)} and {len(second)} statements: give judgements of the same statements, in the same order.")
    return pd.DataFrame(
        [
            {
                "n": len(first),
                "pearson": pearson(first, second),
                "spearman": spearman(first, second),
                "exact": int((first == second).sum()),
                "signs_agree": int((tone_signs(first, 0) == tone_signs(second, 0)).sum()),
            }
        ]
    )


def course_tones() -> pd.DataFrame:
    """The two annotators' tone judgements of the course article's statements.

    Columns ``start, end, text, tone_a, tone_b, note_a, note_b``, one row per statement of
    ``data/annotations/article_statements.csv`` (join on ``start`` and ``end``).

    Example:
        >>> tones = course_tones()
        >>> len(tones), [int(v) for v in tones.loc[0, ["tone_a", "tone_b"]]]
        (30, [1, 1])
    """
    table = pd.DataFrame(list(read_table("annotations", "article_tones.csv")))
    return table.astype({"start": "int64", "end": "int64", "tone_a": "int64", "tone_b": "int64"})
