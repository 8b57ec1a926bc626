"""Candidates: every phrase that may mention an actor, with the rule that proposed it.

Names and aliases (``alias_table``, ``lexicon_name``, ``discovered_name`` …), title + name
phrases (``title_name``), metonyms ("Moscow denies": ``metonym_capital``), adjectives ("Russian
troops": ``adjective_demonym``), pronouns; descriptions are in :mod:`helpers.actors.descriptions`.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Moscow denies it. The Russian leader spoke.")
    >>> r.discover()
    >>> [(r.text_of(c.unit, c.unit_end), c.kind, c.rule) for c in r.candidates()]  # doctest: +NORMALIZE_WHITESPACE
    [('Moscow', 'METONYM', 'metonym_capital'), ('Russian', 'ADJECTIVE', 'adjective_demonym'),
     ('The Russian leader', 'DESCRIPTION', 'description')]
"""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter
from typing import Any

from .clubs import club_of_town
from .discovery import apposition_end, own_body
from .discovery_steps import compass_alone
from .markers import model_after, portfolio_before_title
from .model import (
    PRIORITY,
    Candidate,
    Described,
)
from .nesting import nested_in_role
from .places import (
    country_as_idea,
    country_as_place,
    embassy_speaks,
    place_actor,
    platform_as_medium,
    state_acts,
    state_not_country,
    venue_as_place,
    word_before_place,
)
from .tables import FAMILY_RULE, Entry

__all__ = ["Candidates"]

_LENGTH = itemgetter(0)  # the length of a :class:`~helpers.actors.model.Match` (its first field)


class Candidates:
    """Proposes candidate mentions (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def candidates(self) -> list[Candidate]:
        """Every candidate mention, outside blocked units (datelines, tickers, quoted titles)."""
        cands: list[Candidate] = []
        for span in self.title_spans:
            i = span.start
            used, _, org = self._modifiers_before(i)
            if used and org and self.keys[i - 1] != "'s":
                i -= used  # "Rovers coach Dermot Keane": an organisation discovered later still belongs to the title
            cands.append(self._cand(i, span.end, "TITLE_NAME", "title_name", actor=span.actor_id, rule="title_name"))
        matches = self.matches()  # discovery is done: no alias is added from here on
        governments = self._government_names(matches)
        named = list(compress(count(), map(_LENGTH, matches)))  # the units with an alias (the test runs in C)
        if governments:  # rare: the units of government names too, in order
            named = [i for i, key in enumerate(self.keys) if matches[i].length or key in governments]
        for i in named:
            if matches[i].length:
                cands += self._name_candidates(i)
            if self.keys[i] in governments:
                cands += self._government_name(i, governments[self.keys[i]])
        predicates = self._predicates(cands)
        for i in self._proposing_starts(matches, predicates):
            cands += self._unit_candidates(i, i not in predicates)
        return [c for c in self._role_owners_blocked(cands) if c.unit not in self.blocked]

    def _role_owners_blocked(self, cands: list[Candidate]) -> list[Candidate]:
        """A name that only says whose role a phrase about someone else is ("Fox News host Sean Hannity",
        "a Rubio spokesman") becomes a ``BLOCK`` (:func:`helpers.actors.nesting.nested_in_role`)."""
        people = [c for c in cands if c.kind in ("NAME", "TITLE_NAME") and names_person(self, c)]
        starts, ends = {c.unit for c in people}, {c.unit_end for c in people}
        return [
            self._cand(c.unit, c.unit_end, "BLOCK", "block") if c.kind == "NAME" and nested_in_role(self, c, starts, ends) else c
            for c in cands
        ]

    def _phrase_starts(self, matches: list[Any]) -> list[int]:
        """The units where a description, pronoun, apposition or hyphenated adjective may start: an alias,
        a determiner, pronoun or noun word, the word after a determiner or speech verb, a hyphenated word.
        (A quick filter: every other unit proposes nothing.)"""
        starters, after = self.phrase_words.starters, self.phrase_words.after
        before = ["", *self.lower[:-1]]  # the word before each unit in its sentence ("" for a sentence's first)
        for first in self.sentence_starts:
            before[first] = ""
        # for speed, the lists are read side by side (zip) instead of by index
        return [
            i for i, low, prev, key, match in zip(count(), self.lower, before, self.keys, matches)
            if low in starters or prev in after or "-" in key or match[0]
        ]

    def _proposing_starts(self, matches: list[Any], predicates: set[int]) -> list[int]:
        """The phrase starts (:meth:`_phrase_starts`) where :meth:`_unit_candidates` may propose something:
        its own quick tests, asked here in one pass (for speed: most phrase starts propose nothing)."""
        lower, keys, hi = self.lower, self.keys, self.hi
        last_noun, last_apposition = self.last_noun, self.last_apposition
        possessive, definite = self.determiners["possessive"], self.determiners["definite"]
        pronouns = self.pronoun_male | self.pronoun_female
        return [
            i for i in self._phrase_starts(matches)
            if "-" in keys[i] or lower[i] in pronouns
            or (matches[i].length or lower[i] in possessive) and last_apposition.get(hi[i], -1) > i
            or i not in predicates and (last_noun.get(hi[i], -1) >= i or lower[i] in definite and self._age(i + 1))
        ]

    def _predicates(self, cands: list[Candidate]) -> set[int]:
        """Units starting an appositive that describes the name before it ("Amara Diallo, a farmer,"):
        no description there. Adds the definite appositions ("Gavi, the vaccine alliance") as links."""
        keys = self.keys
        predicates: set[int] = set()
        for c in list(cands):
            if c.kind in ("NAME", "TITLE_NAME") and c.unit_end + 1 < len(keys) and keys[c.unit_end] == "," and self.lower[c.unit_end + 1] in self.determiners["indefinite"]:
                predicates.add(c.unit_end + 1)
            if c.kind in ("NAME", "TITLE_NAME") and c.unit_end + 1 < len(keys) and keys[c.unit_end] == "," and self._bare_role(c.unit_end + 1) and names_person(self, c):
                predicates.add(c.unit_end + 1)  # "Ana Ruiz, IMF mission chief," is a predicate like "a mission chief"
            if c.kind in ("NAME", "TITLE_NAME") and c.unit_end + 1 < len(keys) and keys[c.unit_end] == ",":
                end = apposition_end(self, c.unit_end) if self.lower[c.unit_end + 1] in self.determiners["definite"] else None
                if end is not None:  # "Gavi, the vaccine alliance"; not "Amara Diallo, a farmer" (a predicate)
                    cands.append(self._cand(c.unit_end + 1, end, "DESCRIPTION", "title_name", desc=Described(type="LINK", target=c), rule="apposition_description"))
        return predicates

    def _unit_candidates(self, i: int, describes: bool) -> list[Candidate]:
        """Appositions with a country, descriptions, pronouns and hyphenated adjectives at unit ``i``."""
        low = self.lower[i]
        # quick tests first (for speed; each step checks again): an apposition starts with an alias or "his" and
        # has its noun ahead in the sentence; a description needs a role or collective noun ahead in the sentence,
        # unless it is "the 54-year-old"
        alias = (self._memo[i] or self.match(i)).length
        apposition = (alias or low in self.determiners["possessive"]) and self.last_apposition.get(self.hi[i], -1) > i
        found = self._apposition_country(i) if apposition else []
        if describes and (self.last_noun.get(self.hi[i], -1) >= i or low in self.determiners["definite"] and self._age(i + 1)):
            found += self._descriptions(i)
        if low in self.pronoun_male or low in self.pronoun_female:
            gender = "male" if low in self.pronoun_male else "female"
            pronoun = self._cand(i, i + 1, "PRONOUN", "pronoun", desc=Described(gender=gender))
            if "'" in low:  # "he’ll": the mention is the pronoun alone
                pronoun.end = pronoun.start + low.index("'")
            found.append(pronoun)
        if "-" in self.keys[i] and not self.match(i).length:
            found += hyphen_parts(self, i)
        return found

    def _government_names(self, matches: list[Any]) -> dict[str, str]:
        """The national-government names (``government_names.csv``) and national bodies whose country the article
        names: by its name, demonym or capital, or by an organisation of that country ("Republicans" → USA)."""
        names, bodies = self.lex.government_names, self.lex.national_bodies
        if names.keys().isdisjoint(self.keys) and bodies.keys().isdisjoint(self.keys):
            return {}
        wanted = set(names.values()) | {country for country, _ in bodies.values()}
        named = {
            e.actor_id if e.actor_id in wanted else self.actor(e.actor_id).country
            for match in matches
            for e in match.entries
            if e.form in ("NAME", "ADJ", "PEOPLE", "CAPITAL", "SEAT") and (e.actor_id in wanted or e.form in ("NAME", "ADJ") and self.known(e.actor_id))
        }
        found = {surface: country for surface, country in names.items() if country in named}
        found.update({surface: body for surface, (country, body) in bodies.items() if country in named})  # "the Senate"
        return found

    def _government_name(self, i: int, country: str) -> list[Candidate]:
        """"The Centre cleared …" (India), "the Commonwealth will buy …" (Australia): a government's own name,
        standing alone (no capitalised word on either side, not "the Centre for …" or "Commonwealth of …")."""
        lo, hi = self.lo[i], self.hi[i]
        nxt = self.keys[i + 1] if i + 1 < hi else ""
        prev = self.keys[i - 1] if i > lo else ""
        if self.match(i).length or nxt == "-" or nxt in self.cues["government_name_after"] or nxt[:1].isupper() or (prev[:1].isupper() and prev != "The" and not (prev == "THE" and i - 1 == lo)):
            return []
        if self.keys[i] in self.lex.national_bodies:  # "the Senate voted", "a Senate race"; not "the state Senate"
            if prev[:1].islower() and prev.isalpha() and self.lower[i - 1] not in self.lex.stopwords:
                return []
            if any(self.role_noun(k).length for k in range(i + 1, min(hi, i + 3))):
                return []  # "Senate minority leader Tom Ruiz": the body starts a title
            own = own_body(self, self.keys[i])
            if own:  # "the Ohio Senate" … "the Senate": the article's own body of that name
                return [self._cand(i, i + 1, "NAME", "name", actor=own, rule="organisation_short_name")]
            return [self._cand(i, i + 1, "NAME", "name", actor=country, rule="national_body_name")]
        if prev[:1].islower() and prev.isalpha() and prev not in self.cues["government_name_before"]:
            return []  # "a community centre", "the Delhi Centre": a building or another body
        return [self._cand(i, i + 1, "METONYM", "name", actor=country, rule="metonym_government_name")]

    def _bare_role(self, i: int) -> bool:
        """Does a role phrase with no determiner start at ``i`` ("WHO envoy", "IMF mission chief")?
        Only organisation words may come before the role noun (a country's words make a title: "Ukraine's envoy")."""
        hi = self.hi[i]
        if self.keys[i][:1].islower() and self.lower[i] in self.any_determiner:
            return False
        used, country, org = self.premodifiers(i)
        if not used or country and not org or self.keys[i + used - 1] == "'s":
            return False
        j = i + used
        while j < min(hi, i + used + 2) and not self.role_noun(j).length and self.keys[j].isalpha():
            j += 1
        return j < hi and bool(self.role_noun(j).length)

    def _cand(self, i: int, j: int, kind: str, prio: str, **extra: Any) -> Candidate:
        """A candidate over units ``i:j`` (``prio`` names its priority in :data:`~helpers.actors.model.PRIORITY`)."""
        return Candidate(i, j, self.starts[i], self.ends[j - 1], kind, PRIORITY[prio], **extra)

    def _name_candidates(self, i: int) -> list[Candidate]:
        """The longest alias at unit ``i``: a person, a name, or (see :meth:`_other_alias`) the rest."""
        n, entries = self.match(i)
        if not n:
            return []
        j, hi = i + n, self.hi[i]
        key = self.keys[i]
        if n == 1 and self.firsts[i] and (key.lower() in self.common or key.lower() + "s" in self.common) and not (len(key) > 1 and key.isupper()) \
                and not opening_surname(self, i, entries):
            return []  # "Wagner said" where the article writes "wagner"; not "US officials" where it writes "us"
        people = [e for e in entries if self._type(e) == "PERSON"]
        if people and n == 1 and key.lower() in self.lex.calendar:
            nxt = self.lower[j] if j < hi else ""
            family = any(e.head == "family" for e in people) and not nxt[:1].isdigit()  # "Sun said", not "Sun 12"
            if nxt not in self.lex.reporting and nxt != "'s" and not family:
                return []  # "May 9" is a date; "May says" is Martha May
        if people and n == 1 and (self._inside_other_name(i, j) or ends_other_name(self, i) and not self.named_in_full & {e.actor_id for e in people}
                                  or (key,) in self.lex.titles and i > self.lo[i] and self.lower[i - 1] in self.determiners["article"]):
            return []  # "Cruz Control", "The Kelly File", "Harbourfront Park" inside another name; "the King of Kent" beside "Tom King": a title
        if people:
            forms = {"NAME": "NAME", "TITLE": "TITLE_NAME", "DESC": "DESCRIPTION"}
            e = people[0]
            same_form = [p for p in people if p.form == e.form]
            choices = tuple(p.actor_id for p in same_form)
            rules = tuple(p.rule or "discovered_name" for p in same_form)
            prio = "table" if self.table.actors.get(e.actor_id) else "name"
            name = self._cand(i, j, forms[e.form], prio, choices=choices, choice_rules=rules, head=e.head, rule=e.rule or "discovered_name")
            return [name, *self._campaign_of(name)]
        order = ("NAME", "CAPITAL", "SEAT", "ADJ", "PEOPLE", "PLACE")
        e = min(entries, key=lambda x: order.index(x.form))
        nxt = self.keys[j] if j < hi else ""
        if e.form == "PLACE" or e.form == "NAME" and self._type(e) == "COUNTRY" and state_not_country(self, i, j):
            owned = nxt == "'s" and any(self.lower[k] in self.cues["state_possession"] for k in range(j + 1, min(hi, j + 3)))
            if owned:  # "Ohio's budget", "Ohio's fiscal crisis": the state acts or owns; not "Delhi's roads"
                return [self._cand(i, j, "ADJECTIVE", "adjective", actor=place_actor(self, i, j), rule="adjective_possessive")]
            acts = state_acts(self, i, j)  # "Ohio will appeal", "sued Ohio", "the state of Ohio"; a club: "Leeds beat Hull 2-0"
            if actor := place_actor(self, i, j) if acts else club_of_town(self, i, j) if e.form == "PLACE" else None:
                return [self._cand(i, j, "NAME", "name", actor=actor, rule="state_as_actor" if acts else "club_by_town")]
            return [self._cand(i, j, "BLOCK", "block")]
        kind_of = self._type(e)
        if e.form == "NAME":
            if kind_of == "GROUP" and (self.nameish(j) if j < hi else False) or e.rule == "organisation_short_name" and self._inside_other_name(i, j) \
                    or e.rule == "compass_country" and not compass_alone(self, i):
                return []  # "Republican Harbour Coalition", "Times Square", "North Hamgyong Province"
            possessive = nxt == "'s" or nxt == "'" and self.keys[j - 1].endswith("s")  # "Russia's", "the United States'"
            if (kind_of in ("COUNTRY", "GROUP") or e.actor_id in self.cues["bloc_id"]) and possessive:  # "the EU's": a union of states
                return [self._cand(i, j, "ADJECTIVE", "adjective", actor=e.actor_id, rule="adjective_possessive")]
            if kind_of in ("ORG", "GROUP") and self.keys[i] in self.cues["member_plural"] and party_members(self, i):
                return [self._cand(i, j, "BLOCK", "block")]  # "some Republicans", "75 percent of Democrats": members, not the party
            if kind_of == "COUNTRY" and (country_as_place(self, i, j) or country_as_idea(self, i, j) or embassy_speaks(self, i, j) or i > self.lo[i] and self.keys[i - 1] == "Miss") \
                    or kind_of == "ORG" and (venue_as_place(self, i, j) or j < hi and self.keys[j] in self.cues["venue_head"] or nxt == "Day" or model_after(self, j)) \
                    or self.portfolio.issuperset(range(i, j)) or portfolio_before_title(self, i, j):
                return [self._cand(i, j, "BLOCK", "block")]  # "crossing into the United States", "a speech at the Kestrel Club", "the Kestrel Bank Center", "Labour Day", "Minister for Labour", "the S&P 500", "a Boeing 767"
            if kind_of == "COUNTRY" and self.article.text[self.ends[j - 1] : self.ends[j - 1] + 1] == "$" or self.keys[i] in self.cues["platform"] and platform_as_medium(self, i, j):
                return [self._cand(i, j, "BLOCK", "block")]  # a currency sign: US$5 million; "on Twitter", "took to Twitter": a medium
            if kind_of == "COUNTRY" and (person := speaking_surname(self, i, j)):  # "Jordan said" after "Neil Jordan"
                return [self._cand(i, j, "NAME", "name", actor=person, rule="surname_after_full_name")]
            kind = "DESCRIPTION" if e.rule == FAMILY_RULE else "NAME"  # "the Ruiz family": a group described
            return [self._cand(i, j, kind, "name", actor=e.actor_id, rule=e.rule)]
        return self._other_alias(i, j, e, entries)

    def _inside_other_name(self, i: int, j: int) -> bool:
        """Does a capitalised word no table knows follow the one-word name at unit ``i`` in a sentence written
        in sentence case ("Ruiz Tower", not "Ruiz campaign", "Ruiz Campaign" or a Title Case headline)?"""
        return (j < self.hi[i] and self.nameish(j) and not self.firsts[j] and not self.match(j).length
                and (self.lower[j],) not in self.lex.collective and self.sents[i] not in self.title_case)

    def _campaign_of(self, name: Candidate) -> list[Candidate]:
        """"The Ruiz campaign", "Ruiz's campaign" (a GROUP description), "the Ruiz administration" (the
        person's country): a person's name before a noun that belongs to them. After a possessive the
        description is the noun alone and the name stays a mention ("Ruiz's campaign": Ruiz, and campaign)."""
        j, hi, lower = name.unit_end, self.hi[name.unit], self.lower
        owner = j < hi and lower[j] == "'s"
        the_before = name.unit > self.lo[name.unit] and lower[name.unit - 1] == "the"
        j += owner
        noun = lower[j] if j < hi else ""
        team = noun in self.cues["campaign_noun"]
        if team:  # "the Ruiz team", "Ruiz's camp"; not "Ruiz and Lee team up"
            noun = "campaign" if owner or the_before else ""
        coll = self.lex.collective.get((noun,))
        if coll is None or not ("@campaign" in coll.candidates or coll.type == "COUNTRY" and lower[j] in self.cues["government_of_person"]):
            return []
        if not team and self._modifier_use(j + 1):
            return []  # "the Ruiz campaign manager"; a team or camp modifies nothing ("the Ruiz team thinks")
        # "Ruiz's campaign": the name is a mention of its own, as "his" is in "his country", and the noun is the campaign
        start = j if owner else name.unit - the_before
        desc = Described(type=coll.type, choices=coll.candidates, det="name", target=name)
        rule = "campaign_of_person" if coll.type == "GROUP" else "government_of_person"
        return [self._cand(start, j + 1, "DESCRIPTION", "description", head=lower[j], desc=desc, rule=rule)]

    def _other_alias(self, i: int, j: int, e: Entry, entries: tuple[Entry, ...]) -> list[Candidate]:
        """A capital or seat (a metonym, unless it is a place: "in Moscow"), an adjective, a people."""
        hi = self.hi[i]
        nxt = self.keys[j] if j < hi else ""
        kind_of = self._type(e)
        if e.form in ("CAPITAL", "SEAT"):
            seats = tuple(dict.fromkeys(x.actor_id for x in entries if x.form in ("CAPITAL", "SEAT")))
            p = word_before_place(self, i)
            locative = p >= self.lo[i] and self.lower[p] in self.cues["locative"] and nxt != "'s"
            modifier = i > self.lo[i] and self.lower[i - 1] in self.determiners["indefinite"]  # "a London bank"
            if e.form == "CAPITAL":  # "the Paris attackers", "Lima terror attacks": the city names a thing
                the_before = p < i - 1  # a city never takes "the" when it stands for its country
                modifier = modifier or the_before or (j < hi and self.lower[j] in self.cues["city_modified_noun"])
            if locative or modifier or self._dateline(i) or self._dateline(i, j):
                return [self._cand(i, j, "BLOCK", "block")]
            if person := speaking_surname(self, i, j):  # "Washington said" after "Craig Washington": the person, no capital
                return [self._cand(i, j, "NAME", "name", actor=person, rule="surname_after_full_name")]
            if len(seats) > 1:
                return [self._cand(i, j, "METONYM", "name", desc=Described(seats=seats), rule=e.rule)]
            return [self._cand(i, j, "METONYM", "name", actor=e.actor_id, rule=e.rule)]
        if e.form == "ADJ":
            if kind_of == "GROUP" and j < hi and self.keys[j][:1].isupper():
                return []
            if kind_of != "COUNTRY" and not (j < hi and self.keys[j][:1].isalpha()):
                return []  # "a Minnesota Republican,": a noun for a person, not the party's adjective
            return [self._cand(i, j, "ADJECTIVE", "adjective", actor=e.actor_id, rule=e.rule)]
        # a people ("Iranians", "the Iranians") is a demonym: an ADJECTIVE mention of the country, without "the"
        return [self._cand(i, j, "ADJECTIVE", "adjective", actor=e.actor_id, rule=e.rule)]

    def _apposition_country(self, i: int) -> list[Candidate]:
        hi, j = self.hi[i], i
        if not (self._memo[i] or self.match(i)).length and self.lower[i] not in self.cues["possessive_pronoun"]:
            return []  # neither "his" nor a country or organisation: no "X's own Y" here
        if self.lower[i] in self.cues["possessive_pronoun"]:
            j += 1
        else:
            n, _, _ = self.premodifiers(i)
            if not n or self.keys[i + n - 1] == "'s":
                return []
            j += n
        adjectives = 0
        while j < hi and self.keys[j].isalpha() and self.keys[j].islower() and self.lower[j] not in self.cues["apposition"] and adjectives < 2:
            if self.lower[j] in self.lex.stopwords:
                return []
            j, adjectives = j + 1, adjectives + 1
        if not (j + 1 < hi and self.lower[j] in self.cues["apposition"]):
            return []
        n, entries = self.match(j + 1)
        country = next((e for e in entries if e.form == "NAME" and self._type(e) == "COUNTRY"), None)
        if country is None:
            return []
        return [self._cand(i, j + 1 + n, "TITLE_NAME", "title_name", actor=country.actor_id, rule="apposition_country")]


def names_person(reader, c: Candidate) -> bool:
    """Does candidate ``c`` name a known person (its actor, or one of its choices)?"""
    return any(a and reader.known(a) and reader._is_person(a) for a in list(c.choices) or [c.actor])


def opening_surname(reader, i: int, entries) -> bool:
    """Is the sentence's first word at unit ``i``, one the article also writes in lower case, the surname of a person it
    named in full before, with "'s", a speech verb or a ``verb_after_surname`` after it ("Best's son", "Best died" after
    "George Best"; not "Best of all", "Young people" after "Tom Young")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Fans mourned Tom Best. The best days. Best died in 2005. Best of all, he won.")
        >>> r.discover()
        >>> [opening_surname(r, k, r.match(k).entries) for k, key in enumerate(r.keys) if key == "Best" and r.firsts[k]]
        [True, False]
    """
    nxt = reader.lower[i + 1] if i + 1 < reader.hi[i] else ""
    if not (nxt == "'s" or nxt in reader.cues["speech_core"] or nxt in reader.cues["verb_after_surname"]):
        return False
    return any(e.form == "NAME" and reader._type(e) == "PERSON" and e.actor_id in reader.named_in_full
               and reader.first_pos.get(e.actor_id, i) < i for e in entries)


def speaking_surname(reader, i: int, j: int) -> str | None:
    """The person named in full before unit ``i`` whose surname is the country's or capital's name at units ``i:j``
    ("Jordan said" is no state when "Neil Jordan" was named, "Washington said" no capital after "Craig Washington"),
    when the word speaks or is described as a person.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Director Tom Jordan spoke. Jordan said no. Jordan signed a pact.")
        >>> r.discover()
        >>> [speaking_surname(r, k, k + 1) for k, key in enumerate(r.keys) if key == "Jordan"][1:]
        ['tom_jordan', None]
    """
    if j != i + 1 or not reader._speaks(i, first_ok=True):
        return None
    people = [p for p in reader.named_in_full if reader.actor(p).name.split()[-1:] == [reader.keys[i]] and reader.first_pos.get(p, i) < i]
    return people[0] if len(people) == 1 else None


def ends_other_name(reader, i: int) -> bool:
    """Does a capitalised word no table knows, and no title or given name, come right before the one-word
    name at unit ``i``, mid-sentence in sentence case ("Harbourfront Park", "KRT Park", not "Senator Park" or "Ana Park")?
    Asked only of a table's person the article never names in full."""
    p = i - 1
    return (
        p >= reader.lo[i] and not reader.firsts[p] and (reader.nameish(p) and not reader.match(p).length or reader.keys[p].isalpha() and reader.keys[p].isupper())
        and (reader.keys[p],) not in reader.lex.titles and reader.keys[p] not in reader.lex.given_names and reader.sents[i] not in reader.title_case
    )


def hyphen_parts(reader, i: int) -> list[Candidate]:
    """The actors inside a hyphenated word: a country, group or party ("Russia-backed", "anti-GOP") or a
    person before a modifier ending or after a stance prefix ("Ruiz-linked", "anti-Ruiz") as an ADJECTIVE;
    each person of a pair of known names ("the Ruiz-Lee ticket") as a NAME.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz and Tom Lee met. The Russia-backed Ruiz-Lee ticket failed.")
        >>> r.discover()
        >>> [(c.kind, c.actor) for k in (r.keys.index("Russia-backed"), r.keys.index("Ruiz-Lee")) for c in hyphen_parts(r, k)]
        [('ADJECTIVE', 'RUS'), ('NAME', 'ana_ruiz'), ('NAME', 'tom_lee')]
    """
    found, start = [], reader.starts[i]
    parts = reader.keys[i].split("-")
    entries_of = [reader.entries_for((part,)) for part in parts]
    pair = len(parts) > 1 and all(part[:1].isupper() and entries for part, entries in zip(parts, entries_of))
    for k, (part, entries) in enumerate(zip(parts, entries_of)):
        if k:
            start += len(parts[k - 1]) + 1
        stance = k > 0 and parts[k - 1].lower() in reader.cues["stance_prefix"]  # "anti-GOP", "pro-NATO": the organisation itself
        modified = k + 1 < len(parts) and parts[k + 1] in reader.cues["modifier_suffix"]
        e = next((e for e in entries if e.form in ("NAME", "ADJ") and reader._type(e) in ("COUNTRY", "GROUP")
                  or e.form == "ADJ" and reader._type(e) == "ORG" or stance and e.form == "NAME" and reader._type(e) == "ORG"), None)
        people = list(dict.fromkeys(e.actor_id for e in entries if e.form == "NAME" and reader._type(e) == "PERSON"))
        person = (reader._nearest(people, i) if len(people) > 1 else people[0]) if people else None  # of two Ruizes, the one in play
        adjective = e.actor_id if e else person if stance or modified else None
        if adjective and part[:1].isupper():
            found.append(Candidate(i, i + 1, start, start + len(part), "ADJECTIVE", PRIORITY["adjective"], actor=adjective, rule="adjective_hyphen"))
        elif person and pair:  # "the Ruiz-Lee ticket": each person named
            found.append(Candidate(i, i + 1, start, start + len(part), "NAME", PRIORITY["name"], actor=person, rule="name_in_hyphen"))
    return found


def party_members(reader, i: int) -> bool:
    """Does the party's plural at unit ``i`` name some of its members ("some Republicans", "the two
    Democrats", "75 percent of Democrats", "either of the Democrats"), not the party acting?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Some Republicans balked. Two of the Democrats left. Most went to 75 percent of Democrats. Democrats won.")
        >>> [party_members(r, k) for k, key in enumerate(r.keys) if key in ("Republicans", "Democrats")]
        [True, True, True, False]
    """
    lo, lower = reader.lo[i], reader.lower
    if i > lo and (lower[i - 1] in reader.cues["members_before"] or reader.keys[i - 1] in reader.cues["group_word"]):
        return True  # "some Republicans", "Catholic Democrats"
    of = i - 2 if i - 2 >= lo and lower[i - 1] == "the" else i - 1  # "two of the Democrats"
    head = lower[of - 1] if of - 1 >= lo else ""
    return of >= lo and lower[of] == "of" and (head in reader.cues["members_of_head"] or head.endswith("%"))
