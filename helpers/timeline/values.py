"""TIMEX3 values as calendar facts: granularity, first day, interval, and date arithmetic.

Values follow TIMEX3 (TimeML): ``2022-02-01``, ``2022-01``, ``2014``, ``2022-W05``,
``2022-02-01T20:59``, ``2023-SU``, ``2024-Q3``, ``199X``, durations ``P3D``, references
``PAST_REF``. The calendar runs from year 1 to 9999 (Python's :mod:`datetime`); arithmetic that
leaves it raises ``OverflowError`` or ``ValueError``, which the resolver turns into
``PAST_REF`` or ``FUTURE_REF``.

Example:
    >>> granularity("2022-W05"), first_day("2022-W05")
    ('week', datetime.date(2022, 1, 31))
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # interval() imports pandas when called: the records need none
    import pandas as pd

__all__ = [
    "granularity",
    "interval",
    "first_day",
    "week",
    "quarter",
    "shift_month",
    "shift",
    "format_value",
    "valid",
    "choose",
    "Option",
    "month_index",
    "holiday_date",
    "SEASON_MONTH",
]

#: the month that stands for a season when seasons are compared (northern hemisphere)
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
#: the first month of each meteorological season (winter starts in December of the year before)
_SEASON_START = {"WI": (-1, 12), "SP": (0, 3), "SU": (0, 6), "FA": (0, 9)}

_GRANULARITY = (
    (r"\d{4}-\d\d-\d\dT", "time"),
    (r"\d{4}-\d\d-\d\d$", "day"),
    (r"\d{4}-W\d\d", "week"),
    (r"\d{4}-\d\d$", "month"),
    (r"\d{4}-Q[1-4]$", "quarter"),
    (r"\d{4}-H[12]$", "half"),
    (r"\d{4}-(?:SP|SU|FA|WI)$", "season"),
    (r"\d{4}$", "year"),
    (r"\d{3}X$", "decade"),
    (r"\d{2}$", "century"),
    (r"(?:PAST|PRESENT|FUTURE)_REF$", "reference"),
    (r"P", "duration"),
    (r"X", "set"),
)
#: the patterns above as one regex, tried at the start in order (the first that matches names the
#: granularity): one regex call per value instead of up to twelve
_GRANULARITY_REGEX = re.compile("|".join(f"(?P<{name}>{pattern})" for pattern, name in _GRANULARITY))


def granularity(value: str) -> str:
    """What a TIMEX3 value pins down: time, day, week, month, quarter, half, season, year, decade, century,
    reference, duration, set (or "" for anything else).

    Example:
        >>> [granularity(v) for v in ["2022-02-01", "2022-01", "2014", "2022-W05", "PXW", "FUTURE_REF"]]
        ['day', 'month', 'year', 'week', 'duration', 'reference']
    """
    found = _GRANULARITY_REGEX.match(value)
    return found.lastgroup if found else ""


def _first_day(value: str, kind: str) -> dt.date | None:
    year = int(value[:4]) if kind not in ("decade", "century") else 0
    if kind in ("time", "day"):
        return dt.date(year, int(value[5:7]), int(value[8:10]))
    if kind == "week":
        return dt.date.fromisocalendar(year, int(value[6:8]), 1)
    if kind == "month":
        return dt.date(year, int(value[5:7]), 1)
    if kind == "quarter":
        return dt.date(year, 3 * int(value[6]) - 2, 1)
    if kind == "half":
        return dt.date(year, 6 * int(value[6]) - 5, 1)
    if kind == "season":
        back, month = _SEASON_START[value[5:]]
        return dt.date(year + back, month, 1)
    if kind == "year":
        return dt.date(year, 1, 1)
    if kind == "decade":
        return dt.date(int(value[:3]) * 10 or 1, 1, 1)
    if kind == "century":
        return dt.date(int(value) * 100 or 1, 1, 1)
    return None


def first_day(value: str) -> dt.date | None:
    """The first day a calendar value covers; None for durations, sets, references and days
    outside the calendar (years 1-9999).

    Example:
        >>> first_day("2023-WI"), first_day("PXW")
        (datetime.date(2022, 12, 1), None)
    """
    try:
        return _first_day(value, granularity(value))
    except (ValueError, OverflowError):
        return None


def _end_day(value: str, kind: str, start: dt.date) -> tuple[dt.date, dt.date]:
    """The first day and the day after the last day that a calendar value covers."""
    if kind in ("time", "day"):
        return start, start + dt.timedelta(days=1)
    if kind == "week":
        if value.endswith("-WE"):  # the weekend: Saturday and Sunday
            return start + dt.timedelta(days=5), start + dt.timedelta(days=7)
        return start, start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[kind]
    year, month = shift_month(start, months)
    return start, dt.date(year, month, 1)


def day_interval(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The stretch of time a calendar value covers, as ``[start, end)`` datetimes (midnights).

    Times of day cover their day; seasons are meteorological (northern hemisphere, winter
    from December of the year before). Durations, sets, vague references and stretches
    outside the years 1-9999 give None. Plain datetimes, so that the records need no pandas.

    Example:
        >>> day_interval("2022-01")
        (datetime.datetime(2022, 1, 1, 0, 0), datetime.datetime(2022, 2, 1, 0, 0))
    """
    kind = granularity(value)
    start = first_day(value)
    if start is None:
        return None
    try:
        first, after = _end_day(value, kind, start)
    except (ValueError, OverflowError):
        return None
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(after, dt.time())


def interval(value: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """:func:`day_interval` as pandas Timestamps (None also when pandas cannot hold the dates).

    Example:
        >>> interval("2022-01")
        (Timestamp('2022-01-01 00:00:00'), Timestamp('2022-02-01 00:00:00'))
    """
    span = day_interval(value)
    if span is None:
        return None
    import pandas as pd

    try:
        return pd.Timestamp(span[0].date().isoformat()), pd.Timestamp(span[1].date().isoformat())
    except (ValueError, OverflowError):
        return None


def week(day: dt.date) -> str:
    """The ISO week of a day: ``2022-W05``."""
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter(day: dt.date) -> str:
    """The quarter of a day: ``2024-Q3``."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def shift_month(day: dt.date, months: int) -> tuple[int, int]:
    """``(year, month)`` ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def format_value(day: dt.date, unit: str) -> str:
    """The value of ``day`` at the granularity of ``unit`` (``2022-01`` for a month)."""
    if unit in ("day", "hour", "minute"):
        return day.isoformat()
    if unit == "week":
        return week(day)
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return quarter(day)
    if unit == "decade":
        return f"{day.year // 10}X"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def shift(base: dt.date, unit: str, n: int) -> dt.date:
    """``base`` moved by ``n`` units (months and coarser land on the first day).

    Raises:
        OverflowError, ValueError: the result is outside the years 1-9999.
    """
    if unit in ("day", "hour", "minute"):
        return base + dt.timedelta(days=n if unit == "day" else 0)
    if unit == "week":
        return base + dt.timedelta(weeks=n)
    if unit in ("month", "quarter"):
        year, month = shift_month(base, n * (3 if unit == "quarter" else 1))
        return dt.date(year, month, 1)
    step = {"year": 1, "decade": 10, "century": 100}[unit]
    return dt.date(base.year + n * step, 1, 1)


def valid(value: str) -> bool:
    """Is an explicit date a real day ("2022-02-30" is not) with a real hour?"""
    match = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", value)
    if not match:
        return True
    try:
        dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return match.group(4) is None or int(match.group(4)) < 24 or match.group(4) == "24" and match.group(5) == "00"


def month_index(year: int, month: int) -> int:
    """A month as one number (``year * 12 + month - 1``), so that months compare and subtract."""
    return year * 12 + month - 1


@dataclass(frozen=True, order=True)
class Option:
    """A candidate value of a yearless date: ``key`` (a day's ordinal or a month's index) and ``value``."""

    key: int
    value: str


def choose(
    options: list[Option], now: int, direction: str | None, ahead: int | None = None, back: int | None = None
) -> str | None:
    """Pick among options: the one equal to ``now``, else by direction, else the nearest.

    ``ahead`` caps how far (in the keys' units) a future option chosen by the direction may
    lie, ``back`` how far back a past one may; beyond them the nearest option wins.

    Example:
        >>> options = [Option(month_index(2021, 3), "2021-03"), Option(month_index(2022, 3), "2022-03")]
        >>> choose(options, month_index(2022, 2), "past"), choose(options, month_index(2022, 2), None)
        ('2021-03', '2022-03')
        >>> choose(options, month_index(2021, 5), "future", ahead=6)
        '2021-03'
        >>> choose(options, month_index(2022, 1), "past", back=9)
        '2022-03'
    """
    for option in options:
        if option.key == now:
            return option.value
    past = [o for o in options if o.key < now]
    future = [o for o in options if o.key > now]
    if direction == "past" and past and (back is None or now - max(past).key <= back):
        return max(past).value
    if direction == "future" and future and (ahead is None or min(future).key - now <= ahead):
        return min(future).value
    if not past or not future:
        return max(past).value if past else (min(future).value if future else None)
    nearest_past, nearest_future = max(past), min(future)
    return nearest_future.value if nearest_future.key - now < now - nearest_past.key else nearest_past.value


def holiday_date(rule: str, year: int) -> dt.date:
    """The day of a holiday rule of ``holidays.csv`` in ``year``: ``MM-DD``, ``nth:MM:WEEKDAY:N``
    or ``easter:+DAYS``.

    Example:
        >>> holiday_date("nth:11:4:4", 2023), holiday_date("easter:-2", 2024)
        (datetime.date(2023, 11, 23), datetime.date(2024, 3, 29))
    """
    if rule.startswith("nth:"):
        _, month, weekday, nth = rule.split(":")
        m, w, n = int(month), int(weekday), int(nth)
        if n > 0:
            first = dt.date(year, m, 1)
            return first + dt.timedelta(days=(w - first.isoweekday()) % 7 + 7 * (n - 1))
        last = dt.date(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - w) % 7)
    if rule.startswith("easter:"):
        return _easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return dt.date(year, month, (h + ell - 7 * m + 114) % 31 + 1)
