"""Stage 2: underspecified values resolved against the publication date and the text so far.

* **deictic** values (``UNDEF-this-…``: "last month", "two weeks ago") against the publication date;
* **anaphoric** values (``UNDEF-REF-…``: "that year", "the previous day") against the last date
  fine enough (:mod:`.history`), else the publication date; "the 12th" takes the month last named;
* **clock times** (``UNDEF-near-…``) take a day right after them in the clause, else one in the
  sentence, else the last day named (:func:`clock_day`);
* **weekdays, months, quarters, seasons and holidays without a year** by the tense nearby (:mod:`.tense`).

A value beyond the calendar (before year 1 or after 9999: "3000 years ago" in an article of
year 1, "100000000000 weeks ago") becomes ``PAST_REF`` or ``FUTURE_REF``: the text still says
which way it points, but no calendar date can hold it.

Example:
    >>> import datetime as dt
    >>> from .history import History
    >>> ctx = Context(dt.date(2022, 2, 1), "It left two weeks ago.", History(dt.date(2022, 2, 1)))
    >>> resolve("UNDEF-ago-week-2", Parts(), ctx), resolve("UNDEF-ago-year-3000", Parts(), ctx)
    ('2022-01-18', 'PAST_REF')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .history import History
from .normalise import Parts
from .rules import tables
from .tense import OPENING, PARENTHESES, SentenceCues, lead, possessive
from .values import (
    SEASON_MONTH,
    Option,
    choose,
    day_interval,
    format_value,
    holiday_date,
    month_index,
    shift,
    shift_month,
    valid,
    week,
)

__all__ = ["Context", "resolve", "clock_day", "DURATION", "COMPOUND"]

_SHIFT = re.compile(
    r"^UNDEF-(?P<anchor>this|REF|near)-(?P<unit>day|week|month|quarter|year|decade|century|hour|minute)"
    r"-(?P<op>plus|minus)-(?P<n>\d+(?:\.\d+)?|X)(?:@(?P<as>day|year))?(?P<tail>.*)$"
)
_WEEKEND = re.compile(r"^UNDEF-weekend(?P<this>-this)?$")
_MONTH_DAY = re.compile(r"^UNDEF-REF-monthday-(?P<day>\d\d)$")
_AGO = re.compile(r"^UNDEF-ago-(?P<unit>[a-z]+)-(?P<n>\d+(?:\.\d+)?|X)$")
_YEARLESS = re.compile(r"^UNDEF-year-(?P<month>\d\d)(?:-(?P<day>\d\d))?(?P<tail>T.+)?$")
#: a month that names a magazine's issue ("the April issue"): the nearest April, whatever the tense
_NEAREST_MONTH = re.compile(r"^UNDEF-nearest-year-(?P<month>\d\d)$")
_YEARLESS_QUARTER = re.compile(r"^UNDEF-year-Q(?P<quarter>[1-4])$")
_MONTH_REL = re.compile(r"^UNDEF-(?P<op>plus|minus)-(?P<n>[01])-monthname-(?P<month>\d\d)$")
_WEEKDAY = re.compile(r"^UNDEF-(?P<how>last-|next-)?weekday-(?P<weekday>[1-7])(?P<tail>.*)$")
#: a weekday counted from the last day named ("the following Monday", "the previous Friday", "on that Friday")
_REF_WEEKDAY = re.compile(r"^UNDEF-REF-(?P<how>after|before|on)-weekday-(?P<weekday>[1-7])$")
#: a season counted from the last date named ("the following spring", "the previous winter")
_REF_SEASON = re.compile(r"^UNDEF-REF-(?P<how>after|before)-season-(?P<season>SP|SU|FA|WI)$")
_SEASON = re.compile(r"^UNDEF-(?P<how>last-|next-|this-)?season-(?P<season>SP|SU|FA|WI)$")
_HOLIDAY = re.compile(r"^UNDEF-holiday-(?P<rule>.+)$")
_DECADE = re.compile(r"^UNDEF-decade-(?P<digit>\d)$")
_LATEST_QUARTER = re.compile(r"^UNDEF-latest-quarter$")
_QUARTER_IN_YEAR = re.compile(r"^UNDEF-REF-quarter-in-(?P<year>\d{4})$")
DURATION = re.compile(r"^P(?P<n>\d+(?:\.\d+)?|X)(?P<unit>[a-z]+)$")
COMPOUND = re.compile(r"^P(?P<n>\d+(?:\.\d+)?|X)(?P<unit>[a-z]+)(?P<n2>\d+(?:\.\d+)?|X)(?P<unit2>[a-z]+)$")
_AHEAD = re.compile(r"-plus-|^UNDEF-next-|^UNDEF-REF-after-")
#: the units of a compound duration, largest first, and whether they belong after the "T"
_DURATION_ORDER = (("year", False), ("month", False), ("week", False), ("day", False), ("hour", True), ("minute", True))
#: granularities an anaphoric shift by years keeps ("a year earlier" after a quarter or a month)
_KEEP_GRANULARITY = ("quarter", "month")
#: the unit a vague shift ("days later") can still name: the day for hours, the month for days …
_VAGUE_UNIT = {"minute": "day", "hour": "day", "day": "month", "week": "month", "month": "year", "year": "decade"}
_COARSENESS = ("time", "day", "week", "month", "quarter", "half", "season", "year", "decade")
#: the marks an anaphoric shift by each unit may start from
_FINE_ENOUGH = {
    "day": ("day", "time"),
    "hour": ("day", "time"),
    "minute": ("day", "time"),
    "week": ("day", "time", "week"),
    "month": ("day", "time", "week", "month"),
    "quarter": ("quarter",),
}
_ANY_DATE = ("day", "time", "week", "month", "quarter", "half", "season", "year")
#: how far ahead (in months) a quarter the tense puts in the future may lie: "expects to report
#: third-quarter results" in October is the quarter just ended, not next year's
_QUARTER_AHEAD = 6
#: how far ahead (in days) a day the tense puts in the future may lie ("by Jan. 14" on Jan. 15)
_DAY_AHEAD = 244
#: how far ahead (in months) a month a present tense (or none) puts in the future may lie: "is up
#: from 37 percent in January" written in February is last January, "in November" written in
#: January the coming one; "will", "expects" and the words before a date take it further
_MONTHS_AHEAD = 10
#: how far back (in days) a day the tense puts in the past may lie: a day gone by more than ten
#: months would carry its year ("had been set to expire Nov. 6" written on Nov. 2 is days ahead)
_DAY_BACK = 320
#: how far ahead (in days) "until" or "through" may take a date ("until mid-November")
_SOON = 92
#: the deadline words that yield to a past perfect nearby ("had filed reports by Wednesday")
_DEADLINE_LEADS = ("by", "until", "till", "through")
#: what may stand between a clock time and the day it belongs to ("8pm local time (1700 GMT) on Sunday")
_CLOCK_GAP = re.compile(r"[\s()]*(?:(?:at|on|of|in|the|local|time|GMT|UTC)\b[\s()]*)*", re.IGNORECASE)


@dataclass
class Context:
    """What resolving one expression needs: the publication date, the text, the dates so far,
    the expression's offsets and its sentence (offsets, index and tense cues)."""

    published: dt.date
    text: str
    history: History
    start: int = 0
    end: int = 0
    sentence_index: int = 0
    cues: Callable[[int], SentenceCues] | None = field(default=None, repr=False)

    def tense(self) -> str | None:
        """The tense nearest the expression (see :mod:`.tense`); the sentence's cues are found on
        first use. A fronted phrase ("By 9 a.m. Sunday, the calls began") takes its clause's tense."""
        if self.cues is None:
            return None
        found = lead(self.text, self.start)
        fronted = found is not None and self._fronted(found[0])
        return self.cues(self.sentence_index).tense(self.start, self.end, after=fronted)

    def _fronted(self, words: str) -> bool:
        """Does a deadline word ("by", "until") open the sentence, with a comma right after the
        expression ("Until Thursday, they had not called")? Then the clause after it gives the tense."""
        if self.cues is None or words not in _DEADLINE_LEADS or not self.text.startswith(",", self.end):
            return False
        opening = self.text[self.cues(self.sentence_index).start : self.start]
        return opening.strip(OPENING).lower().split() == words.split()

    def lead(self) -> str | None:
        """The direction the words right before the expression give ("payable Dec. 7", "since
        March", :func:`.tense.lead`), or None. A fronted phrase leaves it to the tense ("By 9 a.m.
        Sunday, the calls began"); a deadline word yields to a past perfect ("had filed by Wednesday")."""
        found = lead(self.text, self.start)
        if found is None:
            return None
        words, direction = found
        if self.cues is None:
            return direction
        if self._fronted(words):
            return None
        if words in _DEADLINE_LEADS:  # "had filed reports by Wednesday"
            cue = self.cues(self.sentence_index).nearest(self.start, self.end)
            if cue is not None and cue.tense == "pluperfect":
                return "past"
        return direction

    def direction(self) -> str | None:
        """Which way a date without a year points: the word right before it (:meth:`lead`), else
        the tense nearby."""
        lead = self.lead()
        return lead if lead in ("future", "past") else self.tense()


def _anchor(ctx: Context, anchor: str, unit: str) -> tuple[dt.date, str] | None:
    """The date a shift starts from and its granularity: the publication date for ``this``, the
    day of a clock time for ``near``, else the last date fine enough for ``unit``; an anaphoric
    quarter ("the quarter") needs a quarter named before (None when there is none)."""
    if anchor == "this":
        return ctx.published, "day"
    if anchor == "near":
        return clock_day(ctx), "day"
    mark = ctx.history.last(_FINE_ENOUGH.get(unit, _ANY_DATE))
    if mark is not None and unit == "year" and _forecast_quarter(ctx, mark.day, mark.granularity, mark.sentence):
        mark = ctx.history.last_ended_quarter() or mark  # "In the year-ago period" after a forecast
    if mark is not None:
        return mark.day, mark.granularity
    if unit == "quarter" and anchor == "REF":
        return None
    return ctx.published, "day"


def _forecast_quarter(ctx: Context, day: dt.date, granularity: str, sentence: int) -> bool:
    """Is this a quarter not over by the publication date, named in an earlier sentence (a
    forecast: "losses through the third quarter of 1990"), which a comparison with a year
    before ("the year-ago period") does not count from?"""
    if granularity != "quarter" or sentence == ctx.sentence_index:
        return False
    return not ctx.history.quarter_over(day)


def clock_day(ctx: Context) -> dt.date:
    """The day of a clock time ("9 p.m."): a day right after it in the same clause ("at 10:30 a.m.
    on December 12th"), else a day earlier in its sentence, else a later day in its sentence,
    else the last day named before it in the text, else the publication date."""
    later = ctx.history.day_from(ctx.end)
    if later is not None and later.sentence != ctx.sentence_index:
        later = None
    if later is not None and _CLOCK_GAP.fullmatch(PARENTHESES.sub(" ", ctx.text[ctx.end : later.start])):
        return later.day
    earlier = ctx.history.day_before(ctx.start)
    if earlier is not None and earlier.sentence == ctx.sentence_index:
        return earlier.day
    if later is not None:
        return later.day
    return earlier.day if earlier is not None else ctx.published


def _vague_shift(ctx: Context, unit: str, op: str) -> str:
    """The value of "days later", "a few weeks earlier": the last date named (not one from the
    publication day on, for a later event told in the past tense), at the finest granularity
    that is certain ("days later" after "mid-March" is that March)."""
    mark = ctx.history.last_any(before_publication=op == "plus" and ctx.tense() == "past")
    if mark is None:
        return "FUTURE_REF" if op == "plus" else "PAST_REF"
    wanted = _VAGUE_UNIT.get(unit, "year")
    if _COARSENESS.index(mark.granularity) >= _COARSENESS.index(wanted):
        return mark.value.split("T")[0]
    return format_value(mark.day, wanted)


def _compound_duration(value: str, parts: Parts) -> str | None:
    """``P3Y4M`` for "three years and four months", ``PT2H30M`` for "two hours and 30 minutes";
    weeks beside days count as days; a vague number makes the whole vague ("PXY")."""
    match = COMPOUND.match(value)
    if not match:
        return None
    codes = tables().unit_codes
    units = [match.group("unit"), match.group("unit2")]
    if "X" in (match.group("n"), match.group("n2")):
        vague = parts.unit.vague if parts.unit is not None else codes[units[0]]
        return f"P{'T' if units[0] in ('hour', 'minute') else ''}X{vague}"
    amounts = {units[0]: float(match.group("n")), units[1]: float(match.group("n2"))}  # units differ
    if "week" in amounts and "day" in amounts:
        amounts["day"] += 7 * amounts.pop("week")
    date = time = ""
    for unit, after_t in _DURATION_ORDER:
        if unit in amounts:
            n = amounts[unit]
            piece = f"{int(n) if n.is_integer() else n}{codes[unit]}"
            time, date = (time + piece, date) if after_t else (time, date + piece)
    return "P" + date + ("T" + time if time else "")


def _duration(value: str, parts: Parts) -> str | None:
    """``P3D``, ``PT6H``, ``PXW``: a duration template in ISO 8601 codes."""
    match = DURATION.match(value)
    if not match:
        return None
    n, unit = match.group("n"), match.group("unit")
    codes = tables().unit_codes
    if unit not in codes:
        return value
    code = parts.unit.vague if n == "X" and parts.unit is not None else codes[unit]
    if n != "X" and parts.factor is not None and parts.unit is not None and unit == parts.unit.unit:
        n = str(int(float(n) * parts.factor)) if float(n).is_integer() else n
    return f"P{'T' if unit in ('hour', 'minute') else ''}{n}{code}"


def _shifted(ctx: Context, value: str) -> str | None:
    """``UNDEF-this-month-minus-1`` and kin: a shift from the publication date or a mark."""
    match = _SHIFT.match(value)
    unit, n, op = match.group("unit"), match.group("n"), match.group("op")
    if n == "X":
        if match.group("anchor") == "REF":
            return _vague_shift(ctx, unit, op)
        return "FUTURE_REF" if op == "plus" else "PAST_REF"
    steps = int(float(n)) * (1 if op == "plus" else -1)
    found = _anchor(ctx, match.group("anchor"), unit)
    if found is None:
        return None
    base, gran = found
    if match.group("as") == "day":  # "in two weeks' time" is a day: today plus 14 days
        days = steps * {"day": 1, "week": 7}.get(unit, 0)
        return (base + dt.timedelta(days=days)).isoformat() if days else format_value(shift(base, unit, steps), unit)
    keep = steps != 0 and gran in _KEEP_GRANULARITY  # "later that year" after "June 1998" is 1998
    if match.group("anchor") == "REF" and unit == "year" and keep and match.group("as") != "year":
        # "a year earlier" after "the third quarter" is that quarter a year before
        return format_value(shift(base, "month", 12 * steps), gran) + match.group("tail")
    return format_value(shift(base, unit, steps), unit) + match.group("tail")


def _ago(ctx: Context, value: str) -> str:
    match = _AGO.match(value)
    unit, n = match.group("unit"), match.group("n")
    if n == "X":
        return "PAST_REF"
    steps = -int(float(n))
    if unit in ("day", "week"):
        return (ctx.published + dt.timedelta(days=steps * (7 if unit == "week" else 1))).isoformat()
    quarter = _quarter_nearby(ctx) if unit == "year" else None
    if quarter is not None:  # "profit of $2 in the third quarter, against $1 a year ago": that quarter
        return format_value(shift(quarter, "month", 12 * steps), "quarter")
    return format_value(shift(ctx.published, unit, steps), unit)


def _quarter_nearby(ctx: Context) -> dt.date | None:
    """The first day of the quarter named last, if it is the last date named and stands in this
    sentence or the one before ("Net rose in the third quarter. It was $1 a year ago.")."""
    mark = ctx.history.last_any()
    if mark is not None and mark.granularity == "quarter" and mark.sentence >= ctx.sentence_index - 1:
        return mark.day
    return None


def _weekend(ctx: Context, value: str) -> str:
    """"the weekend": the one just past, unless the verb looks ahead; "this weekend" is this
    week's, unless said in the past early in the week ("told them this weekend" on a Monday)."""
    pub = ctx.published
    if _WEEKEND.match(value).group("this"):
        ahead = pub.isoweekday() > 2 or ctx.tense() != "past"
    else:
        ahead = pub.isoweekday() >= 6 or ctx.tense() in ("future", "perfect")
    return week(pub if ahead else pub - dt.timedelta(days=7)) + "-WE"


def _month_day(ctx: Context, value: str) -> str | None:
    """"the 12th": that day of the month last named (a day, week or month), else of the month
    before, this or the next month, as the tense says."""
    day = int(_MONTH_DAY.match(value).group("day"))
    mark = ctx.history.last(("time", "day", "week", "month"))
    if mark is not None:
        months = [(mark.day.year, mark.day.month)]
    else:
        months = [shift_month(ctx.published, k) for k in (-1, 0, 1)]
    options = []
    for year, month in months:
        try:
            options.append(Option(dt.date(year, month, day).toordinal(), f"{year:04d}-{month:02d}-{day:02d}"))
        except ValueError:
            continue
    if len(options) == 1:
        return options[0].value
    return choose(options, ctx.published.toordinal(), ctx.tense())


def _month_rel(ctx: Context, value: str) -> str:
    """"last March" is the March before last month, "next March" the one after next month, "this
    March" this year's."""
    match = _MONTH_REL.match(value)
    pub = ctx.published
    month, year = int(match.group("month")), pub.year
    if match.group("n") == "1":  # "last February" said in March is a year back: February was "last month"
        last, this = month_index(pub.year, month), month_index(pub.year, pub.month)
        year += -(last >= this - 1) if match.group("op") == "minus" else int(last <= this + 1)
    return f"{year:04d}-{month:02d}"


def _decade(ctx: Context, value: str) -> str:
    """"the '80s", "the nineties": the last such decade that has begun by the publication date."""
    digit = int(_DECADE.match(value).group("digit"))
    year = ctx.published.year // 100 * 100 + 10 * digit
    return f"{(year if year <= ctx.published.year else year - 100) // 10}X"


def _latest_quarter(ctx: Context, value: str) -> str:
    """"the latest quarter": the last quarter named that was over by the publication date (not
    one forecast: "expects a fourth-quarter charge"), else the last quarter named (a fiscal quarter:
    "reported fourth-quarter earnings" in November), else the one before the publication date's."""
    mark = ctx.history.last_ended_quarter() or ctx.history.last(("quarter",))
    return mark.value if mark is not None else format_value(shift(ctx.published, "quarter", -1), "quarter")


def _quarter_in_year(ctx: Context, value: str) -> str:
    """"the 1988 period" after "the third quarter": that quarter of 1988, else the year 1988."""
    year = _QUARTER_IN_YEAR.match(value).group("year")
    mark = ctx.history.last(("quarter",))
    return f"{year}-{mark.value[5:]}" if mark is not None else year


def _ref_weekday(ctx: Context, value: str) -> str:
    """"the following Monday", "the previous Friday", "on that Friday": the first such weekday
    after (before; on or after) the last day or week named before it, else the publication date."""
    match = _REF_WEEKDAY.match(value)
    mark = ctx.history.last(_FINE_ENOUGH["week"])  # a week named ("the next week") counts from its Monday
    base = mark.day if mark is not None else ctx.published
    weekday = int(match.group("weekday"))
    if match.group("how") != "before":
        ahead = (weekday - base.isoweekday()) % 7
        return (base + dt.timedelta(days=ahead or (7 if match.group("how") == "after" else 0))).isoformat()
    return (base - dt.timedelta(days=(base.isoweekday() - weekday) % 7 or 7)).isoformat()


def _ref_season(ctx: Context, value: str) -> str | None:
    """"the following spring", "the previous winter": the first such season that begins after
    the last date named ends (or ends before it begins), else after (before) the publication date."""
    match = _REF_SEASON.match(value)
    mark = ctx.history.last_any()
    span = day_interval(mark.value) if mark is not None else None
    if span is None:
        span = day_interval(ctx.published.isoformat())
    if span is None:
        return None  # the last day of the calendar: no interval to count from
    begin, end = span[0].date(), span[1].date()
    season, after = match.group("season"), match.group("how") == "after"
    for offset in range(0, 3):
        year = (end.year + offset) if after else (begin.year - offset)
        if not 1 <= year <= 9999:
            return None
        found = day_interval(f"{year:04d}-{season}")
        if found is None:
            return None  # a winter that would begin in year 0
        if after and found[0].date() >= end or not after and found[1].date() <= begin:
            return f"{year:04d}-{season}"
    return None


_Handler = Callable[[Context, str], "str | None"]
_DEICTIC: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_SHIFT, _shifted),
    (_AGO, _ago),
    (_WEEKEND, _weekend),
    (_MONTH_DAY, _month_day),
    (_MONTH_REL, _month_rel),
    (_DECADE, _decade),
    (_LATEST_QUARTER, _latest_quarter),
    (_QUARTER_IN_YEAR, _quarter_in_year),
    (_REF_WEEKDAY, _ref_weekday),
    (_REF_SEASON, _ref_season),
)


def _years(ctx: Context, parts: Parts) -> list[int]:
    """The years a yearless date may fall in: the one given, else last, this and next year."""
    if "year" in parts.fields:
        return [int(parts.fields["year"])]
    year = ctx.published.year
    return [y for y in (year - 1, year, year + 1) if 1 <= y <= 9999]


def _yearless(ctx: Context, value: str, parts: Parts) -> str | None:
    """Months, days, quarters, weekdays, seasons and holidays without a year, by the tense nearby."""
    pub = ctx.published
    years = _years(ctx, parts)
    match = _YEARLESS.match(value)
    if match:
        return _month_or_day(ctx, match, parts, years)
    match = _NEAREST_MONTH.match(value)
    if match:  # issues are dated ahead: "the April issue" in March is this April's
        month = int(match.group("month"))
        options = [Option(month_index(y, month), f"{y:04d}-{month:02d}") for y in years]
        return choose(options, month_index(pub.year, pub.month), None)  # no direction: the nearest such month, whatever the tense
    direction = None if "year" in parts.fields else ctx.direction()
    match = _YEARLESS_QUARTER.match(value)
    if match:
        first = 3 * int(match.group("quarter")) - 2  # compared by the quarter's first month
        options = [Option(month_index(y, first), f"{y:04d}-Q{match.group('quarter')}") for y in years]
        return choose(options, month_index(pub.year, 3 * ((pub.month - 1) // 3) + 1), direction, ahead=_QUARTER_AHEAD)
    match = _WEEKDAY.match(value)
    if match:
        if possessive(ctx.text, ctx.end) and lead(ctx.text, ctx.start) is None:
            direction = "past"  # "Friday's vote" in the news: a day gone by (or today)
        return _weekday(pub, match, direction)
    match = _SEASON.match(value)
    if match:
        return _season(pub, match, years, direction)
    match = _HOLIDAY.match(value)
    if match:
        options = [Option(d.toordinal(), d.isoformat()) for d in (holiday_date(match.group("rule"), y) for y in years)]
        return choose(options, pub.toordinal(), direction)
    return None


def _month_or_day(ctx: Context, match: re.Match[str], parts: Parts, years: list[int]) -> str | None:
    """"March", "Jan. 14": a month or a day without a year, by the words before it and the tense.

    A day the tense puts ahead lies at most :data:`_DAY_AHEAD` days ahead, else the nearest wins
    ("by Jan. 14" written on Jan. 15 is the day before), and one it puts back at most
    :data:`_DAY_BACK` days back ("had been set to expire Nov. 6" on Nov. 2) unless a plain verb
    in the past dates it ("walked out on 12 December" on 3 December); "until" and "through" point ahead
    only to a date at most :data:`_SOON` days ahead ("until mid-November").
    """
    pub, month, day = ctx.published, int(match.group("month")), match.group("day")
    if day is None:
        options = [Option(month_index(y, month), f"{y:04d}-{month:02d}") for y in years]
        now, soon, ahead, back = month_index(pub.year, pub.month), _SOON // 30, _MONTHS_AHEAD, None
    else:
        options = []
        for y in years:
            try:
                options.append(Option(dt.date(y, month, int(day)).toordinal(), f"{y:04d}-{month:02d}-{day}"))
            except ValueError:
                continue
        options, now, soon, ahead, back = _on_weekday(options, parts), pub.toordinal(), _SOON, _DAY_AHEAD, _DAY_BACK
    direction = None
    if "year" not in parts.fields:
        lead = ctx.lead()
        future = [o.key for o in options if o.key > now]
        if lead == "soon":
            lead = "future" if future and min(future) - now <= soon else None
        direction = lead or ctx.tense()
    cues = ctx.cues(ctx.sentence_index) if back is not None and ctx.cues is not None else None
    if cues is not None and (cues.plain_past(ctx.start, ctx.end) or cues.fronted_past(ctx.start, ctx.end)):
        back = None  # "walked out on 12 December" or "On 12 December, they walked out" written on 3 December
    if day is None and (lead or _firm_future(ctx)):
        ahead = None  # "will rise in December" written in January: this December
    found = choose(options, now, direction, ahead=ahead, back=back)
    return found + match.group("tail") if found is not None and match.group("tail") else found


def _firm_future(ctx: Context) -> bool:
    """Does a cue that looks ahead by itself ("will", "expects", not a present "is") date the expression?"""
    if ctx.cues is None:
        return False
    cue = ctx.cues(ctx.sentence_index).nearest(ctx.start, ctx.end)
    return cue is not None and cue.tense == "future"


def _on_weekday(options: list[Option], parts: Parts) -> list[Option]:
    """The options that fall on the weekday the text gives ("Monday, Oct. 26"), if any do."""
    if "weekday" not in parts.fields:
        return options
    weekday = int(parts.fields["weekday"])
    return [o for o in options if dt.date.fromordinal(o.key).isoweekday() == weekday] or options


def _weekday(pub: dt.date, match: re.Match[str], direction: str | None) -> str:
    """A weekday: "last"/"next" one, the publication day itself, else by tense (past by default)."""
    weekday, how = int(match.group("weekday")), match.group("how")
    back = (pub.isoweekday() - weekday) % 7 or 7
    ahead = (weekday - pub.isoweekday()) % 7 or 7
    if how == "last-":
        day = pub - dt.timedelta(days=back)
    elif how == "next-":
        day = pub + dt.timedelta(days=ahead)
    elif weekday == pub.isoweekday():
        day = pub
    elif direction in ("future", "perfect"):
        day = pub + dt.timedelta(days=ahead)
    else:
        day = pub - dt.timedelta(days=back)
    return day.isoformat() + match.group("tail")


def _season(pub: dt.date, match: re.Match[str], years: list[int], direction: str | None) -> str | None:
    """A season: "this summer" is the publication year's (next year's when it is over and the
    verb looks ahead: "expect a child this summer" in December); "last summer" is not this summer when
    said in July; else the nearest by tense."""
    season, how = match.group("season"), match.group("how")
    if how == "this-":  # "this summer": the publication year's, or next year's when it is over and ahead
        over = season != "WI" and pub.month > SEASON_MONTH[season] + 1
        return f"{pub.year + (over and direction == 'future'):04d}-{season}"
    direction = {"last-": "past", "next-": "future"}.get(how or "", direction)
    month = SEASON_MONTH[season]
    now = month_index(pub.year, pub.month)
    options = [Option(month_index(y, month), f"{y:04d}-{season}") for y in years]
    if how:
        options = [o for o in options if abs(o.key - now) > 1]
    return choose(options, now, direction)


def _calendar_value(value: str, parts: Parts, ctx: Context) -> str | None:
    for pattern, handler in _DEICTIC:
        if pattern.match(value):
            return handler(ctx, value)
    return _yearless(ctx, value, parts)


def resolve(value: str, parts: Parts, ctx: Context) -> str | None:
    """The TIMEX3 value of a filled template, or None when it names no real date.

    A date beyond the calendar (years 1-9999) is ``FUTURE_REF`` when the template points
    ahead (``-plus-``, ``next-``), else ``PAST_REF``.
    """
    for kind in (_compound_duration, _duration):
        found = kind(value, parts)
        if found is not None:
            return found
    if not value.startswith("UNDEF-"):
        return value if valid(value) else None
    try:
        return _calendar_value(value, parts, ctx)
    except (OverflowError, ValueError):  # beyond year 1 or 9999
        return "FUTURE_REF" if _AHEAD.search(value) else "PAST_REF"
