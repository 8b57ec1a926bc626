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
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = [
    "HelpersError",
    "MissingResourceError",
    "data_dir",
    "data_path",
    "data_cache",
    "reload_data",
    "read_table",
    "read_word_list",
    "vader_lexicon_folder",
    "vader_analyzer",
]

_PACKAGE = Path(__file__).resolve().parent
# Where data/ can be, in order: an installed copy inside the package (a plain `pip install .`,
# as Binder's repo2docker does, ships data/ as helpers/data), then the repository's own data/
# beside the package (a source checkout or `pip install -e .`).
_DATA_CANDIDATES = (_PACKAGE / "data", _PACKAGE.parent / "data")
_MARKER = "article.txt"


class HelpersError(ValueError):
    """Bad input to a helper: the message says what was wrong and how to fix it."""


class MissingResourceError(RuntimeError):
    """An optional resource is not installed: the message names the command that fixes it."""


def data_dir() -> Path:
    """The course's ``data/`` folder, however the helpers were installed.

    Looks inside the installed package first (``pip install .`` ships ``data/`` as
    ``helpers/data``), then beside the package (a checkout, or ``pip install -e .``).

    Raises:
        MissingResourceError: in one sentence, when neither place has the course's data.

    Example:
        >>> (data_dir() / "article.txt").exists()
        True
    """
    for folder in _DATA_CANDIDATES:
        if (folder / _MARKER).is_file():
            return folder
    raise MissingResourceError(
        "The course's data/ folder was not found beside the helpers package: install the course "
        "from its repository folder with `pip install -r requirements.txt` (or `pip install .`)."
    )


def data_path(*parts: str) -> Path:
    """The path of a file in the course's ``data/`` folder.

    Raises:
        MissingResourceError: if the file is not there.

    Example:
        >>> data_path("article.txt").name
        'article.txt'
    """
    folder = data_dir()
    path = folder.joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(
            f"The data file {'/'.join(parts)} is missing from the course's data/ folder: get it back "
            "with `git checkout -- data` in the course's folder, or install the course again."
        )
    return path


# The one place where loaded data tables are kept. Every loader of a file in data/ is wrapped by
# @data_cache, so reload_data() makes the next call read the files again.
_LOADED: dict[tuple[Any, ...], Any] = {}


def data_cache(loader: Callable[..., T]) -> Callable[..., T]:
    """Cache a loader of ``data/`` files in the one place that :func:`reload_data` clears.

    The loader's arguments must be hashable. What it returns is shared: do not mutate it.

    Example:
        >>> @data_cache
        ... def month_names():
        ...     return tuple(row["surface"] for row in read_table("timeline", "months.csv"))
        >>> month_names() is month_names()
        True
    """

    name = (loader.__module__, loader.__qualname__)

    @functools.wraps(loader)
    def cached(*args: Any) -> T:
        key = name + args  # (module, name, *args); called hundreds of times an article
        try:
            return _LOADED[key]
        except KeyError:
            value = _LOADED[key] = loader(*args)
            return value

    return cached


def reload_data() -> None:
    """Forget every loaded table, so that edits to files in ``data/`` take effect.

    Call it after changing a CSV in ``data/`` while a notebook kernel is running.

    Example:
        >>> reload_data()
    """
    _LOADED.clear()


@data_cache
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


@data_cache
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
