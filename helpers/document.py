"""One document: an article and its layers, each computed once, on first use, and kept.

Every stage reads the layers it needs from the document instead of recomputing them, and no
module keeps per-text caches: drop the document and its layers go with it. Loaded data tables
are cached in one place, :mod:`helpers.resources` (``reload_data()`` forgets them).

    article ──▶ Document ─┬─ sentences, tokens      (helpers.text)
                          ├─ timexes ─▶ events      (helpers.timeline)
                          ├─ mentions, actors       (helpers.actors)
                          └─ statements ─▶ tones    (helpers.statements, helpers.sentiment)

Example:
    >>> from helpers.article import article_from_text
    >>> doc = Document(article_from_text("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01"))
    >>> [t.value for t in doc.timexes]
    ['2022-01-31']
    >>> doc.timexes is doc.timexes   # computed once
    True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .article import Article, as_article

__all__ = ["Document", "as_document"]


@dataclass(eq=False)
class Document:
    """An :class:`~helpers.article.Article` with its computed layers.

    Args:
        article: the loaded article.
        actors_table: an optional actors CSV for this article (aliases of its people).
    """

    article: Article
    actors_table: str | Path | None = None
    _layers: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    @property
    def text(self) -> str:
        """The article's text, exactly as decoded (every offset points into it)."""
        return self.article.text

    @cached_property
    def sentences(self) -> list:
        """The sentences (:class:`helpers.text.Sentence`), in order."""
        from .text import sentences

        return sentences(self.article)

    @cached_property
    def tokens(self) -> list:
        """The word and punctuation tokens (:class:`helpers.text.Token`), in order."""
        from .text import sentence_tokens

        return sentence_tokens(self.text, self.sentences)

    @cached_property
    def timexes(self) -> list:
        """The time expressions (:class:`helpers.timeline.Timex`), in document order."""
        from .timeline import timex_records

        return timex_records(self)

    @cached_property
    def events(self) -> list:
        """The dated events (:class:`helpers.timeline.Event`), in time order."""
        from .timeline import event_records

        return event_records(self)

    @cached_property
    def _actor_layer(self) -> tuple[list, dict]:
        from .actors import read_actors

        layer = read_actors(self)
        return layer.mentions, layer.actors

    @property
    def mentions(self) -> list:
        """The actor mentions (:class:`helpers.actors.Mention`), in document order."""
        return self._actor_layer[0]

    @property
    def actors(self) -> dict:
        """The actors the mentions point to, by id."""
        return self._actor_layer[1]

    @cached_property
    def statements(self) -> list:
        """The statements (:class:`helpers.statements.Statement`), in document order."""
        from .statements import statement_records

        return statement_records(self)

    @cached_property
    def tones(self) -> list[dict[str, float]]:
        """Each statement's tone, in the order of :attr:`statements`.

        Plain VADER's ``compound, neg, neu, pos`` (NLTK's numbers) and, beside them, the
        course's scorer's ``overlay_compound`` (VADER with diplomacy words and phrase rules; a
        reported statement, ``kind`` ``indirect``, keeps ``REPORTED_WEIGHT`` of its sum).
        """
        from .sentiment import tones

        return tones([s.text for s in self.statements], [s.kind for s in self.statements])


def as_document(
    source: Document | Article | str,
    published: str | dt.date | None = None,
    actors: str | Path | None = None,
    caller: str = "this helper",
) -> Document:
    """A :class:`Document` for a document, an article or an article's text.

    A document is returned as it is (its layers are reused); anything else is turned into an
    article first (see :func:`helpers.article.as_article`).
    """
    if isinstance(source, Document):
        return source
    return Document(as_article(source, published, caller=caller), actors_table=actors)
