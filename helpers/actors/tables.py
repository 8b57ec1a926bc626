"""The alias tables: generic lexicons and the actors they name, as lookups by token keys.

In the style of political event-data actor dictionaries (PETRARCH's ``Phoenix.Countries.actors.txt``):
every actor has one canonical name, its aliases, its role and country with an ISO date range,
and a note on where it came from. The data lives in ``data/``:

* ``lexicons/countries.csv`` — names, demonyms (adjectives), peoples, capitals and seats of government;
* ``lexicons/organisations.csv`` and ``lexicons/group_adjectives.csv`` — organisations and "the West";
* ``lexicons/titles.csv``, ``role_nouns.csv``, ``collective_nouns.csv``, ``places.txt``, ``us_states.csv``,
  ``actor_cues.csv`` — the words that make titles, descriptions and places.

An article's own table (``data/actors.csv``) is added by :mod:`helpers.actors.aliases`.
Aliases are matched as tuples of token *keys*: the tokens of :func:`helpers.text.tokens` with curly
apostrophes made straight and spaced initials joined ("U. N." and "U.N." are both ``U.N.``).
Names are matched case-sensitively ("US" is not "us", "Turkey" is not "turkey").

Example:
    >>> lexicon().titles[("President",)].role
    'president'
    >>> actors, names = generic_aliases()
    >>> actors["RUS"].name, names[("Kremlin",)][0].form
    ('Russia', 'SEAT')
    >>> keys_of("the U. N.  Security Council")
    ('the', 'U.N.', 'Security', 'Council')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..resources import data_cache, read_table, read_word_list
from ..text import token_spans

__all__ = [
    "ACTOR_COLUMNS",
    "ACTOR_TYPES",
    "FORMS",
    "FAMILY_RULE",
    "Actor",
    "Entry",
    "Title",
    "ActorTable",
    "Lexicon",
    "Collective",
    "keys_of",
    "sports_clubs",
    "Club",
    "unit_spans",
    "token_units",
    "lexicon",
    "generic_aliases",
    "first_key_lengths",
    "snake_id",
    "split_cell",
    "strip_article",
]

#: The columns of an article's actors table (``data/actors.csv``).
ACTOR_COLUMNS = ("id", "name", "type", "country", "role", "aliases", "valid_from", "valid_to", "source")
#: The actor types of the JSON contract.
ACTOR_TYPES = ("PERSON", "COUNTRY", "ORG", "GROUP")
#: How an alias names its actor. NAME/TITLE/DESC are article-table aliases; the rest come from the lexicons.
FORMS = ("NAME", "TITLE", "DESC", "ADJ", "PEOPLE", "CAPITAL", "SEAT", "PLACE")
#: the rule of a family's alias ("the Ruiz family"): a group described, written as a DESCRIPTION
FAMILY_RULE = "family_name"

_INITIAL = re.compile(r"^[A-Z]$")
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


@dataclass
class Actor:
    """One actor: canonical name, type, country, roles and where it came from.

    ``roles`` holds normalised roles (``titles.csv``'s ``role`` column), ``role`` the text as written.
    """

    id: str
    name: str
    type: str
    country: str = ""
    role: str = ""
    roles: set[str] = field(default_factory=set)
    gender: str = ""
    valid_from: str = ""
    valid_to: str = ""
    source: str = ""
    origin: str = "lexicon"  # lexicon | table | discovered

    def copy(self) -> Actor:
        """A copy whose ``roles`` set can be changed without touching the table."""
        return Actor(**{**self.__dict__, "roles": set(self.roles)})


@dataclass(frozen=True)
class Entry:
    """What an alias key points to: an actor id and the form of the alias (see ``FORMS``).

    ``rule`` names the rule that made the alias (``alias_table``, ``lexicon_name``,
    ``discovered_name`` …); it does not take part in comparisons.
    """

    actor_id: str
    form: str
    head: str = ""  # the head noun of a description alias ("official")
    rule: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Title:
    """A title from ``titles.csv``: the role it stands for, a gender it implies, its kind."""

    role: str
    gender: str
    kind: str


class Collective(NamedTuple):
    """A collective noun from ``collective_nouns.csv``: the actor type it names, the actors (or
    markers such as ``@company``) it may refer to, and whether it may stand bare ("the union")."""

    type: str
    candidates: frozenset[str]
    bare: bool


@dataclass(frozen=True)
class Lexicon:
    """The generic word lists, as key-tuple dictionaries (built once, cached)."""

    titles: Mapping[tuple[str, ...], Title]
    role_nouns: Mapping[tuple[str, ...], frozenset[str]]
    collective: Mapping[tuple[str, ...], Collective]
    cues: Mapping[str, frozenset[str]]
    reporting: frozenset[str]
    stopwords: frozenset[str]
    calendar: frozenset[str]
    months: frozenset[str]
    family_first: frozenset[str] = frozenset()
    government_names: Mapping[str, str] = field(default_factory=dict)
    #: one-word names of national bodies ("Senate") → (country, actor id) (``national_bodies.csv``)
    national_bodies: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: given name → "male" or "female" (``given_names.csv``), for pronoun agreement
    given_names: Mapping[str, str] = field(default_factory=dict)
    #: the US states whose name is a place that acts only as a political body (``us_states.csv``)
    us_states: frozenset[str] = frozenset()
    #: every US state's name, also those that are given names or cities ("Virginia", "Washington")
    state_names: frozenset[str] = frozenset()
    #: the US states whose name is also a country's ("Georgia"): the state in an article about US states
    country_states: frozenset[str] = frozenset()
    #: for titles, role nouns and collective nouns: the longest key starting with each first word
    lengths: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    #: for titles and role nouns: the last words of their keys (a quick test that none ends at a unit)
    last_words: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def cue(self, name: str) -> frozenset[str]:
        """The words of one cue in ``actor_cues.csv`` ("locative", "org_head", …)."""
        return self.cues.get(name, frozenset())


@dataclass(frozen=True, eq=False)
class ActorTable:
    """Actors by id and a dictionary from alias key tuples to :class:`Entry` lists.

    ``source`` names the article table (empty for the generic tables alone). Tables are
    compared by identity; build them with :func:`load_actor_table`.
    """

    actors: Mapping[str, Actor]
    names: Mapping[tuple[str, ...], tuple[Entry, ...]]
    source: str = ""
    longest: int = 1
    #: the most keys of any alias starting with a given key
    lengths: Mapping[str, int] = field(default_factory=dict)
    #: the same for the description aliases ("the mayor"), which a sentence's first word may match capitalised
    desc_lengths: Mapping[str, int] = field(default_factory=dict)


def _key(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def unit_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Token spans of ``text`` as ``(start, end, key)``, spaced initials joined into one unit.

    Example:
        >>> unit_spans("U. N.  Security")
        [(0, 5, 'U.N.'), (7, 15, 'Security')]
    """
    spans = token_spans(text)
    return token_units([(s + offset, e + offset, t) for s, e, t in spans] if offset else spans)


def token_units(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` units of ``(start, end, text)`` tokens: spaced initials joined, apostrophes straight.

    Example:
        >>> token_units([(0, 1, "U"), (1, 2, "."), (3, 4, "N"), (4, 5, "."), (6, 9, "met")])
        [(0, 5, 'U.N.'), (6, 9, 'met')]
    """
    units: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        start, end, text = toks[i]
        if len(text) == 1 and "A" <= text <= "Z" and i + 1 < n and toks[i + 1][2] == ".":
            j, letters = i, []
            while j + 1 < n and _INITIAL.match(toks[j][2]) and toks[j + 1][2] == ".":
                letters.append(toks[j][2])
                j += 2
            if len(letters) >= 2:
                units.append((start, toks[j - 1][1], ".".join(letters) + "."))
                i = j
                continue
        units.append((start, end, _key(text) if "’" in text or "‘" in text else text))
        i += 1
    return units


def keys_of(text: str) -> tuple[str, ...]:
    """The key tuple an alias is looked up by (see the module docstring).

    Example:
        >>> keys_of("United States"), keys_of("the U. N.")
        (('United', 'States'), ('the', 'U.N.'))
    """
    if _PLAIN_WORDS.fullmatch(text):
        # for speed (thousands of aliases are keyed when the tables load): ASCII words between single
        # spaces are their own tokens and keys (no initials, no apostrophes), so split them without the
        # tokenizer; tests/test_actors_tables.py checks both ways agree on every alias of data/
        return tuple(text.split(" "))
    return tuple(k for _, _, k in unit_spans(text))


#: Letters with no Unicode decomposition to an ASCII letter, and their usual ASCII spelling.
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Đ": "D", "đ": "d",
     "Ł": "L", "ł": "l", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "ı": "i"}
)


def snake_id(name: str) -> str:
    """A lower-case snake-case id for a discovered person ("Sergiy Kyslytsya" → ``sergiy_kyslytsya``).

    Letters that Unicode does not decompose into an ASCII base are spelled out ("Ø" → "o",
    "ß" → "ss"), so no letter of a name is lost.

    Example:
        >>> snake_id("Anne-Marie Holt"), snake_id("José Álvarez"), snake_id("Sigrid Ødegaard")
        ('anne_marie_holt', 'jose_alvarez', 'sigrid_odegaard')
    """
    import unicodedata

    spelled = name.translate(_LETTERS_WITHOUT_DECOMPOSITION)
    folded = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")


def split_cell(cell: str | None) -> list[str]:
    """The ``|``-separated values of a table cell, stripped, empty ones dropped.

    Example:
        >>> split_cell(" Mr Putin | Putin ||")
        ['Mr Putin', 'Putin']
    """
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def strip_article(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys without a leading article (``alias_article`` in ``actor_cues.csv``), unless that is all.

    Example:
        >>> strip_article(("the", "Kremlin")), strip_article(("The",))
        (('Kremlin',), ('The',))
    """
    return keys[1:] if len(keys) > 1 and keys[0] in lexicon().cue("alias_article") else keys


def first_key_lengths(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """For each first element of the key tuples, the length of the longest key starting with it.

    Example:
        >>> first_key_lengths([("Mr",), ("Prime", "Minister"), ("Prime",)])
        {'Mr': 1, 'Prime': 2}
    """
    lengths: dict[str, int] = {}
    for key in keys:
        if key:
            lengths[key[0]] = max(lengths.get(key[0], 0), len(key))
    return lengths


@data_cache
def lexicon() -> Lexicon:
    """The generic word lists from ``data/lexicons/`` (cached by :func:`helpers.resources.data_cache`)."""
    titles: dict[tuple[str, ...], Title] = {}
    for row in read_table("lexicons", "titles.csv"):
        titles[keys_of(row["title"])] = Title(row["role"], row["gender"], row["kind"])
    role_nouns = {keys_of(r["noun"]): frozenset(split_cell(r["roles"])) for r in read_table("lexicons", "role_nouns.csv")}
    collective = {
        keys_of(r["noun"].lower()): Collective(r["type"], frozenset(split_cell(r["candidates"])), r["bare"] == "yes")
        for r in read_table("lexicons", "collective_nouns.csv")
    }
    cues: dict[str, set[str]] = {}
    for row in read_table("lexicons", "actor_cues.csv"):
        cues.setdefault(row["cue"], set()).add(row["word"])
    # shared with the timeline stage rather than written twice: number words, and verb forms and adverbs
    # that follow a subject ("the campaign paid", "the campaign also called")
    numbers = {r["surface"] for r in read_table("timeline", "numbers.csv") if r["value"].isdigit() and " " not in r["surface"] and r["surface"] not in ("a", "an")}
    for cue in ("opener_word", "members_before", "members_of_head"):
        cues.setdefault(cue, set()).update(numbers)
    cues.setdefault("not_a_modifier", set()).update(r["surface"] for r in read_table("timeline", "tense_cues.csv") if r["tense"] in ("past", "present"))
    cues["not_a_modifier"].update(r["surface"] for r in read_table("timeline", "label_words.csv") if r["kind"] == "adverb")
    reporting = {form for r in read_table("lexicons", "reporting_verbs.csv") for form in split_cell(r["forms"]) if r["kind"] == "speech"}
    calendar = {r["surface"] for r in read_table("timeline", "months.csv")}
    calendar |= {r["surface"] for r in read_table("timeline", "weekdays.csv")}
    states = read_table("lexicons", "us_states.csv")
    state_names = frozenset(r["name"] for r in states)
    return Lexicon(
        titles=titles,
        role_nouns=role_nouns,
        collective=collective,
        cues={k: frozenset(v) for k, v in cues.items()},
        reporting=frozenset(reporting),
        stopwords=read_word_list("lexicons", "stopwords.txt"),
        calendar=frozenset(calendar),
        months=frozenset(r["surface"] for r in read_table("timeline", "months.csv") if len(r["surface"]) > 3),
        family_first=read_word_list("lexicons", "family_first_surnames.txt"),
        government_names={r["surface"]: r["country"] for r in read_table("lexicons", "government_names.csv")},
        national_bodies={r["surface"]: (r["country"], r["actor_id"]) for r in read_table("lexicons", "national_bodies.csv")},
        given_names={r["name"]: r["gender"] for r in read_table("lexicons", "given_names.csv")},
        us_states=frozenset(r["name"] for r in states if r["name_is_place"] == "yes"),
        state_names=state_names,
        country_states=state_names & country_names(),
        lengths={
            "titles": first_key_lengths(titles),
            "role_nouns": first_key_lengths(role_nouns),
            "collective": first_key_lengths(collective),
        },
        last_words={"titles": frozenset(k[-1] for k in titles if k), "role_nouns": frozenset(k[-1] for k in role_nouns if k)},
    )


def _add(names: dict[tuple[str, ...], list[Entry]], alias: str, entry: Entry, strip: bool = True) -> None:
    """Add ``entry`` under the keys of ``alias`` (without a leading "the" unless ``strip`` is False)."""
    keys = keys_of(alias)
    if strip:
        keys = strip_article(keys)
    if keys and entry not in names.setdefault(keys, []):
        names[keys].append(entry)


def one_capitalised_word(alias: str) -> bool:
    """Is ``alias`` one word of four or more letters, capitalised and not all in capitals ("Politico", not "CNN")?

    Example:
        >>> [one_capitalised_word(a) for a in ("Politico", "CNN", "Fox News", "Reuters", "Oxfam-X")]
        [True, False, False, True, False]
    """
    return len(alias) >= 4 and alias.isalpha() and alias[:1].isupper() and not alias.isupper()


def _dotted(alias: str) -> str:
    """An acronym of two to five capitals written with a dot after each letter, as some newspapers do; else "".

    Example:
        >>> [_dotted(a) for a in ("FBI", "GOP", "Fox News", "NAACP", "A")]
        ['F.B.I.', 'G.O.P.', '', 'N.A.A.C.P.', '']
    """
    return "".join(f"{c}." for c in alias) if 2 <= len(alias) <= 5 and alias.isalpha() and alias.isupper() else ""


def country_names() -> frozenset[str]:
    """Every country's name and alias in ``countries.csv``.

    Example:
        >>> {"Georgia", "Russia"} <= country_names()
        True
    """
    return frozenset(alias for row in read_table("lexicons", "countries.csv") for alias in [row["name"], *split_cell(row["aliases"])])


@data_cache
def generic_aliases() -> tuple[dict[str, Actor], dict[tuple[str, ...], list[Entry]]]:
    """The actors and aliases of the generic lexicons (countries, organisations, seats, places).

    Shared and cached: copy before changing (see :func:`helpers.actors.aliases.load_actor_table`).
    """
    actors: dict[str, Actor] = {}
    names: dict[tuple[str, ...], list[Entry]] = {}
    for row in read_table("lexicons", "countries.csv"):
        cid = row["id"]
        actors[cid] = Actor(cid, row["name"], "COUNTRY", country=cid, source="data/lexicons/countries.csv")
        for alias in [row["name"], *split_cell(row["aliases"])]:
            _add(names, alias, Entry(cid, "NAME", rule="lexicon_name"))
            if one_capitalised_word(alias):  # "AMERICA" in a shouted line
                _add(names, alias.upper(), Entry(cid, "NAME", rule="lexicon_name"))
        for alias in split_cell(row["adjectives"]):
            _add(names, alias, Entry(cid, "ADJ", rule="adjective_demonym"))
        for alias in split_cell(row["people"]):
            _add(names, alias, Entry(cid, "PEOPLE", rule="description_people"))
        for alias in split_cell(row["capitals"]):
            _add(names, alias, Entry(cid, "CAPITAL", rule="metonym_capital"), strip=False)
        for alias in split_cell(row["seats"]):
            _add(names, alias, Entry(cid, "SEAT", rule="metonym_seat"))
    for row in read_table("lexicons", "organisations.csv"):
        oid = row["id"]
        actors[oid] = Actor(oid, row["name"], row["type"], country=row["country"], source="data/lexicons/organisations.csv")
        for alias in [row["name"], *split_cell(row["aliases"])]:
            _add(names, alias, Entry(oid, "NAME", rule="lexicon_name"))
            if one_capitalised_word(alias):  # "POLITICO", "REUTERS": outlets write their own names in capitals
                _add(names, alias.upper(), Entry(oid, "NAME", rule="lexicon_name"))
            if dotted := _dotted(alias):  # "F.B.I.", "G.O.P.": the New York Times' style
                _add(names, dotted, Entry(oid, "NAME", rule="lexicon_name"))
    for row in read_table("lexicons", "group_adjectives.csv"):
        _add(names, row["surface"], Entry(row["actor_id"], "ADJ", rule="adjective_demonym"))
    for row in read_table("lexicons", "organisation_seats.csv"):
        _add(names, row["surface"], Entry(row["actor_id"], "SEAT", rule="metonym_seat"))
    states = read_table("lexicons", "us_states.csv")
    state_places = [r["name"] for r in states if r["name_is_place"] == "yes"] + [r["postal_code"] for r in states if r["code_is_place"] == "yes"]
    for place in [*read_word_list("lexicons", "places.txt"), *state_places]:
        _add(names, place, Entry("", "PLACE", rule="place"), strip=False)
    return actors, names


@dataclass(frozen=True)
class Club:
    """A club of ``sports_clubs.csv``: its id, its usual name, the keys of all its names and its country.

    Example:
        >>> Club("CHELSEA", "Chelsea", (("Chelsea",),), "GBR").name
        'Chelsea'
    """

    actor_id: str
    name: str
    keys: tuple[tuple[str, ...], ...]
    country: str = ""


@data_cache
def sports_clubs() -> dict[tuple[str, ...], Club]:
    """Each name of a club of ``data/lexicons/sports_clubs.csv`` (as :func:`keys_of` keys it) → the club.

    Example:
        >>> sports_clubs()[("West", "Brom")].actor_id
        'WEST_BROM'
    """
    clubs: dict[tuple[str, ...], Club] = {}
    for row in read_table("lexicons", "sports_clubs.csv"):
        names = [row["name"], *split_cell(row["aliases"])]
        club = Club(row["id"], row["name"], tuple(keys_of(name) for name in names), row.get("country") or "")
        for key in club.keys:
            clubs.setdefault(key, club)
    return clubs
