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

from .article import Article, as_article
from .resources import HelpersError
from .text import sentences

__all__ = ["analyze"]


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
    article = as_article(text_or_article, published, caller="analyze()")
    if article.published is None:
        raise HelpersError(
            "The article has no publication date (no 'Updated:' or 'Published:' line): "
            "give one with --published YYYY-MM-DD (or published='YYYY-MM-DD')."
        )
    result = {
        "document": {
            "source": article.source,
            "publication_date": article.published.isoformat(),
            "headline": article.headline,
        },
        "sentences": [{"start": s.start, "end": s.end} for s in sentences(article)],
        **_actors_and_mentions(article, actors),
        **_timexes_and_events(article),
    }
    result["statements"] = _statements(article, result["mentions"], {a["id"] for a in result["actors"]})
    return result


def _statements(article: Article, mentions: list[dict[str, Any]], actor_ids: set[str]) -> list[dict[str, Any]]:
    """The "statements" key: each statement with its VADER scores; speaker ids are ids of "actors"."""
    import pandas as pd

    from .sentiment import polarity
    from .statements import find_statements

    frame = pd.DataFrame(mentions, columns=["text", "start", "end", "actor_id", "kind"])
    found = find_statements(article, mentions=frame)[["text", "start", "end", "kind", "speaker_id", "cue"]].to_dict("records")
    return [
        {
            "text": r["text"],
            "start": int(r["start"]),
            "end": int(r["end"]),
            "kind": r["kind"],
            "speaker_id": r["speaker_id"] if r["speaker_id"] in actor_ids else None,
            "cue": r["cue"],
            **scores,
        }
        for r, scores in zip(found, polarity(str(r["text"]) for r in found))
    ]


def _actors_and_mentions(article: Article, actors: str | Path | None) -> dict[str, Any]:
    """The "actors" and "mentions" keys: every mention's actor_id has a row in "actors"."""
    from .actors import _actor_rows, _analyse

    found, _ = _analyse(article, actors)
    mentions = sorted(found, key=lambda m: (m.start, m.end))  # document order, as find_mentions gives
    table = _actor_rows(article, ((m.actor_id, m.kind, m.start) for m in mentions), actors)
    return {
        "actors": [{"id": r["id"], "name": r["name"], "type": r["type"], "count": r["count"]} for r in table],
        "mentions": [
            {"text": m.text, "start": m.start, "end": m.end, "actor_id": m.actor_id, "kind": m.kind}
            for m in mentions
        ],
    }


def _timexes_and_events(article: Article) -> dict[str, Any]:
    """The "timexes" and "events" keys of the contract (see helpers.timeline)."""
    from .timeline import _default_rules, _event_records, _timex_records

    timexes = sorted(_timex_records(article, _default_rules()), key=lambda t: (t.start, t.end))
    rows = ((t.start, t.end, t.text, t.type, t.value, t.granularity, t.sentence) for t in timexes)
    found = sorted(_event_records(article, rows), key=lambda e: (e.interval_start, e.start, e.end))  # as events() sorts
    return {
        "timexes": [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in timexes],
        "events": [{"date": e.date, "label": e.label, "start": e.start, "end": e.end} for e in found],
    }
