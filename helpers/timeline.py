"""Time expressions (TIMEX3) and the dated events of an article: a two-stage tagger.

Stage 1 finds expressions with ordered regex patterns kept as data
(``data/timeline/patterns.csv``, building blocks in ``macros.csv``, word lists in the
normalisation tables ``months.csv``, ``weekdays.csv``, ``numbers.csv``, ``units.csv`` …) and
drops those that a blocking rule (``blocking.csv``) marks as a false friend ("May this be",
"Mrs May", "100,000"). Overlapping matches are settled by length (the longest wins), then by
the order of the rows. Each match gets an *underspecified* value such as
``UNDEF-this-month-minus-1`` or ``UNDEF-weekday-1``.

Stage 2 resolves those values in document order:

* **deictic** values (``UNDEF-this-…``: "last month", "tomorrow", "two weeks ago") against the
  publication date;
* **anaphoric** values (``UNDEF-REF-…``: "that year", "later that month", "the previous day",
  "five years later") against the last resolved date that is fine enough (a day for "the
  previous day", any date with a year for "that year"), else the publication date; "the 12th"
  takes the month last named; a vague "days later" keeps the finest granularity that is certain
  (after "mid-March" it is that March);
* **clock times** (``UNDEF-near-…``: "3pm", "midnight"), resolved last: a day right after them
  in the same clause ("8pm local time (1700 GMT) on Sunday"), else a day in the same sentence,
  else the last day named before them, else the publication date;
* **"the weekend"** by tense: the one just past, or the coming one (``2024-W46-WE``);
* **"last March", "next March"**: the March before or after the publication month ("last
  March" said in March is a year ago), "this March" this year's;
* **weekdays, months, quarters, seasons and holidays without a year** ("on Monday", "in
  December", "the third quarter") by the tense of the words nearest to them in the same clause
  (``tense_cues.csv``; "will", "would", "is due" → future, "said", "met", verbs in -ed → past;
  a present perfect such as "has organised" dates a weekday ahead and leaves a month to the
  nearest). A weekday with no tense nearby is taken as past (news reports what happened); a
  month, quarter or season with none is the nearest one. A weekday equal to the publication
  weekday is the publication date; "last Friday" and "next Friday" never are.
* **anaphoric quarters** ("the quarter") only after a quarter was named; "a year earlier"
  after a quarter or a month keeps that granularity (2023-Q3, 2023-03).

Values follow TIMEX3 (TimeML): ``2022-02-01``, ``2022-01``, ``2014``, ``2022-W05``,
``2022-02-01T20:59``, ``2023-11-06TNI``, ``2023-SU``, ``2024-Q3``, ``199X``, durations ``P3D``,
``PXW``, ``PT6H``, ``P2Y`` ("2019-20"), ``P3Y4M`` ("three years and four months"), sets
``P1Y`` ("every year", "annually"), ``P3M`` ("quarterly"), and ``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``. The extent leaves out a governing preposition ("Tuesday", not "on Tuesday").

Method after HeidelTime (Strötgen & Gertz 2013, "Multilingual and cross-domain temporal
tagging", *Language Resources and Evaluation* 47(2)), whose rules, normalisation tables and
negative rules are likewise kept apart from its engine.

Example:
    >>> found = find_timexes("Talks resumed on Monday.\\n\\nThey meet again next month.", published="2022-02-01")
    >>> found[["text", "type", "value"]].values.tolist()
    [['Monday', 'DATE', '2022-01-31'], ['next month', 'DATE', '2022-03']]
    >>> events("Talks resumed on Monday.\\n\\nThey meet again next month.", published="2022-02-01")["label"].tolist()
    ['Talks resumed', 'They meet again']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import pandas as pd

from .article import Article, as_article
from .dates import month_names, weekday_names
from .resources import HelpersError, read_table
from .spans import Span, frame_from_spans
from .text import sentences

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
    "LABEL_MAX",
]

#: The TIMEX3 types a pattern may give.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
#: The longest event label, in characters (a longer clause is cut at a word and ends in "…").
LABEL_MAX = 60
#: Sections whose dates are not events of the story (datelines such as "Updated: …").
EVENT_SKIP_SECTIONS = ("meta",)


@dataclass(frozen=True)
class Timex(Span):
    """A time expression: its TIMEX3 ``type`` and ``value``, the rule that found it and more.

    Attributes:
        type: DATE, TIME, DURATION or SET.
        value: the resolved TIMEX3 value.
        rule: the name of the row of ``patterns.csv`` that matched.
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


@dataclass(frozen=True)
class Event(Span):
    """A dated event: the time expression (offsets, text) with its date and a short label."""

    date: str
    granularity: str
    interval_start: pd.Timestamp
    interval_end: pd.Timestamp
    label: str
    sentence: str


# --------------------------------------------------------------------------- the data tables


@dataclass(frozen=True)
class _Rule:
    name: str
    type: str
    regex: re.Pattern[str]
    value: str


@cache
def _tables() -> dict[str, Any]:
    """The normalisation tables, read once."""
    units = {
        r["surface"]: (r["unit"], int(r["factor"]), r["code"], r["vague"])
        for r in read_table("timeline", "units.csv")
    }
    return {
        "numbers": {r["surface"]: r["value"] for r in read_table("timeline", "numbers.csv")},
        "units": units,
        "unit_codes": {u: c for (u, f, c, _) in units.values() if f == 1},
        "parts": {r["surface"]: r["value"] for r in read_table("timeline", "parts_of_day.csv")},
        "seasons": {r["surface"]: (r["value"], int(r["month"])) for r in read_table("timeline", "seasons.csv")},
        "holidays": {r["surface"]: r["rule"] for r in read_table("timeline", "holidays.csv")},
        "relations": {r["surface"]: r["value"] for r in read_table("timeline", "relations.csv")},
        "zones": [r["surface"] for r in read_table("timeline", "time_zones.csv")],
        "tense": {r["surface"]: r["tense"] for r in read_table("timeline", "tense_cues.csv")},
        "quarters": {r["surface"]: r["value"] for r in read_table("timeline", "quarters.csv")},
        "frequencies": {r["surface"]: r["value"] for r in read_table("timeline", "frequencies.csv")},
    }


def _alternation(words: Iterable[str], cased: bool) -> str:
    """A regex alternation of ``words``, longest first; ``cased`` makes Title and UPPER forms
    that match case-sensitively (so "may" and "march" the verbs never match)."""
    forms = set()
    for word in words:
        if cased:
            forms |= {word[:1].upper() + word[1:], word.upper()}
        else:
            forms.add(word)
    alts = []
    for form in sorted(forms, key=lambda w: (-len(w), w)):
        piece = re.escape(form).replace(r"\ ", "{s}")
        alts.append(piece if not form[-1].isalnum() else piece + r"\b")
    body = "|".join(alts)
    return rf"\b(?-i:{body})" if cased else rf"\b(?:{body})"


@cache
def _macros() -> dict[str, str]:
    """Every ``{name}`` a pattern may use: macros.csv plus word lists from the tables."""
    tables = _tables()
    months = month_names()
    full_months = {max((w for w in months if months[w] == n), key=len) for n in set(months.values())}
    weekdays = weekday_names()
    full_days = {max((w for w in weekdays if weekdays[w] == n), key=len) for n in set(weekdays.values())}
    number_words = _alternation(tables["numbers"], cased=False)
    macros = {
        "month": _alternation(months, cased=True),
        "month_name": _alternation(full_months, cased=True),
        "weekday": _alternation(full_days, cased=True),
        "weekday_any": _alternation(weekdays, cased=True),
        "weekdays": _alternation({d + "s" for d in full_days}, cased=True),
        "number": rf"(?:(?<![\d,.])\d+(?:\.\d+)?(?![\d,])|{number_words})",
        "unit": _alternation(tables["units"], cased=False),
        "part": _alternation(tables["parts"], cased=False),
        "season": _alternation(tables["seasons"], cased=False),
        "holiday": _alternation(tables["holidays"], cased=True),
        "quarter": _alternation(tables["quarters"], cased=False),
        "frequency": _alternation(tables["frequencies"], cased=False),
        "tz": r"(?-i:" + "|".join(re.escape(z).replace(r"\ ", "{s}") + r"\b" for z in tables["zones"]) + ")",
    }
    for row in read_table("timeline", "macros.csv"):
        macros[row["name"]] = row["pattern"]
    return macros


_MACRO = re.compile(r"\{([a-z_][a-z_0-9]*)\}")


def _expand(name: str, pattern: str) -> str:
    macros = _macros()
    for _ in range(10):
        unknown = sorted({m for m in _MACRO.findall(pattern) if m not in macros})
        if unknown:
            raise HelpersError(
                f"The pattern {name!r} uses unknown macros {unknown}: use one of {sorted(macros)} "
                "or write the regex out."
            )
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        if expanded == pattern:
            return pattern
        pattern = expanded
    raise HelpersError(f"The macros in pattern {name!r} refer to each other in a loop.")


def _compile(name: str, pattern: str, bounded: bool = True) -> re.Pattern[str]:
    """Compile a pattern row (case-insensitive); ``bounded`` keeps matches to whole words."""
    try:
        body = _expand(name, pattern)
        return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)" if bounded else body, re.IGNORECASE)
    except re.error as err:
        raise HelpersError(f"The pattern {name!r} is not a valid regular expression: {err}.") from None


def patterns_table() -> pd.DataFrame:
    """The tagger's patterns (``data/timeline/patterns.csv``) as a DataFrame, in order.

    Columns: ``name, type, pattern, value, example``. Add a row and pass the frame to
    :func:`find_timexes` (``patterns=...``) to try a new pattern.

    Example:
        >>> patterns_table().columns.tolist()
        ['name', 'type', 'pattern', 'value', 'example']
    """
    return pd.DataFrame(list(read_table("timeline", "patterns.csv")))


def blocking_table() -> pd.DataFrame:
    """The blocking (negative) rules, ``data/timeline/blocking.csv``: ``name, pattern, example``."""
    return pd.DataFrame(list(read_table("timeline", "blocking.csv")))


def _rules_from(rows: Iterable[Mapping[str, Any]]) -> tuple[_Rule, ...]:
    rules = []
    for row in rows:
        missing = [c for c in ("name", "type", "pattern", "value") if not str(row.get(c, "") or "")]
        if missing:
            raise HelpersError(f"A pattern row {dict(row)!r} lacks {missing}: give name, type, pattern and value.")
        name, kind = str(row["name"]), str(row["type"])
        if kind not in TIMEX_TYPES:
            raise HelpersError(f"The pattern {name!r} has type {kind!r}: use one of {', '.join(TIMEX_TYPES)}.")
        regex = _compile(name, str(row["pattern"]))
        needed = set(_MACRO.findall(str(row["value"])))
        absent = sorted(needed - set(regex.groupindex))
        if absent:
            raise HelpersError(
                f"The value of pattern {name!r} uses {absent}, which the pattern does not capture: "
                "add named groups such as (?P<month>...)."
            )
        rules.append(_Rule(name, kind, regex, str(row["value"])))
    return tuple(rules)


@cache
def _default_rules() -> tuple[_Rule, ...]:
    return _rules_from(read_table("timeline", "patterns.csv"))


@cache
def _default_blocks() -> tuple[re.Pattern[str], ...]:
    return tuple(_compile(r["name"], r["pattern"], bounded=False) for r in read_table("timeline", "blocking.csv"))


# --------------------------------------------------------------------------- stage 1: matching

# A quick test before each regex runs: the literal words a pattern cannot match without
# ("ago", "yesterday", a month name, a digit …) are read off the parsed regex once, and a
# pattern runs only on a text that holds one word of each of its required sets. Most patterns
# then never run on a given article, and the matches are exactly those of running them all.
try:  # Python >= 3.11
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: the trigger that stands for "any digit" (``\d``)
_DIGIT = r"\d"
#: case-folding that keeps offsets and agrees with ``re.IGNORECASE`` on ASCII letters
#: (``str.lower`` maps "İ" to two characters; the regex engine also equates "ı" with "i", "ſ" with "s")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _strength(clause: frozenset[str]) -> tuple[int, int]:
    """How selective a set of alternative triggers is: longest shortest word, then fewest words."""
    return min(1 if t == _DIGIT else len(t) for t in clause), -len(clause)


def _char_class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The triggers of a ``[...]`` class: its ASCII characters, or any digit; None when unknown."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre_parse.LITERAL and chr(av).isascii():
            chars.add(chr(av).lower())
        elif (op is _sre_parse.CATEGORY and av is _sre_parse.CATEGORY_DIGIT) or (
            op is _sre_parse.RANGE and "0" <= chr(av[0]) <= chr(av[1]) <= "9"
        ):
            chars.add(_DIGIT)
        else:
            return None
    if _DIGIT in chars:
        return frozenset({_DIGIT} | {c for c in chars if not c.isdigit()})
    return frozenset(chars)


def _required(items: Any) -> list[frozenset[str]]:
    """Sets of triggers for a parsed regex sequence: a match holds one trigger of every set."""
    clauses: list[frozenset[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is _sre_parse.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            clauses.append(frozenset({run}))
            run = ""
        if op is _sre_parse.SUBPATTERN:
            clauses += _required(av[-1])
        elif op is getattr(_sre_parse, "ATOMIC_GROUP", object()):
            clauses += _required(av)
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT, getattr(_sre_parse, "POSSESSIVE_REPEAT", object())):
            if av[0] >= 1:
                clauses += _required(av[2])
        elif op is _sre_parse.IN:
            clause = _char_class(av)
            if clause:
                clauses.append(clause)
        elif op is _sre_parse.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                options = _required(branch)
                if not options:
                    break
                union |= max(options, key=_strength)
            else:
                clauses.append(frozenset(union))
    return clauses


@cache
def _triggers(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The trigger sets of a compiled pattern (none when its parse cannot be read)."""
    try:
        return tuple(_required(_sre_parse.parse(regex.pattern, regex.flags)))
    except Exception:  # an unusual regex: no prefilter, it simply always runs
        return ()


class _TriggerTest:
    """Which triggers occur in one text (each looked up at most once)."""

    def __init__(self, text: str) -> None:
        self.folded = text.translate(_FOLD).lower()
        self.seen: dict[str, bool] = {_DIGIT: re.search(r"\d", text) is not None}

    def __call__(self, regex: re.Pattern[str]) -> bool:
        """Can ``regex`` match anywhere in the text?"""
        for clause in _triggers(regex):
            if not any(self._has(t) for t in clause):
                return False
        return True

    def _has(self, trigger: str) -> bool:
        found = self.seen.get(trigger)
        if found is None:
            found = self.seen[trigger] = trigger in self.folded
        return found


@cache
def _extent_groups(regex: re.Pattern[str]) -> tuple[str, ...]:
    """The names of the groups that mark a pattern's extent (``t``, ``t2`` …), in order."""
    return tuple(name for name in regex.groupindex if re.fullmatch(r"t\d*", name))


def _extent(match: re.Match[str]) -> tuple[int, int]:
    """The span of the group named ``t`` (or ``t2``, ``t3`` …) when it matched, else the match."""
    for name in _extent_groups(match.re):
        if match.group(name) is not None:
            return match.span(name)
    return match.span()


def _candidates(text: str, rules: tuple[_Rule, ...], blocks: tuple[re.Pattern[str], ...]):
    """Non-overlapping (start, end, rule, match), longest first then earliest rule."""
    may_match = _TriggerTest(text)
    blocked = [_extent(m) for regex in blocks if may_match(regex) for m in regex.finditer(text)]
    found = []
    for order, rule in enumerate(rules):
        if not may_match(rule.regex):
            continue
        for match in rule.regex.finditer(text):
            start, end = _extent(match)
            if end > start and not any(s < end and start < e for s, e in blocked):
                if "unit2" in rule.regex.groupindex and _normalise(match) is None:
                    continue  # "three years and five years" is no compound: leave room for its parts
                found.append((start, end, order, rule, match))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for start, end, _, rule, match in found:
        if all(end <= s or start >= e for s, e, _, _ in taken):
            taken.append((start, end, rule, match))
    return sorted(taken, key=lambda c: c[0])


# --------------------------------------------------------------------------- stage 2: values


def _number(surface: str) -> str:
    words = _tables()["numbers"]
    key = " ".join(surface.lower().split())
    if key in words:
        return words[key]
    value = float(surface)
    return str(int(value)) if value.is_integer() else str(value)


def _normalise(match: re.Match[str]) -> dict[str, Any] | None:
    """The groups of a match as value parts ("Jan." → "01"); None when they make no date."""
    tables = _tables()
    g = {k: v for k, v in match.groupdict().items() if v is not None}
    out: dict[str, Any] = {}
    if "month" in g:
        m = g["month"]
        out["month"] = int(m) if m.isdigit() else month_names()[m.lower()]
    if "day" in g:
        out["day"] = int(re.sub(r"\D", "", g["day"]))
    if isinstance(out.get("month"), int) and out["month"] > 12 and out.get("day", 99) <= 12:
        out["month"], out["day"] = out["day"], out["month"]  # 04/25/2025 written the US way
    if out.get("month", 1) > 12:
        return None
    for key in ("month", "day"):
        if key in out:
            out[key] = f"{out[key]:02d}"
    if "year" in g:
        out["year"] = g["year"]
    if "years" in g:  # "2019-20": how many years the span covers, both ends counted
        first = int(g["year"])
        last = first // 100 * 100 + int(g["years"])
        last += 100 if last <= first else 0
        if last - first > 9:
            return None
        out["years"] = str(last - first + 1)
    if "weekday" in g:
        name = g["weekday"].lower()
        out["weekday"] = str(weekday_names().get(name) or weekday_names()[name[:-1]])  # "Mondays"
    if "unit" in g:
        unit, factor, code, vague = tables["units"][g["unit"].lower()]
        out["unit"], out["_unit"] = unit, (unit, factor, code, vague)
        if "number" not in g:
            out["_factor"] = factor
    for suffix in ("", "2"):  # "three years and four months": a second number and unit
        if "number" + suffix in g:
            number = _number(g["number" + suffix])
            if suffix and "unit2" in g:
                out["_unit2"] = tables["units"][g["unit2"].lower()]
                out["unit2"] = out["_unit2"][0]
            if number != "X" and "_unit" + suffix in out:
                scaled = float(number) * out["_unit" + suffix][1]
                number = str(int(scaled)) if scaled.is_integer() else str(scaled)
            out["number" + suffix] = number
    if "_unit2" in out and _UNIT_RANK.index(out["unit2"]) <= _UNIT_RANK.index(out["unit"]):
        return None  # a compound duration names its larger unit first: "two years and six months"
    if "part" in g:
        out["part"] = tables["parts"][g["part"].lower()]
    if "season" in g:
        out["season"] = tables["seasons"][g["season"].lower()][0]
    if "holiday" in g:
        out["holiday"] = tables["holidays"][_holiday_key(g["holiday"])]
    if "decade" in g:
        out["decade"] = g["decade"]
    if "quarter" in g:
        q = g["quarter"].lower()
        out["quarter"] = q if q.isdigit() else tables["quarters"][q]
    if "frequency" in g:
        out["frequency"] = tables["frequencies"][g["frequency"].lower()]
    if "rel" in g:
        out["rel"] = tables["relations"][g["rel"].lower()]
    if "hour" in g:
        hour = int(g["hour"])
        ampm = g.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        out["hour"], out["minute"] = f"{hour:02d}", g.get("minute", "00")
    return out


def _holiday_key(surface: str) -> str:
    holidays = _tables()["holidays"]
    for name in holidays:
        if name.lower() == " ".join(surface.split()).lower():
            return name
    return surface


def _fill(template: str, parts: Mapping[str, Any]) -> str:
    return _MACRO.sub(lambda m: str(parts[m.group(1)]), template)


_SHIFT = re.compile(
    r"^UNDEF-(?P<anchor>this|REF|near)-(?P<unit>day|week|month|quarter|year|decade|century|hour|minute)"
    r"-(?P<op>plus|minus)-(?P<n>\d+(?:\.\d+)?|X)(?:@(?P<as>day))?(?P<tail>.*)$"
)
_WEEKEND = re.compile(r"^UNDEF-weekend$")
_MONTH_DAY = re.compile(r"^UNDEF-REF-monthday-(?P<day>\d\d)$")
_AGO = re.compile(r"^UNDEF-ago-(?P<unit>[a-z]+)-(?P<n>\d+(?:\.\d+)?|X)$")
_YEARLESS = re.compile(r"^UNDEF-year-(?P<month>\d\d)(?:-(?P<day>\d\d))?$")
_YEARLESS_QUARTER = re.compile(r"^UNDEF-year-Q(?P<quarter>[1-4])$")
_MONTH_REL = re.compile(r"^UNDEF-(?P<op>plus|minus)-(?P<n>[01])-monthname-(?P<month>\d\d)$")
_WEEKDAY = re.compile(r"^UNDEF-(?P<how>last-|next-)?weekday-(?P<weekday>[1-7])(?P<tail>.*)$")
_SEASON = re.compile(r"^UNDEF-(?P<how>last-|next-)?season-(?P<season>SP|SU|FA|WI)$")
_HOLIDAY = re.compile(r"^UNDEF-holiday-(?P<rule>.+)$")
_DURATION = re.compile(r"^P(?P<n>\d+(?:\.\d+)?|X)(?P<unit>[a-z]+)$")
_COMPOUND = re.compile(r"^P(?P<n>\d+(?:\.\d+)?|X)(?P<unit>[a-z]+)(?P<n2>\d+(?:\.\d+)?|X)(?P<unit2>[a-z]+)$")
#: the units of a compound duration, largest first, and whether they belong after the "T"
_DURATION_ORDER = (("year", False), ("month", False), ("week", False), ("day", False), ("hour", True), ("minute", True))
_UNIT_RANK = [unit for unit, _ in _DURATION_ORDER]
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
#: granularities an anaphoric shift by years keeps ("a year earlier" after a quarter or a month)
_KEEP_GRANULARITY = ("quarter", "month")


class _Mark(NamedTuple):
    """A resolved date seen in the text: its first day, granularity, sentence, value and offset."""

    day: dt.date
    granularity: str
    sentence: int
    value: str
    start: int


@dataclass
class _Context:
    """What resolution needs: the publication date, the text and the dates seen so far."""

    published: dt.date
    text: str
    history: list[_Mark]
    sentence: tuple[int, int, int] = (0, 0, 0)  # start, end, index
    span: tuple[int, int] = (0, 0)


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _anchor(ctx: _Context, anchor: str, unit: str, after_publication: bool = True) -> tuple[dt.date, str] | None:
    """The date a shift starts from and its granularity: the publication date for ``this``,
    the day of a clock time for ``near`` (:func:`_clock_day`), else the last date fine enough
    for ``unit``. An anaphoric quarter ("the quarter") needs a quarter named before: None when
    there is none. ``after_publication=False`` skips dates from the publication day on (a past
    "days later" cannot start from today)."""
    if anchor == "this":
        return ctx.published, "day"
    if anchor == "near":
        return _clock_day(ctx), "day"
    fine = {
        "day": ("day", "time"),
        "hour": ("day", "time"),
        "minute": ("day", "time"),
        "week": ("day", "time", "week"),
        "month": ("day", "time", "week", "month"),
        "quarter": ("quarter",),
    }.get(unit, ("day", "time", "week", "month", "quarter", "season", "year"))
    for mark in reversed(ctx.history):
        if mark.granularity in fine and (after_publication or mark.day < ctx.published):
            return mark.day, mark.granularity
    if unit == "quarter" and anchor == "REF":
        return None
    return ctx.published, "day"


#: what may stand between a clock time and the day it belongs to ("8pm local time (1700 GMT) on Sunday")
_CLOCK_GAP = re.compile(r"[\s()]*(?:(?:at|on|of|in|the|local|time|GMT|UTC)\b[\s()]*)*", re.IGNORECASE)


def _clock_day(ctx: _Context) -> dt.date:
    """The day of a clock time ("9 p.m."): a day right after it in the same clause ("at 10:30 a.m.
    on December 12th"), else a day earlier in its sentence, else a later day in its sentence,
    else the last day named before it in the text (anaphora), else the publication date."""
    start, end = ctx.span
    days = [m for m in ctx.history if m.granularity in ("day", "time") and m.start != start]
    later = [m for m in days if m.start >= end and m.sentence == ctx.sentence[2]]
    if later:
        gap = _PARENTHESES.sub(" ", ctx.text[end : later[0].start])
        if _CLOCK_GAP.fullmatch(gap):
            return later[0].day
    earlier = [m for m in days if m.start < start]
    same = [m for m in earlier if m.sentence == ctx.sentence[2]]
    if same:
        return same[-1].day
    if later:
        return later[0].day
    return earlier[-1].day if earlier else ctx.published


#: the unit a vague shift ("days later") can still name: the day for hours, the month for days …
_VAGUE_UNIT = {"minute": "day", "hour": "day", "day": "month", "week": "month", "month": "year", "year": "decade"}
_COARSENESS = ("time", "day", "week", "month", "quarter", "season", "year", "decade")


def _vague_shift(ctx: _Context, unit: str, op: str) -> str:
    """The value of "days later", "a few weeks earlier": the last date named (not one from the
    publication day on, for a later event told in the past tense), at the finest granularity that
    is certain: the anchor's own when it is coarser than the unit ("days later" after "mid-March"
    is that March), else the next unit up ("weeks later" after 3 May is May)."""
    skip_today = op == "plus" and _tense(ctx) == "past"
    marks = [m for m in ctx.history if not (skip_today and m.day >= ctx.published)]
    if not marks:
        return "FUTURE_REF" if op == "plus" else "PAST_REF"
    mark, wanted = marks[-1], _VAGUE_UNIT.get(unit, "year")
    if _COARSENESS.index(mark.granularity) >= _COARSENESS.index(wanted):
        return mark.value.split("T")[0]
    return _format(mark.day, wanted)


def _quarter(day: dt.date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def _format(day: dt.date, unit: str) -> str:
    if unit in ("day", "hour", "minute"):
        return day.isoformat()
    if unit == "week":
        return _week(day)
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return _quarter(day)
    if unit == "decade":
        return f"{day.year // 10}X"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def _shift(base: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("day", "hour", "minute"):
        return base + dt.timedelta(days=n if unit == "day" else 0)
    if unit == "week":
        return base + dt.timedelta(weeks=n)
    if unit in ("month", "quarter"):
        year, month = _shift_month(base, n * (3 if unit == "quarter" else 1))
        return dt.date(year, month, 1)
    step = {"year": 1, "decade": 10, "century": 100}[unit]
    return dt.date(base.year + n * step, 1, 1)


_CLAUSE_MARK = re.compile(
    r",(?=\s)|[;:“”\"—–()]|\b(?:that|and|after|before|because|although|though|while|whereas|unless|once)\b"
)
_PARENTHESES = re.compile(r"\([^()]*\)")
#: "has", "have" or "'ve" (an adverb may follow) right before a past participle: a present perfect
_PERFECT = re.compile(
    r"(?:\b(?:has|have|having)|['’]ve)(?:\s+(?:not|never|already|now|just|also|since|\w+ly))?\s+$", re.IGNORECASE
)


#: "be" or "being" (an adverb may follow) right before a past participle: a passive whose tense
#: is the auxiliary's ("will be held", "is being rolled out")
_PASSIVE_INFINITIVE = re.compile(r"\b(?:be|being)(?:\s+\w+ly)?\s+$", re.IGNORECASE)


def _tense(ctx: _Context) -> str | None:
    """"past", "future", "perfect" or None: the tense of the nearest cue word in the same clause.

    Cues are words from ``tense_cues.csv`` and lower-case words in -ed; a past participle right
    after "be" or "being" is no cue (in "will be held on Friday" the cue is "will"). Nearest
    means fewest clause marks (commas, quotes, "that", a subordinating "after", "because" …) in
    between, then a cue before the expression in the same clause over one after it (English
    puts the verb before its time adverbial), then fewest characters, so in "said on Tuesday
    that it would" the cue for Tuesday is "said", in "will clear … by the end of September, the
    minister said" it is "will", and in "will walk out from 12 December after talks collapsed"
    it is "will"; a parenthesis in between is no clause mark ("began at 8pm (1700 GMT) on Sunday
    and will …": "began"). A past cue right after "has" or "have" is a present perfect ("has organised a march on Saturday"): English does
    not date a present perfect with a past day, so the day is the planned event's, ahead.
    """
    cues = _tables()["tense"]
    start, end = ctx.span
    best: tuple[int, int, str] | None = None
    for match in re.finditer(r"(?<![\w.])[A-Za-z]+(?:['’][a-z]+)?", ctx.text[ctx.sentence[0] : ctx.sentence[1]]):
        s, e = match.start() + ctx.sentence[0], match.end() + ctx.sentence[0]
        if start <= s < end:
            continue
        word = match.group()
        low = word.lower().replace("’", "'")
        tense = cues.get(low)
        if tense is None and low.endswith(("'ll", "'d")):
            tense = "future"
        if tense is None and low.endswith("ed") and len(low) > 4 and word[0].islower() and not low.endswith("eed"):
            tense = "past"
        if tense is None:
            continue
        if tense == "past" and _PASSIVE_INFINITIVE.search(ctx.text[max(ctx.sentence[0], s - 20) : s]):
            continue  # "will be held", "would be rolled out": the modal before carries the tense
        if tense == "past" and _PERFECT.search(ctx.text[max(ctx.sentence[0], s - 30) : s]):
            tense = "perfect"
        between = ctx.text[e:start] if e <= start else ctx.text[end:s]
        marks = _CLAUSE_MARK.findall(_PARENTHESES.sub(" ", between))  # "(1700 GMT)" is no clause
        # fewest clause marks, then a cue before the expression in its own clause (the verb
        # that governs it: "is expected to appear in court on Friday on charges of armed
        # robbery" is "expected"), then the fewest characters
        score = (len(marks), int(e > start or bool(marks)), len(between), tense)
        if best is None or score[:3] < best[:3]:
            best = score
    if best is None:
        return None
    return "future" if best[3] in ("future", "present") else best[3]


def _choose(options: list[tuple[Any, str]], now: Any, direction: str | None) -> str:
    """Pick from (key, value) options: the one equal to ``now``, else by direction or nearness."""
    for key, value in options:
        if key == now:
            return value
    past = [o for o in options if o[0] < now]
    future = [o for o in options if o[0] > now]
    if direction == "past" and past:
        return max(past)[1]
    if direction == "future" and future:
        return min(future)[1]
    nearest_past, nearest_future = max(past) if past else None, min(future) if future else None
    if nearest_past is None or nearest_future is None:
        return (nearest_past or nearest_future)[1]  # type: ignore[index]
    if _distance(nearest_future[0], now) < _distance(now, nearest_past[0]):
        return nearest_future[1]
    return nearest_past[1]


def _distance(later: Any, earlier: Any) -> float:
    if isinstance(later, dt.date):
        return (later - earlier).days
    return (later[0] - earlier[0]) * 12 + later[1] - earlier[1]  # (year, month) pairs


def _holiday_date(rule: str, year: int) -> dt.date:
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


def _compound_duration(match: re.Match[str], parts: Mapping[str, Any]) -> str:
    """The ISO 8601 value of "three years and four months" (``P3Y4M``) or "two hours and 30
    minutes" (``PT2H30M``); weeks beside days count as days ("two weeks and three days" is
    ``P17D``); a vague number makes the whole vague in the larger unit ("PXY")."""
    codes = _tables()["unit_codes"]
    units = [match.group("unit"), match.group("unit2")]
    if "X" in (match.group("n"), match.group("n2")):
        unit = units[0]
        return f"P{'T' if unit in ('hour', 'minute') else ''}X{parts['_unit'][3]}"
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


def _resolve(value: str, parts: Mapping[str, Any], ctx: _Context) -> str | None:
    """The TIMEX3 value of a filled template, or None when it names no real date."""
    pub = ctx.published
    match = _COMPOUND.match(value)
    if match:
        return _compound_duration(match, parts)
    match = _DURATION.match(value)
    if match:
        n, unit = match.group("n"), match.group("unit")
        codes = _tables()["unit_codes"]
        if unit not in codes:
            return value
        code = parts["_unit"][3] if n == "X" and "_unit" in parts else codes[unit]
        if n != "X" and "_factor" in parts and unit == parts["_unit"][0]:
            n = str(int(float(n) * parts["_factor"])) if float(n).is_integer() else n
        return f"P{'T' if unit in ('hour', 'minute') else ''}{n}{code}"
    if not value.startswith("UNDEF-"):
        return value if _valid(value) else None
    match = _SHIFT.match(value)
    if match:
        unit, n = match.group("unit"), match.group("n")
        if n == "X":
            if match.group("anchor") == "REF":
                return _vague_shift(ctx, unit, match.group("op"))
            return "FUTURE_REF" if match.group("op") == "plus" else "PAST_REF"
        steps = int(float(n)) * (1 if match.group("op") == "plus" else -1)
        found = _anchor(ctx, match.group("anchor"), unit)
        if found is None:
            return None
        base, gran = found
        if match.group("as") == "day":  # "in two weeks' time" is a day: today plus 14 days
            days = steps * {"day": 1, "week": 7}.get(unit, 0)
            return (base + dt.timedelta(days=days)).isoformat() if days else _format(_shift(base, unit, steps), unit)
        if match.group("anchor") == "REF" and unit == "year" and gran in _KEEP_GRANULARITY:
            # "a year earlier" after "the third quarter" is that quarter a year before
            return _format(_shift(base, "month", 12 * steps), gran) + match.group("tail")
        return _format(_shift(base, unit, steps), unit) + match.group("tail")
    match = _AGO.match(value)
    if match:
        unit, n = match.group("unit"), match.group("n")
        if n == "X":
            return "PAST_REF"
        steps = -int(float(n))
        if unit in ("day", "week"):
            return (pub + dt.timedelta(days=steps * (7 if unit == "week" else 1))).isoformat()
        return _format(_shift(pub, unit, steps), unit)
    if _WEEKEND.match(value):  # "the weekend": the one just past, unless the verb looks ahead
        ahead = pub.isoweekday() >= 6 or _tense(ctx) in ("future", "perfect")
        return _week(pub if ahead else pub - dt.timedelta(days=7)) + "-WE"
    match = _MONTH_DAY.match(value)
    if match:
        return _month_day(ctx, int(match.group("day")))
    match = _MONTH_REL.match(value)
    if match:  # "last March" is the March before this month, "next March" the one after, "this March" this year's
        month, year = int(match.group("month")), pub.year
        if match.group("n") == "1":
            year += -(month >= pub.month) if match.group("op") == "minus" else int(month <= pub.month)
        return f"{year:04d}-{month:02d}"
    direction = None if "year" in parts else _tense(ctx)
    years = [int(parts["year"])] if "year" in parts else [pub.year - 1, pub.year, pub.year + 1]
    match = _YEARLESS.match(value)
    if match:
        month, day = int(match.group("month")), match.group("day")
        if day is None:
            options = [((y, month), f"{y:04d}-{month:02d}") for y in years]
            return _choose(options, (pub.year, pub.month), direction)
        options = []
        for y in years:
            try:
                options.append((dt.date(y, month, int(day)), f"{y:04d}-{month:02d}-{day}"))
            except ValueError:
                continue
        return _choose(options, pub, direction) if options else None
    match = _YEARLESS_QUARTER.match(value)
    if match:
        first = 3 * int(match.group("quarter")) - 2  # compared by the quarter's first month
        options = [((y, first), f"{y:04d}-Q{match.group('quarter')}") for y in years]
        return _choose(options, (pub.year, 3 * ((pub.month - 1) // 3) + 1), direction)
    match = _WEEKDAY.match(value)
    if match:
        weekday, how = int(match.group("weekday")), match.group("how")
        back = (pub.isoweekday() - weekday) % 7 or 7
        ahead = (weekday - pub.isoweekday()) % 7 or 7
        past, future = pub - dt.timedelta(days=back), pub + dt.timedelta(days=ahead)
        if how == "last-":
            day = past
        elif how == "next-":
            day = future
        elif weekday == pub.isoweekday():
            day = pub
        else:
            day = future if direction in ("future", "perfect") else past
        return day.isoformat() + match.group("tail")
    match = _SEASON.match(value)
    if match:
        season, how = match.group("season"), match.group("how")
        direction = {"last-": "past", "next-": "future"}.get(how or "", direction)
        month = _SEASON_MONTH[season]
        now = (pub.year, pub.month)
        options = [((y, month), f"{y:04d}-{season}") for y in years]
        if how:  # "last summer" said in July is not this summer
            options = [o for o in options if abs(o[0][0] * 12 + o[0][1] - pub.year * 12 - pub.month) > 1]
        return _choose(options, now, direction)
    match = _HOLIDAY.match(value)
    if match:
        options = [(_holiday_date(match.group("rule"), y), None) for y in years]
        options = [(d, d.isoformat()) for d, _ in options]
        return _choose(options, pub, direction)
    return None


def _month_day(ctx: _Context, day: int) -> str | None:
    """The date of "the 12th": that day of the month last named (a day, week or month), else of
    the month before, this or the next month, as the tense says."""
    for mark in reversed(ctx.history):
        if mark.granularity in ("time", "day", "week", "month"):
            months = [(mark.day.year, mark.day.month)]
            break
    else:
        pub = ctx.published
        months = [_shift_month(pub, k) for k in (-1, 0, 1)]
    options = []
    for year, month in months:
        try:
            options.append((dt.date(year, month, day), f"{year:04d}-{month:02d}-{day:02d}"))
        except ValueError:
            continue
    if not options:
        return None
    return options[0][1] if len(options) == 1 else _choose(options, ctx.published, _tense(ctx))


def _valid(value: str) -> bool:
    match = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", value)
    if not match:
        return True
    try:
        dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return match.group(4) is None or int(match.group(4)) < 24 or match.group(4) == "24" and match.group(5) == "00"


_GRANULARITY = (
    (re.compile(r"^\d{4}-\d\d-\d\dT"), "time"),
    (re.compile(r"^\d{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^\d{4}-W\d\d"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
    (re.compile(r"^(?:PAST|PRESENT|FUTURE)_REF$"), "reference"),
    (re.compile(r"^P"), "duration"),
    (re.compile(r"^X"), "set"),
)


def granularity(value: str) -> str:
    """What a TIMEX3 value pins down: time, day, week, month, quarter, season, year, decade, century,
    reference, duration, set (or "" for anything else).

    Example:
        >>> [granularity(v) for v in ["2022-02-01", "2022-01", "2014", "2022-W05", "PXW", "FUTURE_REF"]]
        ['day', 'month', 'year', 'week', 'duration', 'reference']
    """
    for pattern, name in _GRANULARITY:
        if pattern.match(value):
            return name
    return ""


def interval(value: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The stretch of time a calendar value covers, as ``[start, end)`` Timestamps.

    Times of day cover their day; seasons are meteorological (northern hemisphere, winter
    from December of the year before). Durations, sets and vague references give None.

    Example:
        >>> interval("2022-01")
        (Timestamp('2022-01-01 00:00:00'), Timestamp('2022-02-01 00:00:00'))
    """
    kind = granularity(value)
    ts = pd.Timestamp
    if kind in ("time", "day"):
        start = ts(value[:10])
        return start, start + pd.Timedelta(days=1)
    if kind == "week":
        start = ts(dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1))
        if value.endswith("-WE"):  # the weekend: Saturday and Sunday
            return start + pd.Timedelta(days=5), start + pd.Timedelta(days=7)
        return start, start + pd.Timedelta(days=7)
    if kind == "month":
        start = ts(value + "-01")
        return start, start + pd.DateOffset(months=1)
    if kind == "quarter":
        start = ts(dt.date(int(value[:4]), 3 * int(value[6]) - 2, 1))
        return start, start + pd.DateOffset(months=3)
    if kind == "season":
        year, code = int(value[:4]), value[5:]
        first = {"WI": (year - 1, 12), "SP": (year, 3), "SU": (year, 6), "FA": (year, 9)}[code]
        start = ts(dt.date(first[0], first[1], 1))
        return start, start + pd.DateOffset(months=3)
    if kind == "year":
        return ts(f"{value}-01-01"), ts(f"{int(value) + 1}-01-01")
    if kind == "decade":
        year = int(value[:3]) * 10
        return ts(f"{year}-01-01"), ts(f"{year + 10}-01-01")
    if kind == "century":
        year = int(value) * 100
        return ts(f"{year}-01-01"), ts(f"{year + 100}-01-01")
    return None


def _history_entry(value: str, sentence: int, start: int) -> _Mark | None:
    span = interval(value)
    kind = granularity(value)
    if span is None or kind in ("decade", "century"):
        return None
    day = span[0].date()
    if kind == "season":
        day = dt.date(int(value[:4]), _SEASON_MONTH[value[5:]], 1)
    return _Mark(day, kind, sentence, value, start)


# --------------------------------------------------------------------------- public functions


def _rules(patterns: pd.DataFrame | Iterable[Mapping[str, Any]] | None) -> tuple[_Rule, ...]:
    if patterns is None:
        return _default_rules()
    rows = patterns.to_dict("records") if isinstance(patterns, pd.DataFrame) else list(patterns)
    return _rules_from(rows)


def find_timexes(
    article: Article | str,
    published: str | dt.date | None = None,
    patterns: pd.DataFrame | Iterable[Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Find and resolve the time expressions of an article (TIMEX3).

    Args:
        article: an :class:`~helpers.article.Article` (its ``published`` date anchors the
            values) or the article's text.
        published: the publication date ``YYYY-MM-DD``; overrides the article's own.
        patterns: the pattern rows to use instead of ``data/timeline/patterns.csv``, e.g.
            ``pd.concat([patterns_table(), my_rows])`` (blocking rules always apply).

    Returns:
        A DataFrame in document order: ``start, end, text, type, value`` then ``rule``,
        ``granularity``, ``underspecified`` and ``sentence`` (the sentence's index).
        ``article.text[start:end] == text`` on every row.

    Raises:
        HelpersError: no publication date, bad input, or a malformed pattern row.

    Example:
        >>> find_timexes("He left on Friday.", published="2024-03-12")["value"].tolist()
        ['2024-03-08']
    """
    art = as_article(article, published, caller="find_timexes")
    if art.published is None:
        raise HelpersError(
            "Resolving time expressions needs the publication date, and this article has none: "
            "pass published='YYYY-MM-DD' (or --published on the command line)."
        )
    found = _timex_records(art, _rules(patterns))
    return frame_from_spans(found, columns=["start", "end", "text", "type", "value", "rule", "granularity", "underspecified", "sentence"])


def _timex_records(art: Article, rules: tuple[_Rule, ...]) -> list[Timex]:
    """The resolved time expressions of an article with a publication date, in document order.

    Clock times ("9 p.m.") are resolved last, once every day of the text is known: a clock time
    may take a day named after it ("at 8pm on Sunday").
    """
    sents = sentences(art)
    starts = [s.start for s in sents]
    ctx = _Context(art.published, art.text, [])
    found: list[Timex] = []
    clocks = []
    for start, end, rule, match in _candidates(art.text, rules, _default_blocks()):
        parts = _normalise(match)
        if parts is None:
            continue
        template = _fill(rule.value, parts)
        if template.startswith("UNDEF-near-"):
            clocks.append((start, end, rule, parts, template))
            continue
        record = _resolved(art, ctx, sents, starts, start, end, rule, parts, template)
        if record is not None:
            found.append(record)
    later = []
    for start, end, rule, parts, template in clocks:
        record = _resolved(art, ctx, sents, starts, start, end, rule, parts, template, remember=False)
        if record is not None:
            later.append(record)
    return sorted(found + later, key=lambda t: t.start)


def _resolved(
    art: Article,
    ctx: _Context,
    sents: list[Any],
    starts: list[int],
    start: int,
    end: int,
    rule: _Rule,
    parts: dict[str, Any],
    template: str,
    remember: bool = True,
) -> Timex | None:
    """Resolve one match in ``ctx`` (and, if ``remember``, note its date there); None when it names no date."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    sentence = sents[index] if sents else None
    ctx.sentence = (sentence.start, sentence.end, index) if sentence else (0, len(art.text), 0)
    ctx.span = (start, end)
    value = _resolve(template, parts, ctx)
    if value is None:
        return None
    entry = _history_entry(value, index, start)
    if remember and entry is not None and rule.type in ("DATE", "TIME"):
        ctx.history.append(entry)
    stage_one = value if _DURATION.match(template) or _COMPOUND.match(template) else template  # durations need no resolving
    return Timex(start, end, art.text[start:end], rule.type, value, rule.name, granularity(value), stage_one, index)


# --------------------------------------------------------------------------- events


def _event_records(art: Article, timexes: Iterable[tuple[int, int, str, str, str, str, int]]) -> list[Event]:
    """Events from ``(start, end, text, type, value, granularity, sentence)`` rows, in the rows' order."""
    sents = sentences(art)
    rows = []
    for start, end, text, kind, value, gran, number in timexes:
        span = interval(value)
        if kind not in ("DATE", "TIME") or span is None:
            continue
        sentence = sents[number] if sents else None
        if sentence is None or sentence.section in EVENT_SKIP_SECTIONS:
            continue
        label = _label(sentence.text, start - sentence.start, end - sentence.start)
        rows.append(Event(start, end, text, value, gran, span[0], span[1], label, sentence.text))
    return rows

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


def _clause(sentence_text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)`` of a sentence (offsets within the sentence)."""
    left, right = 0, len(sentence_text)
    for match in _CLAUSE_BREAK.finditer(sentence_text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def _label(sentence_text: str, start: int, end: int) -> str:
    """A short readable label from the clause that carries the date (≤ LABEL_MAX characters)."""
    left, right = _clause(sentence_text, start, end)
    before = _PREPOSITION.sub("", sentence_text[left:start].rstrip())
    after = re.sub(r"^['’]s\b", "", sentence_text[end:right])
    label = (before.rstrip(" ,") + " " + after.lstrip(" ,")).strip()
    if len(label.split()) < 3:  # the clause is only the date: use the whole sentence
        before = _PREPOSITION.sub("", sentence_text[:start].rstrip())
        label = (before.rstrip(" ,") + " " + sentence_text[end:].lstrip(" ,")).strip()
    label = _LEAD_WORDS.sub("", " ".join(label.split())).strip(" ,.;:“”\"'‘’()")
    label = label[:1].upper() + label[1:]
    if len(label) > LABEL_MAX:
        cut = label[: LABEL_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
        label = cut + "…"
    return label


def events(
    article: Article | str,
    published: str | dt.date | None = None,
    timexes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The dated events of an article in time order, one per DATE or TIME expression.

    An event is a time expression with a calendar value (not a duration, a set or a vague
    ``PAST_REF``) outside the page's meta lines (datelines such as "Updated: …"), with a label
    taken from the clause that carries the date (the date and its preposition left out).

    Args:
        article: an Article or its text.
        published: the publication date ``YYYY-MM-DD`` (overrides the article's own).
        timexes: the output of :func:`find_timexes`, to reuse (found again when None).

    Returns:
        A DataFrame sorted by ``interval_start`` then position: ``start, end, text`` (the
        time expression's offsets and words), ``date`` (the TIMEX3 value), ``granularity``,
        ``interval_start``, ``interval_end`` (Timestamps; the end is exclusive), ``label``
        (at most :data:`LABEL_MAX` characters) and ``sentence`` (its text).

    Example:
        >>> events("Mr Blinken and Mr Lavrov met for talks in Geneva last month.", published="2022-02-01")[
        ...     ["date", "label"]].values.tolist()
        [['2022-01', 'Mr Blinken and Mr Lavrov met for talks in Geneva']]
    """
    art = as_article(article, published, caller="events")
    found = find_timexes(art) if timexes is None else timexes
    columns = ["start", "end", "text", "type", "value", "granularity", "sentence"]
    rows = _event_records(art, zip(*(found[c] for c in columns)))
    columns = ["start", "end", "text", "date", "granularity", "interval_start", "interval_end", "label", "sentence"]
    frame = frame_from_spans(rows, columns=columns)
    if len(frame):
        frame = frame.sort_values(["interval_start", "start"], kind="stable").reset_index(drop=True)
    return frame
