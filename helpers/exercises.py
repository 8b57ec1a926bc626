"""Check a student's answer to a notebook exercise and print one deterministic line.

Answers live in ``data/exercises/*.json`` (the course's answer key, one file per notebook),
one entry per exercise id:
``{"answer": …, "match": "exact|text|set|number", "hint": "…"}``. ``text`` ignores case and
surrounding space, ``set`` ignores order and duplicates, ``number`` allows ``tolerance``.

Example:
    >>> check("01-sentences", None)
    Not answered yet: replace None with your answer and run this cell again.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

from .resources import HelpersError, data_path

__all__ = ["check", "is_correct"]


@lru_cache(maxsize=1)
def _answer_key() -> dict[str, dict[str, Any]]:
    key: dict[str, dict[str, Any]] = {}
    for path in sorted(data_path("exercises").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        clash = set(key) & set(entries)
        if clash:
            raise HelpersError(f"Exercise ids {sorted(clash)} appear twice; {path.name} repeats them.")
        key.update(entries)
    return key


def _normalise_text(value: Any) -> str:
    return " ".join(str(value).split()).casefold()


def is_correct(exercise_id: str, answer: Any) -> bool:
    """True when ``answer`` matches the key for ``exercise_id`` (see module docstring).

    Raises:
        HelpersError: the exercise id is unknown.
    """
    key = _answer_key().get(exercise_id)
    if key is None:
        raise HelpersError(
            f"There is no exercise called {exercise_id!r}: check the id in the cell "
            f"(known ids start with {sorted(_answer_key())[0][:3]!r} …)."
        )
    expected, match = key["answer"], key.get("match", "exact")
    if match == "text":
        return _normalise_text(answer) == _normalise_text(expected)
    if match == "set":
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            return False
        return {_normalise_text(a) for a in answer} == {_normalise_text(e) for e in expected}
    if match == "number":
        try:
            return math.isclose(float(answer), float(expected), abs_tol=key.get("tolerance", 1e-9))
        except (TypeError, ValueError):
            return False
    return answer == expected


def check(exercise_id: str, answer: Any) -> None:
    """Print "Not answered yet", "Correct" or a hint for an exercise answer."""
    if answer is None:
        print("Not answered yet: replace None with your answer and run this cell again.")
    elif is_correct(exercise_id, answer):
        print("Correct!")
    else:
        print(f"Not quite. Hint: {_answer_key()[exercise_id]['hint']}")
