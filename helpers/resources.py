"""Where the course's data lives, and the offline resources NLTK needs.

Nothing here downloads anything. The VADER lexicon comes from the ``vaderSentiment``
wheel: its folder is added to ``nltk.data.path`` (NLTK 3.10+ only opens files found
there), then NLTK's own :class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` reads it.

Example:
    >>> data_path("article.txt").name
    'article.txt'
    >>> round(vader_analyzer().polarity_scores("good")["compound"], 3)
    0.44
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

__all__ = [
    "HelpersError",
    "MissingResourceError",
    "DATA_DIR",
    "data_path",
    "read_table",
    "read_word_list",
    "vader_lexicon_folder",
    "vader_analyzer",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class HelpersError(ValueError):
    """Bad input to a helper: the message says what was wrong and how to fix it."""


class MissingResourceError(RuntimeError):
    """An optional resource is not installed: the message names the command that fixes it."""


def data_path(*parts: str) -> Path:
    """The path of a file in the course's ``data/`` folder.

    Raises:
        MissingResourceError: if the file is not there (helpers installed without the repository).
    """
    path = DATA_DIR.joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(
            f"The data file {'/'.join(parts)} is missing from {DATA_DIR.name}/: install the course "
            "from its repository folder with `pip install -e .` so that helpers can find data/."
        )
    return path


@cache
def read_table(*parts: str) -> tuple[dict[str, str], ...]:
    """Read a CSV file from ``data/`` as a tuple of row dicts (cached; do not mutate).

    Lines whose first cell starts with ``#`` are comments.

    Example:
        >>> rows = read_table("timeline", "months.csv")
        >>> rows[0]["surface"], rows[0]["value"]
        ('january', '01')
    """
    path = data_path(*parts)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return tuple(dict(row) for row in csv.DictReader(lines))


@cache
def read_word_list(*parts: str) -> frozenset[str]:
    """Read a one-word-per-line list from ``data/`` (``#`` lines are comments).

    Example:
        >>> "the" in read_word_list("lexicons", "stopwords.txt")
        True
    """
    path = data_path(*parts)
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def vader_lexicon_folder() -> Path:
    """The folder of the ``vaderSentiment`` package, which holds ``vader_lexicon.txt``.

    Raises:
        MissingResourceError: in one sentence, when the package is not installed.
    """
    try:
        import vaderSentiment
    except ImportError:
        raise MissingResourceError(
            "The VADER lexicon is missing: run `pip install vaderSentiment` (it ships the "
            "lexicon file that NLTK reads, so nothing needs downloading)."
        ) from None
    folder = Path(vaderSentiment.__file__).resolve().parent
    if not (folder / "vader_lexicon.txt").exists():
        raise MissingResourceError(
            f"The vaderSentiment package in {folder.name}/ has no vader_lexicon.txt: reinstall it "
            "with `pip install --force-reinstall vaderSentiment`."
        )
    return folder


def vader_analyzer():
    """NLTK's ``SentimentIntensityAnalyzer`` reading the lexicon from the vaderSentiment wheel.

    The wheel's folder is appended to ``nltk.data.path`` once (NLTK 3.10 refuses files
    outside that list). Build one analyser and reuse it: reading the lexicon takes ~50 ms.

    Returns:
        nltk.sentiment.vader.SentimentIntensityAnalyzer
    """
    import nltk
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(vader_lexicon_folder())
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
