"""Normalisation: the named groups of a match turned into value parts ("Jan." → "01").

The parts fill the pattern's value template (``{year}-{month}-{day}`` → ``2022-01-31``); the
words are looked up in the tables of ``data/timeline/`` (``months.csv``, ``numbers.csv``,
``units.csv`` …).

Example:
    >>> import re
    >>> parts = normalise(re.match(r"(?P<month>\\w+\\.?) (?P<day>\\d+)", "Jan. 31"))
    >>> parts.fields, fill("UNDEF-year-{month}-{day}", parts)
    ({'month': '01', 'day': '31'}, 'UNDEF-year-01-31')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import month_names, weekday_names
from .rules import MACRO, Unit, tables

__all__ = ["Parts", "normalise", "fill", "number_value", "spoken_year", "UNIT_RANK"]

#: the units of a compound duration, largest first
UNIT_RANK = ("year", "month", "week", "day", "hour", "minute")


@dataclass
class Parts:
    """What a match says: ``fields`` fill the value template; the units say how to count.

    Attributes:
        fields: template field → text ("month" → "01", "number" → "3", "unit" → "year").
        unit: the unit word's entry (``units.csv``), when the match names a unit.
        unit2: the second unit of a compound duration ("three years and *four months*").
        factor: how many base units the unit is, when no number is given ("the past decade").
    """

    fields: dict[str, str] = field(default_factory=dict)
    unit: Unit | None = None
    unit2: Unit | None = None
    factor: int | None = None


def number_value(surface: str) -> str:
    """The value of a number: a word from ``numbers.csv`` ("a few" → "X"), a compound of two
    ("twenty-four" → "24") or digits ("3,000" → "3000").

    Example:
        >>> number_value("a couple of"), number_value("twenty four"), number_value("3,000"), number_value("2.50")
        ('2', '24', '3000', '2.5')
    """
    words = tables().numbers
    key = " ".join(surface.lower().split())
    if key in words:
        return words[key]
    parts = key.replace("-", " ").split()
    if len(parts) == 2 and all(words.get(p, "").isdigit() for p in parts):  # "twenty-four"
        return str(int(words[parts[0]]) + int(words[parts[1]]))
    digits = surface.replace(",", "")
    if digits.isdigit():
        return str(int(digits))
    value = float(digits)
    return str(int(value)) if value.is_integer() else str(value)


def spoken_year(words: str) -> str:
    """A year said in words: the hundreds, then the rest ("nineteen ninety-six" → "1996"), or two
    thousand and the rest ("two thousand and five" → "2005").

    Example:
        >>> spoken_year("nineteen ninety-six"), spoken_year("Nineteen seventy nine"), spoken_year("two thousand")
        ('1996', '1979', '2000')
    """
    numbers = tables().numbers
    parts = [w for w in words.lower().replace("-", " ").split() if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        hundreds, rest = 20, parts[2:]
    else:
        hundreds, rest = int(numbers[parts[0]]), parts[1:]
    return str(hundreds * 100 + sum(int(numbers[w]) for w in rest))


def _scaled(number: str, factor: int) -> str:
    """``number`` times ``factor`` ("3" decades → "30" years), exact for whole numbers."""
    if number.isdigit():
        return str(int(number) * factor)
    scaled = float(number) * factor
    return str(int(scaled)) if scaled.is_integer() else str(scaled)


def _dates(g: dict[str, str], out: Parts) -> bool:
    """Month, day and years; False when they make no date (a 13th month)."""
    fields = out.fields
    month = day = None
    if "month" in g:
        m = g["month"]
        month = int(m) if m.isdigit() else month_names()[m.lower()]
    if "day" in g:
        day = int(re.sub(r"\D", "", g["day"]))
    if month is not None and month > 12 and (day if day is not None else 99) <= 12:
        month, day = day, month  # 04/25/2025 written the US way
    if month is not None and month > 12:
        return False
    if month is not None:
        fields["month"] = f"{month:02d}"
    if day is not None:
        fields["day"] = f"{day:02d}"
    if "year" in g:
        fields["year"] = g["year"]
    if "year_words" in g:  # "nineteen ninety-six", said on air
        fields["year_words"] = spoken_year(g["year_words"])
    if "years" in g:  # "2019-20": how many years the span covers, both ends counted
        first = int(g["year"])
        last = first // 100 * 100 + int(g["years"])
        last += 100 if last <= first else 0
        if last - first > 9:
            return False
        fields["years"] = str(last - first + 1)
    if "weekday" in g:
        name = g["weekday"].lower()
        fields["weekday"] = str(weekday_names().get(name) or weekday_names()[name[:-1]])  # "Mondays"
    return True


def _amounts(g: dict[str, str], out: Parts) -> bool:
    """Numbers and units; False for a compound that names its smaller unit first."""
    units = tables().units
    if "unit" in g:
        out.unit = units[g["unit"].lower()]
        out.fields["unit"] = out.unit.unit
        if "number" not in g:
            out.factor = out.unit.factor
    if "unit2" in g:
        out.unit2 = units[g["unit2"].lower()]
    for suffix, unit in (("", out.unit), ("2", out.unit2)):  # "three years and four months"
        if "number" + suffix in g:
            number = number_value(g["number" + suffix])
            if suffix and out.unit2 is not None:
                out.fields["unit2"] = out.unit2.unit
            if number != "X" and unit is not None:
                number = _scaled(number, unit.factor)
            out.fields["number" + suffix] = number
    if out.unit2 is not None and "unit2" in out.fields and out.unit is not None:
        if UNIT_RANK.index(out.unit2.unit) <= UNIT_RANK.index(out.unit.unit):
            return False  # a compound duration names its larger unit first: "two years and six months"
    return "half" not in g or _half(out)


def _half(out: Parts) -> bool:
    """"and a half": half the unit in the next smaller one (``halves.csv``) as the field ``half``
    ("6month"); False for a unit that has no half there or a vague number ("a few years and a half")."""
    half = tables().halves.get(out.unit.unit) if out.unit is not None and out.unit.factor == 1 else None
    if half is None or out.fields.get("number") == "X":
        return False
    out.fields["half"] = half[0] + half[1]  # "6month": the template P{number}{unit}{half} makes P1year6month
    return True


def _words(g: dict[str, str], out: Parts) -> bool:
    """Parts of the day, seasons, holidays, decades, centuries, quarters, frequencies, relations,
    clock times; False when a word makes no date (a century numbered 0)."""
    t, fields = tables(), out.fields
    if "part" in g:
        fields["part"] = t.parts[g["part"].lower()]
    if "season" in g:
        fields["season"] = t.seasons[g["season"].lower()]
    if "holiday" in g:
        fields["holiday"] = t.holidays[_holiday_key(g["holiday"])]
    if "decade" in g:
        fields["decade"] = g["decade"]
    if "decade_digit" in g:  # "the '80s"
        fields["decade_digit"] = g["decade_digit"]
    if "decade_word" in g:  # "the nineties": the tens of "ninety"
        tens = t.numbers.get(g["decade_word"].lower()[:-3] + "y", "")
        if not tens.isdigit():
            return False
        fields["decade_word"] = tens[0]
    if "century" in g:  # "the 20th century", "the nineteenth century": value 19, 18
        word = " ".join(g["century"].lower().split())
        number = t.ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
        if not 1 <= number <= 100:
            return False
        fields["century"] = f"{number - 1:02d}"
    if "quarter" in g:
        q = g["quarter"].lower()
        fields["quarter"] = q if q.isdigit() else t.quarters[q]
    if "frequency" in g:
        fields["frequency"] = t.frequencies[g["frequency"].lower()]
    if "rel" in g:
        fields["rel"] = t.relations[g["rel"].lower()]
    if "hour" in g:
        hour = int(g["hour"])
        ampm = g.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        fields["hour"], fields["minute"] = f"{hour:02d}", g.get("minute", "00")
    return True


def normalise(match: re.Match[str]) -> Parts | None:
    """The groups of a match as value parts; None when they make no date."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    out = Parts()
    if not _dates(groups, out) or not _amounts(groups, out) or not _words(groups, out):
        return None
    return out


def _holiday_key(surface: str) -> str:
    for name in tables().holidays:
        if name.lower() == " ".join(surface.split()).lower():
            return name
    return surface


def fill(template: str, parts: Parts) -> str:
    """The value template with its ``{fields}`` filled in."""
    return MACRO.sub(lambda m: str(parts.fields[m.group(1)]), template)
