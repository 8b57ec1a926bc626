"""Person names and the titles before them: "Ukraine's United Nations Ambassador Sergiy Kyslytsya".

:meth:`Names.nameseq` reads a name (at most four name words, particles such as "von der" and
initials allowed), :meth:`Names.title_before` the title or role noun before it, and
:meth:`Names.premodifiers` the country and organisation words before that.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Ukraine's United Nations Ambassador Sergiy Kyslytsya spoke.")
    >>> r.title_name_at(r.keys.index("Sergiy"))
    TitleName(start=1, end=8, roles={'ambassador'}, gender='', country='UKR')
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import (
    Modifiers,
    RoleNoun,
    TitleHead,
    TitleName,
)
from .run_kinds import quoted_nickname
from .shapes import (
    CONNECTORS,
    acronym_word,
    initials,
    joined_initials,
    particle_joined,
    peoples_word,
    surname_of,
)

__all__ = ["Names", "MAX_NAME_TOKENS"]

#: The most name words a discovered person's name may have (particles and initials aside).
MAX_NAME_TOKENS = 4
#: the most units of an organisation's name that an acronym in brackets after it may spell, "of" and "for" included
ACRONYM_REACH = 8
#: The most country or organisation names read in a row as modifiers ("US State Department" is two):
#: a longer row ("Russia Russia Russia …") is no title's modifier, and reading it whole would cost
#: the square of its length.
MAX_MODIFIERS = 6
#: The most capitalised units read back from a comma for "the head of <Name>," (as many as a discovered name may have).
MAX_APPOSED_NAME_UNITS = 6
#: The most units a title phrase reaches back before its title word ("Ukraine's United Nations").
MAX_TITLE_REACH = 12
NO_MODIFIERS = Modifiers(0, "", "")


class Names:
    """Reads names, titles and their modifiers (mixin of :class:`helpers.actors.reader.ActorReader`)."""

    def nameseq(self, i: int, hi: int | None = None) -> int:
        """How many units from ``i`` form a person's name ("Sergiy Kyslytsya", "John F. Kennedy"); a reporting verb
        ends it ("Pollster Says Ruiz Would Lose"), and in a Title Case headline so does a word the article also
        writes in lower case or a past form ("Senator Endorsed Ruiz")."""
        hi = self.hi[i] if hi is None else hi
        j, count = i, 0
        while j < hi and count < MAX_NAME_TOKENS:
            k = self.keys[j]
            month_surname = count and k.lower() in self.lex.months and not (j + 1 < hi and self.keys[j + 1][:1].isdigit())
            headline_word = self.sents[j] in self.title_case and (self.ordinary_word(k) or past_form(k, self.lex.given_names))
            if (self.nameish(j) or month_surname) and not (count == 0 and self.nonperson_at(j)) and self.lower[j] not in self.lex.reporting \
                    and not headline_word:
                j, count = j + 1, count + 1
            elif count and k in self.particles and self._particles_then_name(j):
                j += 1
            elif count and particle_joined(k, self.particles):
                j, count = j + 1, count + 1  # "Bashar al-Assad"
            elif count and len(k) == 1 and k.isupper() and j + 2 < hi and self.keys[j + 1] == "." and self.nameish(j + 2):
                j += 2
            elif count and joined_initials(k) and j + 1 < hi and self.nameish(j + 1):
                j += 1  # "George H.W. Bush"
            elif count and (nick := quoted_nickname(self, j)):
                j += nick  # 'congressman Randy "Duke" Cunningham': a nickname in quote marks inside the name
            else:
                break
        return j - i if count else 0

    def _particles_then_name(self, j: int) -> bool:
        """Do the particles from ``j`` ("von der") lead to a name word ("Leyen")?"""
        while j < self.hi[j] and self.keys[j] in self.particles:
            j += 1
        return j < self.hi[j - 1] and self.nameish(j)

    def surname_key(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The part of a full name used alone: the last word, with its particles ("von der Leyen")."""
        return surname_of(key, self.particles)

    def premodifiers(self, i: int) -> Modifiers:
        """Country and organisation words from unit ``i`` ("Ukraine's United Nations"): units used, country, org id."""
        if not (self._memo[i] or self.match(i)).length:  # no alias here (most units): no modifier, answered quickly
            return NO_MODIFIERS
        known = self._premodifiers.get(i)
        if known is None:
            known = self._premodifiers[i] = self._premodifiers_uncached(i)
        return known

    def _premodifiers_uncached(self, i: int) -> Modifiers:
        j, country, org = i, "", ""
        hi = self.hi[i]
        steps = 0
        while j < hi and steps < MAX_MODIFIERS:
            steps += 1
            n, entries = self.match(j)
            entry = next(
                (e for e in entries if e.form in ("NAME", "ADJ", "CAPITAL", "SEAT") and self._type(e) in ("COUNTRY", "ORG", "GROUP")),
                None,
            )
            if entry is None:
                break
            act = self.table.actors.get(entry.actor_id) or self.actors[entry.actor_id]
            if act.type == "COUNTRY":
                country = act.id
            else:
                org = act.id
                country = act.country or country
            j += n
            if j < hi and self.keys[j] == "'s":
                j += 1
        return Modifiers(j - i, country, org)

    def _modifiers_before(self, i: int) -> Modifiers:
        """The country and organisation words ending right before unit ``i``."""
        for s in range(max(self.lo[i], i - 4), i):
            found = self.premodifiers(s)
            if found.length and s + found.length == i:
                return found
        return Modifiers(0, "", "")

    def title_before(self, n: int) -> TitleHead | None:
        """A title or role noun ending right before unit ``n``: (its first unit, roles, gender)."""
        lo = self.lo[n]
        t = self.portfolio_title.get(n)
        if t is None and (n == lo or self.keys[n - 1] not in self._title_ends and self.lower[n - 1] not in self._role_noun_ends
                          and self._unprefixed(self.keys[n - 1]) not in self._title_ends):
            return None  # for speed: no title or role noun ends with the word before (most capitalised words)
        if t is not None:
            title = next(self.lex.titles[tuple(self.keys[t:m])] for m in range(n, t, -1) if tuple(self.keys[t:m]) in self.lex.titles)
            return TitleHead(t, {title.role} if title.role else set(), title.gender)
        for j in range(max(lo, n - 5), n):
            title = self.lex.titles.get(tuple(self.keys[j:n])) or self.lex.titles.get((self._unprefixed(self.keys[j]), *self.keys[j + 1 : n]))
            if title is not None:
                return TitleHead(j, {title.role} if title.role else set(), title.gender)
        for j in range(max(lo, n - 3), n):
            key = tuple(self.lower[j:n])
            roles = self.lex.role_nouns.get(key)
            if roles and "*" not in roles and not self._plural(key):
                noun = " ".join(key)
                m = j - 1  # one lower-case noun before an occupation: "crane operator", "bus driver"
                if m >= lo and self.keys[m].isalpha() and self.keys[m].islower() and self.lower[m] not in self.lex.stopwords and self.lower[m] not in self.lex.reporting:
                    before = self.keys[m - 1] if m > lo else ""
                    if not before.isalpha() or self.lower[m - 1] in self.lex.stopwords or self.lower[m - 1] in self.lex.reporting:
                        j = m
                return TitleHead(j, {noun} if noun in roles else set(), "")
        return None

    def _unprefixed(self, key: str) -> str:
        """A title word without a ``title_prefix`` before a hyphen ("then-Secretary" → "Secretary"), else ``key``."""
        head, dash, rest = key.partition("-")
        return rest if dash and rest[:1].isupper() and head.lower() in self.cues["title_prefix"] else key

    def _role_word(self, p: int) -> bool:
        """Can unit ``p`` be part of the words before a title ("Deputy US Trade", "IMF mission")?"""
        k, lo = self.keys[p], self.lo[p]
        if k[:1].isupper():
            if self.firsts[p] and (k.lower() in self.lex.stopwords or k.lower() in self.cues["opener_word"]) or k.lower().rstrip(".") in self.lex.calendar:
                return False  # "Later President Ana Ruiz": an opening adverb is no part of a title
            n, entries = self.match(p)
            if n and any(self._type(e) == "PERSON" for e in entries):
                return False
            unknown_word_ok = self.sents[p] not in self.title_case  # a Title Case headline capitalises its verbs too
            return self.nameish(p) and unknown_word_ok or bool(n) or (k.isalpha() and k.isupper() and len(k) <= 6) or (k,) in self.lex.titles
        if k.isalpha() and k.islower() and p > lo and self.keys[p - 1][:1].isupper():
            return k.capitalize() in self.cues["org_head"] or (k,) in self.lex.collective
        return False

    def title_name_at(self, n: int) -> TitleName | None:
        """A title + name phrase whose name starts at ``n``: (phrase start, name end, roles, gender, country)."""
        if not self.nameish(n):
            return None
        found = self.title_before(n)
        if found is None:
            return None
        length = self.nameseq(n)
        if not length or self.keys[n + length - 1] in self.cues["thing_head"] and self.keys[n] not in self.lex.given_names:
            return None  # "President Executive Order": a title before a thing's name
        last = self.keys[n + length - 1]
        if last in self.heads or peoples_word(tuple(self.keys[n : n + length]), self.cues):
            return None  # "Republican National Committee", "major Asian cities": a title word before an organisation's name or a people
        j, roles, gender = found
        after = self.keys[n + length] if n + length < self.hi[n] else ""
        if after == "'s" and last in self.cues["possessive_org_word"] and n + length + 1 < self.hi[n] and self.keys[n + length + 1][:1].isupper():
            return None  # "General People's Congress": a plural's possessive inside an organisation's name, no person
        if self._party_title(j, n) and (self.sents[n] in self.title_case or not 2 <= length <= 3 or after[:1].isupper()):
            return None  # "Republican Donor Ruiz" in a Title Case headline; "Republican House Majority Leader X"
        p = j - 1
        while p >= max(self.lo[n], j - MAX_TITLE_REACH):
            if self.keys[p] == "'s" and p - 1 >= self.lo[n] and self.premodifiers(p - 1).length:
                p -= 1
            elif self._role_word(p):
                p -= 1
            elif step := self._bracketed_acronym_end(p):
                p -= step  # "the Kestrel Energy Agency (KEA) chief Ana Ruiz": the organisation's acronym in brackets
            else:
                break
        start = p + 1
        while start < j and self.keys[start][:1].islower():
            start += 1
        country = ""
        q = start
        while q < j:
            used, c, _ = self.premodifiers(q)
            country = c or country
            q += used or 1
        end = n + length
        hi = self.hi[n]
        if not country and end + 1 < hi and self.keys[end] == "of":
            _, entries = self.match(end + 1)
            country = next((e.actor_id for e in entries if e.form == "NAME" and self._type(e) == "COUNTRY"), "")
        return TitleName(start, end, roles, gender, country)

    def _bracketed_acronym_end(self, p: int) -> int:
        """How many units to step back over "(ACRONYM)" closed at unit ``p`` and the organisation's name before it, known
        or spelled by the acronym ("Kestrel Energy Agency (KEA)"), or over the brackets alone after a word that may be
        part of the words before a title; 0 when unit ``p`` closes no such brackets."""
        if not (self.keys[p] == ")" and p - 3 >= self.lo[p] and self.keys[p - 2] == "(" and acronym_word(self.keys[p - 1])):
            return 0
        named = self._modifiers_before(p - 2).length
        if named:
            return 3 + named
        for s in range(p - 3, max(self.lo[p], p - 3 - ACRONYM_REACH) - 1, -1):  # a name the acronym spells, found or not
            if self.keys[s][:1].isupper() and initials(self.keys[s : p - 2]) == self.keys[p - 1]:
                return p - s + 1
        return 3 if self._role_word(p - 3) else 0

    def _party_title(self, j: int, n: int) -> bool:
        """Is the title of units ``j:n`` a party word used as a title ("Republican Ana Ruiz", ``party`` in titles.csv)?"""
        title = self.lex.titles.get(tuple(self.keys[j:n]))
        return title is not None and title.kind == "party"

    def _title_name_starts(self) -> list[int]:
        """The units where a title + name phrase's name may start, in order: a capitalised word right after
        the last word of a title or role noun in its sentence, or after an office title with a portfolio.

        For speed (:meth:`~helpers.actors.names.Names.title_name_at` finds nothing at every other unit, and
        most capitalised words have no title before them)."""
        keys, lower, lo = self.keys, self.lower, self.lo
        title_ends, role_noun_ends, portfolio_title = self._title_ends, self._role_noun_ends, self.portfolio_title
        return [
            i for i in self.capitalised
            if i > lo[i] and (keys[i - 1] in title_ends or lower[i - 1] in role_noun_ends or "-" in keys[i - 1] and self._unprefixed(keys[i - 1]) in title_ends)
            or i in portfolio_title
        ]

    def _role_noun_ending_at(self, end: int) -> RoleNoun | None:
        """A role noun of up to three words ending at unit ``end`` ("counterpart", "foreign minister")."""
        if self.lower[end] not in self._role_noun_ends:
            return None  # for speed: no role noun ends with this word (most words)
        for n in (3, 2, 1):
            s = end - n + 1
            if s >= self.lo[end]:
                key = tuple(self.lower[s : end + 1])
                if key in self.lex.role_nouns and not self._plural(key):
                    return RoleNoun(s, self.lex.role_nouns[key], " ".join(key))
        return None

    def _role_of_org_before(self, c: int) -> int:
        """The last unit of a role noun before "of (the) <Capitalised Name>" that ends right before comma ``c``
        ("The head of the Harbour Workers Union,"), else ``c - 1``."""
        k, lo = c - 1, max(self.lo[c], c - 1 - MAX_APPOSED_NAME_UNITS)
        while k > lo and (self.keys[k][:1].isupper() or self.keys[k] in CONNECTORS and self.keys[k - 1][:1].isupper()):
            k -= 1
        if k == c - 1 or k <= lo:
            return c - 1
        of = k - (self.lower[k] == "the")
        return of - 1 if of > self.lo[c] and self.lower[of] == "of" else c - 1


def past_form(key: str, given_names: Mapping[str, str]) -> bool:
    """Is the capitalised word ``key`` a verb's past form ("Endorsed", "Slammed"), not a given name ("Mohammed")
    nor a short word ("Reed", "Ted")?

    Example:
        >>> past_form("Endorsed", {}), past_form("Mohammed", {"Mohammed": "male"}), past_form("Mohammed", {}), past_form("Reed", {})
        (True, False, True, False)
    """
    return len(key) > 5 and key.endswith("ed") and key.isalpha() and key not in given_names
