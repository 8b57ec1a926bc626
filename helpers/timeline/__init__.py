"""Time expressions (TIMEX3) and the dated events of an article: a two-stage tagger.

Stage 1 (:mod:`.match`) finds expressions with ordered regex patterns kept as data
(``data/timeline/patterns.csv``, building blocks in ``macros.csv``, word lists in the
normalisation tables ``months.csv``, ``weekdays.csv``, ``numbers.csv``, ``units.csv`` …) and
drops those that a blocking rule (``blocking.csv``) marks as a false friend ("May this be",
"Mrs May", "100,000"). Overlapping matches are settled by length (the longest wins), then by
the order of the rows. Each match gets an *underspecified* value such as
``UNDEF-this-month-minus-1`` or ``UNDEF-weekday-1`` (:mod:`.normalise`).

Stage 2 (:mod:`.resolve`) resolves those values in document order: deictic ones ("last
month") against the publication date, anaphoric ones ("that year") against the last date named
(:mod:`.history`), weekdays and months without a year by the tense nearby (:mod:`.tense`),
clock times by the day they belong to. :mod:`.events` turns the dates into labelled events.

Every time expression says which rule made it: ``rule`` is the ``id`` of its row of
``patterns.csv``. Values follow TIMEX3 (TimeML): ``2022-02-01``, ``2022-01``, ``2014``,
``2022-W05``, ``2022-02-01T20:59``, ``2023-SU``, ``2024-Q3``, ``199X``, durations ``P3D``,
``PT6H``, ``P3Y4M``, sets ``P1Y``, and ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``.

Method after HeidelTime (Strötgen & Gertz 2013, "Multilingual and cross-domain temporal
tagging", *Language Resources and Evaluation* 47(2)), whose rules, normalisation tables and
negative rules are likewise kept apart from its engine.

Example:
    >>> found = find_timexes("Talks resumed on Monday.\\n\\nThey meet again next month.", published="2022-02-01")
    >>> found[["text", "type", "value", "rule"]].values.tolist()
    [['Monday', 'DATE', '2022-01-31', 'weekday'], ['next month', 'DATE', '2022-03', 'rel_unit']]
    >>> events("Talks resumed on Monday.\\n\\nThey meet again next month.", published="2022-02-01")["label"].tolist()
    ['Talks resumed', 'They meet again']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..article import Article
from ..document import Document, as_document
from ..resources import HelpersError
from .events import EVENT_SKIP_SECTIONS, LABEL_MAX, Event, event_records
from .rules import TIMEX_TYPES, blocking_table, patterns_table, rules_from
from .tagger import Timex, timex_records
from .values import day_interval, granularity, interval

if TYPE_CHECKING:  # the DataFrame finders import pandas when called: the records need none
    import pandas as pd

__all__ = [
    "Timex",
    "Event",
    "TIMEX_TYPES",
    "find_timexes",
    "events",
    "patterns_table",
    "blocking_table",
    "granularity",
    "interval",
    "day_interval",
    "timex_records",
    "event_records",
    "LABEL_MAX",
    "EVENT_SKIP_SECTIONS",
]

TIMEX_COLUMNS = ["start", "end", "text", "type", "value", "rule", "granularity", "underspecified", "sentence"]
EVENT_COLUMNS = [
    "start", "end", "text", "date", "when", "granularity", "interval_start", "interval_end", "label", "actor_id", "sentence",
]


def _dated_document(
    source: Document | Article | str, published: str | dt.date | None, caller: str, needs_date: bool = True
) -> Document:
    """The document to tag: a Document is reused unless ``published`` overrides its date."""
    if isinstance(source, Document) and published is not None:
        source = source.article
    doc = as_document(source, published, caller=caller)
    if needs_date and doc.article.published is None:
        raise HelpersError(
            "Resolving time expressions needs the publication date, and this article has none: "
            "pass published='YYYY-MM-DD' (or --published on the command line)."
        )
    return doc


def find_timexes(
    article: Document | Article | str,
    published: str | dt.date | None = None,
    patterns: pd.DataFrame | Iterable[Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Find and resolve the time expressions of an article (TIMEX3).

    Args:
        article: a :class:`~helpers.document.Document`, an :class:`~helpers.article.Article`
            (its ``published`` date anchors the values) or the article's text.
        published: the publication date ``YYYY-MM-DD``; overrides the article's own.
        patterns: the pattern rows to use instead of ``data/timeline/patterns.csv``, e.g.
            ``pd.concat([patterns_table(), my_rows])`` (blocking rules always apply).

    Returns:
        A DataFrame in document order: ``start, end, text, type, value`` then ``rule`` (the
        ``id`` of the pattern row), ``granularity``, ``underspecified`` and ``sentence`` (the
        sentence's index). ``article.text[start:end] == text`` on every row.

    Raises:
        HelpersError: no publication date, bad input, or a malformed pattern row.

    Example:
        >>> find_timexes("He left on Friday.", published="2024-03-12")["value"].tolist()
        ['2024-03-08']
    """
    doc = _dated_document(article, published, "find_timexes")
    if patterns is None:
        found = doc.timexes
    else:
        rows = patterns.to_dict("records") if hasattr(patterns, "to_dict") else list(patterns)  # a DataFrame or rows
        found = timex_records(doc, rules_from(rows))
    return _frame(found, columns=TIMEX_COLUMNS)


def _timexes_from_frame(frame: pd.DataFrame) -> list[Timex]:
    """Timex records from a :func:`find_timexes` frame (``rule`` and ``underspecified`` may be absent)."""
    records = []
    for row in frame.to_dict("records"):
        records.append(
            Timex(
                int(row["start"]), int(row["end"]), str(row["text"]), str(row["type"]), str(row["value"]),
                str(row.get("rule", "")), str(row["granularity"]), str(row.get("underspecified", "")), int(row["sentence"]),
            )
        )
    return records


def events(
    article: Document | Article | str,
    published: str | dt.date | None = None,
    timexes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The dated events of an article in time order, one per DATE or TIME expression.

    An event is a time expression with a calendar value (not a duration, a set or a vague
    ``PAST_REF``) outside the page's meta lines (datelines such as "Updated: …"), labelled by who
    did what: the actor who is the subject of the date's clause (a pronoun written as its actor's
    name) and the clause's verb with a short object, the date and its preposition left out. A
    clause without an actor is its own label.

    Args:
        article: a Document, an Article or its text.
        published: the publication date ``YYYY-MM-DD`` (overrides the article's own).
        timexes: the output of :func:`find_timexes`, to reuse (found again when None).

    Returns:
        A DataFrame sorted by ``interval_start`` then position: ``start, end, text`` (the
        time expression's offsets and words), ``date`` (the TIMEX3 value), ``when`` (the date as
        people write it: "31 Jan 2022", "March 2014"), ``granularity``, ``interval_start``,
        ``interval_end`` (Timestamps; the end is exclusive), ``label`` (at most
        :data:`LABEL_MAX` characters), ``actor_id`` (the labelled actor, "" for none) and
        ``sentence`` (its text).

    Example:
        >>> events("Mr Blinken and Mr Lavrov met for talks in Geneva last month.", published="2022-02-01")[
        ...     ["when", "label"]].values.tolist()
        [['January 2022', 'Antony Blinken and Sergei Lavrov: met for talks in Geneva']]
    """
    doc = _dated_document(article, published, "events", needs_date=timexes is None)
    rows = doc.events if timexes is None else event_records(doc, _timexes_from_frame(timexes))
    frame = _frame(rows, columns=EVENT_COLUMNS)
    if len(frame):
        frame = frame.sort_values(["interval_start", "start"], kind="stable").reset_index(drop=True)
    return frame


def _frame(records: Iterable[Any], columns: list[str]) -> pd.DataFrame:
    """:func:`helpers.spans.frame_from_spans`, imported on first use (it loads pandas)."""
    from ..spans import frame_from_spans

    return frame_from_spans(records, columns=columns)
