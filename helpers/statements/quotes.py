"""Quote marks on raw characters: which way each mark faces, pairing by family, long quotes.

Curly marks say which way they face; a straight ``"`` or ``'`` is decided by the characters
around it, and a single mark between two letters is an apostrophe (``Russia's``). Marks pair by
family (double, single) on one stack per paragraph, so ``“… ‘x’ …”`` nests; every mark is pushed
and popped at most once, so pairing is linear in the paragraph's length. A paragraph that opens a
quote and does not close it continues into the next paragraph when that one opens with a mark
(the news convention for long quotes). Marks that cannot be paired are listed as problems.

Example:
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("T\\n\\n“We said ‘no’,” he said. “Then we left.\\n\\n“Back home.”")
    >>> quotes(art)[["text", "continues"]].values.tolist()
    [['We said ‘no’,', False], ['Then we left.', True], ['Back home.', False]]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from ..article import Article, as_article
from ..spans import Span, frame_from_spans
from .lexicon import quote_mark_pattern, quote_mark_roles

__all__ = ["QuoteMark", "QuoteScan", "scan_quotes", "quotes", "quote_problems"]

_NEVER_CLOSED = "opening mark never closed"


@dataclass(frozen=True)
class QuoteMark(Span):
    """A quote segment (``start:end`` is its content) or an unpairable mark (``problem``)."""

    open: int
    close: int
    paragraph: int
    continues: bool = False
    problem: str = ""


@dataclass(frozen=True)
class OpenMark:
    """An opening mark waiting on the stack for its closing mark."""

    family: str
    position: int


@dataclass
class QuoteScan:
    """The article's top-level quote segments (in order) and its unpairable marks."""

    segments: list[QuoteMark]
    problems: list[QuoteMark]
    by_close: dict[int, QuoteMark] = field(init=False)
    by_open: dict[int, QuoteMark] = field(init=False)
    opens: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.by_close = {seg.close: seg for seg in self.segments if seg.close >= 0}
        self.by_open = {seg.open: seg for seg in self.segments}
        self.opens = [seg.open for seg in self.segments]


def _mark_role(text: str, i: int, lo: int, hi: int, family: str, role: str, open_counts: dict[str, int]) -> str | None:
    """``open``, ``close`` or None (an apostrophe) for the mark at ``i`` in paragraph ``lo:hi``."""
    char = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    # (an invisible format character, such as a pasted direction mark, stands where a space would)
    before_open = prev.isspace() or prev in "([{—–-/“‘\"'«„" or not prev.isprintable()
    after_close = nxt.isspace() or nxt in ".,;:!?)]}—–-”’\"'»" or not nxt.isprintable()
    if family == "single":
        if prev.isalnum() and nxt.isalnum():
            return None  # Russia's, don’t
        if char == "‘":
            return None if nxt.isdigit() else "open"
        if before_open and not nxt.isspace() and not nxt.isdigit() and char == "'":
            return "open"
        if open_counts.get("single") and not prev.isspace():
            return "close" if after_close or not nxt.isalnum() else None
        return None  # countries’ leaders, ’90s
    if role == "close" and not open_counts.get("double") and before_open and nxt.isalnum():
        return "open"  # ”Fear. …” ― a reader
    if role == "open" and open_counts.get("double") and prev in ".,;:!?" and after_close:
        return "close"  # “We won,“ she said: an opening mark typed where the quote closes
    if role != "either":
        return role
    if before_open and not nxt.isspace():
        return "open"
    if not prev.isspace() and after_close:
        return "close"
    return "close" if open_counts.get("double") else "open"


def _opens_paragraph(text: str, lo: int, hi: int, family: str) -> bool:
    marks = quote_mark_roles()
    if hi - lo < 2 or text[lo] not in marks:
        return False
    mark_family, role = marks[text[lo]]
    return mark_family == family and role in ("open", "either") and not text[lo + 1].isspace()


def _problem(text: str, pos: int, number: int, problem: str) -> QuoteMark:
    return QuoteMark(pos, pos + 1, text[pos], pos, -1, number, problem=problem)


@dataclass
class _Pairing:
    """The marks of one paragraph paired on a stack (each mark pushed and popped once)."""

    pairs: list[tuple[int, int]] = field(default_factory=list)
    stack: list[OpenMark] = field(default_factory=list)
    open_counts: dict[str, int] = field(default_factory=dict)
    problems: list[QuoteMark] = field(default_factory=list)

    def push(self, family: str, pos: int) -> None:
        self.stack.append(OpenMark(family, pos))
        self.open_counts[family] = self.open_counts.get(family, 0) + 1

    def pop(self) -> OpenMark:
        mark = self.stack.pop()
        self.open_counts[mark.family] -= 1
        return mark

    def close(self, text: str, family: str, pos: int, number: int) -> None:
        """Pair the closing mark at ``pos`` with the nearest open mark of its family."""
        if not self.open_counts.get(family):
            self.problems.append(_problem(text, pos, number, "closing mark with no opening mark"))
            return
        skipped = []
        while self.stack[-1].family != family:
            skipped.append(self.pop())
        for mark in reversed(skipped):
            self.problems.append(_problem(text, mark.position, number, _NEVER_CLOSED))
        self.pairs.append((self.pop().position, pos))


def _pair_paragraph(text: str, lo: int, hi: int, number: int) -> _Pairing:
    marks = quote_mark_roles()
    pairing = _Pairing()
    for found in quote_mark_pattern().finditer(text, lo, hi):  # only the marks, found at C speed
        i = found.start()
        family, role = marks[found.group()]
        kind = _mark_role(text, i, lo, hi, family, role, pairing.open_counts)
        if kind == "open":
            pairing.push(family, i)
        elif kind == "close":
            pairing.close(text, family, i, number)
    return pairing


def _segments(text: str, spans: list[tuple[int, int]], para_end: int, continuing: int | None, number: int) -> list[QuoteMark]:
    """The top-level quotes among the paired ``spans`` (a quote nested in another is part of it)."""
    out = []
    last_end = -1
    for o, c in sorted(spans):
        if o < last_end:
            continue  # nested inside the previous top-level quote
        last_end = c
        lo, hi = o + 1, c
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            closed = c < para_end or (continuing != o)
            out.append(QuoteMark(lo, hi, text[lo:hi], o, c if closed else -1, number, continues=not closed))
    return out


def scan_quotes(article: Article) -> QuoteScan:
    """Pair the quote marks of every paragraph of ``article``; a linear pass over the text."""
    text, paragraphs = article.text, article.paragraphs
    segments: list[QuoteMark] = []
    problems: list[QuoteMark] = []
    marks = quote_mark_pattern()
    for number, para in enumerate(paragraphs):
        if not marks.search(text, para.start, para.end):
            continue  # no mark: nothing to pair, nothing to continue
        pairing = _pair_paragraph(text, para.start, para.end, number)
        problems.extend(pairing.problems)
        stack = pairing.stack
        continuing = None
        if stack:
            nxt = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if nxt is not None and _opens_paragraph(text, nxt.start, nxt.end, stack[0].family):
                continuing = stack[0].position
                stack = stack[1:]
            problems.extend(_problem(text, mark.position, number, _NEVER_CLOSED) for mark in stack)
        spans = list(pairing.pairs)
        if continuing is not None:
            spans.append((continuing, para.end))
        segments.extend(_segments(text, spans, para.end, continuing, number))
    problems.sort(key=lambda p: p.start)
    return QuoteScan(segments, problems)


_COLUMNS = ["start", "end", "text", "open", "close", "paragraph", "continues", "problem"]


def quotes(article: Article | str) -> pd.DataFrame:
    """The top-level quotes of the article, found on raw characters.

    Args:
        article: an :class:`~helpers.article.Article` or the article's text.

    Returns:
        A DataFrame ``start, end, text`` (the words between the marks), ``open`` and ``close``
        (offsets of the marks; ``close`` is -1 when the quote runs on into the next paragraph),
        ``paragraph`` and ``continues``. Quotes nested inside another quote are part of it.

    Example:
        >>> quotes("Title\\n\\nHe said 'yes' twice.")["text"].tolist()
        ['yes']
    """
    scan = scan_quotes(as_article(article))
    return frame_from_spans(scan.segments, columns=_COLUMNS).drop(columns="problem")


def quote_problems(article: Article | str) -> pd.DataFrame:
    """Quote marks that could not be paired (skipped by ``find_statements``, never fatal).

    Returns:
        A DataFrame ``start, end, text`` (the mark), ``paragraph`` and ``problem``.

    Example:
        >>> quote_problems("Title\\n\\nHe said “yes and left.")[["text", "problem"]].values.tolist()
        [['“', 'opening mark never closed']]
    """
    scan = scan_quotes(as_article(article))
    frame = frame_from_spans(scan.problems, columns=_COLUMNS)
    return frame[["start", "end", "text", "paragraph", "problem"]]
