"""The one span type every helper returns, and how spans become DataFrames.

A span is a piece of the article's text located by character offsets into the
text exactly as decoded from the file (see :func:`helpers.article.load_article`),
so ``text[span.start:span.end] == span.text`` always holds.

Example:
    >>> text = "Mr Putin said on Tuesday."
    >>> s = Span(3, 8, text[3:8])
    >>> s.text, s.end - s.start
    ('Putin', 5)
    >>> frame_from_spans([s]).columns.tolist()
    ['start', 'end', 'text']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, is_dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Span", "frame_from_spans", "check_spans"]


@dataclass(frozen=True)
class Span:
    """A stretch of text: ``start`` and ``end`` are character offsets, ``text`` the slice."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError(f"Span offsets must be integers, got {self.start!r} and {self.end!r}.")
        if self.start < 0 or self.end < self.start:
            raise ValueError(
                f"A span needs 0 <= start <= end, got start={self.start}, end={self.end}."
            )
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text {self.text!r} has {len(self.text)} characters but the offsets "
                f"{self.start}:{self.end} cover {self.end - self.start}."
            )


def frame_from_spans(records: Iterable[Any], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Turn span records (dataclasses or dicts) into a DataFrame with ``start, end, text`` first.

    Args:
        records: dataclass instances (such as :class:`Span` or a subclass) or dicts,
            each with at least ``start``, ``end`` and ``text``.
        columns: the full column list to use when ``records`` may be empty; by default
            the fields of the first record.

    Returns:
        A DataFrame in document order (sorted by ``start`` then ``end``) with a fresh index.

    Example:
        >>> frame_from_spans([], columns=["start", "end", "text", "kind"]).shape
        (0, 4)
    """
    import pandas as pd

    rows = [r.__dict__ if is_dataclass(r) else r for r in records]  # flat records: no deep copy needed
    if columns is None:
        columns = list(rows[0]) if rows else ["start", "end", "text"]
    first = ["start", "end", "text"]
    ordered = first + [c for c in columns if c not in first]
    frame = pd.DataFrame({c: [row.get(c) for row in rows] for c in ordered}, columns=ordered)
    positions = [(row.get("start"), row.get("end")) for row in rows]
    if len(frame) and positions != sorted(positions):  # most finders already give document order
        frame = frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["text"] = frame["text"].astype(object)
    return frame


def check_spans(text: str, frame: pd.DataFrame) -> None:
    """Raise ``ValueError`` naming the first row whose ``text`` is not ``text[start:end]``.

    Example:
        >>> import pandas as pd
        >>> check_spans("abc", pd.DataFrame({"start": [1], "end": [2], "text": ["b"]}))
    """
    for row in frame.itertuples(index=False):
        if text[row.start : row.end] != row.text:
            raise ValueError(
                f"Span {row.start}:{row.end} should be {text[row.start:row.end]!r} "
                f"but the row says {row.text!r}."
            )

