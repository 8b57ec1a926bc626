"""One call that runs every step on an article and returns the course's JSON contract.

The contract is described in helpers/README.md. Everything here works on plain records: no
pandas on the ``analyze()`` and command-line path.

Example:
    >>> result = analyze("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01")
    >>> result["document"]["publication_date"], result["sentences"][1]
    ('2022-02-01', {'start': 14, 'end': 40})
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .article import Article
from .document import Document, as_document
from .resources import HelpersError

__all__ = ["analyze"]


def analyze(
    text_or_article: str | Article | Document,
    published: str | dt.date | None = None,
    actors: str | Path | None = None,
) -> dict[str, Any]:
    """Run the helpers on an article and return one JSON-ready dict.

    Args:
        text_or_article: the article's text, an :class:`Article` or a :class:`Document` (never a path).
        published: the publication date ``YYYY-MM-DD``; needed when the text has no date line.
        actors: an optional actors CSV for this article (aliases of its people).

    Raises:
        HelpersError: no publication date anywhere, or bad input (the message says the fix).
    """
    doc = as_document(text_or_article, published, actors, caller="analyze()")
    article = doc.article
    if article.published is None:
        raise HelpersError(
            "The article has no publication date (no 'Updated:' or 'Published:' line): "
            "give one with --published YYYY-MM-DD (or published='YYYY-MM-DD')."
        )
    actor_rows = _actor_rows(doc)
    return {
        "document": {
            "source": article.source,
            "publication_date": article.published.isoformat(),
            "headline": article.headline,
            "paragraph_breaks": article.paragraph_breaks,
        },
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "actors": actor_rows,
        "mentions": [
            {"text": m.text, "start": m.start, "end": m.end, "actor_id": m.actor_id, "kind": m.kind, "rule": m.rule}
            for m in doc.mentions
        ],
        "timexes": [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value, "rule": t.rule} for t in doc.timexes],
        "events": [{"date": e.date, "when": e.when, "label": e.label, "start": e.start, "end": e.end} for e in doc.events],
        "statements": _statements(doc, {a["id"] for a in actor_rows}),
    }


def _actor_rows(doc: Document) -> list[dict[str, Any]]:
    """The "actors" key: one row per actor that has a mention."""
    from .actors import actor_records

    table = actor_records(doc)
    return [{"id": r["id"], "name": r["name"], "type": r["type"], "count": r["count"]} for r in table]


def _statements(doc: Document, actor_ids: set[str]) -> list[dict[str, Any]]:
    """The "statements" key: each statement with its spans, rules and VADER scores; speaker ids are ids of "actors"."""
    return [
        {
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "kind": s.kind,
            "speaker_id": s.speaker_id if s.speaker_id in actor_ids else None,
            "speaker_start": s.speaker_start,
            "speaker_end": s.speaker_end,
            "cue": s.cue,
            "cue_start": s.cue_start if s.cue_start >= 0 else None,
            "cue_end": s.cue_end if s.cue_end >= 0 else None,
            "rule": s.rule,
            "speaker_rule": s.speaker_rule if s.speaker_id in actor_ids else None,
            "parts": [list(part) for part in s.parts],
            **scores,
        }
        for s, scores in zip(doc.statements, doc.tones)
    ]
