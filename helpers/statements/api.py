"""The statement stage's public functions: records for a Document, the DataFrame, the highlight.

Example:
    >>> import pandas as pd
    >>> empty = pd.DataFrame(columns=["start", "end", "text", "actor_id", "kind"])
    >>> found = find_statements("Talks\\n\\nThe envoy said talks would resume.", mentions=empty)
    >>> found[["text", "speaker_id", "speaker_text", "cue", "rule"]].values.tolist()
    [['talks would resume', None, 'The envoy', 'said', 'subject_then_cue']]
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from ..article import Article, as_article
from ..resources import HelpersError
from .attribution import attribute
from .mentions import MentionRow, rows_from_frame, rows_from_mentions
from .model import COLUMNS, Draft, Statement
from .splits import join_split_quotes, quoted_pieces

__all__ = ["statement_records", "find_statements", "highlight_html"]


def _section_at(article: Article, starts: list[int], offset: int) -> str:
    """The section of the paragraph holding ``offset`` ("" between paragraphs), by bisect."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < article.paragraphs[i].end:
        return article.paragraphs[i].section
    return ""


def _statements(article: Article, mentions: list[MentionRow], sentences: list[Any]) -> list[Statement]:
    """The statements in document order, one per content span (a split quote's parts joined), with section and sentence."""
    spans = [(s.start, s.end) for s in sentences]
    sentence_starts = [s0 for s0, _ in spans]
    paragraph_starts = [p.start for p in article.paragraphs]
    unique: dict[tuple[int, int], Draft] = {}
    for draft in sorted(attribute(article, mentions, spans), key=lambda d: (d.start, d.end)):
        unique.setdefault((draft.start, draft.end), draft)
    statements = [_statement(draft, _section_at(article, paragraph_starts, draft.start),
                             max(0, bisect.bisect_right(sentence_starts, draft.start) - 1))
                  for draft in unique.values()]
    return join_split_quotes(statements, article.text, paragraph_starts)


def _statement(draft: Draft, section: str, sentence: int) -> Statement:
    """The statement of a draft, now that its section and sentence are known (its parts, or one part: its own span)."""
    return Statement(
        start=draft.start, end=draft.end, text=draft.text, kind=draft.kind, speaker_id=draft.speaker_id,
        speaker_text=draft.speaker_text, cue=draft.cue, cue_start=draft.cue_start, cue_end=draft.cue_end,
        section=section, sentence=sentence, speaker_start=draft.speaker_start, speaker_end=draft.speaker_end,
        rule=draft.rule, speaker_rule=draft.speaker_rule, parts=draft.parts or ((draft.start, draft.end),),
    )


def statement_records(doc: Any) -> list[Statement]:
    """The statements of a :class:`~helpers.document.Document`, read from its mentions and sentences.

    Example:
        >>> from helpers.document import Document
        >>> from helpers.article import article_from_text
        >>> doc = Document(article_from_text("Talks\\n\\n“We are ready,” the envoy said."))
        >>> [(s.text, s.rule, s.speaker_rule) for s in statement_records(doc)]
        [('We are ready,', 'quote_then_cue', None)]
    """
    return _statements(doc.article, rows_from_mentions(doc.mentions), doc.sentences)


def find_statements(
    article: Article | str, mentions: pd.DataFrame | None = None, actors: str | Path | None = None
) -> pd.DataFrame:
    """The article's statements (direct, mixed and reported speech) with speaker and cue.

    Args:
        article: an :class:`~helpers.article.Article` (or the article's text).
        mentions: the actor mentions to attribute with (columns ``start, end, text, actor_id,
            kind``); None runs ``helpers.actors.find_mentions(article, actors)``.
        actors: passed to ``find_mentions`` when ``mentions`` is None (a CSV path or None).

    Returns:
        A DataFrame with :data:`COLUMNS`: the content span, ``kind`` (``direct`` when quote
        marks delimit the content, mixed quotes included; else ``indirect``), ``speaker_id``
        (None when no speaker was found), ``speaker_text`` (the words naming the speaker),
        ``cue`` with ``cue_start``/``cue_end`` (":" for "X: …" headlines; a floating quote
        repeats the cue of the statement it continues), ``section``, ``sentence`` (index
        into :func:`helpers.text.sentences`), then ``speaker_start``/``speaker_end`` (the
        mention naming the speaker in the statement's own frame, else missing), ``rule`` (the
        frame rule) and ``speaker_rule`` (how the speaker was found). Unpaired quote marks are
        skipped; see :func:`quote_problems`.

    Raises:
        HelpersError: ``mentions`` is not a DataFrame with the needed columns.
    """
    article = as_article(article)
    if mentions is None:
        from .. import actors as actors_module

        mentions = actors_module.find_mentions(article, actors)
    rows = rows_from_frame(mentions)
    from ..text import sentences

    records = _statements(article, rows, sentences(article))
    return _frame(records)


def _frame(records: list[Statement]) -> pd.DataFrame:
    """The records as a DataFrame with :data:`COLUMNS` (in document order already): plain columns,
    None for a missing speaker or speaker rule, nullable integers for the speaker span."""
    import pandas as pd

    columns: dict[str, Any] = {name: [getattr(r, name) for r in records] for name in COLUMNS}
    for name in ("start", "end", "cue_start", "cue_end", "sentence"):
        columns[name] = pd.array(columns[name], dtype="int64")
    for name in ("speaker_start", "speaker_end"):
        columns[name] = pd.array(columns[name], dtype="Int64")
    frame = pd.DataFrame(columns, columns=COLUMNS)
    for name in ("text", "speaker_id", "speaker_rule"):  # as other finders give text; None stays None
        frame[name] = pd.Series(columns[name], dtype=object)
    return frame


def highlight_html(
    article: Article | str,
    statements: pd.DataFrame,
    label: str = "speaker_text",
    start: int = 0,
    end: int | None = None,
) -> str:
    """The article (or ``article.text[start:end]``) as HTML with statements coloured by speaker.

    Args:
        article: the article the statements came from.
        statements: a :func:`find_statements` table.
        label: the column that picks the colour (``speaker_text`` or ``speaker_id``).
        start, end: show only this stretch of the text (whole paragraphs read best).

    Returns:
        An HTML fragment (escaped text, a legend, one colour per speaker; "(unknown)" for
        statements with no speaker), ready for ``IPython.display.HTML``.

    Example:
        >>> import pandas as pd
        >>> st = pd.DataFrame({"start": [4], "end": [8], "speaker_text": ["<Mr X>"]})
        >>> "&lt;Mr X&gt;" in highlight_html("Hi “yes” <b>", st)
        True
    """
    import pandas as pd

    from ..report.highlight import Layer
    from ..report.highlight import highlight_html as render

    text = as_article(article).text
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise HelpersError(f"start and end must satisfy 0 <= start <= end <= {len(text)}, got {start} and {end}.")
    if label not in statements.columns:
        raise HelpersError(f"The statements table has no column {label!r}: use 'speaker_text' or 'speaker_id'.")
    shown = statements[(statements["start"] >= start) & (statements["end"] <= end)]
    spans = pd.DataFrame(
        [
            {"start": a - start, "end": b - start, "speaker": row[label] if isinstance(row[label], str) and row[label] else "(unknown)"}
            for row in shown.to_dict("records")
            for a, b in quoted_pieces(row)
        ],
        columns=["start", "end", "speaker"],
    )
    return render(text[start:end], [Layer("statement", spans, "speaker")])
