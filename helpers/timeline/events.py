"""Dated events: each calendar date of the story with a short label from its clause.

An event is a DATE or TIME expression with a calendar value (not a duration, a set or a vague
``PAST_REF``) outside the page's meta lines (datelines such as "Updated: …"). Its label is the
clause that carries the date, with the date and its preposition left out. The clause breaks of
a sentence are found once and looked up by bisection.

Example:
    >>> label("Mr Blinken and Mr Lavrov met for talks in Geneva last month.", 49, 59)
    'Mr Blinken and Mr Lavrov met for talks in Geneva'
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..spans import Span
from .tagger import Timex
from .values import day_interval

if TYPE_CHECKING:  # the document module imports this one on first use
    from ..document import Document

__all__ = ["Event", "event_records", "label", "LABEL_MAX", "EVENT_SKIP_SECTIONS"]

#: The longest event label, in characters (a longer clause is cut at a word and ends in "…").
LABEL_MAX = 60
#: Sections whose dates are not events of the story (datelines such as "Updated: …").
EVENT_SKIP_SECTIONS = ("meta",)
#: How much of a clause on each side of the date a label reads (a label keeps at most LABEL_MAX).
_READ = 20 * LABEL_MAX

_CLAUSE_BREAK = re.compile(
    r"[;:—–]\s|\s[—–]\s|[“”\"]|(?<=[’'])\s|,\s+(?=(?:and|but|while|which|who|whom|whose|although|though|as|"
    r"after|before|when|where|whereas|because|despite|since|until|ending|having|saying|according|"
    r"notably|including|[a-z]+ing)\b)"
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:and|but|or|so|then|however|meanwhile|still|also|yet|while|which|who|as|notably|that)\b[,]?\s*)+",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:on|in|at|by|since|for|during|until|till|from|of|before|after|through|over|within|between|around|as of)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Event(Span):
    """A dated event: the time expression (offsets, text) with its date and a short label."""

    date: str
    granularity: str
    interval_start: dt.datetime
    interval_end: dt.datetime
    label: str
    sentence: str


class ClauseBreaks:
    """The clause breaks of one sentence, to find the clause around a date by bisection."""

    def __init__(self, sentence_text: str) -> None:
        self.text = sentence_text
        breaks = list(_CLAUSE_BREAK.finditer(sentence_text))
        self.starts = [b.start() for b in breaks]
        self.ends = [b.end() for b in breaks]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)`` (offsets within the sentence)."""
        before = bisect.bisect_right(self.ends, start)
        after = bisect.bisect_left(self.starts, end)
        left = self.ends[before - 1] if before else 0
        right = self.starts[after] if after < len(self.starts) else len(self.text)
        return left, right


def _before(text: str) -> str:
    """What comes before the date, its preposition left out; a long stretch keeps only its start."""
    if len(text) > _READ:
        return text[:_READ].rsplit(None, 1)[0]
    return _PREPOSITION.sub("", text.rstrip())


def _after(text: str) -> str:
    return text[:_READ].rsplit(None, 1)[0] if len(text) > _READ else text


def label(sentence_text: str, start: int, end: int, breaks: ClauseBreaks | None = None) -> str:
    """A short readable label from the clause that carries the date (≤ LABEL_MAX characters)."""
    breaks = breaks or ClauseBreaks(sentence_text)
    left, right = breaks.clause(start, end)
    before = _before(sentence_text[left:start])
    after = re.sub(r"^['’]s\b", "", _after(sentence_text[end:right]))
    text = (before.rstrip(" ,") + " " + after.lstrip(" ,")).strip()
    if len(text.split()) < 3:  # the clause is only the date: use the whole sentence
        before = _before(sentence_text[:start])
        text = (before.rstrip(" ,") + " " + _after(sentence_text[end:]).lstrip(" ,")).strip()
    text = _LEAD_WORDS.sub("", " ".join(text.split())).strip(" ,.;:“”\"'‘’()")
    text = text[:1].upper() + text[1:]
    if len(text) > LABEL_MAX:
        cut = text[: LABEL_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
        text = cut + "…"
    return text


def event_records(doc: Document, timexes: Iterable[Timex] | None = None) -> list[Event]:
    """The events of a :class:`~helpers.document.Document`, sorted by interval start then position.

    Args:
        doc: the document; its ``sentences`` give the clauses.
        timexes: the time expressions to use; the document's own (``doc.timexes``) by default.
    """
    sentences = doc.sentences
    breaks: dict[int, ClauseBreaks] = {}
    rows = []
    for timex in doc.timexes if timexes is None else timexes:
        span = day_interval(timex.value)
        if timex.type not in ("DATE", "TIME") or span is None or not sentences:
            continue
        sentence = sentences[timex.sentence]
        if sentence.section in EVENT_SKIP_SECTIONS:
            continue
        if timex.sentence not in breaks:
            breaks[timex.sentence] = ClauseBreaks(sentence.text)
        text = label(sentence.text, timex.start - sentence.start, timex.end - sentence.start, breaks[timex.sentence])
        rows.append(Event(timex.start, timex.end, timex.text, timex.value, timex.granularity, span[0], span[1], text, sentence.text))
    return sorted(rows, key=lambda e: (e.interval_start, e.start, e.end))
