"""The dates a text has named so far, for anaphora ("that year", "the previous day").

Marks are added in text order. Each question the resolver asks ("the last date at least as
fine as a month", "the day named right after this clock time") is answered from indexes kept
as marks arrive, never by rereading every mark, so resolution takes linear time.

Example:
    >>> import datetime as dt
    >>> history = History(published=dt.date(2022, 2, 1))
    >>> history.add(Mark(dt.date(2014, 1, 1), "year", 0, "2014", 10))
    >>> history.add(Mark(dt.date(2014, 3, 1), "month", 1, "2014-03", 40))
    >>> history.last(("year",)).value, history.last(("day", "month")).value
    ('2014', '2014-03')
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from .values import month_index

__all__ = ["Mark", "History"]

_DAYS = ("day", "time")


@dataclass(frozen=True)
class Mark:
    """A resolved date seen in the text: its first day, granularity, sentence, value and offset."""

    day: dt.date
    granularity: str
    sentence: int
    value: str
    start: int


@dataclass
class History:
    """The marks of one text, in text order, with the indexes the resolver asks."""

    published: dt.date
    marks: list[Mark] = field(default_factory=list)
    _latest: dict[str, int] = field(default_factory=dict)  # granularity → index of its last mark
    _latest_past: int | None = None  # index of the last mark before the publication date
    _latest_ended_quarter: int | None = None  # index of the last quarter over by the publication date
    _days: list[Mark] = field(default_factory=list)  # marks of a day or a time of day
    _day_starts: list[int] = field(default_factory=list)

    def add(self, mark: Mark) -> None:
        """Note a date named after every mark so far."""
        self.marks.append(mark)
        index = len(self.marks) - 1
        self._latest[mark.granularity] = index
        if mark.day < self.published:
            self._latest_past = index
        if mark.granularity == "quarter" and self.quarter_over(mark.day):
            self._latest_ended_quarter = index
        if mark.granularity in _DAYS:
            self._days.append(mark)
            self._day_starts.append(mark.start)

    def quarter_over(self, day: dt.date) -> bool:
        """Is the quarter starting on ``day`` over by the publication date?

        Example:
            >>> history = History(dt.date(2022, 5, 1))
            >>> history.quarter_over(dt.date(2022, 1, 1)), history.quarter_over(dt.date(2022, 4, 1))
            (True, False)
        """
        return month_index(day.year, day.month) + 3 <= month_index(self.published.year, self.published.month)

    def last(self, granularities: Iterable[str]) -> Mark | None:
        """The last mark of one of ``granularities``."""
        found = [self._latest[g] for g in granularities if g in self._latest]
        return self.marks[max(found)] if found else None

    def last_ended_quarter(self) -> Mark | None:
        """The last quarter named that was over by the publication date (a quarter reported on,
        not one forecast).

        Example:
            >>> history = History(published=dt.date(1989, 11, 2))
            >>> history.add(Mark(dt.date(1989, 7, 1), "quarter", 0, "1989-Q3", 0))
            >>> history.add(Mark(dt.date(1989, 10, 1), "quarter", 1, "1989-Q4", 50))
            >>> history.last_ended_quarter().value
            '1989-Q3'
        """
        return None if self._latest_ended_quarter is None else self.marks[self._latest_ended_quarter]

    def last_any(self, before_publication: bool = False) -> Mark | None:
        """The last mark, or the last one before the publication date."""
        if before_publication:
            return None if self._latest_past is None else self.marks[self._latest_past]
        return self.marks[-1] if self.marks else None

    def day_before(self, start: int) -> Mark | None:
        """The last day (or time of day) named before offset ``start``."""
        at = bisect.bisect_left(self._day_starts, start)
        return self._days[at - 1] if at else None

    def day_from(self, end: int) -> Mark | None:
        """The first day (or time of day) named at or after offset ``end``."""
        at = bisect.bisect_left(self._day_starts, end)
        return self._days[at] if at < len(self._days) else None
