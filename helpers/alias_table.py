"""Alias tables: the generic lexicons and an article's actors table, as one lookup by token keys.

In the style of political event-data actor dictionaries (PETRARCH's ``Phoenix.Countries.actors.txt``):
every actor has one canonical name, its aliases, its role and country with an ISO date range,
and a note on where it came from. The data lives in ``data/``:

* ``lexicons/countries.csv`` — names, demonyms (adjectives), peoples, capitals and seats of government;
* ``lexicons/organisations.csv`` and ``lexicons/group_adjectives.csv`` — organisations and "the West";
* ``lexicons/titles.csv``, ``role_nouns.csv``, ``collective_nouns.csv``, ``places.txt``,
  ``actor_cues.csv`` — the words that make titles, descriptions and places;
* an article table such as ``data/actors.csv`` (``id,name,type,country,role,aliases,valid_from,
  valid_to,source``) — the people of one article.

Aliases are matched as tuples of token *keys*: the tokens of :func:`helpers.text.tokens` with curly
apostrophes made straight and spaced initials joined ("U. N." and "U.N." are both ``U.N.``).
Names are matched case-sensitively ("US" is not "us", "Turkey" is not "turkey").

Example:
    >>> table = load_actor_table(None)
    >>> table.actors["RUS"].name, table.names[("Kremlin",)][0].form
    ('Russia', 'SEAT')
    >>> keys_of("the U. N.  Security Council")
    ('the', 'U.N.', 'Security', 'Council')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .resources import HelpersError, read_table, read_word_list
from .text import tokens

__all__ = [
    "ACTOR_COLUMNS",
    "ACTOR_TYPES",
    "Actor",
    "Entry",
    "Title",
    "ActorTable",
    "Lexicon",
    "keys_of",
    "unit_spans",
    "load_actor_table",
    "lexicon",
    "snake_id",
]

#: The columns of an article's actors table (``data/actors.csv``).
ACTOR_COLUMNS = ("id", "name", "type", "country", "role", "aliases", "valid_from", "valid_to", "source")
#: The actor types of the JSON contract.
ACTOR_TYPES = ("PERSON", "COUNTRY", "ORG", "GROUP")
#: How an alias names its actor. NAME/TITLE/DESC are article-table aliases; the rest come from the lexicons.
FORMS = ("NAME", "TITLE", "DESC", "ADJ", "PEOPLE", "CAPITAL", "SEAT", "PLACE")

_INITIAL = re.compile(r"^[A-Z]$")


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
    """What an alias key points to: an actor id and the form of the alias (see ``FORMS``)."""

    actor_id: str
    form: str
    head: str = ""  # the head noun of a description alias ("official")


@dataclass(frozen=True)
class Title:
    """A title from ``titles.csv``: the role it stands for, a gender it implies, its kind."""

    role: str
    gender: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    """The generic word lists, as key-tuple dictionaries (built once, cached)."""

    titles: Mapping[tuple[str, ...], Title]
    role_nouns: Mapping[tuple[str, ...], frozenset[str]]
    collective: Mapping[tuple[str, ...], tuple[str, frozenset[str], bool]]
    cues: Mapping[str, frozenset[str]]
    reporting: frozenset[str]
    stopwords: frozenset[str]
    calendar: frozenset[str]
    months: frozenset[str]

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


def _key(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def unit_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Token spans of ``text`` as ``(start, end, key)``, spaced initials joined into one unit.

    Example:
        >>> unit_spans("U. N.  Security")
        [(0, 5, 'U.N.'), (7, 15, 'Security')]
    """
    toks = [(t.start + offset, t.end + offset, t.text) for t in tokens(text)]
    units: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        j, letters = i, []
        while j + 1 < len(toks) and _INITIAL.match(toks[j][2]) and toks[j + 1][2] == ".":
            letters.append(toks[j][2])
            j += 2
        if len(letters) >= 2:
            units.append((toks[i][0], toks[j - 1][1], ".".join(letters) + "."))
            i = j
            continue
        units.append((toks[i][0], toks[i][1], _key(toks[i][2])))
        i += 1
    return units


def keys_of(text: str) -> tuple[str, ...]:
    """The key tuple an alias is looked up by (see the module docstring)."""
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


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _strip_article(keys: tuple[str, ...]) -> tuple[str, ...]:
    return keys[1:] if len(keys) > 1 and keys[0] in ("the", "The") else keys


@cache
def lexicon() -> Lexicon:
    """The generic word lists from ``data/lexicons/`` (cached)."""
    titles: dict[tuple[str, ...], Title] = {}
    for row in read_table("lexicons", "titles.csv"):
        titles[keys_of(row["title"])] = Title(row["role"], row["gender"], row["kind"])
    role_nouns = {keys_of(r["noun"]): frozenset(_split(r["roles"])) for r in read_table("lexicons", "role_nouns.csv")}
    collective = {
        keys_of(r["noun"].lower()): (r["type"], frozenset(_split(r["candidates"])), r["bare"] == "yes")
        for r in read_table("lexicons", "collective_nouns.csv")
    }
    cues: dict[str, set[str]] = {}
    for row in read_table("lexicons", "actor_cues.csv"):
        cues.setdefault(row["cue"], set()).add(row["word"])
    reporting = {form for r in read_table("lexicons", "reporting_verbs.csv") for form in _split(r["forms"]) if r["kind"] == "speech"}
    calendar = {r["surface"] for r in read_table("timeline", "months.csv")}
    calendar |= {r["surface"] for r in read_table("timeline", "weekdays.csv")}
    return Lexicon(
        titles=titles,
        role_nouns=role_nouns,
        collective=collective,
        cues={k: frozenset(v) for k, v in cues.items()},
        reporting=frozenset(reporting),
        stopwords=read_word_list("lexicons", "stopwords.txt"),
        calendar=frozenset(calendar),
        months=frozenset(r["surface"] for r in read_table("timeline", "months.csv") if len(r["surface"]) > 3),
    )


def _add(names: dict[tuple[str, ...], list[Entry]], alias: str, entry: Entry, strip: bool = True) -> None:
    keys = keys_of(alias)
    if strip:
        keys = _strip_article(keys)
    if keys and entry not in names.setdefault(keys, []):
        names[keys].append(entry)


@cache
def _generic() -> tuple[dict[str, Actor], dict[tuple[str, ...], list[Entry]]]:
    actors: dict[str, Actor] = {}
    names: dict[tuple[str, ...], list[Entry]] = {}
    for row in read_table("lexicons", "countries.csv"):
        cid = row["id"]
        actors[cid] = Actor(cid, row["name"], "COUNTRY", country=cid, source="data/lexicons/countries.csv")
        for alias in [row["name"], *_split(row["aliases"])]:
            _add(names, alias, Entry(cid, "NAME"))
        for alias in _split(row["adjectives"]):
            _add(names, alias, Entry(cid, "ADJ"))
        for alias in _split(row["people"]):
            _add(names, alias, Entry(cid, "PEOPLE"))
        for alias in _split(row["capitals"]):
            _add(names, alias, Entry(cid, "CAPITAL"), strip=False)
        for alias in _split(row["seats"]):
            _add(names, alias, Entry(cid, "SEAT"))
    for row in read_table("lexicons", "organisations.csv"):
        oid = row["id"]
        actors[oid] = Actor(oid, row["name"], row["type"], country=row["country"], source="data/lexicons/organisations.csv")
        for alias in [row["name"], *_split(row["aliases"])]:
            _add(names, alias, Entry(oid, "NAME"))
    for row in read_table("lexicons", "group_adjectives.csv"):
        _add(names, row["surface"], Entry(row["actor_id"], "ADJ"))
    for row in read_table("lexicons", "organisation_seats.csv"):
        _add(names, row["surface"], Entry(row["actor_id"], "SEAT"))
    for place in read_word_list("lexicons", "places.txt"):
        _add(names, place, Entry("", "PLACE"), strip=False)
    return actors, names


def _alias_form(keys: tuple[str, ...]) -> tuple[str, str]:
    """NAME, TITLE (starts with a title: "Mr Putin") or DESC (starts lower case: "the mayor")."""
    titles = lexicon().titles
    if keys[0][:1].islower():
        return "DESC", keys[-1].lower()
    for i in range(len(keys) - 1):
        if any(keys[i : i + n] in titles for n in range(1, len(keys) - i)):
            return "TITLE", ""
    return "NAME", ""


def _read_rows(actors: Any) -> tuple[list[dict[str, str]], str]:
    import pandas as pd

    if isinstance(actors, pd.DataFrame):
        return [{k: ("" if pd.isna(v) else str(v)) for k, v in row.items()} for row in actors.to_dict("records")], "<DataFrame>"
    path = Path(actors)
    if not path.is_file():
        raise HelpersError(f"There is no actors table at {path}: give the path of a CSV like data/actors.csv.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise HelpersError(f"{path} is not UTF-8 text: re-save the actors table as UTF-8.") from None
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    return [dict(r) for r in csv.DictReader(lines)], path.name


def _person_roles(role: str) -> set[str]:
    """Normalised roles found in a free-text role ("Mayor of Aarhus" → {"mayor"})."""
    text = f" {role.lower()} "
    roles = {t.role for k, t in lexicon().titles.items() if t.role and f" {' '.join(k).lower()} " in text}
    known = {r for rs in lexicon().role_nouns.values() for r in rs}
    if role.strip().lower() in known:
        roles.add(role.strip().lower())
    # keep only the most specific: "secretary of state" drops "secretary"
    return {r for r in roles if not any(r != o and f" {r} " in f" {o} " for o in roles)}


def _table_from_rows(rows: Iterable[Mapping[str, str]], source: str) -> ActorTable:
    generic_actors, generic_names = _generic()
    actors = dict(generic_actors)
    names = {k: list(v) for k, v in generic_names.items()}
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        missing = [c for c in ("id", "name", "type") if c not in row]
        if missing:
            raise HelpersError(
                f"The actors table {source} lacks the column(s) {', '.join(missing)}: "
                f"its header should be {','.join(ACTOR_COLUMNS)}."
            )
        aid, kind = (row.get("id") or "").strip(), (row.get("type") or "").strip().upper()
        if not aid:
            raise HelpersError(f"Row {number} of {source} has no id: give every actor an id such as vladimir_putin.")
        if kind not in ACTOR_TYPES:
            raise HelpersError(f"Row {number} of {source} has type {row.get('type')!r}: use one of {', '.join(ACTOR_TYPES)}.")
        if aid in seen:
            raise HelpersError(f"The id {aid!r} appears twice in {source}: give each actor one row.")
        seen.add(aid)
        role = (row.get("role") or "").strip()
        actor = Actor(
            aid,
            (row.get("name") or aid).strip(),
            kind,
            country=(row.get("country") or "").strip(),
            role=role,
            roles=_person_roles(role) if kind == "PERSON" else set(),
            valid_from=(row.get("valid_from") or "").strip(),
            valid_to=(row.get("valid_to") or "").strip(),
            source=(row.get("source") or "").strip(),
            origin="table",
        )
        aliases = [actor.name, *_split(row.get("aliases"))]
        if kind == "PERSON" and len(actor.name.split()) > 1:
            aliases.append(actor.name.split()[-1])  # the surname
        for alias in aliases:
            keys = keys_of(alias)
            if not keys:
                continue
            form, head = _alias_form(keys) if kind == "PERSON" else ("NAME", "")
            if form == "TITLE" and keys[:1] in lexicon().titles:
                actor.gender = actor.gender or lexicon().titles[keys[:1]].gender
            entry = Entry(aid, form, head)
            bucket = names.setdefault(keys if form == "DESC" else _strip_article(keys), [])
            bucket[:] = [e for e in bucket if e.actor_id != aid]
            bucket.insert(0, entry)
        actors[aid] = actor
    frozen = {k: tuple(v) for k, v in names.items()}
    return ActorTable(actors, frozen, source, max(len(k) for k in frozen))


@cache
def _generic_table() -> ActorTable:
    return _table_from_rows([], "")


@cache
def _table_from_path(path: str, mtime: float) -> ActorTable:
    # mtime is part of the cache key only: an edited CSV is read again, an unchanged one is not
    rows, source = _read_rows(path)
    return _table_from_rows(rows, source)


def load_actor_table(actors: Any = None) -> ActorTable:
    """The generic tables plus, optionally, an article's actors table.

    Args:
        actors: None (generic tables only), a path to a CSV with the columns of
            ``data/actors.csv``, a pandas DataFrame with those columns, or an
            :class:`ActorTable` (returned as it is).

    Returns:
        An :class:`ActorTable` (cached per file and modification time).

    Raises:
        HelpersError: the file is missing or not UTF-8, a column is missing, an id is
            empty or repeated, or a type is not PERSON, COUNTRY, ORG or GROUP.

    Example:
        >>> t = load_actor_table("data/actors.csv")          # doctest: +SKIP
        >>> t.names[("Mr", "Putin")][0]                        # doctest: +SKIP
        Entry(actor_id='vladimir_putin', form='TITLE', head='')
    """
    import pandas as pd

    if actors is None:
        return _generic_table()
    if isinstance(actors, ActorTable):
        return actors
    if isinstance(actors, pd.DataFrame):
        rows, source = _read_rows(actors)
        return _table_from_rows(rows, source)
    if not isinstance(actors, (str, Path)):
        raise HelpersError(
            f"actors must be None, a path to a CSV like data/actors.csv, a DataFrame or an ActorTable, "
            f"not {type(actors).__name__}."
        )
    path = Path(actors)
    if not path.is_file():
        raise HelpersError(f"There is no actors table at {path}: give the path of a CSV like data/actors.csv.")
    return _table_from_path(str(path.resolve()), path.stat().st_mtime)
