"""Calendar words and the date lines of news pages ("Updated: February 01, 2022, 8:59 PM").

The month and weekday names are data (``data/timeline/months.csv``, ``weekdays.csv``);
this module only turns them into numbers and reads a whole date line.

Example:
    >>> parse_date_phrase("Updated: February 01, 2022, 8:59 PM")
    (datetime.date(2022, 2, 1), datetime.time(20, 59))
    >>> parse_date_phrase("Mon 6 Nov 2023 17.02 GMT")
    (datetime.date(2023, 11, 6), datetime.time(17, 2))
    >>> parse_date_phrase("no date here") is None
    True
"""

from __future__ import annotations

import datetime as dt
import re

from .resources import data_cache, read_table

__all__ = ["month_names", "weekday_names", "parse_date_phrase", "DATELINE_LABELS"]

#: Words that introduce a publication date line on news pages (lower case).
DATELINE_LABELS = ("updated", "published", "posted", "last updated", "first published", "last modified")


@data_cache
def month_names() -> dict[str, int]:
    """Lower-case month names and abbreviations mapped to 1..12."""
    return {row["surface"]: int(row["value"]) for row in read_table("timeline", "months.csv")}


@data_cache
def weekday_names() -> dict[str, int]:
    """Lower-case weekday names and abbreviations mapped to ISO numbers (Monday = 1)."""
    return {row["surface"]: int(row["value"]) for row in read_table("timeline", "weekdays.csv")}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@data_cache
def _date_line_patterns() -> tuple[re.Pattern[str], ...]:
    month = _alternation(month_names())
    day = _alternation(weekday_names())
    time = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
    flags = re.IGNORECASE
    return (
        # February 01, 2022, 8:59 PM  /  Tuesday, Feb. 1, 2022
        re.compile(
            rf"\b(?:(?:{day}),?\s+)?(?P<month>{month})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){time}",
            flags,
        ),
        # 6 Nov 2023 17.02 GMT  /  Tuesday 1 February 2022
        re.compile(
            rf"\b(?:(?:{day}),?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})\s+(?P<year>\d{{4}}){time}",
            flags,
        ),
        # 2022-02-01 or 2022-02-01T20:59
        re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?"),
    )


def parse_date_phrase(phrase: str) -> tuple[dt.date, dt.time | None] | None:
    """Find the first complete calendar date (and a time, if one follows) in ``phrase``.

    Args:
        phrase: any string, typically a dateline.

    Returns:
        ``(date, time)`` with ``time`` None when no clock time follows, or None when the
        phrase holds no complete, valid date.
    """
    found = []
    for pattern in _date_line_patterns():
        match = pattern.search(phrase)
        if match:
            found.append(match)
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month = match.group("month")
    month_number = int(month) if month.isdigit() else month_names()[month.lower()]
    try:
        date = dt.date(int(match.group("year")), month_number, int(match.group("day")))
    except ValueError:
        return None
    if match.group("hour") is None:
        return date, None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date, None
    return date, dt.time(hour, minute)
