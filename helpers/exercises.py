"""Check a student's answer to a notebook exercise and print one line: never a traceback.

Answers live in ``data/exercises/*.json`` (the course's answer key, one file per notebook),
one entry per exercise id::

    {"answer": …, "match": "exact|number|text|set|timex_rows", "hint": "…",
     "wrong": [{"answer": …, "hint": "…"}]}

``exact`` wants one whole number; ``number`` one number within ``tolerance``; ``text`` one
string (case and spaces ignored); ``set`` a list of strings (order and duplicates ignored);
``timex_rows`` new rows for the time patterns table, run on the new sentences in ``cases``.
``wrong`` lists likely mistakes with a hint aimed at each. Any other value (a pandas Series, a
string where a number is due, NaN …) gets a sentence saying what kind of answer was expected.

Example:
    >>> check("01-body-sentences", None)
    Not answered yet: replace None with your answer and run this cell again.
    >>> check("01-body-sentences", "32")
    Expected one whole number; got the text '32' (in quotes): write the number without quotes.
"""

from __future__ import annotations

import json
import math
import numbers
from typing import Any

import numpy as np
import pandas as pd

from .resources import HelpersError, data_cache, data_path

__all__ = ["check", "describe", "is_correct", "verdict"]

CORRECT = "Correct!"
NOT_ANSWERED = "Not answered yet: replace None with your answer and run this cell again."


class _WrongKind(Exception):
    """The answer is not the kind of value the exercise asks for (the message says which)."""


@data_cache
def _answer_key() -> dict[str, dict[str, Any]]:
    key: dict[str, dict[str, Any]] = {}
    for path in sorted(data_path("exercises").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        clash = set(key) & set(entries)
        if clash:
            raise HelpersError(f"Exercise ids {sorted(clash)} appear twice; {path.name} repeats them.")
        key.update(entries)
    return key


def _entry(exercise_id: Any) -> dict[str, Any]:
    key = _answer_key()
    if not isinstance(exercise_id, str) or exercise_id not in key:
        raise HelpersError(
            f"There is no exercise called {exercise_id!r}: check the id in the cell "
            f"(known ids look like {sorted(key)[0]!r})."
        )
    return key[exercise_id]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _is_missing(value: Any) -> bool:
    try:
        return value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


def describe(value: Any) -> str:
    """Say in a few words what kind of value ``value`` is, for a student.

    Example:
        >>> describe(pd.Series([1, 2, 3]))
        'a pandas Series of 3 values'
        >>> describe(np.int64(4)), describe(float("nan")), describe("28")
        ('the number 4', "NaN, pandas' mark for a missing value", "the text '28'")
    """
    if isinstance(value, np.generic):
        value = value.item()
    if value is None:
        return "None"
    if isinstance(value, pd.DataFrame):
        rows, columns = value.shape
        return f"a pandas DataFrame of {_plural(rows, 'row')} and {_plural(columns, 'column')}"
    if isinstance(value, (pd.Series, pd.Index)):
        return f"a pandas {type(value).__name__} of {_plural(len(value), 'value')}"
    if isinstance(value, np.ndarray):
        return f"a numpy array of {_plural(value.size, 'value')}"
    if isinstance(value, bool):
        return f"{value} (a yes/no value)"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if _is_missing(value):
        return "NaN, pandas' mark for a missing value"
    if isinstance(value, numbers.Number):
        return f"the number {value!r}"
    if isinstance(value, dict):
        return f"a dict with keys {list(value)[:5]}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {_plural(len(value), 'item')}"
    return f"a value of type {type(value).__name__}"


def _looks_like_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _one_number(answer: Any, wanted: str, forgot: str) -> float:
    """The answer as one real number, or _WrongKind saying what was expected instead."""
    if isinstance(answer, np.generic):
        answer = answer.item()
    got = describe(answer)
    if isinstance(answer, (pd.Series, pd.DataFrame, pd.Index, np.ndarray, list, tuple, set, dict)):
        size = len(answer)
        advice = " Take the value out with .iloc[0]." if size == 1 and isinstance(answer, pd.Series) else ""
        raise _WrongKind(f"Expected {wanted} ({forgot}); got {got}.{advice}")
    if isinstance(answer, str):
        if _looks_like_number(answer.strip()):
            raise _WrongKind(f"Expected {wanted}; got {got} (in quotes): write the number without quotes.")
        raise _WrongKind(f"Expected {wanted}; got {got}.")
    if isinstance(answer, bool):
        raise _WrongKind(f"Expected {wanted}; got {got}: count True values with .sum().")
    if _is_missing(answer):
        raise _WrongKind(f"Expected {wanted}; got {got}: the calculation met an empty or missing value.")
    if not isinstance(answer, numbers.Real):
        raise _WrongKind(f"Expected {wanted}; got {got}.")
    return float(answer)


def _whole_number(answer: Any) -> int:
    wanted = "one whole number"
    number = _one_number(answer, wanted, "did you forget .sum() or len()?")
    if not number.is_integer():
        raise _WrongKind(f"Expected {wanted}; got {describe(answer)}, which has a fraction.")
    return int(number)


def _one_text(answer: Any) -> str:
    if isinstance(answer, np.generic):
        answer = answer.item()
    if isinstance(answer, str):
        return " ".join(answer.split()).casefold()
    got = describe(answer)
    advice = ""
    if isinstance(answer, pd.Series) and len(answer) == 1:
        advice = " Take the text out with .iloc[0]."
    elif isinstance(answer, (list, tuple)) and len(answer) == 1:
        advice = " Take the text out with [0]."
    raise _WrongKind(f"Expected one text in quotes, such as 'Monday'; got {got}.{advice}")


def _list_of_texts(answer: Any) -> frozenset[str]:
    example = "such as ['last month', 'Monday']"
    if isinstance(answer, str):
        raise _WrongKind(
            f"Expected a list of texts, {example}; got one text {answer!r}: put it in square "
            f"brackets, [{answer!r}], even when the list has one item."
        )
    if isinstance(answer, pd.DataFrame):
        raise _WrongKind(f"Expected a list of texts, {example}; got {describe(answer)}: pick one column.")
    if isinstance(answer, (pd.Series, pd.Index, np.ndarray)):
        answer = list(np.ravel(np.asarray(answer, dtype=object)))
    if not isinstance(answer, (list, tuple, set, frozenset)):
        raise _WrongKind(f"Expected a list of texts, {example}; got {describe(answer)}.")
    for item in answer:
        if not isinstance(item, str):
            raise _WrongKind(
                f"Expected a list of texts, {example}; got a list holding {describe(item)}: "
                "give every item as a text in quotes, in one flat list."
            )
    return frozenset(" ".join(item.split()).casefold() for item in answer)


def _pattern_rows(answer: Any) -> pd.DataFrame:
    wanted = "the new pattern row as a dict with the keys name, type, pattern and value"
    if isinstance(answer, dict):
        answer = [answer]
    if isinstance(answer, pd.DataFrame):
        rows = answer
    elif isinstance(answer, (list, tuple)) and answer and all(isinstance(r, dict) for r in answer):
        rows = pd.DataFrame(list(answer))
    else:
        raise _WrongKind(f"Expected {wanted}; got {describe(answer)}: the check runs your row on new sentences.")
    missing = [c for c in ("name", "type", "pattern", "value") if c not in rows.columns]
    if missing:
        raise _WrongKind(f"Expected {wanted}; your row has no {', '.join(missing)}.")
    return rows


def _run_pattern_cases(entry: dict[str, Any], rows: pd.DataFrame) -> str | None:
    """None when the rows give the expected values on every case, else what went wrong."""
    from .timeline import find_timexes, patterns_table

    table = pd.concat([patterns_table(), rows], ignore_index=True)
    for case in entry["cases"]:
        try:
            found = find_timexes(case["text"], published=case["published"], patterns=table)
        except Exception as error:  # a student's regex may fail in any way: report it, never raise
            return f"Your row does not run yet: {error}"
        values = found["value"].tolist()
        if values != case["values"]:
            return (
                f"On a new sentence, {case['text']!r}, the tagger finds {values}; "
                f"it should find {case['values']}."
            )
    return None


def _compare(entry: dict[str, Any], expected: Any, answer: Any) -> bool:
    """Whether an answer already converted to the entry's kind equals ``expected``."""
    match = entry.get("match", "exact")
    if match == "number":
        return math.isclose(answer, float(expected), abs_tol=entry.get("tolerance", 1e-9))
    if match == "text":
        return answer == _one_text(expected)
    if match == "set":
        return answer == _list_of_texts(expected)
    return answer == expected


_CONVERT = {"exact": _whole_number, "text": _one_text, "set": _list_of_texts, "timex_rows": _pattern_rows}


def _convert(entry: dict[str, Any], answer: Any) -> Any:
    match = entry.get("match", "exact")
    if match == "number":
        return _one_number(answer, "one number, such as 0.5", "did you forget a calculation's last step?")
    return _CONVERT[match](answer)


def verdict(exercise_id: str, answer: Any) -> str:
    """The one line :func:`check` prints: "Correct!", a hint, or the kind of answer expected.

    Raises:
        HelpersError: the exercise id is unknown.

    Example:
        >>> verdict("05-annotate", ["this month"])
        'Correct!'
    """
    entry = _entry(exercise_id)
    if answer is None:
        return NOT_ANSWERED
    try:
        value = _convert(entry, answer)
    except _WrongKind as wrong_kind:
        return str(wrong_kind)
    if entry.get("match") == "timex_rows":
        problem = _run_pattern_cases(entry, value)
        return CORRECT if problem is None else f"Not quite. {problem} Hint: {entry['hint']}"
    if _compare(entry, entry["answer"], value):
        return CORRECT
    for mistake in entry.get("wrong", []):
        if _compare(entry, mistake["answer"], value):
            return f"Not quite. Hint: {mistake['hint']}"
    if entry.get("match") == "set":
        expected = _list_of_texts(entry["answer"])
        extra, missing = len(value - expected), len(expected - value)
        return (
            f"Not quite: {_plural(extra, 'item')} of yours should not be there, and "
            f"{_plural(missing, 'item')} {'is' if missing == 1 else 'are'} missing. Hint: {entry['hint']}"
        )
    return f"Not quite. Hint: {entry['hint']}"


def is_correct(exercise_id: str, answer: Any) -> bool:
    """True when ``answer`` passes the check for ``exercise_id`` (see the module docstring).

    Raises:
        HelpersError: the exercise id is unknown.

    Example:
        >>> is_correct("05-precision", 0.75), is_correct("05-precision", 0.6)
        (True, False)
    """
    return verdict(exercise_id, answer) == CORRECT


def check(exercise_id: str, answer: Any) -> None:
    """Print "Not answered yet", "Correct!", a hint, or what kind of answer was expected.

    Example:
        >>> check("05-annotate", "this month")  # doctest: +ELLIPSIS
        Expected a list of texts, such as [...]; got one text 'this month': put it in square brackets, ...
    """
    try:
        print(verdict(exercise_id, answer))
    except HelpersError as error:
        print(error)
