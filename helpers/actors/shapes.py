"""Word shapes and small constants shared by the actor steps (acronyms, initials, name order).

Example:
    >>> acronym_shape("NaCoDA"), initials(["Forest", "Voices", "Coalition"])
    (True, 'FVC')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from .tables import snake_id

__all__ = [
    "ADJECTIVE_ENDINGS",
    "modifier_word",
    "model_number",
    "REGNAL",
    "company_short_forms",
    "CONNECTORS",
    "HEAD_LINKS",
    "FORCES",
    "OPENING_QUOTES",
    "QUOTE_MARKS",
    "CLOSING_QUOTES",
    "ShortName",
    "acronym_shape",
    "family_name_first",
    "surname_of",
    "short_names",
    "given_name_gender",
    "initials",
    "word_in_brackets",
]

#: Lower-case words that may join the words of an organisation's name.
#: a regnal number after a given name ("Benedict XVI", "Bartholomew I", "Elizabeth II")
REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
CONNECTORS = ("of", "and", "for", "&")
#: Words that join an organisation's head word to the rest of its name ("Bank of …", "Center for …").
HEAD_LINKS = frozenset(("of", "for", "on"))
#: Markers in ``collective_nouns.csv`` for a country's own forces: (id suffix, name).
FORCES = {"@army": ("ARMY", "armed forces"), "@navy": ("NAVY", "navy"), "@police": ("POLICE", "police")}
#: Endings that make a people's or a place's word an adjective ("Asian", "Korean", "Japanese", "Jewish", "Islamic"):
#: such a word opens or ends no person's name and is no short name of a publication ("Black" or "Finn" may be surnames).
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic")
#: Quote marks as unit keys (curly single quotes are keyed as straight ones).
OPENING_QUOTES = ("“", '"', "'")
CLOSING_QUOTES = ("”", '"', "'")
#: Every quote mark, opening or closing
QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES)


def word_in_brackets(keys: list[str], j: int, hi: int) -> bool:
    """Is there one word in brackets from unit ``j`` ("(", a word, ")"), all before unit ``hi`` (the sentence's end)?

    Example:
        >>> keys = ["the", "Kestrel", "Front", "(", "KF", ")", "met"]
        >>> word_in_brackets(keys, 3, len(keys)), word_in_brackets(keys, 2, len(keys)), word_in_brackets(keys, 3, 5)
        (True, False, False)
    """
    return j + 2 < hi and keys[j] == "(" and keys[j + 2] == ")"


def acronym_word(word: str) -> bool:
    """Is ``word`` two to nine capital letters ("WHO", "KPX", "KESTRELEC"; not "U.N.", "NaCoDA" or "A")?

    Example:
        >>> acronym_word("WHO"), acronym_word("U.N."), acronym_word("A")
        (True, False, False)
    """
    return 2 <= len(word) <= 9 and word.isalpha() and word.isupper()


def acronym_shape(word: str) -> bool:
    """Could ``word`` be an acronym: "WHO", "U.N.", or mixed case with two or more capitals ("NaCoDA")?

    Example:
        >>> acronym_shape("U.N."), acronym_shape("Nato")
        (True, False)
    """
    letters = word.replace(".", "")
    return letters.isalpha() and letters[:1].isupper() and len(letters) <= 10 and (letters.isupper() or sum(c.isupper() for c in letters) >= 2)


def family_name_first(key: tuple[str, ...], family_names: frozenset[str]) -> bool:
    """Is a full name written family name first ("Xi Jinping", "Moon Jae-in")?

    Its first word is one of ``family_names`` (``family_first_surnames.txt``), or it is two
    words ending in a Korean given name ("Jae-in").

    Example:
        >>> family_name_first(("Moon", "Jae-in"), frozenset()), family_name_first(("Ana", "Ruiz"), frozenset())
        (True, False)
    """
    if len(key) < 2:
        return False
    last = key[-1].split("-")
    korean = len(key) == 2 and len(last) == 2 and last[0][:1].isupper() and last[1].isalpha() and last[1].islower()
    return korean or key[0] in family_names


def surname_of(key: tuple[str, ...], particles: frozenset[str]) -> tuple[str, ...]:
    """The part of a full name used alone: the last word, with its particles ("von der Leyen").

    Example:
        >>> surname_of(("Ursula", "von", "der", "Leyen"), frozenset({"von", "der"}))
        ('von', 'der', 'Leyen')
    """
    start = len(key) - 1
    while start > 1 and key[start - 1] in particles:
        start -= 1
    return key[start:]


class ShortName(NamedTuple):
    """A short name of a full name: its key, its head ("family" for a family name written first),
    whether it is the family name written first, and whether it is added only when the full
    name's last word is no other kind of actor's alias (``gated``)."""

    key: tuple[str, ...]
    head: str
    family: bool
    gated: bool


def short_names(key: tuple[str, ...], family_names: frozenset[str], particles: frozenset[str],
                suffixes: frozenset[str] = frozenset()) -> list[ShortName]:
    """The short names of a full name: the family name written first ("Xi Jinping" … "Xi") and, ``gated``, the
    last word, which names the person when the first word was a given name after all ("Sato Kilman" … "Kilman",
    "Lee Ruiz" … "Ruiz") or in a three-word name ("Nguyen Xuan Phuc" … "Phuc"); else the surname ("von der
    Leyen", also "Von der Leyen"). A ``gated`` one is dropped when the last word names another kind of actor. A
    name ending in a generation's suffix (``suffixes``) has the surname before it ("Tom Ruiz Jr." … "Ruiz", not "Jr":
    news calls him by it; a father named in full in the same article is the nearer or the only "Ruiz" where he
    is meant). A hyphenated given name written last is never one ("Kim Jong-un").

    Example:
        >>> [(s.key, s.gated) for s in short_names(("Xi", "Jinping"), frozenset({"Xi"}), frozenset())]
        [(('Xi',), False), (('Jinping',), True)]
        >>> [s.key for s in short_names(("Ursula", "von", "der", "Leyen"), frozenset(), frozenset({"von", "der"}))]
        [('von', 'der', 'Leyen'), ('Von', 'der', 'Leyen')]
        >>> [s.key for s in short_names(("Bashar", "al-Assad"), frozenset(), frozenset({"al"}))]
        [('al-Assad',), ('Al-Assad',), ('Assad',)]
        >>> [s.key for s in short_names(("Kim", "Jong-un"), frozenset({"Kim"}), frozenset())]
        [('Kim',)]
        >>> [s.key for s in short_names(("Tom", "Ruiz", "Jr"), frozenset(), frozenset(), suffixes=frozenset({"Jr"}))]
        [('Ruiz',)]
    """
    if len(key) >= 2 and REGNAL.fullmatch(key[-1]):
        return []  # "Benedict XVI": no short name
    if len(key) >= 3 and key[-1] in suffixes:
        return [ShortName(key[-2:-1], "", False, True)] if key[-2][:1].isupper() and key[-2].isalpha() else []
    if family_name_first(key, family_names):
        found = [ShortName(key[:1], "family", True, False)]
        if len(key) >= 3 or "-" not in key[-1]:
            found.append(ShortName(key[-1:], "", False, True))
        return found
    surname = surname_of(key, particles)
    capitalised = (surname[0][:1].upper() + surname[0][1:], *surname[1:])
    found = [ShortName(surname, "", False, True), ShortName(capitalised, "", False, True)]
    if len(surname) == 1 and particle_joined(surname[0], particles):  # "al-Assad" … "Assad"
        found.append(ShortName((surname[0].partition("-")[2],), "", False, True))
    return found


def joined_initials(word: str) -> bool:
    """Is ``word`` two initials written as one word ("H.W.", "J.R.")? They stand inside a person's name
    (and :mod:`helpers.text` keeps them from ending a sentence).

    Example:
        >>> joined_initials("H.W."), joined_initials("J.R."), joined_initials("W."), joined_initials("USA")
        (True, True, False, False)
    """
    return len(word) == 4 and word[0].isupper() and word[2].isupper() and word[1] == word[3] == "."


def particle_joined(word: str, particles: frozenset[str]) -> bool:
    """Is ``word`` a name joined to its particle by a hyphen ("al-Assad", "el-Sisi")?

    Example:
        >>> particle_joined("al-Assad", frozenset({"al"})), particle_joined("Al-Assad", frozenset({"al"})), particle_joined("al-Qaeda", frozenset())
        (True, True, False)
    """
    particle, dash, rest = word.partition("-")
    return bool(dash) and particle.lower() in particles and rest[:1].isupper()


def given_name_gender(key: tuple[str, ...], given_names: Mapping[str, str], family_names: frozenset[str]) -> str:
    """The gender a full name's given name suggests (``given_names``), or "" (a name written family
    name first gives none).

    Example:
        >>> given_name_gender(("Hillary", "Clinton"), {"Hillary": "female"}, frozenset())
        'female'
    """
    if len(key) < 2 or family_name_first(key, family_names):
        return ""
    return given_names.get(key[0], "")


def company_short_forms(keys, company_heads) -> list[tuple[str, ...]]:
    """The shorter names of a company whose name ends in company words: each one dropped in turn, while three
    words or more are left ("Kestrel Marine Group Inc" … "Kestrel Marine Group", "Kestrel Marine").

    Example:
        >>> company_short_forms(["Kestrel", "Marine", "Group", "Inc"], {"Group", "Inc"})
        [('Kestrel', 'Marine', 'Group'), ('Kestrel', 'Marine')]
    """
    forms, k = [], len(keys)
    while k > 2 and keys[k - 1] in company_heads:
        k -= 1
        forms.append(tuple(keys[:k]))
    return forms


def initials(keys: list[str]) -> str:
    """An organisation's id from its name: initials of its capitalised words ("Forest Voices Coalition" → FVC).

    Example:
        >>> initials(["Kestrel"]), initials(["U.S.", "Department", "of", "Agriculture"])
        ('KESTREL', 'USDA')
    """
    words = [k for k in keys if k[:1].isupper()]
    if len(words) == 1:
        return snake_id(words[0]).upper()
    return "".join(k.replace(".", "") if k.replace(".", "").isupper() else k[0] for k in words).upper()


def first_and_last(key: tuple[str, ...]) -> tuple[str, ...]:
    """The first and last word of a name of two words or more (how "Ana Lopez Ruiz" and "Ana Ruiz" are the
    same person); an empty tuple for a one-word name.

    Example:
        >>> first_and_last(("Ana", "Lopez", "Ruiz")), first_and_last(("Ruiz",))
        (('Ana', 'Ruiz'), ())
    """
    return (key[0], key[-1]) if len(key) >= 2 else ()


def peoples_word(key: tuple[str, ...], cues: Mapping[str, frozenset[str]]) -> bool:
    """Is ``key`` a people's or a region's word (``group_word``, ``region_adjective``), alone, after a region's word,
    or a plural one after any word ("European", "Southeast Asian", "Baby Boomers")? It names no person; "Ana Black"
    and "Tom Southern" do.

    Example:
        >>> cues = {"group_word": frozenset({"Asian", "Black"}), "region_adjective": frozenset({"Southeast"})}
        >>> cues["group_word"] |= {"Boomers"}
        >>> [peoples_word(k, cues) for k in [("Asian",), ("Southeast", "Asian"), ("Ana", "Black"), ("Baby", "Boomers")]]
        [True, True, False, True]
    """
    regions, plural = cues["region_adjective"], key[-1].endswith("s")  # "Baby Boomers", "Gen Xers": a people too
    return (key[-1] in cues["group_word"] or key[-1] in regions) and (len(key) == 1 or len(key) == 2 and (key[0] in regions or plural))


def model_number(key: str) -> bool:
    """Is ``key`` a number of three or four digits that is no year, as after a maker's or an index's name ("a Boeing
    767", "the S&P 500"): the name then names a product or an index, not the organisation (a score or a rank has
    one or two digits: "Arsenal 2 Chelsea 1")?

    Example:
        >>> model_number("767"), model_number("500"), model_number("2006"), model_number("12")
        (True, True, False, False)
    """
    return key.isdigit() and 3 <= len(key) <= 4 and not year_word(key)


def year_word(key: str) -> bool:
    """Is ``key`` a year of four digits, 1900 to 2099 ("a 2013 Kestrel Camry", "the KOP 2016 platform")?

    Example:
        >>> year_word("2013"), year_word("1978"), year_word("767"), year_word("2500")
        (True, True, False, False)
    """
    return len(key) == 4 and key.isdigit() and key[:2] in ("19", "20")


def modifier_word(key: str, suffixes: frozenset[str]) -> bool:
    """Is ``key`` a capitalised word joined by a hyphen to an ending that makes an adjective
    (``modifier_suffix``: "Harbour-based", "Texas-born"), not a name ("Min-jun", "Smith-Jones")?

    Example:
        >>> endings = frozenset({"based", "born"})
        >>> modifier_word("Harbour-based", endings), modifier_word("Min-jun", endings), modifier_word("al-Assad", endings)
        (True, False, False)
    """
    head, dash, tail = key.rpartition("-")
    return bool(dash) and head[:1].isupper() and tail in suffixes
