"""One call that runs every step on an article and returns the JSON contract of DESIGN.md.

Example:
    >>> result = analyze("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01")
    >>> result["document"]["publication_date"], result["sentences"][1]
    ('2022-02-01', {'start': 14, 'end': 40})
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .article import Article, article_from_text, parse_published
from .resources import HelpersError
from .text import sentences

__all__ = ["analyze", "as_article"]


def as_article(text_or_article: str | Article, published: str | dt.date | None = None) -> Article:
    """An :class:`Article` from text or an Article, with ``published`` overriding its date.

    Raises:
        HelpersError: given a path instead of text, an empty text, or a malformed date.
    """
    if isinstance(text_or_article, Article):
        if published is None:
            return text_or_article
        return Article(
            text=text_or_article.text,
            paragraphs=text_or_article.paragraphs,
            published=parse_published(published),
            published_time=None,
            source=text_or_article.source,
            metadata=text_or_article.metadata,
        )
    if isinstance(text_or_article, Path):
        raise HelpersError("analyze() takes the article's text or an Article, not a path: use load_article(path) first.")
    return article_from_text(text_or_article, published=published)


def analyze(
    text_or_article: str | Article,
    published: str | dt.date | None = None,
    actors: str | Path | None = None,
) -> dict[str, Any]:
    """Run the helpers on an article and return one JSON-ready dict (see DESIGN.md).

    Args:
        text_or_article: the article's text, or an :class:`Article` (never a path).
        published: the publication date ``YYYY-MM-DD``; needed when the text has no date line.
        actors: an optional actors CSV for this article (aliases of its people).

    Raises:
        HelpersError: no publication date anywhere, or bad input (the message says the fix).
    """
    article = as_article(text_or_article, published)
    if article.published is None:
        raise HelpersError(
            "The article has no publication date (no 'Updated:' or 'Published:' line): "
            "give one with --published YYYY-MM-DD (or published='YYYY-MM-DD')."
        )
    return {
        "document": {
            "source": article.source,
            "publication_date": article.published.isoformat(),
            "headline": article.headline,
        },
        "sentences": [{"start": s.start, "end": s.end} for s in sentences(article)],
    }
