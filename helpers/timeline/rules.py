"""The tagger's rules as data: pattern rows, blocking rows, macros and word tables.

Every table comes from ``data/timeline/`` through :func:`helpers.resources.data_cache`, so
``helpers.reload_data()`` makes the next call read the files again.

* ``patterns.csv``: one row per pattern: ``id`` (the stable rule id that every time expression
  carries as ``rule``), ``type``, ``pattern`` (a case-insensitive regex with ``{macros}``),
  ``value`` (a TIMEX3 template), ``example`` (a text it must tag, run as a test) and
  ``triggers`` (words a match always contains) and ``starts`` (how a match may begin), see below.
* ``blocking.csv``: negative rules (``id, pattern, example, triggers, starts``): a match of a pattern
  that overlaps the group ``t`` of a blocking match is dropped ("Mrs May").
* ``macros.csv``: regex building blocks; the word lists (``{month}``, ``{unit}`` …) are built
  from the normalisation tables (``months.csv``, ``units.csv`` …).

Triggers make the tagger fast: a rule runs only on the paragraphs that hold one of its trigger
words. A trigger is a word (a run of ASCII letters, compared in lower case), ``{digit}`` (any
digit) or ``{name}`` of a word table (any word of ``months.csv`` for ``{month}``; the month,
weekday and holiday lists only count capitalised, as their patterns only match "May" or "MAY").
A row with no triggers runs on every paragraph.

Start keys make it faster still: a regex is tried only where a match may begin, not at every
character. ``starts`` lists the words a match may begin with (its first run of letters, in lower
case), ``{digit}`` (it begins with a digit), word tables as for triggers (each word's first run of
letters) or single marks such as ``’``. A row with no starts is searched everywhere.

Example:
    >>> rules = default_rules()
    >>> rule = next(r for r in rules if r.id == "ago")
    >>> rule.type, rule.value, sorted(rule.triggers)
    ('DATE', 'UNDEF-ago-{unit}-{number}', ['ago'])
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the two *_table functions import pandas when called: the tagger needs none
    import pandas as pd

from ..dates import month_names, weekday_names
from ..resources import HelpersError, data_cache, read_table

__all__ = [
    "TIMEX_TYPES",
    "Unit",
    "Tables",
    "Rule",
    "Block",
    "tables",
    "macros",
    "compile_pattern",
    "patterns_table",
    "blocking_table",
    "rules_from",
    "default_rules",
    "default_blocks",
    "DIGIT",
    "MACRO",
    "CASED_LISTS",
    "CAPITALISED",
]

#: The TIMEX3 types a pattern may give.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
#: The trigger that stands for "any digit".
DIGIT = "{digit}"
#: The word lists that match only Title Case or UPPER CASE ("May", "MAY", never the verb "may").
CASED_LISTS = ("month", "month_name", "weekday", "weekday_any", "weekdays", "holiday")
#: The mark of a trigger word that must be capitalised ("^may": "May" or "MAY").
CAPITALISED = "^"
#: A ``{name}`` in a pattern, a value template or a trigger list.
MACRO = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Unit:
    """A calendar or clock unit word ("fortnight"): its base unit, factor and duration codes."""

    unit: str
    factor: int
    code: str
    vague: str


@dataclass(frozen=True)
class Tables:
    """The normalisation tables of ``data/timeline/`` (surface form → what it stands for)."""

    numbers: dict[str, str]
    units: dict[str, Unit]
    unit_codes: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    season_months: dict[str, int]
    holidays: dict[str, str]
    relations: dict[str, str]
    zones: tuple[str, ...]
    tense: dict[str, str]
    quarters: dict[str, str]
    frequencies: dict[str, str]
    leads: dict[str, str]
    ordinals: dict[str, int]
    halves: dict[str, tuple[str, str]]


class _Scanned:
    """What the scanner reads of a pattern or blocking row besides its regex: the extent and the start marks."""

    @cached_property
    def extent_groups(self) -> tuple[str, ...]:
        """The groups that mark the extent (``t``, ``t2`` …)."""
        return _extent_groups(self.regex)

    @cached_property
    def start_marks(self) -> tuple[str, ...]:
        """The start keys that are marks (’), not words or ``{digit}``."""
        return _marks(self.starts)


@dataclass(frozen=True)
class Rule(_Scanned):
    """One pattern row: ``id`` is what each of its matches carries as ``rule``.

    ``source`` is the row's pattern with its macros expanded; the regex is compiled (and
    checked) on first use, so that a short article compiles only the rules its words call for.
    """

    id: str
    type: str
    source: str
    value: str
    triggers: frozenset[str]
    starts: frozenset[str] = frozenset()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (case-insensitive, whole words)."""
        regex = _compile(self.id, self.source)
        absent = sorted(set(MACRO.findall(self.value)) - set(regex.groupindex))
        if absent:
            raise HelpersError(
                f"The value of pattern {self.id!r} uses {absent}, which the pattern does not capture: "
                "add named groups such as (?P<month>...)."
            )
        return regex

    @cached_property
    def compound(self) -> bool:
        """Does the pattern capture two amounts ("three years and five months")?"""
        return "unit2" in self.regex.groupindex


@dataclass(frozen=True)
class Block(_Scanned):
    """One blocking row: matches overlapping its ``t`` groups are dropped (compiled on first use)."""

    id: str
    source: str
    triggers: frozenset[str]
    starts: frozenset[str] = frozenset()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (case-insensitive)."""
        return _compile(self.id, self.source)


def _marks(starts: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(key for key in starts if not key.isalpha() and key != DIGIT))


def _surfaces(name: str) -> list[dict[str, str]]:
    return list(read_table("timeline", name))


@data_cache
def tables() -> Tables:
    """The normalisation tables, read once (``helpers.reload_data()`` forgets them)."""
    units = {r["surface"]: Unit(r["unit"], int(r["factor"]), r["code"], r["vague"]) for r in _surfaces("units.csv")}
    seasons = _surfaces("seasons.csv")
    return Tables(
        numbers={r["surface"]: r["value"] for r in _surfaces("numbers.csv")},
        units=units,
        unit_codes={u.unit: u.code for u in units.values() if u.factor == 1},
        parts={r["surface"]: r["value"] for r in _surfaces("parts_of_day.csv")},
        seasons={r["surface"]: r["value"] for r in seasons},
        season_months={r["value"]: int(r["month"]) for r in seasons},
        holidays={r["surface"]: r["rule"] for r in _surfaces("holidays.csv")},
        relations={r["surface"]: r["value"] for r in _surfaces("relations.csv")},
        zones=tuple(r["surface"] for r in _surfaces("time_zones.csv")),
        tense={r["surface"]: r["tense"] for r in _surfaces("tense_cues.csv")},
        quarters={r["surface"]: r["value"] for r in _surfaces("quarters.csv")},
        frequencies={r["surface"]: r["value"] for r in _surfaces("frequencies.csv")},
        leads={r["surface"]: r["direction"] for r in _surfaces("lead_words.csv")},
        ordinals={r["surface"]: int(r["value"]) for r in _surfaces("ordinals.csv")},
        halves={r["unit"]: (r["amount"], r["smaller"]) for r in _surfaces("halves.csv")},
    )


def _alternation(words: Iterable[str], cased: bool) -> str:
    """A regex alternation of ``words``, longest first; ``cased`` makes Title and UPPER forms
    that match case-sensitively (so "may" and "march" the verbs never match)."""
    forms = set()
    for word in words:
        if cased:
            forms |= {word[:1].upper() + word[1:], word.upper()}
        else:
            forms.add(word)
    # grouped by first letter ("t(?:wo|hree|en)"), which matches what the flat list matches (words
    # that begin with different letters never match at the same place, and each group keeps their
    # order) and is faster: re tries each alternative in turn, in any case
    groups: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda w: (-len(w), w)):
        rest = re.escape(form[1:]).replace(r"\ ", "{s}")
        groups.setdefault(form[0] if cased or not form[0].isalpha() else form[0].lower(), []).append(
            rest if not form[-1].isalnum() else rest + r"\b"
        )
    alts = [re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})") for first, rests in groups.items()]
    body = "|".join(alts)
    return rf"\b(?-i:{body})" if cased else rf"\b(?:{body})"


def _full_names(names: Mapping[str, int]) -> set[str]:
    """The longest name of each number ("january", not "jan.")."""
    return {max((w for w in names if names[w] == n), key=len) for n in set(names.values())}


@data_cache
def word_lists() -> dict[str, tuple[str, ...]]:
    """The words of each word-table macro (``{month}`` → every month name and abbreviation)."""
    t = tables()
    full_days = _full_names(weekday_names())
    return {
        "month": tuple(month_names()),
        "month_name": tuple(sorted(_full_names(month_names()))),
        "weekday": tuple(sorted(full_days)),
        "weekday_any": tuple(weekday_names()),
        "weekdays": tuple(sorted(d + "s" for d in full_days)),
        "unit": tuple(t.units),
        "part": tuple(t.parts),
        "season": tuple(t.seasons),
        "holiday": tuple(t.holidays),
        "quarter": tuple(t.quarters),
        "frequency": tuple(t.frequencies),
        "tz": t.zones,
        "number": tuple(t.numbers),
        "ordinal": tuple(t.ordinals),
    }


def _units(numbers: Mapping[str, str]) -> str:
    """A regex alternation of the unit words ("one" … "nine") of ``numbers.csv``, for compounds
    such as "twenty-four"."""
    units = [w for w, v in numbers.items() if v.isdigit() and 1 <= int(v) <= 9 and w.isalpha() and len(w) > 2]
    return "|".join(sorted(units, key=len, reverse=True))


@data_cache
def macros() -> dict[str, str]:
    """Every ``{name}`` a pattern may use: macros.csv plus word lists from the tables."""
    lists = word_lists()
    found = {name: _alternation(lists[name], cased=name in CASED_LISTS) for name in lists if name not in ("tz", "number")}
    numbers = _alternation(lists["number"], cased=False)
    units = _units(tables().numbers)
    # a number: digits (a thousands separator allowed: "3,000"), or a number word; a word in -ty may
    # take a unit ("twenty-four"), tried only once the word has matched
    found["number"] = (
        rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d]|[,.]\d)|\d+(?:\.\d+)?(?![\d,]))"
        rf"|{numbers}(?:(?<=ty)(?:-|{{s}})(?:{units})\b)?)"
    )
    found["tz"] = r"(?-i:" + "|".join(re.escape(z).replace(r"\ ", "{s}") + r"\b" for z in lists["tz"]) + ")"
    for row in read_table("timeline", "macros.csv"):
        found[row["name"]] = row["pattern"]
    return found


def _expand(rule_id: str, pattern: str) -> str:
    known = macros()
    for _ in range(10):
        unknown = sorted({m for m in MACRO.findall(pattern) if m not in known})
        if unknown:
            raise HelpersError(
                f"The pattern {rule_id!r} uses unknown macros {unknown}: use one of {sorted(known)} "
                "or write the regex out."
            )
        expanded = MACRO.sub(lambda m: known[m.group(1)], pattern)
        if expanded == pattern:
            return pattern
        pattern = expanded
    raise HelpersError(f"The macros in pattern {rule_id!r} refer to each other in a loop.")


def compile_pattern(rule_id: str, pattern: str, bounded: bool = True) -> re.Pattern[str]:
    """Compile a pattern row (case-insensitive); ``bounded`` keeps matches to whole words.

    Example:
        >>> compile_pattern("x", "{weekday}").search("on Monday.").group()
        'Monday'
    """
    return _compile(rule_id, _source(rule_id, pattern, bounded))


def _source(rule_id: str, pattern: str, bounded: bool = True) -> str:
    """The regex of a pattern row: macros expanded, kept to whole words if ``bounded``."""
    body = _expand(rule_id, pattern)
    return r"(?<!\w)(?:" + body + r")(?!\w)" if bounded else body


def _compile(rule_id: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as err:
        raise HelpersError(f"The pattern {rule_id!r} is not a valid regular expression: {err}.") from None


def _cell_keys(rule_id: str, cell: str, column: str, list_keys, plain, hint: str) -> frozenset[str]:
    """The keys of a ``triggers`` or ``starts`` cell: ``{digit}``, a word list's keys
    (``list_keys(name, surfaces)``), or an item ``plain`` accepts (lower-cased); else one clear error."""
    lists = word_lists()
    found: set[str] = set()
    for item in cell.split():
        name = MACRO.fullmatch(item)
        if item == DIGIT:
            found.add(DIGIT)
        elif name and name.group(1) in lists:
            found.update(list_keys(name.group(1), lists[name.group(1)]))
        elif plain(item):
            found.add(item.lower())
        else:
            raise HelpersError(f"The {column} of {rule_id!r} hold {item!r}: {hint}")
    return frozenset(found)


def _trigger_words(rule_id: str, cell: str) -> frozenset[str]:
    """The trigger words of a ``triggers`` cell: words, ``{digit}`` and ``{table}`` names."""
    hint = f"use words of letters, {DIGIT} or a word list such as {{month}} ({', '.join(sorted(word_lists()))})."
    return _cell_keys(rule_id, cell, "triggers", _list_triggers, lambda item: bool(_LETTERS.fullmatch(item.lower())), hint)


def _list_triggers(name: str, surfaces) -> set[str]:
    """The trigger of each word of a list: its first run of letters (marked when the list is cased), or ``{digit}``."""
    cased = name in CASED_LISTS
    found = set()
    for surface in surfaces:  # the first run of letters of each word
        letters = _LETTERS.findall(surface.lower())
        if not letters:
            found.add(DIGIT)
        elif cased and surface[:1].lower() == letters[0][:1]:
            found.add(CAPITALISED + letters[0])
        else:
            found.add(letters[0])
    return found


def _start_keys(rule_id: str, cell: str) -> frozenset[str]:
    """The start keys of a ``starts`` cell: words, ``{digit}``, ``{table}`` names and single marks.

    A word list stands for the first run of letters of each of its words ("new" for "New Year's
    Day"), or ``{digit}`` for a word that begins with a digit ("1st").

    Example:
        >>> sorted(_start_keys("x", "The {digit} ’"))
        ['the', '{digit}', '’']
    """
    hint = f"use words of letters, {DIGIT}, a word list such as {{month}} or a single mark such as ’."
    return _cell_keys(rule_id, cell, "starts", lambda _name, surfaces: {_start_key(s) for s in surfaces},
                      lambda item: bool(_LETTERS.fullmatch(item.lower())) or (len(item) == 1 and not item.isalnum()), hint)


def _start_key(surface: str) -> str:
    """How a word of a list begins: its first run of letters, ``{digit}``, or its first mark."""
    letters = _LETTERS.match(surface.lower())
    if letters:
        return letters.group()
    return DIGIT if surface[:1].isdigit() else surface[:1]


def _extent_groups(regex: re.Pattern[str]) -> tuple[str, ...]:
    """The names of the groups that mark a pattern's extent (``t``, ``t2`` …), in order."""
    return tuple(name for name in regex.groupindex if re.fullmatch(r"t\d*", name))


def _cell(row: Mapping[str, Any], column: str) -> str:
    """A cell as text; a missing cell (absent, None or NaN in a DataFrame) is ""."""
    value = row.get(column)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _rule_id(row: Mapping[str, Any]) -> str:
    return _cell(row, "id") or _cell(row, "name")


def rules_from(rows: Iterable[Mapping[str, Any]], compile_now: bool = True) -> tuple[Rule, ...]:
    """Compile pattern rows (dicts or DataFrame records), checking each.

    With ``compile_now=False`` (the shipped ``patterns.csv``, whose rows the tests compile) a
    rule's regex is compiled and checked on first use instead.

    Raises:
        HelpersError: a row lacks a column, has a bad type, a bad regex or a value that uses
            a group the pattern does not capture.
    """
    rules = []
    for row in rows:
        missing = [c for c in ("id", "type", "pattern", "value") if not (_rule_id(row) if c == "id" else _cell(row, c))]
        if missing:
            raise HelpersError(f"A pattern row {dict(row)!r} lacks {missing}: give id, type, pattern and value.")
        rule_id, kind, value = _rule_id(row), _cell(row, "type"), _cell(row, "value")
        if kind not in TIMEX_TYPES:
            raise HelpersError(f"The pattern {rule_id!r} has type {kind!r}: use one of {', '.join(TIMEX_TYPES)}.")
        triggers, starts = _trigger_words(rule_id, _cell(row, "triggers")), _start_keys(rule_id, _cell(row, "starts"))
        rule = Rule(rule_id, kind, _source(rule_id, _cell(row, "pattern")), value, triggers, starts)
        if compile_now:
            rule.regex  # noqa: B018  (compiles and checks the row now)
        rules.append(rule)
    return tuple(rules)


@data_cache
def default_rules() -> tuple[Rule, ...]:
    """The compiled rows of ``data/timeline/patterns.csv``, in order."""
    return rules_from(read_table("timeline", "patterns.csv"), compile_now=False)


@data_cache
def default_blocks() -> tuple[Block, ...]:
    """The compiled rows of ``data/timeline/blocking.csv``."""
    blocks = []
    for row in read_table("timeline", "blocking.csv"):
        source = _source(row["id"], row["pattern"], bounded=False)
        triggers = _trigger_words(row["id"], row.get("triggers") or "")
        blocks.append(Block(row["id"], source, triggers, _start_keys(row["id"], row.get("starts") or "")))
    return tuple(blocks)


def patterns_table() -> pd.DataFrame:
    """The tagger's patterns (``data/timeline/patterns.csv``) as a DataFrame, in order.

    Columns: ``id, type, pattern, value, example, triggers, starts`` and ``name`` (the same as ``id``,
    kept for older notebooks). Add a row and pass the frame to ``find_timexes(...,
    patterns=...)`` to try a new pattern; a row without ``triggers`` runs everywhere.

    Example:
        >>> patterns_table().columns.tolist()
        ['id', 'type', 'pattern', 'value', 'example', 'triggers', 'starts', 'name']
    """
    import pandas as pd

    frame = pd.DataFrame(list(read_table("timeline", "patterns.csv")))
    frame["name"] = frame["id"]
    return frame


def blocking_table() -> pd.DataFrame:
    """The blocking (negative) rules, ``data/timeline/blocking.csv``: ``id, pattern, example, triggers, starts``.

    Example:
        >>> blocking_table().columns.tolist()
        ['id', 'pattern', 'example', 'triggers', 'starts']
    """
    import pandas as pd

    return pd.DataFrame(list(read_table("timeline", "blocking.csv")))
