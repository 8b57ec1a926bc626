"""Office holders as data: who held a G20 top office on the publication date.

``data/lexicons/office_holders.csv`` lists heads of state and government and foreign ministers
with the dates of each term (a term is ``start <= day < end``; an empty end is still in office on
the file's as-of date). :func:`holders_on` gives the terms that cover one day; the mixin
:class:`Offices` registers their holders in an article dated that day (name aliases: the full
name and the surname, or the family name for a name written family name first), and resolves a
description such as "the German chancellor" to the holder when the article names no one who fits.
``leader_offices.csv`` says which office "the <country> leader" means.

Example:
    >>> [t.name for t in holders_on("2010-05-01") if t.office_id == "USA_head_of_state"]
    ['Barack Obama']
    >>> [t.name for t in holders_on("2022-05-01") if t.office_id == "USA_head_of_state"]
    ['Joe Biden']
    >>> sorted(office_terms()[0].roles)
    ['president']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..resources import data_cache, read_table
from .model import Described
from .shapes import family_name_first, first_and_last, given_name_gender, short_names
from .tables import Actor, Entry, first_key_lengths, keys_of, lexicon

__all__ = ["OfficeTerm", "OfficeHolder", "OfficeAlias", "OfficeDay", "office_terms", "holders_on", "office_day", "leader_offices", "Offices",
           "known_surnames", "discover_known_surnames"]

#: Roles an office stands for besides its title's own role ("external affairs minister" is a foreign minister).
OFFICE_ROLES = {"foreign_minister": "foreign minister", "high_representative": "foreign minister"}
#: Regnal numbers: never a surname ("Charles III" is not "III").
REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
#: The rule of an office holder's name alias, and of a description resolved by the table.
NAME_RULE, DESCRIPTION_RULE = "office_holder_name", "description_office_holder"


@dataclass(frozen=True)
class OfficeTerm:
    """One row of ``office_holders.csv``: an office, its holder and the term's dates (``start <= day < end``)."""

    office_id: str
    country: str
    office: str
    title: str
    person_id: str
    name: str
    start: str
    end: str
    roles: frozenset[str]
    #: the alias keys of ``name`` (:func:`~helpers.actors.tables.keys_of`), computed once with the table
    key: tuple[str, ...] = ()

    def covers(self, day: str) -> bool:
        """Was the office held by this person on ``day`` (ISO date)?

        Example:
            >>> t = OfficeTerm("X", "DEU", "head_of_government", "chancellor", "a", "A", "2005-11-22", "2021-12-08", frozenset())
            >>> t.covers("2021-12-07"), t.covers("2021-12-08")
            (True, False)
        """
        return _covers(self.start, self.end, day)


def _covers(start: str, end: str, day: str) -> bool:
    """Does a term from ``start`` to ``end`` ("" for still in office) cover ``day``? (ISO dates compare as text.)"""
    return start <= day and (not end or day < end)


def _roles_of(title: str, office: str) -> frozenset[str]:
    """The normalised roles of an office title (``titles.csv``), and the office's own role."""
    lex = lexicon()
    roles = {t.role for key in (keys_of(title), keys_of(title.capitalize())) if (t := lex.titles.get(key)) and t.role}
    roles |= set(lex.role_nouns.get(keys_of(title), ())) if not roles else set()
    if office in OFFICE_ROLES:
        roles.add(OFFICE_ROLES[office])
    return frozenset(roles or {title})


@data_cache
def office_terms() -> tuple[OfficeTerm, ...]:
    """Every term of ``office_holders.csv`` (cached by :func:`helpers.resources.data_cache`)."""
    return tuple(_term(r) for r in read_table("lexicons", "office_holders.csv"))


def _term(row: Mapping[str, str]) -> OfficeTerm:
    """The term of one row of ``office_holders.csv``, its roles and name keys worked out."""
    return OfficeTerm(row["office_id"], row["country"], row["office"], row["title"], row["person_id"], row["name"],
                      row["start"], row["end"], _roles_of(row["title"], row["office"]), keys_of(row["name"]))


def holders_on(day: str) -> list[OfficeTerm]:
    """The terms of office that cover ``day`` (an ISO date), in file order."""
    return list(_holders_on(day))


@data_cache
def _holders_on(day: str) -> tuple[OfficeTerm, ...]:
    """:func:`holders_on` as a tuple, cached with the table (every article of one day asks the same).

    For speed, only the rows that cover ``day`` are made into terms (a command that reads one
    article needs one day, not the roles and keys of all 400 rows); the same terms as
    ``[t for t in office_terms() if t.covers(day)]``, which tests/test_actors_offices.py checks.
    """
    return tuple(_term(r) for r in read_table("lexicons", "office_holders.csv") if _covers(r["start"], r["end"], day))


#: how many years before a person's first term or after their last a surname alone still names them
KNOWN_YEARS = 6


@data_cache
def known_surnames() -> dict[str, tuple[OfficeTerm, str, str]]:
    """The surnames of the table's office holders that name one person only (not a family name written first,
    "Lee"; not a given name, "Howard"; not a ``common_surname``, "Brown"; four letters or more): surname → that
    person's latest term, and the first and last day :data:`KNOWN_YEARS` around their terms.

    Example:
        >>> term, first, last = known_surnames()["Merkel"]
        >>> term.person_id, first, "Clinton" in known_surnames(), "Lee" in known_surnames(), "Brown" in known_surnames()
        ('angela_merkel', '1999-11-22', False, False, False)
    """
    lex = lexicon()
    common = lex.cue("common_surname")
    owners: dict[str, dict[str, list[OfficeTerm]]] = {}
    for term in office_terms():
        key = term.key
        if len(key) < 2 or key[-1] in REGNAL or family_name_first(key, lex.family_first):
            continue
        surname = key[-1]
        if len(surname) >= 4 and surname.isalpha() and surname not in lex.given_names and surname not in common:
            owners.setdefault(surname, {}).setdefault(term.person_id, []).append(term)
    found = {}
    for surname, people in owners.items():
        if len(people) == 1:
            terms = next(iter(people.values()))
            first = min(t.start for t in terms)
            last = "9999-12-31" if any(not t.end for t in terms) else max(t.end for t in terms)
            found[surname] = (max(terms, key=lambda t: t.start), _years_from(first, -KNOWN_YEARS), _years_from(last, KNOWN_YEARS))
    return found


def _years_from(day: str, years: int) -> str:
    """``day`` (an ISO date) moved by whole ``years`` ("9999-12-31" stays)."""
    return day if day.startswith("9999") else f"{int(day[:4]) + years:04d}{day[4:]}"


def discover_known_surnames(reader, covered: set[int]) -> None:
    """A surname alone that no other pass knows, of someone in ``office_holders.csv`` within :data:`KNOWN_YEARS` of
    their terms (:func:`known_surnames`: "Trump" in an article of 2016 that never gives his full name, "Merkel said"
    in one of 2000) is that person, unless it is a word the article also writes in lower case, or part of a longer
    name ("Trump Tower", "Ana Merkel").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r, tower = reader_for("Merkel said no."), reader_for("The Merkel Tower rose.")  # articles of 2022
        >>> discover_known_surnames(r, set()), discover_known_surnames(tower, set())
        (None, None)
        >>> [(e.actor_id, e.rule) for e in r.match(r.keys.index("Merkel")).entries], tower.match(tower.keys.index("Merkel")).length
        ([('angela_merkel', 'known_surname')], 0)
    """
    published = reader.article.published
    if not published:
        return
    day, table = published.isoformat(), known_surnames()
    for i in reader.capitalised:
        key = reader.keys[i]
        known = table.get(key)
        if known is None or not known[1] <= day <= known[2] or i in covered or reader.match(i).length or reader.ordinary_word(key) \
                or key.isupper() or i + 1 < reader.hi[i] and reader.keys[i + 1][:1].isupper() or i > reader.lo[i] and reader.keys[i - 1][:1].isupper():
            continue
        term = known[0]
        if not reader.known(term.person_id):
            gender = given_name_gender(term.key, reader.lex.given_names, reader.lex.family_first)
            reader.actors[term.person_id] = OfficeHolder(term.person_id, term.name, term.country, term.title, term.roles, gender).actor()
        reader.add_alias((key,), Entry(term.person_id, "NAME", rule="known_surname"))


@data_cache
def leader_offices() -> dict[str, str]:
    """Country → the office "the <country> leader" means (``leader_offices.csv``)."""
    return {r["country"]: r["office"] for r in read_table("lexicons", "leader_offices.csv")}


@dataclass(frozen=True)
class OfficeHolder:
    """A person holding one or more offices on a day: the facts of their first term, the roles of all."""

    person_id: str
    name: str
    country: str
    title: str
    roles: frozenset[str]
    gender: str

    def actor(self) -> Actor:
        """A new :class:`~helpers.actors.tables.Actor` for this person (an article's own copy)."""
        return Actor(self.person_id, self.name, "PERSON", country=self.country, role=self.title, roles=set(self.roles),
                     origin="lexicon", gender=self.gender, source="data/lexicons/office_holders.csv")


@dataclass(frozen=True)
class OfficeAlias:
    """One name alias of an office holder; a ``gate`` word (their surname) that is another kind of actor's
    alias in the article's table drops it ("" : always added)."""

    person_id: str
    key: tuple[str, ...]
    entry: Entry
    gate: str = ""


@dataclass(frozen=True)
class OfficeDay:
    """The terms covering one day, their holders (in order of first term) and their name aliases
    (in the order they are added: each term's full name, then its short names)."""

    terms: tuple[OfficeTerm, ...]
    holders: Mapping[str, OfficeHolder]
    aliases: tuple[OfficeAlias, ...]
    #: every alias added, as :meth:`Offices.register_office_holders` adds them when the article's table
    #: drops none (no holder of its own, no surname another kind of actor's alias): keys → entries
    names: Mapping[tuple[str, ...], tuple[Entry, ...]]
    #: the longest alias key of ``names`` starting with each first word
    lengths: Mapping[str, int]
    #: the keys of the surnames that an article's table may drop (see :attr:`OfficeAlias.gate`)
    gates: tuple[tuple[str], ...]


@data_cache
def office_day(day: str) -> OfficeDay:
    """The office holders of ``day`` and their aliases, built once per date (cached with the tables:
    every article of one day registers the same people, so no article rebuilds them).

    Example:
        >>> day = office_day("2022-05-01")
        >>> [a.key for a in day.aliases if a.person_id == "joe_biden"]
        [('Joe', 'Biden'), ('Biden',), ('Biden',)]
    """
    lex = lexicon()
    particles = lex.cue("particle")
    terms = _holders_on(day)
    holders: dict[str, OfficeHolder] = {}
    aliases: list[OfficeAlias] = []
    for term in terms:
        aid, key = term.person_id, term.key or keys_of(term.name)
        first = holders.get(aid)
        if first is None:
            country = term.country if len(term.country) == 3 else ""
            gender = given_name_gender(key, lex.given_names, lex.family_first)
            holders[aid] = OfficeHolder(aid, term.name, country, term.title, term.roles, gender)
        else:
            holders[aid] = replace(first, roles=first.roles | term.roles)
        aliases.append(OfficeAlias(aid, key, Entry(aid, "NAME", rule=NAME_RULE)))
        if len(key) >= 2 and key[-1] not in REGNAL:
            for short in short_names(key, lex.family_first, particles):
                entry = Entry(aid, "NAME", head=short.head, rule=NAME_RULE)
                aliases.append(OfficeAlias(aid, short.key, entry, key[-1] if short.gated else ""))
    names: dict[tuple[str, ...], list[Entry]] = {}
    for a in aliases:
        found = names.setdefault(a.key, [])
        if a.entry not in found:
            found.append(a.entry)
    gates = tuple(dict.fromkeys((a.gate,) for a in aliases if a.gate))
    frozen = {key: tuple(entries) for key, entries in names.items()}
    return OfficeDay(terms, holders, tuple(aliases), frozen, first_key_lengths(frozen), gates)


def roles_fit(held: frozenset[str], roles: set[str]) -> bool:
    """Does a title's role name one of the roles an office gives, in full or as its first word ("secretary"
    for "secretary of state": "Secretary Clinton")?

    Example:
        >>> roles_fit(frozenset({"secretary of state"}), {"secretary"}), roles_fit(frozenset({"president"}), {"secretary"})
        (True, False)
    """
    return bool(held & roles) or any(h.startswith(r + " ") for h in held for r in roles)


class Offices:
    """Office holders of the publication date (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def register_office_holders(self) -> None:
        """Make the holders of every office on the publication date known to the article, with the
        aliases of their full name and surname (an article table's own actors keep their rows).

        The holders and aliases of the day come ready-made from :func:`office_day` (for speed: built
        once per date, not once per article); only what depends on the article's table is checked here.
        A holder becomes an :class:`~helpers.actors.tables.Actor` of the article when first asked for
        (:meth:`~helpers.actors.units.ArticleUnits.actor`). Called once, before discovery."""
        self.office_holders: list[OfficeTerm] = []
        published = self.article.published
        if not published:
            return
        day = office_day(published.isoformat())
        self.office_holders = list(day.terms)
        table_actors = self.table.actors  # the article's table wins
        if table_actors.keys().isdisjoint(day.holders):
            self.office_people = day.holders
        else:
            self.office_people = {aid: h for aid, h in day.holders.items() if aid not in table_actors}
        if self.office_people is day.holders and not self.extra and not any(self._surname_blocked(k[0]) for k in day.gates if k in self.table.names):
            for key, entries in day.names.items():  # for speed: the day's aliases, merged once per date
                self.extra[key] = list(entries)
            self.extra_lengths.update(day.lengths)
            self.add_aliases([])
            return
        blocked: dict[str, bool] = {}
        aliases = []
        for a in day.aliases:
            if a.person_id not in self.office_people:
                continue
            if a.gate:
                if a.gate not in blocked:
                    blocked[a.gate] = self._surname_blocked(a.gate)
                if blocked[a.gate]:
                    continue
            aliases.append((a.key, a.entry))
        self.add_aliases(aliases)

    def held_role(self, aid: str, roles: set[str]) -> bool:
        """Has person ``aid`` a role of ``roles``, now or in an office held before the publication date
        ("Secretary Clinton" is the Clinton who was secretary of state)?"""
        if self.known(aid) and roles_fit(frozenset(self.actor(aid).roles), roles):
            return True
        return any(self._holds_term(t, aid) for t in self._terms_before(roles))

    def _terms_before(self, roles: set[str]) -> list[OfficeTerm]:
        """The terms of an office of ``roles`` begun before the publication date (none for an undated article)."""
        published = self.article.published
        if not roles or not published:
            return []
        day = published.isoformat()
        return [t for t in office_terms() if t.start <= day and roles_fit(t.roles, roles)]

    def _holds_term(self, term: OfficeTerm, aid: str) -> bool:
        """Is person ``aid`` the holder of ``term``: the same id, or a known person whose first and last name are
        the holder's ("Hillary Rodham Clinton" for the term of Hillary Clinton)?"""
        return term.person_id == aid or self.known(aid) and first_and_last(keys_of(self.actor(aid).name)) == first_and_last(term.key)

    def former_holder(self, surname: tuple[str, ...], roles: set[str], country: str, owner: str | None) -> str | None:
        """A title + surname ("President Bush", "Former President Clinton"): ``owner`` (the person of that
        surname the article named), unless they never held an office of the title's ``roles`` and someone of
        that surname did before the publication date (``office_holders.csv``): then that holder, the latest,
        under the article's own spelling of the name if it gave one ("Hillary Rodham Clinton").

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for("Former President Clinton spoke.")
            >>> r.former_holder(("Clinton",), {"president"}, "", None), r.former_holder(("Clinton",), set(), "", None)
            ('bill_clinton', None)
        """
        if owner and roles_fit(frozenset(self.actor(owner).roles), roles):
            return owner
        terms = [t for t in self._terms_before(roles) if t.key[-1:] == surname[-1:] and (not country or t.country == country)]
        if not terms:
            return owner
        term = max(terms, key=lambda t: t.start)
        named = [p for p in self.people_named(surname) if self._holds_term(term, p)]
        if named:
            return named[0]
        if not self.known(term.person_id):
            gender = given_name_gender(term.key, self.lex.given_names, self.lex.family_first)
            self.actors[term.person_id] = OfficeHolder(term.person_id, term.name, term.country, term.title, term.roles, gender).actor()
        return term.person_id

    def office_holder(self, d: Described) -> str | None:
        """The holder of the office a description names ("the German chancellor", "the Russian
        leader", "the EU's foreign policy chief") on the publication date, or None."""
        owner = d.country or d.org
        if not owner or not getattr(self, "office_holders", None):
            return None
        fitting = [t for t in self.office_holders if t.country == owner and t.roles & d.roles]
        if len({t.office_id for t in fitting}) > 1:
            leading = leader_offices().get(owner)
            fitting = [t for t in fitting if t.office == leading]
        people = list(dict.fromkeys(t.person_id for t in fitting))
        if len(people) != 1:
            return None
        aid = people[0]
        return self._named_as(aid) or (aid if self.known(aid) else None)

    def _named_as(self, aid: str) -> str | None:
        """A person the article named in full who is the office holder spelled another way
        ("Sergey Lavrov" for "Sergei Lavrov"): same surname, same initial, no other role."""
        holder = self.actor(aid)
        key = keys_of(holder.name)
        surname = key[:1] if family_name_first(key, self.lex.family_first) else self.surname_key(key)
        same = [
            e.actor_id for e in self.extra.get(surname, ())
            if e.actor_id != aid and e.actor_id in self.first_pos and self._is_person(e.actor_id)
            and self.actor(e.actor_id).name[:1] == holder.name[:1]
            and (not self.actor(e.actor_id).roles or self.actor(e.actor_id).roles & holder.roles)
        ]
        return max(same, key=lambda a: self.last_seen.get(a, -1)) if same else None
