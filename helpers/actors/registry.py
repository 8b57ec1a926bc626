"""The article's actor registry: discovered people and organisations and their aliases.

A person named in full ("Sergiy Kyslytsya") gets an id (``sergiy_kyslytsya``) and the aliases of
the full name and the surname (rule ``surname_after_full_name``), so "Kyslytsya" resolves anywhere.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Ana Ruiz spoke.")
    >>> i = r.keys.index("Ana")
    >>> r.register_person(i, i + 2, set(), "", ""), sorted(k for k in r.extra if "Ruiz" in k)
    ('ana_ruiz', [('Ana', 'Ruiz'), ('Ruiz',)])
"""

from __future__ import annotations

import re

from .run_kinds import country_body_run
from .shapes import (
    HEAD_LINKS,
    first_and_last,
    given_name_gender,
    initials,
    joined_initials,
    peoples_word,
    short_names,
    word_in_brackets,
)
from .tables import Actor, Entry, keys_of, snake_id
from .units import NO_MATCH

__all__ = ["Registry", "new_person", "unknown_given_name", "written_alone"]

#: A middle initial's units: "V." (one unit or "V" and "."), "W".
_INITIAL = re.compile(r"[A-Z]\.?|\.")


class Registry:
    """Registers discovered actors and their aliases (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def register_person(self, i: int, j: int, roles: set[str], gender: str, country: str) -> str | None:
        """The person named by units ``i:j``: a known one, or a new discovered actor."""
        key = tuple(self.keys[i:j])
        if peoples_word(key, self.cues) or len(key) > 1 and not roles and key[-1] in self.cues["settlement_head"] and not written_alone(self, key[-1]):
            return None  # "Southeast Asian", "major European"; "Bruce Township", "Cook Village": a place (not "Tom Garden" … "Garden said")
        people = self.people_named(key)
        if gender:  # "Mrs. Ruiz" is not "Tom Ruiz": a surname alone waits for the person of that gender, or is someone new
            people = [p for p in people if self.actor(p).gender in ("", gender)]
        if roles and people and j - i == 1:  # "Secretary Ruiz": the Ruiz who held such an office
            people = [p for p in people if self.held_role(p, roles)]
            if not people:
                return None  # settled once every full name is known (a Ruiz named later may have held it)
        if people:
            aid = self._nearest(people, i) if len(people) > 1 else people[0]
            if j - i > 1:
                self.named_in_full.add(aid)
                gender = gender or self.given_gender(key)
        elif j - i == 1:
            return None  # a surname alone: settled once every full name is known
        elif (aid := self._same_without_initials(key) or self._same_but_misspelt(key)) is not None:
            self.add_alias(key, Entry(aid, "NAME", rule="discovered_name"))  # "Vladimir V. Putin", "Lorenna Ruiz"
        else:
            aid = new_person(self, key, self.text_of(i, j))
            gender = gender or self.given_gender(key)
        return self._registered(aid, i, roles, gender, country)

    def people_named(self, key: tuple[str, ...]) -> list[str]:
        """The people an alias key names, in the generic or article table or found in this article.

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for("Ana Ruiz spoke. Tom Ruiz left.")
            >>> r.discover()
            >>> r.people_named(("Ruiz",)), r.people_named(("Ana", "Ruiz")), r.people_named(("Lima",))
            (['ana_ruiz', 'tom_ruiz'], ['ana_ruiz'], [])
        """
        return [e.actor_id for e in self.entries_for(key) if self._type(e) == "PERSON"]

    def _same_without_initials(self, key: tuple[str, ...]) -> str | None:
        """The person already known by this name without its middle initials ("Vladimir V. Putin" →
        "Vladimir Putin") or its one middle name ("Ana Lopez Ruiz" → "Ana Ruiz", and "Ana Ruiz" → "Ana Lopez
        Ruiz"), if any; not one whose name has other initials ("George H.W. Bush" is not "George W. Bush")."""
        bare = tuple(k for k in key[1:-1] if not _INITIAL.fullmatch(k))
        if len(key) == 2:  # "Ana Ruiz" after "Ana Lopez Ruiz"
            people = [p for p in self.people_named(key[-1:]) if len(n := keys_of(self.actor(p).name)) == 3 and first_and_last(n) == key]
        elif len(bare) == len(key) - 2:
            people = self.people_named((key[0], key[-1])) if len(key) == 3 else []
        else:
            people = self.people_named((key[0], *bare, key[-1]))
        mine = _initials_of(key[1:-1])
        for aid in people:  # "George H.W. Bush" is not "George W. Bush": other initials name another person
            theirs = _initials_of(self.actor(aid).name.split()[1:-1])
            if not (mine and theirs and mine != theirs):
                return aid
        return None

    def _same_but_misspelt(self, key: tuple[str, ...]) -> str | None:
        """The one person found in the article by this family name whose given name differs from this two-word
        name's by one letter ("Lorenna Ruiz" for "Lorena Ruiz"; a given name of four letters or more), if
        any. An office holder in the tables is left to the spelling the article uses ("Sergey Lavrov").

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for("Lorena Ruiz spoke. Lorenna Ruiz left. Lena Ruiz stayed.")
            >>> r.discover()
            >>> r._same_but_misspelt(("Lorenna", "Ruiz")), r._same_but_misspelt(("Lena", "Ruiz"))
            ('lorena_ruiz', None)
        """
        if len(key) != 2 or len(key[0]) < 4:
            return None
        found = {p for p in self.people_named(key[-1:]) if self.actor(p).origin == "discovered" and one_letter_apart(self.actor(p).name.split()[0], key[0])}
        return found.pop() if len(found) == 1 else None

    def _longer_name_aliases(self, aid: str, key: tuple[str, ...]) -> None:
        """A long name's shorter forms: without middle initials ("Ana M. Ruiz" … "Ana Ruiz"), and its last two
        words when both are names ("Debbie Wasserman Schultz" … "Wasserman Schultz", "Enrique Peña Nieto" … "Peña Nieto")."""
        if len(key) < 3:
            return
        bare = (key[0], *(k for k in key[1:-1] if not _INITIAL.fullmatch(k)), key[-1])
        if bare != key and not self.table.names.get(bare) and not self.extra.get(bare):
            self.add_alias(bare, Entry(aid, "NAME", rule="discovered_name"))
        tail = key[-2:]
        if len(bare) >= 3 and all(len(k) > 2 and k[:1].isupper() and k.isalpha() and not k.isupper() for k in tail):
            self.add_alias(tail, Entry(aid, "NAME", rule="surname_after_full_name"))

    def given_gender(self, key: tuple[str, ...]) -> str:
        """The gender a full name's given name suggests (``given_names.csv``), or "" ("Hillary Clinton" →
        female; a name written family name first gives none)."""
        return given_name_gender(key, self.lex.given_names, self.lex.family_first)

    def short_name_aliases(self, aid: str, key: tuple[str, ...], family_rule: str, surname_rule: str) -> None:
        """Add the short names of a full name (:func:`~helpers.actors.shapes.short_names`): the family name
        written first ("Moon Jae-in" … "Moon", "Xi Jinping" … "Xi"), else the surname ("von der Leyen",
        also "Von der Leyen"), unless the last word is another kind of actor's alias."""
        blocked = None
        for short in short_names(key, self.lex.family_first, self.particles, self.cues["generation_suffix"]):
            if short.gated:
                blocked = self._surname_blocked(key[-1]) if blocked is None else blocked
                if blocked:
                    continue
            self.add_alias(short.key, Entry(aid, "NAME", head=short.head, rule=family_rule if short.family else surname_rule))
            if surname_rule == "surname_after_full_name" and len(short.key) == 1 and len(short.key[0]) >= 4 and short.key[0].isalpha() and not short.family:
                self.add_alias((short.key[0].upper(),), Entry(aid, "NAME", rule=surname_rule))  # "GOING BROKE FOR REYES"

    def _registered(self, aid: str, i: int, roles: set[str], gender: str, country: str) -> str:
        """Add what the phrase that named person ``aid`` at unit ``i`` says about them."""
        act = self.actor(aid)
        if act.origin == "discovered" or not act.roles:
            act.roles |= roles
        act.country = act.country or country
        act.gender = act.gender or gender
        self.first_pos.setdefault(aid, i)
        return aid

    def _surname_blocked(self, key: str) -> bool:
        """Is a surname also another kind of actor's name, or a word that ends things' names ("Day", "Order")?"""
        return key in self.cues["thing_head"] or any(e.form != "PLACE" and self._type(e) != "PERSON" for e in self.table.names.get((key,), ()))

    def _surname_owner(self, i: int, j: int, gender: str = "") -> str | None:
        """The person named in full nearest before unit ``i`` whose surname is units ``i:j``; with a title's
        ``gender`` ("Mr", "Ms"), only one of that gender or none known ("Mr. Ruiz" is not "Ana Ruiz")."""
        people = self.people_named(tuple(self.keys[i:j]))
        if gender:
            people = [p for p in people if self.actor(p).gender in ("", gender)]
        return self._nearest(people, i) if people else None

    def first_word_owner(self, i: int) -> str | None:
        """The one person named in full whose name starts with unit ``i``'s word ("Qiao Xiaoming" …
        "Qiao said", "Mr Qiao"): the word becomes their alias (rule ``first_word_of_full_name``)."""
        owners = self.first_words.get(self.keys[i], ())
        if len(owners) != 1:
            return None
        aid = next(iter(owners))
        self.add_alias((self.keys[i],), Entry(aid, "NAME", head="family", rule="first_word_of_full_name"))
        return aid

    def first_word_aliases(self) -> None:
        """Once every full name is known: the first word of a person's two- or three-word name, when no
        other full name starts with it and it is no other alias ("Hillary" after "Hillary Clinton")."""
        for word, owners in self.first_words.items():
            aid = next(iter(owners))
            words = len(self.actor(aid).name.split())
            if len(owners) != 1 or not 2 <= words <= 3 or word.lower() in self.common or word.lower() in self.lex.stopwords or joined_initials(word):
                continue
            if word in self.heads or (word,) in self.lex.titles or (word,) in self.extra or (word,) in self.table.names or word in self.lex.state_names:
                continue  # not "Virginia" after "Virginia Kestrel": the state
            self.add_alias((word,), Entry(aid, "NAME", rule="first_word_of_full_name"))

    def _person_then_head(self, i: int, n: int) -> bool:
        """Is the one-word alias at unit ``i`` a person's, followed by an organisation's head word
        ("the Ruiz Foundation", "Lee Institute"; up to two capitalised words between: "the Ruiz Family
        Foundation"), a place's alias followed by one ("the Ohio Senate", "the Ohio House of Representatives": a
        state's body), or a place's, capital's or people's word before an institution's head, with up to two
        capitalised words between ("Georgetown University", "American University", "Ohio State University")?
        Then they are read as an organisation's name."""
        entries = self.match(i).entries
        k = i + n  # "the Ruiz Family Foundation": up to two capitalised words before the head
        while k < min(self.hi[i] - 1, i + n + 2) and self.keys[k] not in self.heads and self.keys[k][:1].isupper() and self.keys[k].isalpha():
            k += 1
        if k > i + n and k < self.hi[i] and self.keys[k] in self.heads and any(self._type(e) == "PERSON" for e in entries):
            return True
        if k < self.hi[i] and self.keys[k] in self.cues["institution_head"] and all(e.form in ("PLACE", "CAPITAL", "ADJ") for e in entries):
            return True  # "Georgetown University", "Ohio State University": not one "State University" for every state
        if all(e.form == "PLACE" for e in entries) and i + n < self.hi[i] and org_alias_inside(self, i, i + n):
            return True  # "the Kurdistan Democratic Party": a region's party, not the one "Democratic Party" names
        if all(e.form in ("NAME", "CAPITAL") and self._type(e) == "COUNTRY" for e in entries) and country_body_run(self, i + n):
            return True  # "the Kestrelia Audio and Video Association", "the Kestrelia Study Group": a country's body
        head = self.keys[i + n] if i + n < self.hi[i] else ""
        newspaper = head in self.cues["publication_head"] or head in self.cues["country_publication_head"]
        if not head or head not in self.heads and head not in self.cues["place_body_head"] and not newspaper:
            return False
        if all(e.form == "PLACE" for e in entries):
            return True  # "the Ohio Senate", "the Boston Globe"
        if (newspaper or head in self.cues["company_head"]) \
                and all(e.form in ("NAME", "ADJ", "PEOPLE", "CAPITAL") and self._type(e) == "COUNTRY" for e in entries):
            return True  # "the New Zealand Herald", "China Daily", "British Airways", "Singapore Airlines": not the country
        if (head in self.cues["lone_publication"] or head in self.cues["country_publication_head"]) and all(self._type(e) == "ORG" for e in entries):
            return True  # "the Kestrelsoft Daily", "the Kestrel Bank Times": a newspaper named after a company
        return head in self.heads and n <= 3 and any(self._type(e) == "PERSON" for e in entries)  # "Lee Institute"

    def _bracketed_after_org(self, i: int) -> str | None:
        """The known organisation whose name ends right before "(" when unit ``i`` is in brackets: the longest such
        name ("the Kestrel Democratic Party (KDP)" is the Kestrel Democratic Party, not the Democratic Party)."""
        if not (self.lo[i] < i - 1 and word_in_brackets(self.keys, i - 1, self.hi[i])):
            return None
        owner = None
        for k in range(i - 2, max(self.lo[i], i - 8) - 1, -1):
            n, entries = self.match(k)
            if n and k + n == i - 1:
                owner = next((e.actor_id for e in entries if e.form == "NAME" and self._type(e) == "ORG"), owner)
        return owner

    def _org_tails(self) -> dict[tuple[str, ...], str]:
        """The last two or more words of each organisation name of two or more words in the article,
        and whose name it is ("Daily News" → the New York Daily News), its initials keyed
        ``(initials, "@initials")`` ("FBN" → Fox Business Network) and its last word keyed ``(word, "@head")``
        ("Times" → The New York Times) and a publication's first word keyed ``(word, "@first")`` ("Fox" → Fox
        News); computed once per article."""
        if self._tails is None:
            self._tails = {}
            memo = self._memo  # the longest alias at each unit, None where forgotten (see ``match``): read inline for speed
            for i in [i for i, m in enumerate(memo) if m is not NO_MATCH]:  # for speed: a known miss adds nothing
                n, entries = memo[i] or self.match(i)
                org = next((e.actor_id for e in entries if e.form == "NAME" and self._type(e) == "ORG" and e.rule != "newsroom_signoff"), None) if n >= 2 else None  # a desk ("Hong Kong Newsroom") lends no initials
                for k in range(i + 1, i + n - 1) if org else ():
                    self._tails.setdefault(tuple(self.keys[k : i + n]), org)
                if org:
                    self._tails.setdefault((initials(self.keys[i : i + n]), "@initials"), org)
                    self._tails.setdefault((self.keys[i + n - 1], "@head"), org)  # "Times" → The New York Times
                    if self.keys[i + n - 1] in self.cues["publication_head"]:
                        self._tails.setdefault((self.keys[i], "@first"), org)  # "Fox" → Fox News
        return self._tails

    def _new_single(self, i: int, j: int) -> str:
        name = self.text_of(i, j)
        aid = snake_id(name)
        if not self.known(aid):
            self.actors[aid] = Actor(aid, name, "PERSON", origin="discovered", source="discovered in the article")
        self.add_alias(tuple(self.keys[i:j]), Entry(aid, "NAME", rule="discovered_name"))
        self.first_pos.setdefault(aid, i)
        return aid

    def _new_org(self, oid: str, name: str, i: int, aliases: list[tuple[str, ...]] | None = None, rule: str = "discovered_org",
                 source: str = "discovered in the article") -> None:
        if not self.known(oid):
            self.actors[oid] = Actor(oid, name, "ORG", origin="discovered", source=source)
        for key in aliases or [(self.keys[i],)]:
            self.add_alias(key, Entry(oid, "NAME", rule=rule))
        self.first_pos.setdefault(oid, i)

    def _nearest(self, people: list[str], i: int) -> str:
        """Of several people sharing an alias, the one named in full in the sentence before, else the one named
        first: news names the main bearer of a surname first and gives the other one's given name ("Ana Ruiz"
        … "her husband, former mayor Tom Ruiz" … paragraphs on, "Ruiz" is Ana); one named in full earlier in
        the same sentence is someone else ("Tom Ruiz's account of Ruiz")."""
        people = list(dict.fromkeys(people))
        before = [p for p in people if self.first_pos.get(p, 10**9) <= i]
        if before:
            latest = max(before, key=lambda p: self.first_pos[p])
            gap = self.sents[i] - self.sents[self.first_pos[latest]]
            if gap == 1:
                return latest
            if gap == 0 and len(before) > 1 and self.first_pos[latest] < i:  # "Tom Ruiz's account of Ruiz": another
                before.remove(latest)
            return min(before, key=lambda p: self.first_pos[p])
        return min(people, key=lambda p: self.first_pos.get(p, 10**9))

    def _called_a_company(self, i: int, j: int) -> bool:
        """Is the unknown two- or three-word run ``i:j`` ("Kestrel Mobil"), whose first word is no known given
        name, called "the company" or "the firm" (a ``company_noun`` after "the", "this" or "its") later in
        its sentence or the two after, before any "he" or "she" or other organisation's name, and never titled
        ("Ms. Rust")? Then it names a company, not a person."""
        keys = self.keys[i:j]
        if not 2 <= j - i <= 3 or keys[0] in self.lex.given_names or keys[0] in self.lex.family_first or described_by_role(self, j):
            return False  # … or "Ana Kestrel, a suspended Kestrel Foods employee at the company's …": a person described
        titles = self.lex.titles
        for p in self._positions(keys[-1], len(self.keys)):
            if p > 1 and ((self.keys[p - 1],) in titles or tuple(self.keys[p - 2 : p]) in titles):
                return False  # "Ms. Rust" anywhere: a person
        last = self.sents[i] + 2
        people = self.pronoun_male | self.pronoun_female
        for k in range(j, len(self.keys)):
            if self.sents[k] > last or self.lower[k] in people or self._org_like(k):
                return False  # "Ruiz … DataNest.com said the company": the company may be another one named in between
            if self.lower[k] in self.cues["company_noun"] and (self.lower[k - 1] in self.determiners["definite"] or self.lower[k - 1] == "its"):
                return True
        return False

    def _org_like(self, k: int) -> bool:
        """Does unit ``k`` look like an organisation's name: an acronym, a capital inside a word ("DataNest"),
        or a known organisation's alias?"""
        key = self.keys[k]
        if key[:1].isupper() and (len(key) > 1 and key.isupper() and key.isalpha() or any(c.isupper() for c in key[1:])):
            return True
        n, entries = self.match(k)
        return bool(n) and any(e.form == "NAME" and self._type(e) == "ORG" for e in entries)

    def _other_given_name(self, i: int, j: int) -> bool:
        """Is unit ``i`` a given name (or an unknown one: :func:`unknown_given_name`) right before a person's known
        one-word name at ``j`` ("Tom Ruiz" after "Ana Ruiz" was named: another person of that family), a middle initial or an unknown middle name allowed
        between ("Ana Lopez Ruiz" after "Tom Ruiz")? First in its sentence, only when the article never writes it
        in lower case ("Mark Ruiz wins!" beside "mark my words" is no name; "Tom Ruiz said" is)."""
        initials = j == i + 3 and len(self.keys[i + 1]) == 1 and self.keys[i + 1].isupper() and self.keys[i + 2] == "."  # "Tom J. Ruiz" beside "Ana Ruiz"
        middle = j == i + 2 and (bool(self.people_named((self.keys[i], self.keys[j]))) or self.nameish(i + 1) and not self.match(i + 1).length)
        if j != i + 1 and not initials and not middle or i == self.lo[i] and self.keys[i].lower() in self.common \
                or not (self._given_name(self.keys[i]) or j == i + 1 and unknown_given_name(self, i)):
            return False
        n, entries = self.match(j)
        return n == 1 and bool(entries) and all(self._type(e) == "PERSON" for e in entries)

    def _head_then_link(self, i: int, j: int) -> bool:
        """Is the word before the first "of"/"for" of units ``i:j`` a head word ("Bank of …", "Graduate School of
        Journalism", "Center for …"; not "Education Fund and Citizens for …")?"""
        link = next((k for k in range(i + 1, j) if self.keys[k] in HEAD_LINKS), None)
        return link is not None and self.keys[link - 1] in self.heads


def one_letter_apart(a: str, b: str) -> bool:
    """Do two different words differ by one letter added, dropped or changed?

    Example:
        >>> one_letter_apart("Lorena", "Lorenna"), one_letter_apart("Lorena", "Lorina"), one_letter_apart("Ana", "Ana"), one_letter_apart("Lena", "Lorena")
        (True, True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _initials_of(words) -> set[str]:
    """The middle initials among ``words``, without their dots ("W.", "H.W." → {"W", "HW"})."""
    return {w.replace(".", "") for w in words if _INITIAL.fullmatch(w) or joined_initials(w)}


def new_person(reader, key: tuple[str, ...], name: str) -> str:
    """A person discovered in the article under the name ``name`` (alias ``key``), with their short names (the second
    part of a hyphenated surname among them: "Ruiz" after "Ana Macapagal-Ruiz").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke.")
        >>> new_person(r, ("Tom", "Ruiz"), "Tom Ruiz"), r.people_named(("Ruiz",))
        ('tom_ruiz', ['tom_ruiz'])
    """
    aid = snake_id(name)
    if not reader.known(aid):
        reader.actors[aid] = Actor(aid, name, "PERSON", origin="discovered", source="discovered in the article")
    reader.add_alias(key, Entry(aid, "NAME", rule="discovered_name"))
    reader.named_in_full.add(aid)
    if key[0][:1].isupper() and len(key[0]) > 1:
        reader.first_words[key[0]].add(aid)
    reader.short_name_aliases(aid, key, "family_name_first", "surname_after_full_name")
    middle = key[1] if len(key) == 3 and key[0] in reader.lex.given_names and key[-1] not in reader.cues["generation_suffix"] else ""
    if free_name_word(reader, middle) and middle not in reader.lex.given_names:
        reader.add_alias((middle,), Entry(aid, "NAME", rule="first_of_two_surnames"))  # "Ana Kestrel Ruiz" … "Kestrel"
        reader.add_alias(key[1:], Entry(aid, "NAME", rule="first_of_two_surnames"))  # … and "Kestrel Ruiz", both surnames
    second = key[-1].partition("-")[2] if len(key) >= 2 else ""
    if len(second) >= 4 and second.isalpha() and second[:1].isupper() and key[-1][:1].isupper() and not reader.entries_for((second,)):
        reader.add_alias((second,), Entry(aid, "NAME", rule="surname_after_full_name"))  # "Ana Macapagal-Ruiz" … "Ruiz"
    reader._longer_name_aliases(aid, key)
    _middle_word_aliases(reader, aid, key)
    return aid


def _middle_word_aliases(reader, aid: str, key: tuple[str, ...]) -> None:
    """A long name's middle words that the article writes alone, as the person's alias (rule
    ``middle_word_of_full_name``): many names are shortened to a word inside them ("Ana Kestrel Osprey da Ruiz" …
    "Kestrel"), not only to the last. A middle word that is a given name, a particle, another actor's alias or a
    word that ends things' names is left out, and so is a name of fewer than four words unless its first word is no
    given name (those are :func:`new_person`'s ``first_of_two_surnames``), and so is every word of a name with a word
    the article also writes in lower case. The last word after a particle is one too
    ("Luis de Sousa" … "Sousa", "Bingu wa Mutharika" … "Mutharika").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Kestrel Osprey da Ruiz spoke. Kestrel left. Ruiz came.")
        >>> r.discover()
        >>> r.people_named(("Kestrel",)), r.people_named(("Ruiz",))
        (['ana_kestrel_osprey_da_ruiz'], ['ana_kestrel_osprey_da_ruiz'])
    """
    if len(key) < 3 or key[-1] in reader.cues["generation_suffix"] or any(k.lower() in reader.common for k in key if k not in reader.particles):
        return  # "National Magic Month" when the article writes "magic": a name of words, not a person's
    words = [] if len(key) == 3 and key[0] in reader.lex.given_names else [(w, "middle_word_of_full_name") for w in key[1:-1]]
    words += [(key[-1], "surname_after_full_name")] if key[-2] in reader.particles else []
    for word, rule in words:
        if free_name_word(reader, word) and word in reader.key_set and not reader._given_name(word) and written_alone(reader, word):
            reader.add_alias((word,), Entry(aid, "NAME", rule=rule))


def free_name_word(reader, word: str) -> bool:
    """Can ``word``, a word inside a person's full name, stand for the person alone: a capitalised word of four letters
    or more, no other actor's alias, and no word that ends things' names (:meth:`Registry._surname_blocked`)?
    (``first_of_two_surnames`` and ``middle_word_of_full_name`` ask it.)

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Kestrel Ruiz spoke in Russia.")
        >>> free_name_word(r, "Kestrel"), free_name_word(r, "Russia"), free_name_word(r, "Lee")
        (True, False, False)
    """
    return len(word) >= 4 and word.isalpha() and word[:1].isupper() and word[1:].islower() \
        and not reader.entries_for((word,)) and not reader._surname_blocked(word)


def written_alone(reader, word: str, skip: range = range(0)) -> bool:
    """Does the article write ``word`` somewhere (outside the units ``skip``) with no capitalised word right before or
    after it in its sentence ("Kestrel said", not only "Hollywood Kestrel" or "Kestrel Lima")? Its units are found with
    ``list.index``, a scan in C: no loop over every unit.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Kestrel spoke. Kestrel left. Tom Heron Osprey came.")
        >>> written_alone(r, "Kestrel"), written_alone(r, "Heron"), written_alone(r, "Kestrel", skip=range(0, 99))
        (True, False, False)
    """
    keys, lo, hi = reader.keys, reader.lo, reader.hi
    return any(x not in skip and (x == lo[x] or not keys[x - 1][:1].isupper()) and (x + 1 >= hi[x] or not keys[x + 1][:1].isupper())
               for x in reader._positions(word, len(keys)))


def described_by_role(reader, j: int) -> bool:
    """Does a comma at unit ``j`` start "a" or "an" and, within five words, a role noun ("…, a suspended Kestrel Foods
    employee", "…, an aide to the mayor")?"""
    hi = reader.hi[j] if j < len(reader.keys) else j
    return j + 2 < hi and reader.keys[j] == "," and reader.lower[j + 1] in ("a", "an") \
        and any(reader.role_noun(k).length for k in range(j + 2, min(j + 7, hi)))


def unknown_given_name(reader, i: int) -> bool:
    """Is unit ``i`` a capitalised word no table knows, inside its sentence (or first in it, when the article writes it
    inside another: "his wife Kestra" … "Kestra Ruiz had"), that the article never writes in lower case and that is no
    title (nor a title's plural: "Senators Ruiz and Lee"), month or people's word?
    Right before a person's surname it is another person's given name ("Kestro Ruiz" after "Ana Ruiz"), not a
    word to drop.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz stayed. Her uncle Kestro Ruiz spoke. Then Senators Ruiz and Lee spoke.")
        >>> unknown_given_name(r, r.keys.index("Kestro")), unknown_given_name(r, r.keys.index("Senators"))
        (True, False)
    """
    key = reader.keys[i]
    if len(key) < 3 or not key.isalpha() or not key[:1].isupper() or not key[1:].islower():
        return False
    if reader.firsts[i] and all(reader.firsts[p] for p in reader._positions(key, len(reader.keys))):
        return False  # a sentence's first word is a given name only if the article writes it inside a sentence too
    return not (reader.ordinary_word(key) or reader.match(i).length or (key,) in reader.lex.titles or (key[:-1],) in reader.lex.titles
                or key.lower() in reader.lex.months
                or key in reader.cues["group_word"] or key in reader.cues["region_adjective"] or key.lower() in reader.cues["team_prefix"])


def org_alias_inside(reader, i: int, j: int) -> bool:
    """Is the organisation's name of two words or more at unit ``j``, ending in an organisation's head word ("Party"),
    the end of a longer name that one or two unknown capitalised words or a region's name open at unit ``i`` ("the
    Kestrel Democratic Party", "the Kurdistan Democratic Party", "the Iowa Democratic Party", "the Supreme Kestrel
    Security Council": another body than the one "Democratic Party" or "Security Council" names alone, as annotators
    write a state's party; not a newspaper's or a venue's name)?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kurdistan Democratic Party said no. The New York Times said yes. The Supreme Kestrel Security Council met.")
        >>> org_alias_inside(r, 2, 3), org_alias_inside(r, r.keys.index("The", 3), r.keys.index("New"))
        (True, False)
        >>> org_alias_inside(r, r.keys.index("Supreme"), r.keys.index("Security"))
        True
    """
    n, entries = reader.match(j)
    if not 1 <= j - i <= 2 or n < 2 or not entries:
        return False
    last = reader.keys[j + n - 1]
    if last not in reader.cues["org_head"] or last in reader.cues["publication_head"] \
            or last in reader.cues["venue_head"] or reader.sents[i] in reader.title_case:
        return False  # one or two words before a body's name ("Kurdistan"; not "New York State", not a newspaper's or a venue's name)
    if not all(e.form == "NAME" and reader._type(e) in ("ORG", "GROUP") for e in entries):
        return False
    return all(reader.nameish(k) and not reader.firsts[k] and all(e.form == "PLACE" for e in reader.match(k).entries) for k in range(i, j))


def broadcaster_of_place(reader, i: int, j: int) -> bool:
    """Is the country's or place's name at unit ``j`` inside a broadcaster's name that a broadcaster's word (cue
    ``broadcaster_word``: Radio, Television, TV) opens, up to three words before it ("Television New Zealand", "Radio
    Rwanda", "Radio Free Asia"), so that the run from ``i`` goes on over it? Annotators write the whole name as one
    organisation; the country inside it does not act.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Rwanda voted. Radio Rwanda said no. Kestrel Rwanda agreed.")
        >>> radio, kestrel = r.keys.index("Radio"), r.keys.index("Kestrel")
        >>> broadcaster_of_place(r, radio, radio + 1), broadcaster_of_place(r, kestrel, kestrel + 1)
        (True, False)
    """
    words = reader.cues["broadcaster_word"]
    if not 1 <= j - i <= 3 or reader.keys[i] not in words and reader.keys[j - 1] not in words:
        return False  # the broadcaster's word opens the run or stands right before the place: "Radio Free Asia"
    entries = reader.match(j).entries
    return bool(entries) and all(e.form in ("PLACE", "CAPITAL") or e.form == "NAME" and reader._type(e) == "COUNTRY" for e in entries)


def free_org_id(reader, oid: str, name: str) -> str:
    """``oid`` for a newly found organisation called ``name``, unless a country has it (an acronym that is also a
    country's code: "the African Football Confederation (CAF)" beside the Central African Republic, ``CAF``); then an
    id made of the whole name. An organisation of that id is the same one under another name ("Oppo Bloc", "OB").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The Kestrel Football Confederation met.")
        >>> free_org_id(r, "CAF", "African Football Confederation"), free_org_id(r, "KFC", "Kestrel Football Confederation")
        ('AFRICAN_FOOTBALL_CONFEDERATION', 'KFC')
        >>> free_org_id(r, "AOL", "America Online")  # the tables' AOL: the same company
        'AOL'
    """
    return snake_id(name).upper() if reader.known(oid) and reader.actor(oid).type == "COUNTRY" else oid
