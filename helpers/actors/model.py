"""The records the actor stage passes between its steps: units, candidates, mentions.

Every record has named fields. A :class:`Unit` is one token of the article (spaced initials
joined: "U. N." is one unit); a :class:`Candidate` is a proposed mention over units
``unit:unit_end``; a :class:`Mention` is a resolved one, with the ``rule`` that made it.

Example:
    >>> m = Mention(0, 5, "Putin", "vladimir_putin", "NAME", "body", 0, "PERSON", "RUS", "male", "alias_table")
    >>> m.text, m.rule
    ('Putin', 'alias_table')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..spans import Span
from .tables import Entry

__all__ = [
    "KINDS",
    "PRIORITY",
    "Mention",
    "Unit",
    "Candidate",
    "Described",
    "Seen",
    "TitleSpan",
    "PendingTitle",
    "Match",
    "Lookup",
    "Modifiers",
    "TitleHead",
    "TitleName",
    "RoleNoun",
]

#: The mention kinds of the JSON contract.
KINDS = ("NAME", "TITLE_NAME", "DESCRIPTION", "METONYM", "ADJECTIVE", "PRONOUN")
#: Candidate priority when two candidates cover exactly the same characters (lower wins).
PRIORITY = {"table": 0, "title_name": 1, "name": 2, "description": 3, "adjective": 4, "pronoun": 5, "block": 6}


@dataclass(frozen=True)
class Mention(Span):
    """A mention of an actor: its ``kind`` (see :data:`KINDS`), the section and sentence it sits in,
    the actor's type, country and gender as far as they are known, and the ``rule`` that made it."""

    actor_id: str
    kind: str
    section: str
    sentence: int
    actor_type: str
    country: str
    gender: str
    rule: str = ""


@dataclass(slots=True)
class Unit:
    """One token of the article as the matcher walks it."""

    start: int
    end: int
    key: str
    sent: int
    para: int
    first: bool  # first word of its sentence (or of a quotation)
    para_first: bool


@dataclass(slots=True)
class Described:
    """What a candidate's words say about its actor, for resolution.

    ``type`` is PERSON, COUNTRY, ORG or GROUP for a description, LINK for an apposition that
    points to ``target``; ``roles``/``choices`` come from ``role_nouns.csv``/``collective_nouns.csv``;
    ``det`` is the determiner's kind (definite, indefinite, possessive, blocked or none);
    ``seats`` the actors a seat of government may stand for; ``gender`` a pronoun's.
    """

    type: str = ""
    roles: frozenset[str] = frozenset()
    choices: frozenset[str] = frozenset()
    country: str = ""
    org: str = ""
    det: str = ""
    noun_end: int = -1
    age: bool = False
    again: bool = False
    gender: str = ""
    seats: tuple[str, ...] = ()
    target: Candidate | None = None


@dataclass(slots=True)
class Candidate:
    """A proposed mention over units ``unit:unit_end`` (characters ``start:end``).

    ``kind`` is a mention kind or BLOCK (a place: covers the text, yields nothing); ``rule``
    names the rule that proposed it (resolution may name a more precise one).
    """

    unit: int
    unit_end: int
    start: int
    end: int
    kind: str
    prio: int
    actor: str = ""
    choices: tuple[str, ...] = ()
    #: the rule of each choice's alias, in the order of ``choices``
    choice_rules: tuple[str, ...] = ()
    head: str = ""
    desc: Described = field(default_factory=Described)
    rule: str = ""


@dataclass(slots=True)
class Seen:
    """A resolved candidate in the history that later descriptions and pronouns look back on."""

    cand: Candidate
    actor_id: str
    speaker: bool  # a person next to a reporting verb ("Putin said"); False for any other actor
    sent: int


@dataclass
class TitleSpan:
    """A title + name phrase ("Russian President Vladimir Putin") over units ``start:end``."""

    start: int
    end: int
    actor_id: str


@dataclass
class PendingTitle:
    """A title + surname phrase ("Mr Haddad") settled once every full name is known."""

    name_start: int
    name_end: int
    roles: set[str]
    gender: str
    country: str
    start: int


class Match(NamedTuple):
    """The longest alias at a unit: how many units, and what it names."""

    length: int
    entries: tuple[Entry, ...]


class Lookup(NamedTuple):
    """The longest lexicon key at a unit (a title, role noun or collective noun): units, and its value."""

    length: int
    value: Any


class Modifiers(NamedTuple):
    """Country and organisation words before a title or noun ("Ukraine's United Nations")."""

    length: int
    country: str
    org: str


class TitleHead(NamedTuple):
    """A title or role noun ending before a name: its first unit, the roles and gender it implies."""

    start: int
    roles: set[str]
    gender: str


class TitleName(NamedTuple):
    """A title + name phrase: phrase start, name end, roles, gender and country."""

    start: int
    end: int
    roles: set[str]
    gender: str
    country: str


class RoleNoun(NamedTuple):
    """A role noun ("counterpart", "foreign minister") starting at unit ``start``."""

    start: int
    roles: frozenset[str]
    noun: str
