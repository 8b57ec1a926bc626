"""News as Data: small, tested helpers for reading one news article as data.

Data flows one way: text → spans → pandas DataFrames → figures.

Example:
    >>> import helpers
    >>> art = helpers.load_article("data/article.txt")   # doctest: +SKIP
    >>> helpers.sentences_frame(art).head()               # doctest: +SKIP
"""

from .actors import actor_frame, cooccurrence, count_actors, find_mentions
from .analysis import analyze
from .article import Article, Paragraph, article_from_text, load_article
from .document import Document, as_document
from .resources import HelpersError, MissingResourceError, reload_data, vader_analyzer
from .spans import Span, frame_from_spans
from .statements import find_statements, quote_problems, quotes
from .text import sentences, sentences_frame, stopwords, tokens, tokens_frame, words
from .timeline import events, find_timexes

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
