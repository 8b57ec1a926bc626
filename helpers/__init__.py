"""News as Data: small, tested helpers for reading one news article as data.

Data flows one way: text → spans → pandas DataFrames → figures.

Example:
    >>> import helpers
    >>> art = helpers.load_article("data/article.txt")   # doctest: +SKIP
    >>> helpers.sentences_frame(art).head()               # doctest: +SKIP
"""

from .analysis import analyze
from .article import Article, Paragraph, article_from_text, load_article
from .resources import HelpersError, MissingResourceError, vader_analyzer
from .spans import Span, frame_from_spans
from .text import sentences, sentences_frame, stopwords, tokens, tokens_frame, words

__all__ = [
    "Article",
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
]
__version__ = "0.1.0"
