"""Domain valences for VADER: read an overlay of ``word,valence`` rows, apply it to a copy.

VADER was built for social media, not diplomacy: it has no entry for "invasion", "sanctions"
or "de-escalation", and reads "security" (+1.4) and "parties" (+1.7) as feelings. An overlay
(``data/sentiment/diplomacy_overlay.csv``) adds or replaces such words in a *copy* of the
lexicon, never in the shared analyser.

Example:
    >>> read_overlay()["invasion"], read_overlay()["security"]
    (-2.5, 0.0)
"""

from __future__ import annotations

import copy
import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..resources import HelpersError, data_cache, read_table
from .vader import default_analyzer

__all__ = ["OVERLAY", "read_overlay", "with_overlay", "overlay_words"]

#: the overlay shipped with the course (a path under ``data/``)
OVERLAY = ("sentiment", "diplomacy_overlay.csv")


def _rows_of(path: str | Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(line for line in handle if not line.startswith("#")))
    except OSError as err:
        raise HelpersError(f"Cannot read the overlay {path} ({err.strerror}): give the path of a CSV file word,valence.") from None


def _valences(rows: Any, name: str) -> dict[str, float]:
    overlay: dict[str, float] = {}
    for row in rows:
        if "word" not in row or "valence" not in row:
            raise HelpersError(f"The overlay {name} needs the columns word,valence (one word and its VADER valence per row).")
        try:
            value = float(row["valence"])
        except (TypeError, ValueError):
            raise HelpersError(f"The overlay {name} gives {row['word']!r} the valence {row['valence']!r}: write a number such as -1.5.") from None
        if not -4 <= value <= 4:
            raise HelpersError(f"The overlay {name} gives {row['word']!r} the valence {value}: VADER valences lie between -4 and 4.")
        overlay[row["word"].strip().lower()] = value
    return overlay


@data_cache
def _course_overlay() -> dict[str, float]:
    return _valences(read_table(*OVERLAY), "/".join(OVERLAY))


def read_overlay(path: str | Path | None = None) -> dict[str, float]:
    """An overlay lexicon as ``{word: valence}``: the course's, or a CSV ``word,valence[,...]``.

    Raises:
        HelpersError: the file lacks the columns or a valence is not a number in −4 … +4.

    Example:
        >>> read_overlay()["de-escalation"]
        1.8
    """
    if path is None:
        return dict(_course_overlay())
    return _valences(_rows_of(path), str(path))


def with_overlay(analyzer=None, overlay: Mapping[str, float] | str | Path | None = None):
    """A copy of ``analyzer`` whose lexicon has the overlay's words added or replaced.

    Only the words change: VADER's rules stay. The analyser given (or the shared default) is
    left unchanged: its lexicon dict is copied. The course's whole scorer, words *and* phrase
    rules, is :func:`helpers.sentiment.course_analyzer`.

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


def overlay_words(words: list[str], overlay: Mapping[str, float]) -> str:
    """The words of a statement that the overlay lists, comma-separated, each once.

    Example:
        >>> overlay_words(["the", "invasion", "and", "the", "invasion"], {"invasion": -2.5})
        'invasion'
    """
    return ", ".join(dict.fromkeys(w for w in words if w in overlay))
