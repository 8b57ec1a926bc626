"""The two stages run over one document: candidates (:mod:`.match`), then values (:mod:`.resolve`).

Expressions are resolved in text order, each date noted in the history for the anaphora after
it; clock times ("9 p.m.") are resolved last, once every day of the text is known, because a
clock time may take a day named after it ("at 8pm on Sunday").

Example:
    >>> from helpers.document import as_document
    >>> doc = as_document("Talks began on Monday. They end next month.", published="2022-02-01")
    >>> [(t.text, t.value, t.rule) for t in timex_records(doc)]
    [('Monday', '2022-01-31', 'weekday'), ('next month', '2022-03', 'rel_unit')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..resources import HelpersError
from ..spans import Span
from .history import History, Mark
from .match import Candidate, TriggerIndex, candidates, default_block_index, default_index
from .normalise import Parts, fill, normalise
from .resolve import COMPOUND, DURATION, Context, resolve
from .rules import Rule
from .tense import SentenceCues
from .values import SEASON_MONTH, first_day, granularity

if TYPE_CHECKING:  # the document module imports this one on first use
    from ..document import Document

__all__ = ["Timex", "timex_records"]

#: comparisons with a year before ("a year ago", "a year earlier", "the year-ago quarter", "the
#: 1988 period"): their
#: date is no antecedent, so that the next comparison counts from the period compared, not from them
_COMPARISON = re.compile(r"^UNDEF-(?:REF-year-minus-|REF-quarter-minus-4|REF-quarter-in-|ago-year-|this-year-minus-1-Q)")


@dataclass(frozen=True)
class Timex(Span):
    """A time expression: its TIMEX3 ``type`` and ``value``, the rule that found it and more.

    Attributes:
        type: DATE, TIME, DURATION or SET.
        value: the resolved TIMEX3 value.
        rule: the ``id`` of the row of ``patterns.csv`` that matched.
        granularity: what the value pins down (see :func:`granularity`).
        underspecified: the value before resolution (``UNDEF-this-month-minus-1``).
        sentence: the index of the sentence holding the expression.
    """

    type: str
    value: str
    rule: str
    granularity: str
    underspecified: str
    sentence: int


@dataclass(slots=True)
class _Pending:
    """A candidate with its parts and filled template, waiting for its value."""

    candidate: Candidate
    parts: Parts
    template: str


class _Tagger:
    """Resolves the candidates of one document in order, keeping the history and the tense cues."""

    def __init__(self, text: str, published: dt.date, sentences: Sequence[Span]) -> None:
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.history = History(published)
        self.cues: dict[int, SentenceCues] = {}

    def sentence_cues(self, index: int) -> SentenceCues:
        """The tense cues of sentence ``index``, found on first use."""
        if index not in self.cues:
            first, last = (self.sentences[index].start, self.sentences[index].end) if self.sentences else (0, len(self.text))
            self.cues[index] = SentenceCues(self.text, first, last)
        return self.cues[index]

    def _context(self, start: int, end: int) -> Context:
        index = max(bisect.bisect_right(self.sentence_starts, start) - 1, 0)
        return Context(self.history.published, self.text, self.history, start, end, index, self.sentence_cues)

    def timex(self, pending: _Pending, remember: bool = True) -> Timex | None:
        """Resolve one candidate (and, if ``remember``, note its date); None when it names no date."""
        found, template = pending.candidate, pending.template
        ctx = self._context(found.start, found.end)
        value = resolve(template, pending.parts, ctx)
        if value is None:
            return None
        kind = granularity(value)
        day = first_day(value) if kind not in ("decade", "century") else None
        if remember and day is not None and found.rule.type in ("DATE", "TIME") and not _COMPARISON.match(template):
            if kind == "season":
                day = dt.date(int(value[:4]), SEASON_MONTH[value[5:]], 1)
            self.history.add(Mark(day, kind, ctx.sentence_index, value, found.start))
        stage_one = value if DURATION.match(template) or COMPOUND.match(template) else template  # durations need no resolving
        # the fields straight into __dict__ (what the frozen dataclass's __init__ does, one
        # object.__setattr__ at a time): the text is the slice the offsets cut and a candidate is
        # never empty (see match._matches), so the checks of Span cannot fail
        timex = object.__new__(Timex)
        timex.__dict__.update(
            start=found.start, end=found.end, text=self.text[found.start : found.end], type=found.rule.type,
            value=value, rule=found.rule.id, granularity=kind, underspecified=stage_one, sentence=ctx.sentence_index,
        )
        return timex


def timex_records(doc: Document, rules: Sequence[Rule] | None = None) -> list[Timex]:
    """The resolved time expressions of a :class:`~helpers.document.Document`, in document order.

    Args:
        doc: a document whose article has a publication date; its ``sentences`` are reused.
        rules: compiled pattern rows (:func:`.rules.rules_from`); the default is ``patterns.csv``.
    """
    if doc.article.published is None:
        raise HelpersError(
            "Resolving time expressions needs the publication date, and this article has none: "
            "pass published='YYYY-MM-DD' (or --published on the command line)."
        )
    text = doc.text
    tagger = _Tagger(text, doc.article.published, doc.sentences)
    found: list[Timex] = []
    clocks: list[_Pending] = []
    index = default_index() if rules is None else TriggerIndex(rules)
    for candidate in candidates(text, index, default_block_index()):
        parts = normalise(candidate.match)
        if parts is None:
            continue
        pending = _Pending(candidate, parts, fill(candidate.rule.value, parts))
        if pending.template.startswith("UNDEF-near-"):
            clocks.append(pending)
            continue
        record = tagger.timex(pending)
        if record is not None:
            found.append(record)
    later = [tagger.timex(pending, remember=False) for pending in clocks]
    return sorted(found + [t for t in later if t is not None], key=lambda t: (t.start, t.end))
