"""News as Data: small, tested helpers for reading one news article as data.

Data flows one way: text → spans → pandas DataFrames → figures.

Example:
    >>> import helpers
    >>> art = helpers.load_article("data/article.txt")   # doctest: +SKIP
    >>> helpers.sentences_frame(art).head()               # doctest: +SKIP
"""

from importlib import import_module
from typing import Any

from .resources import HelpersError, MissingResourceError, reload_data, vader_analyzer

# Each public name and the module that defines it. Modules load on first use (PEP 562), so that
# `python -m helpers analyze` imports only what the analysis needs (never pandas or matplotlib)
# while `from helpers import find_mentions` works as before.
_HOMES = {
    **dict.fromkeys(["actor_frame", "cooccurrence", "count_actors", "find_mentions"], "actors"),
    "analyze": "analysis",
    **dict.fromkeys(["Article", "Paragraph", "article_from_text", "load_article"], "article"),
    **dict.fromkeys(["Document", "as_document"], "document"),
    **dict.fromkeys(["Span", "frame_from_spans"], "spans"),
    **dict.fromkeys(["find_statements", "quote_problems", "quotes"], "statements"),
    **dict.fromkeys(["sentences", "sentences_frame", "stopwords", "tokens", "tokens_frame", "words"], "text"),
    **dict.fromkeys(["events", "find_timexes"], "timeline"),
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "Article",
    "Document",
    "as_document",
    "reload_data",
    "actor_frame",
    "count_actors",
    "cooccurrence",
    "find_mentions",
    "analyze",
    "Paragraph",
    "Span",
    "HelpersError",
    "MissingResourceError",
    "article_from_text",
    "frame_from_spans",
    "load_article",
    "sentences",
    "sentences_frame",
    "stopwords",
    "tokens",
    "tokens_frame",
    "vader_analyzer",
    "words",
    "find_timexes",
    "events",
    "find_statements",
    "quotes",
    "quote_problems",
]
__version__ = "0.1.0"
