"""Who is in the article: actor mentions found through alias tables, resolved, counted.

The method follows political event-data coding (PETRARCH, Phoenix dictionaries): an alias
table maps surface strings to actors (see :mod:`helpers.alias_table`), matched over token
sequences with the **longest match winning**. On top of the table:

1. **Discovery** — title + name phrases ("Ukraine's United Nations Ambassador Sergiy
   Kyslytsya"), appositions ("Her Peruvian counterpart, Luis Carranza,"), runs of capitalised
   words ("Richard Drew", "Inter-American Development Bank (IDB)") and names that say something
   ("Ruiz told") become new PERSON or ORG actors, so an article with no table still gets its actors.
   A person named in full makes "Putin", "Mr Putin" and "Putin's" resolve to them, anywhere.
2. **Candidates** of six kinds: NAME, TITLE_NAME, DESCRIPTION ("the Russian leader"),
   METONYM ("Moscow denies"; but "in the Kremlin" is a place), ADJECTIVE ("Russian troops",
   "Ukraine's borders", "Russia-backed") and PRONOUN (he, his, she, her).
3. **Selection**: the longest candidate wins where they overlap (only the outermost phrase counts).
4. **Resolution**, in document order: descriptions by role + country + recency (and "the
   official" back to "a State Department official"), "his Russian counterpart" through the
   possessor's role, "the country" by salience in the last two sentences, pronouns to the most
   recent compatible person (the speaker of the previous sentence first).

Every rule's words are data in ``data/lexicons/`` (``actor_cues.csv`` for locatives,
determiners, pronouns, organisation head words; ``places.txt``; ``collective_nouns.csv``).

Example:
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("Talks\\n\\nRussian President Vladimir Putin met Mr Orban in "
    ...                         "Moscow. Putin said he was ready.", published="2022-02-01")
    >>> m = find_mentions(art)
    >>> list(zip(m.text, m.actor_id, m.kind))  # doctest: +NORMALIZE_WHITESPACE
    [('Russian President Vladimir Putin', 'vladimir_putin', 'TITLE_NAME'),
     ('Mr Orban', 'orban', 'TITLE_NAME'), ('Putin', 'vladimir_putin', 'NAME'),
     ('he', 'vladimir_putin', 'PRONOUN')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

import pandas as pd

from .alias_table import Actor, ActorTable, Entry, lexicon, load_actor_table, snake_id, unit_spans
from .article import Article, as_article
from .resources import HelpersError, read_table, read_word_list
from .spans import Span, frame_from_spans
from .text import sentences

__all__ = [
    "KINDS",
    "Mention",
    "find_mentions",
    "actor_frame",
    "count_actors",
    "counts_by_section",
    "cooccurrence",
    "naive_capitalised_counts",
]

#: The mention kinds of the JSON contract.
KINDS = ("NAME", "TITLE_NAME", "DESCRIPTION", "METONYM", "ADJECTIVE", "PRONOUN")
#: Candidate priority when two candidates cover exactly the same characters (lower wins).
_PRIORITY = {"table": 0, "title_name": 1, "name": 2, "description": 3, "adjective": 4, "pronoun": 5, "block": 6}
#: The most name tokens a discovered person's name may have.
_MAX_NAME_TOKENS = 4
#: A headline is in Title Case (no discovery there) when this share of its words is capitalised.
_TITLE_CASE_SHARE = 0.6
#: Pronouns look this many sentences back for their person.
_PRONOUN_WINDOW = 4
#: Lower-case words that may join the words of an organisation's name.
_CONNECTORS = ("of", "and", "for", "&")
#: Markers in ``collective_nouns.csv`` for a country's own forces: (id suffix, name).
_FORCES = {"@army": ("ARMY", "armed forces"), "@navy": ("NAVY", "navy"), "@police": ("POLICE", "police")}
#: Quote marks as unit keys (curly single quotes are keyed as straight ones).
_OPENING_QUOTES = ("“", '"', "'")
_CLOSING_QUOTES = ("”", '"', "'")

_COLUMNS = ["start", "end", "text", "actor_id", "kind", "section", "sentence", "actor_type", "country", "gender"]


@dataclass(frozen=True)
class Mention(Span):
    """A mention of an actor: its ``kind`` (see :data:`KINDS`), the section and sentence it sits in,
    and the actor's type, country and gender as far as they are known."""

    actor_id: str
    kind: str
    section: str
    sentence: int
    actor_type: str
    country: str
    gender: str


@dataclass
class _Unit:
    start: int
    end: int
    key: str
    sent: int
    para: int
    first: bool  # first word of its sentence (or of a quotation)
    para_first: bool


@dataclass
class _Cand:
    i: int
    j: int
    start: int
    end: int
    kind: str  # a KIND, or BLOCK (a place: covers the text, yields nothing)
    prio: int
    actor: str = ""
    choices: tuple[str, ...] = ()
    head: str = ""
    desc: dict[str, Any] = field(default_factory=dict)


class _Doc:
    """One article read against one actor table: units, discovered actors, candidates, mentions."""

    def __init__(self, article: Article, table: ActorTable) -> None:
        self.article, self.table, self.lex = article, table, lexicon()
        self.actors: dict[str, Actor] = {}
        self.extra: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.first_pos: dict[str, int] = {}
        self.links: dict[int, str] = {}
        self.title_spans: list[tuple[int, int, str]] = []
        self._memo: dict[tuple[int, int], tuple[int, tuple[Entry, ...]]] = {}
        #: the most units of any alias starting with a given key: table aliases, then discovered ones
        self.alias_lengths = _alias_lengths(table)
        self.extra_lengths: dict[str, int] = {}
        self.lex_lengths = _lexicon_lengths()
        self._nameish: dict[int, bool] = {}
        self._premodifiers: dict[int, tuple[int, str, str]] = {}  # depends on the aliases: cleared with _memo
        cue = self.lex.cue
        self.determiners = {
            "none": cue("determiner_none"),
            "definite": cue("determiner_definite"),
            "indefinite": cue("determiner_indefinite"),
            "possessive": cue("possessive_pronoun"),
        }
        self.any_determiner = frozenset().union(*self.determiners.values())
        self.heads = self.lex.cue("org_head") | self.lex.cue("company_head") | self.lex.cue("club_head")
        #: words of the title phrase a person was introduced with ("european", "commission", "vice-president")
        self.title_words: dict[str, set[str]] = defaultdict(set)
        self._units()
        #: units that are never mentions: wire datelines ("OSLO, Oct 24 (Reuters) -") and tickers ("(NWE.OL)")
        self.blocked = self._datelines() | self._tickers() | self._quoted_titles()
        #: portfolio words after an office title ("Minister of State for Foreign Affairs"): never part of a name;
        #: the unit after the portfolio maps to the title's first unit
        self.portfolio: set[int] = set()
        self.portfolio_title: dict[int, int] = {}
        self._portfolios()

    # ----------------------------------------------------------------- units and lookups
    def _units(self) -> None:
        text = self.article.text
        self.units: list[_Unit] = []
        self.hi: list[int] = []
        self.lo: list[int] = []
        self.title_case: set[int] = set()
        self.sent_section: list[str] = []
        previous_para = -1
        for number, sent in enumerate(sentences(self.article)):
            self.sent_section.append(sent.section)
            lo = len(self.units)
            first = True
            for start, end, key in unit_spans(text[sent.start : sent.end], sent.start):
                is_word = any(c.isalpha() for c in key)
                self.units.append(_Unit(start, end, key, number, sent.paragraph, first and is_word, sent.paragraph != previous_para))
                previous_para = sent.paragraph
                if is_word:
                    first = False
                elif key in ("“", '"', "‘", "'", "(", ":") and not any(c.isalpha() for c in text[sent.start : start][-3:]):
                    first = True
                elif key in ("“", "‘"):
                    first = True
            hi = len(self.units)
            self.lo += [lo] * (hi - lo)
            self.hi += [hi] * (hi - lo)
            if sent.section in ("headline", "standfirst", "meta"):
                words = [u.key for u in self.units[lo:hi] if u.key.isalpha() and u.key.lower() not in self.lex.stopwords]
                if len(words) >= 4 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words):
                    self.title_case.add(number)
        self.keys = [u.key for u in self.units]
        self.lower = [k.lower() for k in self.keys]
        #: words the article writes in lower case mid-sentence ("turkey"): their capitalised
        #: sentence-initial form is then the common noun, not a name ("Turkey remains the centrepiece")
        self.common = {k for u, k in zip(self.units, self.keys) if k.isalpha() and k.islower() and not u.first}

    def actor(self, aid: str) -> Actor:
        """The article's own copy of an actor (discovered facts are added to the copy)."""
        if aid not in self.actors:
            self.actors[aid] = self.table.actors[aid].copy()
        return self.actors[aid]

    def known(self, aid: str) -> bool:
        return aid in self.actors or aid in self.table.actors

    def match(self, i: int, hi: int | None = None) -> tuple[int, tuple[Entry, ...]]:
        """The longest alias (table or discovered) starting at unit ``i``: (length, entries)."""
        hi = self.hi[i] if hi is None else hi
        memo = self._memo.get((i, hi))
        if memo is None:
            memo = self._memo[(i, hi)] = self._match(i, hi)
        return memo

    def _match(self, i: int, hi: int) -> tuple[int, tuple[Entry, ...]]:
        names, extra, keys = self.table.names, self.extra, self.keys
        first = keys[i]
        # no alias starting with this key is longer than this: shorter lookups only
        longest = max(self.alias_lengths.get(first, 0), self.extra_lengths.get(first, 0), self.alias_lengths.get(first.lower(), 0))
        for n in range(min(max(self.table.longest, 6), hi - i, longest), 0, -1):
            key = tuple(keys[i : i + n])
            entries = names.get(key, ()) + tuple(extra.get(key, ()))
            if not entries and self.units[i].first and keys[i][:1].isupper():
                lowered = (keys[i].lower(), *key[1:])
                entries = tuple(e for e in names.get(lowered, ()) if e.form == "DESC")
            if entries:
                return n, entries
        return 0, ()

    def _longest(self, table: dict, lengths: dict[str, int], i: int, lower: bool) -> tuple[int, Any]:
        seq = self.lower if lower else self.keys
        for n in range(min(5, self.hi[i] - i, lengths.get(seq[i], 0)), 0, -1):
            key = tuple(seq[i : i + n])
            if key in table:
                return n, table[key]
        return 0, None

    def title(self, i: int) -> tuple[int, Any]:
        return self._longest(self.lex.titles, self.lex_lengths["titles"], i, lower=False)

    def role_noun(self, i: int) -> tuple[int, Any]:
        return self._longest(self.lex.role_nouns, self.lex_lengths["role_nouns"], i, lower=True)

    def collective(self, i: int) -> tuple[int, Any]:
        return self._longest(self.lex.collective, self.lex_lengths["collective"], i, lower=True)

    def nameish(self, i: int) -> bool:
        """Could unit ``i`` be part of a person's name? (capitalised, not a stop/calendar/title word)."""
        known = self._nameish.get(i)
        if known is None:
            known = self._nameish[i] = self._nameish_uncached(i)
        return known

    def _nameish_uncached(self, i: int) -> bool:
        k = self.keys[i]
        return (
            k[:1].isupper()
            and any(c.islower() for c in k)
            and k.lower() not in self.lex.stopwords
            and k not in self.lex.cue("not_a_name")
            and not self._calendar(i)
            and (k,) not in self.lex.titles
            and i not in self.portfolio
        )

    def _portfolios(self) -> None:
        """Find office titles with a portfolio: "Minister for Housing", "Minister of State for Foreign Affairs",
        "Secretary for Trade and Industry". The portfolio words (``portfolio`` cue) then stop being name words,
        so the title is not swallowed into the name that follows it."""
        words, links = self.lex.cue("portfolio"), ("of", "for", "and", "the", "&")
        keys = self.keys
        for i, k in enumerate(keys):
            if k not in ("of", "for") or not any(k2 in words for k2 in keys[i + 1 : i + 3]):
                continue
            lo, hi = self.lo[i], self.hi[i]
            t = next((t for t in range(max(lo, i - 4), i) if (title := self.lex.titles.get(tuple(keys[t:i]))) and title.kind == "office"), None)
            if t is None:
                continue
            j, last = i + 1, None
            while j < hi and (keys[j] in words or keys[j] in links):
                if keys[j] in words:
                    last = j
                j += 1
            if last is None:
                continue
            self.portfolio.update(range(i, last + 1))
            self.portfolio_title[last + 1] = t

    def _calendar(self, i: int) -> bool:
        """A month or weekday: full names always, abbreviations ("Sun", "Jan") before "." or a number."""
        k = self.keys[i].lower()
        if k not in self.lex.calendar:
            return False
        if len(k) > 4 or k in self.lex.months:
            return True
        nxt = self.keys[i + 1] if i + 1 < self.hi[i] else ""
        return nxt == "." or nxt[:1].isdigit()

    def nonperson_at(self, i: int) -> bool:
        n, entries = self.match(i)
        return bool(n) and not any(self._type(e) == "PERSON" for e in entries)

    def _type(self, entry: Entry) -> str:
        if entry.form == "PLACE":
            return "PLACE"
        return self.actors[entry.actor_id].type if entry.actor_id in self.actors else self.table.actors[entry.actor_id].type

    def nameseq(self, i: int, hi: int | None = None) -> int:
        """How many units from ``i`` form a person's name ("Sergiy Kyslytsya", "John F. Kennedy")."""
        hi = self.hi[i] if hi is None else hi
        j, count = i, 0
        while j < hi and count < _MAX_NAME_TOKENS:
            k = self.keys[j]
            month_surname = count and k.lower() in self.lex.months and not (j + 1 < hi and self.keys[j + 1][:1].isdigit())
            if (self.nameish(j) or month_surname) and not (count == 0 and self.nonperson_at(j)):
                j, count = j + 1, count + 1
            elif count and k in self.lex.cue("particle") and self._particles_then_name(j):
                j += 1
            elif count and len(k) == 1 and k.isupper() and j + 2 < hi and self.keys[j + 1] == "." and self.nameish(j + 2):
                j += 2
            else:
                break
        return j - i if count else 0

    def _particles_then_name(self, j: int) -> bool:
        """Do the particles from ``j`` ("von der") lead to a name word ("Leyen")?"""
        while j < self.hi[j] and self.keys[j] in self.lex.cue("particle"):
            j += 1
        return j < self.hi[j - 1] and self.nameish(j)

    def surname_key(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The part of a full name used alone: the last word, with its particles ("von der Leyen")."""
        particles = self.lex.cue("particle")
        start = len(key) - 1
        while start > 1 and key[start - 1] in particles:
            start -= 1
        return key[start:]

    def text_of(self, i: int, j: int) -> str:
        return self.article.text[self.units[i].start : self.units[j - 1].end]

    # ----------------------------------------------------------------- pass 1: discovery
    def premodifiers(self, i: int) -> tuple[int, str, str]:
        """Country/organisation words before a title or role noun: (units used, country, org id)."""
        known = self._premodifiers.get(i)
        if known is None:
            known = self._premodifiers[i] = self._premodifiers_uncached(i)
        return known

    def _premodifiers_uncached(self, i: int) -> tuple[int, str, str]:
        j, country, org = i, "", ""
        hi = self.hi[i]
        while j < hi:
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
        return j - i, country, org

    def title_before(self, n: int) -> tuple[int, set[str], str] | None:
        """A title or role noun ending right before unit ``n``: (its first unit, roles, gender)."""
        lo = self.lo[n]
        t = self.portfolio_title.get(n)
        if t is not None:
            title = next(self.lex.titles[tuple(self.keys[t:m])] for m in range(n, t, -1) if tuple(self.keys[t:m]) in self.lex.titles)
            return t, {title.role} if title.role else set(), title.gender
        for j in range(max(lo, n - 5), n):
            title = self.lex.titles.get(tuple(self.keys[j:n]))
            if title is not None:
                return j, {title.role} if title.role else set(), title.gender
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
                return j, {noun} if noun in roles else set(), ""
        return None

    def _role_word(self, p: int) -> bool:
        """Can unit ``p`` be part of the words before a title ("Deputy US Trade", "IMF mission")?"""
        k, lo = self.keys[p], self.lo[p]
        if k[:1].isupper():
            if self.units[p].first and k.lower() in self.lex.stopwords or k.lower().rstrip(".") in self.lex.calendar:
                return False
            n, entries = self.match(p)
            if n and any(self._type(e) == "PERSON" for e in entries):
                return False
            return self.nameish(p) or bool(n) or (k.isalpha() and k.isupper() and len(k) <= 6) or (k,) in self.lex.titles
        if k.isalpha() and k.islower() and p > lo and self.keys[p - 1][:1].isupper():
            return k.capitalize() in self.lex.cue("org_head") or (k,) in self.lex.collective
        return False

    def title_name_at(self, n: int) -> tuple[int, int, set[str], str, str] | None:
        """A title + name phrase whose name starts at ``n``: (phrase start, name end, roles, gender, country)."""
        if not self.nameish(n) or (n > self.lo[n] and self.nameish(n - 1) and not self.title_before(n)):
            return None
        found = self.title_before(n)
        length = self.nameseq(n)
        if found is None or not length:
            return None
        j, roles, gender = found
        p = j - 1
        while p >= self.lo[n]:
            if self.keys[p] == "'s" and p - 1 >= self.lo[n] and self.premodifiers(p - 1)[0]:
                p -= 1
            elif self._role_word(p):
                p -= 1
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
        return start, end, roles, gender, country

    def register_person(self, i: int, j: int, roles: set[str], gender: str, country: str) -> str | None:
        """The person named by units ``i:j``: a known one, or a new discovered actor."""
        key = tuple(self.keys[i:j])
        entries = [e for e in self.table.names.get(key, ()) + tuple(self.extra.get(key, ())) if self._type(e) == "PERSON"]
        if entries:
            aid = entries[0].actor_id
        elif j - i == 1:
            return None  # a surname alone: settled once every full name is known
        else:
            name = self.text_of(i, j)
            aid = snake_id(name)
            if not self.known(aid):
                self.actors[aid] = Actor(aid, name, "PERSON", origin="discovered", source="discovered in the article")
            self.add_alias(key, Entry(aid, "NAME"))
            if _family_first(key):  # "Moon Jae-in" … "Moon", "Xi Jinping" … "Xi"
                self.add_alias(key[:1], Entry(aid, "NAME", head="family"))
                return self._registered(aid, i, roles, gender, country)
            surname = self.surname_key(key)
            if not self._surname_blocked(surname[-1]):
                self.add_alias(surname, Entry(aid, "NAME"))
                self.add_alias((surname[0][:1].upper() + surname[0][1:], *surname[1:]), Entry(aid, "NAME"))
        return self._registered(aid, i, roles, gender, country)

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
        return any(e.form != "PLACE" and self._type(e) != "PERSON" for e in self.table.names.get((key,), ()))

    def add_alias(self, key: tuple[str, ...], entry: Entry) -> None:
        self._memo.clear()
        self._premodifiers.clear()
        if entry not in self.extra[key]:
            self.extra[key].append(entry)
        if key:
            self.extra_lengths[key[0]] = max(self.extra_lengths.get(key[0], 0), len(key))

    def discover(self) -> None:
        units, keys, lex = self.units, self.keys, self.lex
        pending: list[tuple[int, int, set[str], str, str, int]] = []
        covered: set[int] = set(self.blocked)
        # 1. title + name phrases
        i = 0
        while i < len(units):
            found = self.title_name_at(i)
            if found:
                start, end, roles, gender, country = found
                aid = self.register_person(i, end, roles, gender, country)
                if aid:
                    self.title_spans.append((start, end, aid))
                    self.title_words[aid].update(self.lower[start:i])
                else:
                    pending.append((i, end, roles, gender, country, start))
                covered.update(range(start, end))
                i = end
            else:
                i += 1
        # 2. appositions: "Her Peruvian counterpart, Luis Carranza, ..." and "Gavi, the vaccine alliance, ..."
        for c, key in enumerate(keys):
            if key != "," or c == 0 or c + 1 >= self.hi[c] or self.units[c - 1].sent != self.units[c + 1].sent:
                continue
            noun = self._role_noun_ending_at(c - 1)
            length = self.nameseq(c + 1)
            after = c + 1 + length
            known, entries = self.match(c + 1)
            if known:
                length = known if any(self._type(e) == "PERSON" for e in entries) else 0
            if noun is not None and length >= 2 - bool(known) and (
                after >= self.hi[c] or keys[after] in (",", ".") or self.lower[after] in lex.reporting
            ):
                roles = set() if "*" in noun[1] else {noun[2]} & set(noun[1])
                _, country, _ = self._modifiers_before(noun[0])
                aid = self.register_person(c + 1, after, roles, "", country)
                if aid:
                    self.links[c - 1] = aid
                    covered.update(range(c + 1, after))
            self._apposed_single(c, covered)
        # 3. runs of capitalised words, acronyms defined in brackets
        i = 0
        while i < len(units):
            if i in covered or self.units[i].sent in self.title_case:
                i += 1
                continue
            n, entries = self.match(i)
            if n:
                i += n
                continue
            j = self._capitalised_run(i)
            if j - i >= 2 and self._quoted(i, j):
                i = j  # a title in quote marks ("the film “Blue Harvest”"), not an actor
                continue
            if j - i >= 2 and sum(self.nameish(x) for x in range(i, j)) >= 1:
                self._register_run(i, j)
                covered.update(range(i, j))
                i = j
            else:
                i += 1
        # 4. titled surnames ("Mr Haddad"), acronyms, names that speak ("Ruiz told")
        for j, k, roles, gender, country, start in pending:
            aid = self._surname_owner(j, k) or self._new_single(j, k)
            act = self.actor(aid)
            act.roles |= roles if act.origin == "discovered" else set()
            act.gender = act.gender or gender
            act.country = act.country or country
            self.title_spans.append((start, k, aid))
        for i, key in enumerate(keys):
            if i in covered or self.units[i].sent in self.title_case or self.match(i)[0]:
                continue
            if self._acronym(i):
                self._new_org(key, key, i)
            elif self._camel_case(i):
                self._new_org(key.upper(), key, i)
            elif self.nameish(i) and self._speaks(i) and not self._place_context(i) and not self._surname_owner(i, i + 1):
                self._new_single(i, i + 1)

    def _quoted(self, i: int, j: int) -> bool:
        """Do quote marks enclose units ``i:j`` and nothing else (a comma or stop may come before the closing mark)?"""
        if i == self.lo[i] or self.keys[i - 1] not in _OPENING_QUOTES:
            return False
        k = j + (j < self.hi[i] and self.keys[j] in (",", ".", "!", "?"))
        return k < self.hi[i] and self.keys[k] in _CLOSING_QUOTES

    def _quoted_titles(self) -> set[int]:
        """Units of titles in quote marks after a noun for a work ("the documentary “Blue Harvest”", "a copy
        of “Animal Farm”"): every word inside is capitalised (or a small word); no name there is a mention."""
        found: set[int] = set()
        works = self.lex.cue("work_noun")
        for q, key in enumerate(self.keys):
            if key not in _OPENING_QUOTES or q == self.lo[q] or not any(self.lower[p] in works for p in range(max(self.lo[q], q - 3), q)):
                continue
            k = q + 1
            while k < min(self.hi[q], q + 10) and self.keys[k] not in _CLOSING_QUOTES:
                k += 1
            inside = [x for x in range(q + 1, k) if self.keys[x].isalpha()]
            closed = q + 1 < k < self.hi[q] and self.keys[k] in _CLOSING_QUOTES
            if closed and inside and all(self.keys[x][:1].isupper() or self.lower[x] in self.lex.stopwords for x in inside[1:]) and self.keys[inside[0]][:1].isupper():
                found.update(range(q + 1, k))
        return found

    def _apposed_single(self, c: int, covered: set[int]) -> None:
        """"Gavi, the vaccine alliance," / "the Sun, a Lagos daily,": an unknown word described after a comma."""
        i = c - 1
        if i in covered or not self.nameish(i) or self.units[i].first or self.match(i)[0] or (i > self.lo[i] and self.nameish(i - 1)):
            return
        np_end = self._apposition_end(c)
        if np_end is None:
            return
        head = self._np_head(c + 2, np_end)
        the_before = i > self.lo[i] and self.lower[i - 1] == "the"
        is_org = the_before or (head,) in self.lex.collective and self.lex.collective[(head,)][0] == "ORG" or head.capitalize() in self.lex.cue("org_head")
        if is_org:
            self._new_org(self.keys[i].upper(), self.text_of(i, i + 1), i, aliases=[(self.keys[i],)])
        elif (head,) in self.lex.role_nouns:
            self._new_single(i, i + 1)
        else:
            return
        covered.add(i)

    def _apposition_end(self, c: int) -> int | None:
        """Where a noun phrase after ``, a/an/the`` at comma ``c`` ends (exclusive), or None."""
        hi = self.hi[c]
        if c + 2 >= hi or self.lower[c + 1] not in ("a", "an", "the"):
            return None
        k = c + 2
        while k < hi and k - c <= 9:
            key = self.keys[k]
            if key in (",", ".", ")", ";", ":") or k == hi:
                break
            if self.lower[k] in ("who", "which", "whose") and k > c + 2:
                return k
            if self.lower[k] in ("and", "or", "who", "which", "that", "whose") or self.lower[k] in self.lex.reporting or key in ("“", "”", '"', "‘", "’"):
                return None
            n, entries = self.match(k)
            if n and any(e.form == "NAME" and self._type(e) != "PLACE" for e in entries):
                return None
            k += 1
        if k - c > 9 or k == c + 2:
            return None
        if k < hi and self.keys[k] not in (",", ".", ")"):
            return None
        return k

    def _np_head(self, i: int, j: int) -> str:
        words = [self.lower[k] for k in range(i, j) if self.keys[k].isalpha()]
        if "of" in words:
            words = words[: words.index("of")]
        return words[-1] if words else ""

    def _place_context(self, i: int) -> bool:
        prev = self.lower[i - 1] if i > self.lo[i] else ""
        return prev in self.lex.cue("locative_run") or self._dateline(i)

    def _role_noun_ending_at(self, end: int) -> tuple[int, frozenset[str], str] | None:
        for n in (3, 2, 1):
            s = end - n + 1
            if s >= self.lo[end]:
                key = tuple(self.lower[s : end + 1])
                if key in self.lex.role_nouns and not self._plural(key):
                    return s, self.lex.role_nouns[key], " ".join(key)
        return None

    def _modifiers_before(self, i: int) -> tuple[int, str, str]:
        for s in range(max(self.lo[i], i - 4), i):
            n, country, org = self.premodifiers(s)
            if n and s + n == i:
                return n, country, org
        return 0, "", ""

    def _plural(self, key: tuple[str, ...]) -> bool:
        last = key[-1]
        return last.endswith("s") and (*key[:-1], last[:-1]) in self.lex.role_nouns

    def _capitalised_run(self, i: int) -> int:
        """End of the run of capitalised words from ``i`` ("Inter-American Development Bank",
        "International Boundary and Water Commission", "Ursula von der Leyen")."""
        hi, heads = self.hi[i], self.heads
        j = i
        while j < hi:
            if j > i and self.match(j)[0]:
                break
            month_surname = j > i and self.lower[j] in self.lex.months and not (j + 1 < hi and self.keys[j + 1][:1].isdigit())
            if self.nameish(j) or (j > i and self.keys[j] in heads) or month_surname:
                j += 1
            elif j > i and self.keys[j] in self.lex.cue("particle") and self._particles_then_name(j):
                j += 1
            elif j > i and j + 1 < hi and self.nameish(j + 1) and self.keys[j] in _CONNECTORS:
                j += 1
            elif j > i and j + 2 < hi and self.keys[i] in heads and self.keys[j] == "of" and self.keys[j + 1] == "the" and self.nameish(j + 2):
                j += 2  # "Friends of the Earth", "Church of the Nazarene"
            elif j > i and j + 1 < hi and self.keys[j] == "'" and self.keys[j - 1].endswith("s") and self.keys[j + 1][:1].isupper():
                j += 1  # "National Port Workers’ Union"
            else:
                break
        while j > i and not (self.nameish(j - 1) or self.keys[j - 1] in heads or self.lower[j - 1] in self.lex.months):
            j -= 1
        if j > i and j + 1 < hi and self.keys[j - 1] in heads and self.keys[j - 1] != "Government" and self.keys[j] == "of":
            n, entries = self.match(j + 1)
            if n and any(e.form == "NAME" and self._type(e) == "COUNTRY" for e in entries):
                return j + 1 + n  # "Central Bank of Kenya", "Reserve Bank of India": the country ends the name
        # connectors only inside organisations' names (a head word, or the acronym in brackets
        # spells the words: "Initiative for Rural Resilience (IRR)"): otherwise stop before the first one
        inside = self.keys[j - 1] in heads or (self.keys[i] in heads and "of" in self.keys[i:j]) or self._spelled(i, j)
        if not inside:
            for k in range(i, j):
                if self.keys[k] in (*_CONNECTORS, "'", "the"):
                    return k
        return j

    def _spelled(self, i: int, j: int) -> bool:
        """Is units ``i:j`` followed by "(ACRONYM)" made of its capitalised words' initials?"""
        if not (j + 2 < self.hi[i] and self.keys[j] == "(" and self.keys[j + 2] == ")"):
            return False
        acronym = self.keys[j + 1].replace(".", "")
        capitals = "".join(c for c in acronym if c.isupper())  # a mixed-case acronym is spelled by its capitals
        return _acronym_shape(acronym) and capitals == _initials(self.keys[i:j])

    def _register_run(self, i: int, j: int) -> None:
        heads = self.heads
        keys = self.keys[i:j]
        is_org = keys[-1] in heads or (keys[0] in heads and "of" in keys) or self._spelled(i, j)
        is_org = is_org or ("of" in keys and any(k in heads for k in keys[: keys.index("of")]))
        before = self.lower[i - 1] if i > self.lo[i] else ""
        if not is_org and (before in self.lex.cue("locative_run") or before in ("the", "a", "an") or keys[-1] in self.lex.cue("place_head")):
            return  # a place, or a thing ("the Rio Grande basin")
        if not is_org:
            self.register_person(i, j, set(), "", "")
            return
        if i > self.lo[i]:
            n, entries = self.match(i - 1)
            if n == 1 and any(e.form in ("NAME", "ADJ") and self._type(e) == "COUNTRY" for e in entries):
                i -= 1  # "U.S. Department of Agriculture"
        hi = self.hi[i]
        if j + 1 <= hi - 1 and self.keys[j].isupper() and len(self.keys[j]) <= 3 and not self.keys[j + 1][:1].isupper():
            if any(e.form == "NAME" and self._type(e) == "COUNTRY" for e in self.match(j)[1]):
                j += 1  # "Port Operators UK": a country code ending an organisation's name
        bracket = j + 2 < hi and self.keys[j] == "(" and self.keys[j + 2] == ")" and _acronym_shape(self.keys[j + 1])
        acronym = self.keys[j + 1] if bracket else ""
        name = self.text_of(i, j)
        aliases = [tuple(self.keys[i:j])] + ([(acronym,)] if acronym else [])
        acronym = acronym.upper()  # the id of a mixed-case acronym ("NaCoDA") is in capitals
        first = self.keys[i]
        short_heads = self.lex.cue("company_head") | self.lex.cue("short_form_head")
        if j - i >= 2 and self.keys[j - 1] in short_heads and first not in heads and self.nameish(i) and not self.match(i)[0]:
            aliases.append((first,))  # "Kestrel Energy" … "Kestrel", "Ridgeway University" … "Ridgeway"
        if j - i >= 2 and self.keys[j - 1] in self.lex.cue("club_head"):
            aliases.append((self.keys[j - 1],))  # "Millbank Rovers" … "Rovers"
        self._new_org(acronym or _initials(self.keys[i:j]), name, i, aliases=aliases)

    def _new_org(self, oid: str, name: str, i: int, aliases: list[tuple[str, ...]] | None = None) -> None:
        if not self.known(oid):
            self.actors[oid] = Actor(oid, name, "ORG", origin="discovered", source="discovered in the article")
        for key in aliases or [(self.keys[i],)]:
            self.add_alias(key, Entry(oid, "NAME"))
        self.first_pos.setdefault(oid, i)

    def _acronym(self, i: int) -> bool:
        k = self.keys[i]
        return (
            2 <= len(k) <= 5
            and k.isalpha()
            and k.isupper()
            and k not in self.lex.cue("not_a_name")
            and not set(k) <= set("IVXLC")
            and not self._dateline(i)
            and not self._after_clock(i)
            and self.article.text[self.units[i].end : self.units[i].end + 1] != "$"  # a currency: "NZ$5"
            and not all(u.key.isupper() for u in self.units[self.lo[i] : self.hi[i]] if u.key.isalpha())
        )

    def _camel_case(self, i: int) -> bool:
        """A one-word brand written in camel case ("DataNest", "BrightPay"): a capital after three or more
        lower-case letters; not a Gaelic or Scottish surname ("MacArthur", "McDonald")."""
        k = self.keys[i]
        if not (k.isalpha() and k[:1].isupper() and len(k) >= 6) or k.startswith(("Mac", "Mc", "Fitz")):
            return False
        inner = next((p for p in range(1, len(k)) if k[p].isupper()), 0)
        return inner >= 3 and k[1:inner].islower() and k[inner + 1 :].islower() and k[inner + 1 :] != ""

    def _after_clock(self, i: int) -> bool:
        """Does unit ``i`` follow a clock time ("13:05 KST", "1700 GMT", "9 a.m. PST")? Then it is a time zone."""
        if i == self.lo[i]:
            return False
        prev = self.keys[i - 1]
        return prev.lower() in ("a.m.", "p.m.", "am", "pm") or (prev[:1].isdigit() and (":" in prev or (prev.isdigit() and len(prev) == 4)))

    def _dateline(self, i: int, j: int | None = None) -> bool:
        """Is unit ``i`` (a place ending before unit ``j``, by default ``i + 1``) a paragraph's opening dateline ("OSLO -", "New Delhi:")?"""
        u, j = self.units[i], i + 1 if j is None else j
        return i in self.blocked or u.para_first and j < len(self.units) and self.keys[j] in self.lex.cue("dateline_dash")

    def _datelines(self) -> set[int]:
        """Units of wire datelines: a paragraph's opening place in capitals (or with a credit in
        brackets), optional date and "(Agency)", then a dash: "OSLO, Oct 24 (Reuters) -", "BRUSSELS (AP) —"."""
        found: set[int] = set()
        dashes = self.lex.cue("dateline_dash") - {":"}
        for i, u in enumerate(self.units):
            if not (u.para_first and self.keys[i][:1].isupper() and self.keys[i].isalpha()):
                continue
            k, hi, credit = i + 1, min(len(self.units), i + 14), False
            while k < hi and self.units[k].para == u.para and self.keys[k] not in dashes:
                key = self.keys[k]
                if key == "(" and k + 2 < hi and self.keys[k + 2] == ")" and self.keys[k + 1][:1].isupper():
                    credit, k = True, k + 3
                    continue
                if not (key.isupper() or key in (",", ".") or key[:1].isdigit() or key.lower().rstrip(".") in self.lex.calendar):
                    break
                k += 1
            if k < hi and self.keys[k] in dashes and (credit or self.keys[i].isupper()):
                found.update(range(i, k))
            elif k < hi and self.keys[k] == ":" and k > i + 1 and all(self.keys[m].isalpha() and self.keys[m].isupper() and len(self.keys[m]) > 2 for m in range(i, k)):
                found.update(range(i, k))  # "ABU DHABI:", "NEW YORK:" (two or more words in capitals, then a colon)
        return found

    def _tickers(self) -> set[int]:
        """Units of stock tickers in brackets: "(NWE.OL)", "(NYSE: IBM)"."""
        found: set[int] = set()
        keys = self.keys
        for i in range(len(keys) - 4):
            if keys[i] == "(" and keys[i + 2] in (".", ":") and keys[i + 4] == ")" and keys[i + 3].isupper() and keys[i + 3].isalnum():
                if keys[i + 1].isupper() or keys[i + 2] == ":":
                    found.update(range(i + 1, i + 4))
        return found

    def _speaks(self, i: int) -> bool:
        """Is unknown word ``i`` someone speaking ("Ruiz told", "said Salas")? Never a sentence's first word."""
        core = self.lex.cue("speech_core")
        nxt = self.lower[i + 1] if i + 1 < self.hi[i] else ""
        prev = self.lower[i - 1] if i > self.lo[i] else ""
        return not self.units[i].first and (nxt in core or prev in core)

    def _surname_owner(self, i: int, j: int) -> str | None:
        key = tuple(self.keys[i:j])
        people = [e.actor_id for e in self.table.names.get(key, ()) + tuple(self.extra.get(key, ())) if self._type(e) == "PERSON"]
        return self._nearest(people, i) if people else None

    def _new_single(self, i: int, j: int) -> str:
        name = self.text_of(i, j)
        aid = snake_id(name)
        if not self.known(aid):
            self.actors[aid] = Actor(aid, name, "PERSON", origin="discovered", source="discovered in the article")
        self.add_alias(tuple(self.keys[i:j]), Entry(aid, "NAME"))
        self.first_pos.setdefault(aid, i)
        return aid

    def _nearest(self, people: list[str], i: int) -> str:
        """Of several people sharing an alias, the one named in full most recently before ``i``."""
        people = list(dict.fromkeys(people))
        before = [p for p in people if self.first_pos.get(p, 10**9) <= i]
        if before:
            return max(before, key=lambda p: self.first_pos[p])
        return min(people, key=lambda p: self.first_pos.get(p, 10**9))

    # ----------------------------------------------------------------- pass 2: candidates
    def candidates(self) -> list[_Cand]:
        cands: list[_Cand] = []
        units, keys, lex = self.units, self.keys, self.lex
        for i, j, aid in self.title_spans:
            used, _, org = self._modifiers_before(i)
            if used and org and self.keys[i - 1] != "'s":
                i -= used  # "Rovers coach Dermot Keane": an organisation discovered later still belongs to the title
            cands.append(self._cand(i, j, "TITLE_NAME", "title_name", actor=aid))
        governments = self._government_names()
        for i in range(len(units)):
            cands += self._name_candidates(i)
            if self.keys[i] in governments:
                cands += self._government_name(i, governments[self.keys[i]])
        predicates: set[int] = set()  # "Amara Diallo, a farmer,": an indefinite appositive describes no new person
        for c in list(cands):
            if c.kind in ("NAME", "TITLE_NAME") and c.j + 1 < len(units) and keys[c.j] == "," and self.lower[c.j + 1] in self.determiners["indefinite"]:
                predicates.add(c.j + 1)
            if c.kind in ("NAME", "TITLE_NAME") and c.j + 1 < len(units) and keys[c.j] == "," and self._bare_role(c.j + 1) and self._names_person(c):
                predicates.add(c.j + 1)  # "Ana Ruiz, IMF mission chief," is a predicate like "a mission chief"
            if c.kind in ("NAME", "TITLE_NAME") and c.j < len(units) and keys[c.j] == ",":
                end = self._apposition_end(c.j) if self.lower[c.j + 1] in self.determiners["definite"] else None
                if end is not None:  # "Gavi, the vaccine alliance"; not "Amara Diallo, a farmer" (a predicate)
                    cands.append(self._cand(c.j + 1, end, "DESCRIPTION", "title_name", desc={"type": "LINK", "target": c}))
        for i in range(len(units)):
            cands += self._apposition_country(i)
            if i not in predicates:
                cands += self._descriptions(i)
            low = self.lower[i]
            if low in lex.cue("pronoun_male") or low in lex.cue("pronoun_female"):
                gender = "male" if low in lex.cue("pronoun_male") else "female"
                cands.append(self._cand(i, i + 1, "PRONOUN", "pronoun", desc={"gender": gender}))
            if "-" in keys[i] and not self.match(i)[0]:
                cands += self._hyphen_parts(i)
        return [c for c in cands if c.i not in self.blocked]

    def _government_names(self) -> dict[str, str]:
        """The national-government names (``government_names.csv``) whose country the article names."""
        names = _government_table()
        if not any(k in names for k in self.keys):
            return {}
        named = {
            e.actor_id
            for i in range(len(self.units))
            for e in self.match(i)[1]
            if e.form in ("NAME", "ADJ", "PEOPLE", "CAPITAL", "SEAT") and e.actor_id in names.values()
        }
        return {surface: country for surface, country in names.items() if country in named}

    def _government_name(self, i: int, country: str) -> list[_Cand]:
        """"The Centre cleared …" (India), "the Commonwealth will buy …" (Australia): a government's own name,
        standing alone (no capitalised word on either side, not "the Centre for …" or "Commonwealth of …")."""
        lo, hi = self.lo[i], self.hi[i]
        nxt = self.keys[i + 1] if i + 1 < hi else ""
        prev = self.keys[i - 1] if i > lo else ""
        if self.match(i)[0] or nxt in ("of", "for", "-") or nxt[:1].isupper() or (prev[:1].isupper() and prev != "The" and not (prev == "THE" and i - 1 == lo)):
            return []
        if prev[:1].islower() and prev.isalpha() and prev not in ("the", "as", "and", "by", "from", "with", "that", "but"):
            return []  # "a community centre", "the Delhi Centre": a building or another body
        return [self._cand(i, i + 1, "METONYM", "name", actor=country)]

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
        while j < min(hi, i + used + 2) and not self.role_noun(j)[0] and self.keys[j].isalpha():
            j += 1
        return j < hi and bool(self.role_noun(j)[0])

    def _names_person(self, c: _Cand) -> bool:
        aids = list(c.choices) or [c.actor]
        return any(a and self.known(a) and self._is_person(a) for a in aids)

    def _cand(self, i: int, j: int, kind: str, prio: str, **extra: Any) -> _Cand:
        return _Cand(i, j, self.units[i].start, self.units[j - 1].end, kind, _PRIORITY[prio], **extra)

    def _name_candidates(self, i: int) -> list[_Cand]:
        n, entries = self.match(i)
        if not n:
            return []
        j, hi = i + n, self.hi[i]
        key = self.keys[i]
        if n == 1 and self.units[i].first and (key.lower() in self.common or key.lower() + "s" in self.common):
            return []
        people = [e for e in entries if self._type(e) == "PERSON"]
        if people and n == 1 and key.lower() in self.lex.calendar:
            nxt = self.lower[j] if j < hi else ""
            family = any(e.head == "family" for e in people) and not nxt[:1].isdigit()  # "Sun said", not "Sun 12"
            if nxt not in self.lex.reporting and nxt != "'s" and not family:
                return []  # "May 9" is a date; "May says" is Martha May
        if people:
            forms = {"NAME": "NAME", "TITLE": "TITLE_NAME", "DESC": "DESCRIPTION"}
            e = people[0]
            choices = tuple(p.actor_id for p in people if p.form == e.form)
            return [self._cand(i, j, forms[e.form], "table" if self.table.actors.get(e.actor_id) else "name", choices=choices, head=e.head)]
        order = ("NAME", "CAPITAL", "SEAT", "ADJ", "PEOPLE", "PLACE")
        e = min(entries, key=lambda x: order.index(x.form))
        nxt = self.keys[j] if j < hi else ""
        if e.form == "PLACE":
            return [self._cand(i, j, "BLOCK", "block")]
        kind_of = self._type(e)
        if e.form == "NAME":
            if kind_of == "GROUP" and (self.nameish(j) if j < hi else False):
                return []
            if kind_of in ("COUNTRY", "GROUP") and nxt == "'s":
                return [self._cand(i, j, "ADJECTIVE", "adjective", actor=e.actor_id)]
            end = self.units[j - 1].end
            if kind_of == "COUNTRY" and self.article.text[end : end + 1] == "$":
                return [self._cand(i, j, "BLOCK", "block")]  # a currency sign: US$5 million
            return [self._cand(i, j, "NAME", "name", actor=e.actor_id)]
        if e.form in ("CAPITAL", "SEAT"):
            seats = tuple(dict.fromkeys(x.actor_id for x in entries if x.form in ("CAPITAL", "SEAT")))
            p = i - 1
            if p >= self.lo[i] and self.lower[p] == "the":
                p -= 1
            locative = p >= self.lo[i] and self.lower[p] in self.lex.cue("locative") and nxt != "'s"
            modifier = i > self.lo[i] and self.lower[i - 1] in self.determiners["indefinite"]  # "a London bank"
            if locative or modifier or self._dateline(i) or self._dateline(i, j):
                return [self._cand(i, j, "BLOCK", "block")]
            if len(seats) > 1:
                return [self._cand(i, j, "METONYM", "name", desc={"seats": seats})]
            return [self._cand(i, j, "METONYM", "name", actor=e.actor_id)]
        if e.form == "ADJ":
            if kind_of == "GROUP" and j < hi and self.keys[j][:1].isupper():
                return []
            return [self._cand(i, j, "ADJECTIVE", "adjective", actor=e.actor_id)]
        start = i - 1 if i > self.lo[i] and self.lower[i - 1] == "the" else i
        return [self._cand(start, j, "DESCRIPTION", "description", actor=e.actor_id)]

    def _apposition_country(self, i: int) -> list[_Cand]:
        hi, j = self.hi[i], i
        if self.lower[i] in self.lex.cue("possessive_pronoun"):
            j += 1
        else:
            n, _, _ = self.premodifiers(i)
            if not n or self.keys[i + n - 1] == "'s":
                return []
            j += n
        adjectives = 0
        while j < hi and self.keys[j].isalpha() and self.keys[j].islower() and self.lower[j] not in self.lex.cue("apposition") and adjectives < 2:
            if self.lower[j] in self.lex.stopwords:
                return []
            j, adjectives = j + 1, adjectives + 1
        if not (j + 1 < hi and self.lower[j] in self.lex.cue("apposition")):
            return []
        n, entries = self.match(j + 1)
        country = next((e for e in entries if e.form == "NAME" and self._type(e) == "COUNTRY"), None)
        if country is None:
            return []
        return [self._cand(i, j + 1 + n, "TITLE_NAME", "title_name", actor=country.actor_id)]

    def _descriptions(self, i: int) -> list[_Cand]:
        lex, lower, hi = self.lex, self.lower, self.hi[i]
        det = ""
        determiners = self.determiners
        if lower[i] in determiners["none"]:
            return []
        if lower[i] in determiners["definite"]:
            det = "definite"
        elif lower[i] in determiners["indefinite"]:
            det = "indefinite"
        elif lower[i] in determiners["possessive"]:
            det = "possessive"
        elif i > self.lo[i] and lower[i - 1] in self.any_determiner:
            det = "blocked"  # the longer phrase from the determiner is proposed instead
        j = i + 1 if det and det != "blocked" else i
        if det == "definite" and self._age(j):
            return self._age_description(i, j + 3)
        if not det and i > self.lo[i] and lower[i - 1] in lex.cue("speech_core") and self.sent_section[self.units[i].sent] in ("headline", "standfirst"):
            return self._byline_role(i)
        country = org = ""
        modifiers = adjectives = 0
        while j < hi:
            if self.role_noun(j)[0] or self.collective(j)[0]:
                break
            n, country2, org2 = self.premodifiers(j)
            if n:
                country, org = country2 or country, org2 or org
                j, modifiers = j + n, modifiers + 1
                continue
            k = self.keys[j]
            if det and lower[j].endswith("-based") and lower[j] != "-based" and k[:1].isupper():
                j, modifiers = j + 1, modifiers + 1  # "the Nairobi-based payments company"
                continue
            if (det or modifiers) and k.isalpha() and k.islower() and lower[j] not in lex.stopwords and lower[j] not in lex.reporting and adjectives < 2:
                j, adjectives = j + 1, adjectives + 1
                continue
            break
        if j >= hi:
            return []
        found: list[_Cand] = []
        n_role, roles = self.role_noun(j)
        n_coll, coll = self.collective(j)
        if det == "blocked" and not (coll and coll[0] == "ORG" and j + n_coll < hi and lower[j + n_coll] in ("member", "members")):
            return []
        if n_role >= n_coll and n_role:
            end = j + n_role
            key = tuple(lower[j:end])
            nxt_name = end < hi and self.nameish(end)
            headline_colon = not det and self.units[i].first and self.sent_section[self.units[i].sent] in ("headline", "standfirst")
            if self._plural(key) or nxt_name or not (det in ("definite", "indefinite", "possessive") or modifiers or headline_colon):
                return []
            if roles & {"ambassador", "envoy"} and end + 1 < hi and lower[end] == "to":
                k2 = end + 1 + (lower[end + 1] == "the")
                n2, entries2 = self.match(k2) if k2 < hi else (0, ())
                if any(e.form == "NAME" and self._type(e) in ("ORG", "COUNTRY") for e in entries2):
                    end = k2 + n2
            desc = {"type": "PERSON", "roles": roles, "country": country, "org": org, "det": det, "noun_end": j + n_role - 1}
            found.append(self._cand(i, end, "DESCRIPTION", "description", head=key[-1], desc=desc))
        elif n_coll:
            end = j + n_coll
            kind, choices, bare = coll
            members_premod = kind == "ORG" and end < hi and lower[end] in ("member", "members") and det in ("", "blocked")
            owned = kind == "ORG" and bare and det == "possessive" and not modifiers  # "their union", "its bank"
            # a noun that needs a modifier the first time may refer back bare to a mention with the same head
            # ("Norway's energy ministry" … "the ministry")
            again = det == "definite" and not bare and not modifiers
            if not (det == "definite" and (bare or modifiers) or (modifiers and det != "possessive" and not bare) or members_premod or owned or again):
                return []
            if end < hi and self.nameish(end):
                return []
            if choices & _FORCES.keys() and (det != "definite" or self._modifier_use(end)):
                return []  # "the army said", not "my soldiers", "the military operation"
            desc = {"type": kind, "choices": choices, "country": country, "org": org, "det": det, "again": again}
            found.append(self._cand(i, end, "DESCRIPTION", "description", head=lower[end - 1], desc=desc))
        return found

    def _modifier_use(self, end: int) -> bool:
        """Is the noun ending before unit ``end`` a modifier of the next word ("the police station")? Yes when
        a lower-case word follows that is not a small word, a reporting verb or a past form ("the army said")."""
        if end >= self.hi[end - 1]:
            return False
        k = self.keys[end]
        return k.isalpha() and k.islower() and k not in self.lex.stopwords and k not in self.lex.reporting and not k.endswith("ed")

    def _age(self, j: int) -> bool:
        """Do units ``j:j+3`` spell an age ("54-year-old")?"""
        return j + 2 < self.hi[j] and self.keys[j].isdigit() and self.keys[j + 1] == "-" and self.lower[j + 2] == "year-old"

    def _age_description(self, i: int, end: int) -> list[_Cand]:
        """"The 54-year-old has …": a definite age phrase standing alone refers to the most recent person."""
        nxt = self.lower[end] if end < self.hi[i] else ""
        if nxt and nxt.isalpha() and nxt not in self.lex.stopwords and nxt not in self.lex.reporting:
            return []  # "the 54-year-old law": a thing, or a noun this rule does not know
        desc = {"type": "PERSON", "roles": set(), "country": "", "org": "", "det": "definite", "noun_end": end - 1, "age": True}
        return [self._cand(i, end, "DESCRIPTION", "description", head="year-old", desc=desc)]

    def _byline_role(self, i: int) -> list[_Cand]:
        """A headline's speaker after its quote: "…', says crane operator" (up to two words before a role noun
        that ends the headline)."""
        hi = self.hi[i]
        for j in range(i, min(i + 3, hi)):
            n, roles = self.role_noun(j)
            if n and (j + n == hi or not self.keys[j + n].isalpha()) and all(self.keys[k].isalpha() and self.keys[k].islower() for k in range(i, j + n)):
                key = tuple(self.lower[j : j + n])
                if self._plural(key):
                    return []
                desc = {"type": "PERSON", "roles": roles, "country": "", "org": "", "det": "", "noun_end": j + n - 1}
                return [self._cand(i, j + n, "DESCRIPTION", "description", head=key[-1], desc=desc)]
        return []

    def _hyphen_parts(self, i: int) -> list[_Cand]:
        u, found, offset = self.units[i], [], 0
        for part in u.key.split("-"):
            start = u.start + offset
            offset += len(part) + 1
            entries = self.table.names.get((part,), ())
            e = next((e for e in entries if e.form in ("NAME", "ADJ") and self._type(e) in ("COUNTRY", "GROUP")), None)
            if e and part[:1].isupper():
                found.append(_Cand(i, i + 1, start, start + len(part), "ADJECTIVE", _PRIORITY["adjective"], actor=e.actor_id))
        return found

    # ----------------------------------------------------------------- selection and resolution
    def select(self, cands: list[_Cand]) -> list[_Cand]:
        taken: list[tuple[int, int]] = []
        chosen = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
            if any(c.start < e and s < c.end for s, e in taken):
                continue
            taken.append((c.start, c.end))
            chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def resolve(self, chosen: list[_Cand]) -> list[Mention]:
        self.history: list[tuple[_Cand, str, bool]] = []
        self.failed: list[_Cand] = []
        mentions = []
        named = {c.actor for c in chosen if c.kind in ("NAME", "TITLE_NAME") and c.actor}
        for number, c in enumerate(chosen):
            if c.kind == "BLOCK":
                continue
            aid = c.actor
            if c.choices:
                aid = self._nearest(list(c.choices), c.i)
            elif c.kind == "PRONOUN":
                later = [x for x in chosen[number + 1 :] if self.units[x.i].sent == self.units[c.i].sent]
                aid = self.resolve_pronoun(c.i, c.desc["gender"], later)
            elif "seats" in c.desc:
                orgs = [a for a in c.desc["seats"] if self.actor(a).type != "COUNTRY" and a in named]
                aid = orgs[0] if orgs else next(a for a in c.desc["seats"] if self.actor(a).type == "COUNTRY")
            elif c.desc.get("type") == "LINK":
                aid = c.desc["target"].actor
            elif c.kind == "DESCRIPTION" and not aid:
                aid = self.resolve_person(c) if c.desc["type"] == "PERSON" else self._apposed_name(c, chosen[number + 1 :])
                if not aid and c.desc["type"] != "PERSON":
                    aid = self.resolve_collective(c, chosen[number + 1 :])
            if not aid:
                if c.kind == "DESCRIPTION":
                    self.failed.append(c)
                continue
            act = self.actor(aid)
            if c.kind == "PRONOUN" and not act.gender:
                act.gender = c.desc["gender"]
            if c.kind == "DESCRIPTION" and act.type == "PERSON" and c.desc.get("country") and not act.country:
                act.country = c.desc["country"]
            c.actor = aid
            self.history.append((c, aid, self._speaker(c)))
            self.first_pos.setdefault(aid, c.i)
            mentions.append(c)
        return [self._mention(c) for c in mentions]

    def _mention(self, c: _Cand) -> Mention:
        act = self.actor(c.actor)
        sent = self.units[c.i].sent
        text = self.article.text[c.start : c.end]
        country = act.id if act.type == "COUNTRY" else act.country
        return Mention(c.start, c.end, text, act.id, c.kind, self.sent_section[sent], sent, act.type, country, act.gender)

    def _speaker(self, c: _Cand) -> bool:
        reporting = self.lex.reporting
        nxt = self.lower[c.j] if c.j < self.hi[c.i] else ""
        prev = self.lower[c.i - 1] if c.i > self.lo[c.i] else ""
        return nxt in reporting or prev in reporting

    def _is_person(self, aid: str) -> bool:
        return self.actor(aid).type == "PERSON"

    def resolve_pronoun(self, i: int, gender: str, later: list[_Cand] | None = None) -> str | None:
        sent = self.units[i].sent
        fits = [(c, aid, spk) for c, aid, spk in self.history if self._is_person(aid) and self.actor(aid).gender in ("", gender)]
        same = [h for h in fits if self.units[h[0].i].sent == sent and h[0].i < i]
        if same:
            return same[-1][1]
        for back in range(1, _PRONOUN_WINDOW + 1):
            in_sent = [h for h in fits if self.units[h[0].i].sent == sent - back]
            if in_sent:
                speakers = [h for h in in_sent if h[2]]
                return (speakers[-1] if speakers else in_sent[0])[1]
        for c in later or []:  # cataphora: "Sat at her kitchen table, Martha May flips …"
            if c.kind in ("NAME", "TITLE_NAME"):
                aid = c.actor or (self._nearest(list(c.choices), c.i) if c.choices else "")
                if aid and self._is_person(aid) and self.actor(aid).gender in ("", gender):
                    return aid
        return None

    def _valid(self, act: Actor) -> bool:
        day = self.article.published.isoformat() if self.article.published else ""
        if not day:
            return True
        return not (act.valid_from and day < act.valid_from[: len(day)]) and not (act.valid_to and day[: len(act.valid_to)] > act.valid_to)

    def _people(self) -> list[Actor]:
        ids = set(self.actors) | {a for a, act in self.table.actors.items() if act.type == "PERSON"}
        return [self.actor(a) for a in sorted(ids) if self.actor(a).type == "PERSON"]

    def _last_seen(self, aid: str) -> int:
        seen = [c.i for c, a, _ in self.history if a == aid]
        return seen[-1] if seen else -1

    def resolve_person(self, c: _Cand) -> str | None:
        d = c.desc
        if d["noun_end"] in self.links:
            return self.links[d["noun_end"]]
        if d["det"] == "indefinite":
            owner = d["org"] or d["country"]
            if not owner:
                return None
            aid = f"{owner.lower()}_{c.head}"
            if not self.known(aid):
                owner_name = self.actor(owner).name
                self.actors[aid] = Actor(aid, f"{owner_name} {c.head} (unnamed)", "PERSON", country=d["country"] or self.actor(owner).country,
                                         roles=set(d["roles"]), origin="discovered", source="an unnamed person described in the article")
            return aid
        same_head = [a for h, a, _ in self.history if h.head == c.head and h.kind == "DESCRIPTION" and self._is_person(a)]
        if same_head and not d["country"]:
            return same_head[-1]
        people = [p for p in self._people() if self._valid(p)]
        if "*" in d["roles"]:
            owner = self.resolve_pronoun(c.i, "male" if self.lower[c.i] == "his" else "female") if d["det"] == "possessive" else None
            owner_act = self.actor(owner) if owner else None
            cls = self._role_class(owner_act.roles) if owner_act else set()
            people = [
                p for p in people
                if p.id != owner
                and (p.country == d["country"] if d["country"] else not owner_act or p.country != owner_act.country)
                and (not cls or p.roles & cls)
            ]
        elif d.get("age"):  # "The 54-year-old": the most recent person
            seen = [a for _, a, _ in self.history if self._is_person(a)]
            return seen[-1] if seen else None
        else:
            people = [
                p for p in people
                if (p.roles & d["roles"] or self._titled_as(p.id, c.head)) and (not d["country"] or p.country in ("", d["country"]))
            ]
        if not people:
            return None
        def rank(p: Actor) -> tuple:
            return (bool(d["country"]) and p.country == d["country"], self._last_seen(p.id), -self.first_pos.get(p.id, 10**9))
        return max(people, key=rank).id

    def _titled_as(self, aid: str, noun: str) -> bool:
        """Was the person introduced with a title word that ``noun`` is made from ("European
        Commission Vice-President X" … "the commissioner")?"""
        return any(len(w) >= 5 and noun != w and noun.startswith(w) for w in self.title_words.get(aid, ()))

    def _role_class(self, roles: set[str]) -> set[str]:
        """The smallest role-noun class holding one of ``roles`` besides the role itself
        (a secretary of state's counterpart is a "top diplomat": a foreign minister)."""
        classes = [set(rs) for rs in self.lex.role_nouns.values() if roles & rs and len(rs) > 1]
        return min(classes, key=len) if classes else set(roles)

    def _apposed_name(self, c: _Cand, later: list[_Cand]) -> str | None:
        """The organisation named right after a collective description and a comma ("The employers'
        group, Port Operators UK, said")."""
        if not later or c.j >= len(self.keys) or self.keys[c.j] != "," or later[0].i != c.j + 1 or later[0].kind != "NAME":
            return None
        aid = later[0].actor
        return aid if aid and self.actor(aid).type == c.desc["type"] else None

    def resolve_collective(self, c: _Cand, later: list[_Cand] | None = None) -> str | None:
        """The country or organisation a collective noun refers to: an earlier mention with the same
        head noun ("the ministry"), else the organisations whose name holds one of the noun's words
        ("the union" → "… Union"), then company-like ones ("@company": "the company" → "Kestrel
        Energy"), then any ("*"), ranked by mentions in this and the previous sentence, then
        mentions in all, then recency; failing that, a fitting name in this or the next sentence."""
        d = c.desc
        if d["type"] == "COUNTRY" and d["country"]:
            return d["country"]
        same_head = [a for h, a, _ in self.history if h.kind == "DESCRIPTION" and h.head == c.head and self.actor(a).type != "PERSON"]
        if same_head:
            return same_head[-1]
        if d.get("again"):
            return None
        choices = d["choices"]
        if d["type"] == "COUNTRY":
            return self._rank_collective(c, lambda a: self.actor(a).type == "COUNTRY" and ("*" in choices or a in choices), later)
        tiers = [{w for w in choices if w not in ("*", "@company")}]
        if "@company" in choices:
            tiers.append({"@company"})
        if "*" in choices:
            tiers.append({"*"})
        for tier in tiers:
            found = self._rank_collective(c, lambda a, tier=tier: self._org_fits(a, tier), later)
            if found:
                return found
        forces = next((f for f in sorted(choices) if f in _FORCES), "")
        if forces:
            return self._national_forces(c, forces)
        return None

    def _national_forces(self, c: _Cand, marker: str) -> str | None:
        """"The army", "the soldiers", "the police" with no forces named: the forces of the country in
        the description ("the Somali army") or the most salient country so far; none if no country was named."""
        country = c.desc["country"] or self._rank_collective(c, lambda a: self.actor(a).type == "COUNTRY", None)
        if not country:
            return None
        suffix, noun = _FORCES[marker]
        aid = f"{country}_{suffix}"
        if not self.known(aid):
            self.actors[aid] = Actor(aid, f"{self.actor(country).name} {noun}", "ORG", country=country,
                                     origin="discovered", source="national forces described in the article")
        return aid

    def _org_fits(self, aid: str, words: set[str]) -> bool:
        act = self.actor(aid)
        if act.type != "ORG" or not words:
            return False
        if "*" in words:
            return True
        name = act.name.replace("-", " ").replace("’", "'").split()
        if "@company" in words:
            return bool(name) and name[-1] in self.lex.cue("company_head")
        if "@club" in words and name and name[-1] in self.lex.cue("club_head"):
            return True
        return bool((set(name) | {aid}) & words)

    def _rank_collective(self, c: _Cand, fits: Any, later: list[_Cand] | None) -> str | None:
        sent = self.units[c.i].sent
        score: Counter[str] = Counter()
        count: Counter[str] = Counter()
        last: dict[str, int] = {}
        for h, aid, _ in self.history:
            if not fits(aid):
                continue
            distance = sent - self.units[h.i].sent
            score[aid] += 2 if distance == 0 else 1 if distance == 1 else 0
            count[aid] += 1
            last[aid] = h.i
        if last:
            return max(last, key=lambda a: (score[a], count[a], last[a]))
        for x in later or []:  # "… their union has said. The National Port Workers' Union said …"
            if self.units[x.i].sent > sent + 1:
                break
            if x.kind == "NAME" and x.actor and fits(x.actor):
                return x.actor
        return None

    def run(self) -> list[Mention]:
        """Discover, propose, select, resolve; a description that resolves to no one gives way
        to the shorter mentions inside it ("the Russian leader" with no Russian leader → "Russian")."""
        self.discover()
        cands = self.candidates()
        for _ in range(3):
            mentions = self.resolve(self.select(cands))
            if not self.failed:
                break
            cands = [c for c in cands if c not in self.failed]
        return mentions


@lru_cache(maxsize=1)
def _government_table() -> dict[str, str]:
    """Surface → country of the national-government names in ``government_names.csv``."""
    return {row["surface"]: row["country"] for row in read_table("lexicons", "government_names.csv")}


def _first_key_lengths(keys: Any) -> dict[str, int]:
    """For each first element of the key tuples, the length of the longest key starting with it."""
    lengths: dict[str, int] = {}
    for key in keys:
        if key:
            lengths[key[0]] = max(lengths.get(key[0], 0), len(key))
    return lengths


@lru_cache(maxsize=16)
def _alias_lengths(table: ActorTable) -> dict[str, int]:
    """:func:`_first_key_lengths` of a table's aliases (tables compare by identity)."""
    return _first_key_lengths(table.names)


@lru_cache(maxsize=1)
def _lexicon_lengths() -> dict[str, dict[str, int]]:
    """:func:`_first_key_lengths` of the titles, role nouns and collective nouns of the lexicon."""
    lex = lexicon()
    return {
        "titles": _first_key_lengths(lex.titles),
        "role_nouns": _first_key_lengths(lex.role_nouns),
        "collective": _first_key_lengths(lex.collective),
    }


def _acronym_shape(word: str) -> bool:
    """Could ``word`` be an acronym: "WHO", "U.N.", or mixed case with two or more capitals ("NaCoDA")?"""
    letters = word.replace(".", "")
    return letters.isalpha() and letters[:1].isupper() and len(letters) <= 8 and (letters.isupper() or sum(c.isupper() for c in letters) >= 2)


def _family_first(key: tuple[str, ...]) -> bool:
    """Is a full name written family name first ("Xi Jinping", "Moon Jae-in")? Its first word is a family
    name from ``family_first_surnames.txt``, or it is two words ending in a Korean given name ("Jae-in")."""
    if len(key) < 2:
        return False
    last = key[-1].split("-")
    korean = len(key) == 2 and len(last) == 2 and last[0][:1].isupper() and last[1].isalpha() and last[1].islower()
    return korean or key[0] in read_word_list("lexicons", "family_first_surnames.txt")


def _initials(keys: list[str]) -> str:
    """An organisation's id from its name: initials of its capitalised words ("Forest Voices Coalition" → FVC)."""
    words = [k for k in keys if k[:1].isupper()]
    if len(words) == 1:
        return snake_id(words[0]).upper()
    return "".join(k.replace(".", "") if k.replace(".", "").isupper() else k[0] for k in words).upper()


def _analyse(article: Any, actors: Any) -> tuple[tuple[Mention, ...], dict[str, Actor]]:
    art = as_article(article, caller="find_mentions")
    table = load_actor_table(actors)
    return _run_cached(art.text, art.paragraphs, art.published, art.source, table)


@lru_cache(maxsize=32)
def _run_cached(text: str, paragraphs: tuple, published: Any, source: str, table: ActorTable) -> tuple[tuple[Mention, ...], dict[str, Actor]]:
    art = Article(text=text, paragraphs=paragraphs, published=published, source=source)
    doc = _Doc(art, table)
    mentions = doc.run()
    return tuple(mentions), {a: doc.actor(a) for a in {m.actor_id for m in mentions}}


def find_mentions(article: Article | str, actors: Any = None) -> pd.DataFrame:
    """Every mention of an actor in the article, resolved to an actor id.

    Args:
        article: an :class:`~helpers.article.Article` (or the article's text).
        actors: None for the generic tables plus discovery (works on any article), a path to
            an actors CSV such as ``data/actors.csv``, a DataFrame with its columns, or an
            :class:`~helpers.alias_table.ActorTable`.

    Returns:
        A DataFrame in document order with ``start, end, text, actor_id, kind, section`` and
        ``sentence, actor_type, country, gender``. ``kind`` is one of :data:`KINDS`. Ids: people
        in snake case (``vladimir_putin``; discovered ones from their full name), countries ISO3
        (``RUS``), organisations their table id (``NATO``, ``UNSC``), the West ``WEST``.

    Raises:
        HelpersError: ``article`` is not an Article or text; the actors table is missing or malformed.

    Example:
        >>> from helpers.article import article_from_text
        >>> m = find_mentions(article_from_text("Talks\\n\\nMoscow denies it. Nato met in Moscow."))
        >>> list(zip(m.text, m.actor_id, m.kind))
        [('Moscow', 'RUS', 'METONYM'), ('Nato', 'NATO', 'NAME')]
    """
    mentions, _ = _analyse(article, actors)
    return frame_from_spans(mentions, columns=_COLUMNS)


def actor_frame(article: Article | str, mentions: pd.DataFrame | None = None, actors: Any = None) -> pd.DataFrame:
    """One row per actor mentioned: ``id, name, type, country, role, count`` and more.

    Args:
        article: the article the mentions come from.
        mentions: the output of :func:`find_mentions` (recomputed when None); counts come from it.
        actors: the same ``actors`` argument given to :func:`find_mentions`.

    Returns:
        A DataFrame sorted by count (then id) with ``id, name, type, country, role, count,
        names, first, origin``: ``names`` counts NAME and TITLE_NAME mentions, ``first`` is the
        offset of the first mention, ``origin`` says where the actor came from (``table``,
        ``lexicon`` or ``discovered``). Every ``actor_id`` in ``mentions`` has a row.

    Example:
        >>> from helpers.article import article_from_text
        >>> actor_frame(article_from_text("Talks\\n\\nMoscow denies it."))[["id", "name", "count"]].values.tolist()
        [['RUS', 'Russia', 1]]
    """
    if mentions is None:
        found, _ = _analyse(article, actors)
        mentions = frame_from_spans(found, columns=_COLUMNS)
    rows = _actor_rows(article, zip(mentions["actor_id"], mentions["kind"], mentions["start"]), actors)
    columns = ["id", "name", "type", "country", "role", "count", "names", "first", "origin"]
    return pd.DataFrame(rows, columns=columns)


def _actor_rows(article: Article | str, mentions: Any, actors: Any = None) -> list[dict[str, Any]]:
    """The rows of :func:`actor_frame` from ``(actor_id, kind, start)`` triples, sorted by count then id."""
    _, registry = _analyse(article, actors)
    table = load_actor_table(actors)
    groups: dict[str, list[tuple[str, int]]] = {}
    for aid, kind, start in mentions:
        if not pd.isna(aid):  # like groupby: mentions with no actor count for no one
            groups.setdefault(aid, []).append((kind, int(start)))
    rows = []
    for aid, group in groups.items():
        act = registry.get(aid) or table.actors.get(aid) or Actor(aid, aid, "PERSON", origin="unknown")
        role = act.role or ", ".join(sorted(act.roles))
        rows.append({
            "id": aid,
            "name": act.name,
            "type": act.type,
            "country": act.id if act.type == "COUNTRY" else act.country,
            "role": role,
            "count": len(group),
            "names": sum(kind in ("NAME", "TITLE_NAME") for kind, _ in group),
            "first": min(start for _, start in group),
            "origin": act.origin,
        })
    return sorted(rows, key=lambda r: (-r["count"], r["id"]))


def _keep(mentions: pd.DataFrame, metonyms: bool, adjectives: bool, pronouns: bool, descriptions: bool) -> pd.DataFrame:
    drop = [k for k, on in (("METONYM", metonyms), ("ADJECTIVE", adjectives), ("PRONOUN", pronouns), ("DESCRIPTION", descriptions)) if not on]
    return mentions[~mentions["kind"].isin(drop)]


def _labels(mentions: pd.DataFrame, by: str) -> pd.Series:
    if by == "actor":
        return mentions["actor_id"]
    if by == "country":
        return mentions["country"].where(mentions["country"].astype(bool), mentions["actor_id"])
    raise HelpersError(f"by must be 'actor' or 'country', not {by!r}.")


def count_actors(
    mentions: pd.DataFrame,
    by: str = "actor",
    metonyms: bool = True,
    adjectives: bool = True,
    pronouns: bool = True,
    descriptions: bool = True,
    section: str | None = None,
) -> pd.Series:
    """How often each actor is mentioned, largest first.

    Args:
        mentions: the output of :func:`find_mentions`.
        by: ``"actor"`` (people apart) or ``"country"`` (people and national bodies rolled up to
            their country; international bodies and groups stay themselves).
        metonyms, adjectives, pronouns, descriptions: count these kinds of mention or not.
        section: only this section ("body", "headline" …); all when None.

    Example:
        >>> m = pd.DataFrame({"actor_id": ["RUS", "vladimir_putin"], "kind": ["ADJECTIVE", "NAME"],
        ...                   "country": ["RUS", "RUS"], "section": ["body", "body"]})
        >>> count_actors(m, by="country").to_dict(), count_actors(m, adjectives=False).to_dict()
        ({'RUS': 2}, {'vladimir_putin': 1})
    """
    kept = _keep(mentions, metonyms, adjectives, pronouns, descriptions)
    if section is not None:
        kept = kept[kept["section"] == section]
    counts = _labels(kept, by).value_counts()
    counts = counts.rename_axis(by).rename("mentions")
    return counts.sort_index().sort_values(ascending=False, kind="stable")


def counts_by_section(mentions: pd.DataFrame, by: str = "actor") -> pd.DataFrame:
    """Mentions per actor (rows) and section (columns), actors ordered by their total.

    Example:
        >>> m = pd.DataFrame({"actor_id": ["RUS", "RUS"], "country": ["RUS", "RUS"], "section": ["body", "headline"]})
        >>> counts_by_section(m).loc["RUS"].tolist()
        [1, 1]
    """
    table = pd.crosstab(_labels(mentions, by).rename(by), mentions["section"])
    table = table.loc[table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable").index]
    return table


def cooccurrence(mentions: pd.DataFrame, by: str = "actor", top: int | None = None, **kinds: bool) -> pd.DataFrame:
    """Who appears with whom: the number of sentences in which both actors are mentioned.

    Args:
        mentions: the output of :func:`find_mentions`.
        by: ``"actor"`` or ``"country"`` (see :func:`count_actors`).
        top: keep only the ``top`` most mentioned actors.
        **kinds: ``metonyms=``, ``adjectives=``, ``pronouns=``, ``descriptions=`` as in :func:`count_actors`.

    Returns:
        A square DataFrame (actors × actors); the diagonal counts the sentences mentioning each actor.

    Example:
        >>> m = pd.DataFrame({"actor_id": ["RUS", "UKR", "RUS"], "kind": ["NAME"] * 3,
        ...                   "country": ["RUS", "UKR", "RUS"], "sentence": [0, 0, 1]})
        >>> cooccurrence(m).values.tolist()
        [[2, 1], [1, 1]]
    """
    kept = _keep(mentions, kinds.get("metonyms", True), kinds.get("adjectives", True), kinds.get("pronouns", True), kinds.get("descriptions", True))
    labels = _labels(kept, by)
    order = labels.value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    if top is not None:
        order = order[:top]
    matrix = pd.DataFrame(0, index=order, columns=order, dtype="int64")
    for _, group in labels.groupby(kept["sentence"]):
        present = sorted(set(group) & set(order))
        for a in present:
            matrix.loc[a, a] += 1
        for a, b in combinations(present, 2):
            matrix.loc[a, b] += 1
            matrix.loc[b, a] += 1
    return matrix


def naive_capitalised_counts(article: Article | str) -> pd.Series:
    """The naive way: count capitalised words that do not start a sentence (for contrast).

    Example:
        >>> from helpers.article import article_from_text
        >>> naive_capitalised_counts(article_from_text("Talks\\n\\nThe envoy met Mr Putin. Putin left.")).to_dict()
        {'Mr': 1, 'Putin': 1}
    """
    art = as_article(article, caller="actor_frame")
    words = []
    for sent in sentences(art):
        units = [k for _, _, k in unit_spans(sent.text) if any(c.isalpha() for c in k)]
        words += [k for k in units[1:] if k[:1].isupper()]
    counts = pd.Series(words, dtype=object).value_counts()
    return counts.sort_index().sort_values(ascending=False, kind="stable").rename("count")
