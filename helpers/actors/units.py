"""The token units the matcher walks, and the lookups every later step asks of them.

A unit is one token of ``doc.tokens`` (the one tokenizer, :func:`helpers.text.tokens`) with its
apostrophes made straight and spaced initials joined ("U. N." is one unit ``U.N.``), so that
alias keys (:func:`helpers.actors.tables.keys_of`) match unit keys. Lookups never look past
the unit's sentence: ``lo[i]:hi[i]`` is the sentence window of unit ``i``.

:class:`ArticleUnits` holds the per-article state (units, the article's own copies of actors,
aliases discovered in it); the steps in ``markers``, ``names``, ``registry``, ``discovery``,
``candidates``, ``descriptions`` and ``resolve*`` are mixins that read and add to it.

Example:
    >>> from helpers.document import Document
    >>> from helpers.article import article_from_text
    >>> from helpers.actors.aliases import load_actor_table
    >>> doc = Document(article_from_text("Talks\\n\\nThe U. N. met."))
    >>> units = ArticleUnits(doc, load_actor_table(None))
    >>> units.keys, units.match(2).entries[0].actor_id
    (['Talks', 'The', 'U.N.', 'met', '.'], 'UN')
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..resources import data_cache
from .model import Candidate, Lookup, Match, Seen, TitleSpan
from .shapes import REGNAL
from .tables import Actor, ActorTable, Entry, lexicon, one_capitalised_word
from .unit_lists import QUOTE_OPENERS, TITLE_SECTIONS, UnitLists, indexes

__all__ = ["ArticleUnits"]

#: What follows the apostrophe of a contraction ("I've", "they're", "don't"); a name's part never is one of these.
_CONTRACTION_TAILS = frozenset(("ve", "ll", "re", "m", "d", "t"))

NO_MATCH = Match(0, ())
NO_LOOKUP = Lookup(0, None)


class Cues(dict):
    """The word lists of ``actor_cues.csv`` by cue name; a missing cue is an empty list (and is not added)."""

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class WordSets:
    """Word sets the actor steps test every unit against, made from the lexicons once (not per article)."""

    cues: Cues
    determiners: Mapping[str, frozenset[str]]
    any_determiner: frozenset[str]
    #: the head words of organisations, companies and clubs
    heads: frozenset[str]
    #: the first words of role and collective nouns
    noun_starts: frozenset[str]
    #: words that may start a description, pronoun or apposition (see ``Candidates._phrase_starts``)
    starters: frozenset[str]
    #: words after which a description may start (determiners, speech verbs)
    after: frozenset[str]


@data_cache
def word_sets() -> WordSets:
    """The :class:`WordSets` of the lexicons (cached by :func:`helpers.resources.data_cache`).

    Example:
        >>> "the" in word_sets().determiners["definite"], word_sets().cues["no such cue"]
        (True, frozenset())
    """
    lex = lexicon()
    cues = Cues(lex.cues)
    determiners = {
        "none": cues["determiner_none"],
        "definite": cues["determiner_definite"],
        "indefinite": cues["determiner_indefinite"],
        "article": cues["determiner_definite"] | cues["determiner_indefinite"],
        "possessive": cues["possessive_pronoun"],
    }
    any_determiner = frozenset().union(*determiners.values())
    noun_starts = frozenset(lex.lengths["role_nouns"]) | frozenset(lex.lengths["collective"])
    starters = any_determiner | cues["pronoun_male"] | cues["pronoun_female"] | cues["possessive_pronoun"] | noun_starts
    return WordSets(
        cues=cues,
        determiners=determiners,
        any_determiner=any_determiner,
        heads=cues["org_head"] | cues["company_head"] | cues["club_head"],
        noun_starts=noun_starts,
        starters=starters,
        after=any_determiner | cues["speech_core"],
    )


def shouted_form(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """An alias in capitals, as a headline shouts it, when every word is capitalised letters and the alias has more
    than one word, or is one word of four letters or more (as the tables shout their one-word names); else None.

    Example:
        >>> shouted_form(("Kestrels",)), shouted_form(("Ana", "Ruiz")), shouted_form(("Lee",)), shouted_form(("IBM",))
        (('KESTRELS',), ('ANA', 'RUIZ'), None, None)
    """
    if len(key) == 1:
        return (key[0].upper(),) if one_capitalised_word(key[0]) else None
    if not key or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in key):
        return None
    return tuple(w.upper() for w in key)


class AliasAdding:
    """Adds the aliases an article's steps find; the lookups an alias may change are forgotten
    (mixin of :class:`ArticleUnits`, which holds ``extra``, ``extra_lengths``, ``keys`` and the lookups)."""

    extra: dict[tuple[str, ...], list[Entry]]
    extra_lengths: dict[str, int]
    keys: list[str]
    key_set: set[str]
    capitalised: list[int]
    #: the units of each capitalised key, once an alias is added (None: not yet)
    _capitalised_at: dict[str, list[int]] | None
    _memo: list[Match | None]
    #: units whose lookup an added alias made forget, and whether :meth:`ArticleUnits.matches` looked up every unit
    _forgotten: list[int]
    _all_matched: bool
    _premodifiers: dict[int, Any]

    def add_alias(self, key: tuple[str, ...], entry: Entry) -> None:
        """Add an alias found in the article, and its shouted form when the article writes one (:func:`shouted_form`:
        "KESTRELS" in a headline in capitals); lookups they may change are forgotten."""
        for form in self._written_forms(key):
            if form:
                self._forget_matches_at(form[0])  # only an alias's first word can start it
            if entry not in self.extra[form]:
                self.extra[form].append(entry)
            if form:
                self.extra_lengths[form[0]] = max(self.extra_lengths.get(form[0], 0), len(form))
        self._premodifiers.clear()

    def _written_forms(self, key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The alias, and its shouted form when the article shouts it (:func:`shouted_form`, :meth:`_shouted_somewhere`)."""
        shouted = shouted_form(key)
        return (key, shouted) if shouted and self._shouted_somewhere(shouted[0]) else (key,)

    def _shouted_somewhere(self, word: str) -> bool:
        """Does the article write ``word`` (in capitals) in a sentence all in capitals, a shouted headline (not only
        in a dateline: "JACKSON, Miss.")?"""
        return word in self.key_set and any(self.all_caps(i) for i in self._positions(word, len(self.keys)))

    def _forget_matches_at(self, word: str) -> None:
        """Forget the longest-alias lookups at the units whose key is ``word``.

        A capitalised word's units come from an index of the capitalised units, made when the first
        alias is added (aliases almost always start with a capital); another word's are found with
        ``list.index`` (a scan in C)."""
        if word not in self.key_set:
            return  # not in the article
        if word[:1].isupper():
            if self._capitalised_at is None:
                self._capitalised_at = {}
                for i in self.capitalised:
                    self._capitalised_at.setdefault(self.keys[i], []).append(i)
            units = self._capitalised_at.get(word, [])
        else:
            units = self._positions(word, len(self.keys))
        for i in units:
            self._memo[i] = None
        self._forgotten += units

    def add_aliases(self, aliases: list[tuple[tuple[str, ...], Entry]]) -> None:
        """Add many aliases at once (as :meth:`add_alias` does one), then forget every lookup once."""
        extra, lengths = self.extra, self.extra_lengths
        for key, entry in aliases:
            for form in self._written_forms(key):
                found = extra[form]
                if entry not in found:
                    found.append(entry)
                if form:
                    lengths[form[0]] = max(lengths.get(form[0], 0), len(form))
        self._memo = [None] * len(self.keys)
        self._all_matched = False
        self._premodifiers.clear()


class ArticleUnits(AliasAdding, UnitLists):
    """One article's units and lookups, read against one actor table.

    Args:
        doc: a :class:`helpers.document.Document` (its ``sentences``, ``tokens`` and ``article``).
        table: the :class:`~helpers.actors.tables.ActorTable` to match.
    """

    def __init__(self, doc: Any, table: ActorTable) -> None:
        self.article, self.table, self.lex = doc.article, table, lexicon()
        #: the article's own copies of actors, and actors discovered in it
        self.actors: dict[str, Actor] = {}
        #: the office holders of the publication date (:mod:`~helpers.actors.offices`), made actors when first asked for
        self.office_people: Mapping[str, Any] = {}
        #: aliases discovered in the article (full names, surnames, acronyms)
        self.extra: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.extra_lengths: dict[str, int] = {}
        self.first_pos: dict[str, int] = {}
        #: people the article names in full (a later surname is then ``surname_after_full_name``)
        self.named_in_full: set[str] = set()
        #: the first word of each full name discovered, and whose names start with it
        self.first_words: dict[str, set[str]] = defaultdict(set)
        self._tails: dict[tuple[str, ...], str] | None = None
        self._sports: bool | None = None  # is the article a sports report (:func:`~helpers.actors.clubs.sports_report`)
        self.club_towns: dict[str, str] = {}  # a town's name → the club named after it in the article ("Boston" → the Boston Herons)
        self.links: dict[int, str] = {}
        self.title_spans: list[TitleSpan] = []
        #: words of the title phrase a person was introduced with ("european", "commission", "vice-president")
        self.title_words: dict[str, set[str]] = defaultdict(set)
        self.portfolio: set[int] = set()
        self.portfolio_title: dict[int, int] = {}
        self.blocked: set[int] = set()
        #: resolved mentions so far (reset by each round of resolution), also by sentence, head noun and actor
        self.history: list[Seen] = []
        self.history_by_sent: dict[int, list[Seen]] = {}
        self.people_by_sent: dict[int, list[Seen]] = {}
        self.history_by_head: dict[str, list[Seen]] = {}
        self.last_seen: dict[str, int] = {}
        self.seen_count: dict[str, int] = {}  # in order of first mention
        self.failed: list[Candidate] = []
        self._table_people: set[str] | None = None
        #: the sentences where "a group", "an international coalition" … bring in an unnamed one, by head noun
        self._indefinite_heads: dict[str, list[int]] | None = None
        self._states_named: frozenset[str] | None = None
        #: the country the article names most ("" when none is named often enough; None: not counted yet)
        self._main_country: str | None = None
        #: whether each unit is inside quote marks in its sentence (None: not read yet), and which sentences
        #: have a reporting verb outside quote marks
        self._quoted_units: list[bool] | None = None
        self._framed_sents: dict[int, bool] = {}
        #: the longest alias at each unit, once asked (None: not yet); sized by ``_build_units``
        self._memo: list[Match | None] = []
        self._forgotten: list[int] = []
        self._all_matched = False
        self._capitalised_at = None
        self._roles: dict[int, Lookup] = {}
        self._collectives: dict[int, Lookup] = {}
        self._all_caps: dict[int, bool] = {}
        self._role_starts = self.lex.lengths["role_nouns"]  # first words of role nouns
        self._collective_starts = self.lex.lengths["collective"]
        self._title_ends = self.lex.last_words["titles"]  # last words of titles
        self._role_noun_ends = self.lex.last_words["role_nouns"]
        self._premodifiers: dict[int, Any] = {}  # depends on the aliases: cleared with _memo
        words = word_sets()
        #: the word lists of ``actor_cues.csv`` by cue name (a missing cue is an empty list)
        self.cues: Mapping[str, frozenset[str]] = words.cues
        cue = self.lex.cue
        self.determiners = words.determiners
        self.any_determiner = words.any_determiner
        self.heads = words.heads
        self.phrase_words = words
        self.pronoun_male, self.pronoun_female = cue("pronoun_male"), cue("pronoun_female")
        self.not_a_name = cue("not_a_name")
        self.particles = cue("particle")
        self.member_nouns = cue("member_noun")
        self.posted_roles = cue("posted_role")
        self._build_units(doc)
        self._nameish: list[bool | None] = [None] * len(self.keys)

    def _positions(self, key: str, stop: int) -> list[int]:
        """The units before ``stop`` whose key is ``key`` (found with ``list.index``, a scan in C)."""
        found, i = [], -1
        while True:
            try:
                i = self.keys.index(key, i + 1, stop)
            except ValueError:
                return found
            found.append(i)

    def all_caps(self, i: int) -> bool:
        """Is every word of unit ``i``'s sentence in capitals (a shouted headline: no acronyms there)?"""
        sent = self.sents[i]
        found = self._all_caps.get(sent)
        if found is None:
            found = self._all_caps[sent] = all(k.isupper() for k in self.keys[self.lo[i] : self.hi[i]] if k.isalpha())
        return found

    def actor(self, aid: str) -> Actor:
        """The article's own copy of an actor (discovered facts are added to the copy)."""
        found = self.actors.get(aid)
        if found is None:
            holder = self.office_people.get(aid)
            found = self.actors[aid] = holder.actor() if holder is not None else self.table.actors[aid].copy()
        return found

    def known(self, aid: str) -> bool:
        """Is ``aid`` an actor of the table or of this article?"""
        return aid in self.actors or aid in self.table.actors or aid in self.office_people

    def match(self, i: int) -> Match:
        """The longest alias (table or discovered) starting at unit ``i``, within its sentence."""
        memo = self._memo[i]
        if memo is None:
            memo = self._memo[i] = self._match(i, self.hi[i])
        return memo

    def matches(self) -> list[Match]:
        """The longest alias at every unit (what :meth:`match` gives), as one list.

        For speed: the first time, units whose key no alias starts with get ``NO_MATCH`` at once (those
        keys are found by set intersections, in C) and only the others are looked up; later, only the
        units an added alias made forget theirs. Read the list only while no alias is added (after discovery).
        """
        memo, hi = self._memo, self.hi
        if not self._all_matched:
            table_keys, extra_keys = self.table.lengths.keys(), self.extra_lengths.keys()
            here, lower_here = self.key_set, set(self.lower)
            starts, lower_starts = (table_keys & here) | (extra_keys & here), self.table.desc_lengths.keys() & lower_here
            memo[:] = [NO_MATCH] * len(memo)
            self._forgotten = indexes(starts, self.keys)
            if lower_starts:  # a capitalised sentence start may be a description alias ("A senior official")
                self._forgotten = sorted(set(self._forgotten).union(indexes(lower_starts, self.lower)))
            self._all_matched = True
        for i in self._forgotten:
            memo[i] = self._match(i, hi[i])
        self._forgotten = []
        return memo

    def _match(self, i: int, hi: int) -> Match:
        keys = self.keys
        first = keys[i]
        # no alias starting with this key is longer than this: shorter lookups only
        lengths = self.table.lengths
        # the lower-case word can only start a description alias ("The mayor" at a sentence's start)
        longest = max(lengths.get(first, 0), self.extra_lengths.get(first, 0), self.table.desc_lengths.get(self.lower[i], 0))
        if not longest:
            return NO_MATCH
        names, extra = self.table.names, self.extra
        for n in range(min(max(self.table.longest, 6), hi - i, longest), 0, -1):
            key = tuple(keys[i : i + n])
            entries = names.get(key, ())
            more = extra.get(key)
            if more:
                entries = entries + tuple(more)
            if not entries and self.firsts[i] and first[:1].isupper():
                lowered = (first.lower(), *key[1:])
                entries = tuple(e for e in names.get(lowered, ()) if e.form == "DESC")
            if entries:
                return Match(n, entries)
        return NO_MATCH

    def _longest(self, table: Any, kind: str, i: int, lower: bool) -> Lookup:
        seq = self.lower if lower else self.keys
        for n in range(min(5, self.hi[i] - i, self.lex.lengths[kind].get(seq[i], 0)), 0, -1):
            key = tuple(seq[i : i + n])
            if key in table:
                return Lookup(n, table[key])
        return NO_LOOKUP

    def title(self, i: int) -> Lookup:
        """The longest title (``titles.csv``) at unit ``i``, case as written."""
        return self._longest(self.lex.titles, "titles", i, lower=False)

    def role_noun(self, i: int) -> Lookup:
        """The longest role noun (``role_nouns.csv``) at unit ``i``, in lower case; its value is the roles."""
        if self.lower[i] not in self._role_starts:
            return NO_LOOKUP
        found = self._roles.get(i)
        if found is None:
            found = self._roles[i] = self._longest(self.lex.role_nouns, "role_nouns", i, lower=True)
        return found

    def collective(self, i: int) -> Lookup:
        """The longest collective noun (``collective_nouns.csv``) at unit ``i``, in lower case."""
        if self.lower[i] not in self._collective_starts:
            return NO_LOOKUP
        found = self._collectives.get(i)
        if found is None:
            found = self._collectives[i] = self._longest(self.lex.collective, "collective", i, lower=True)
        return found

    def nameish(self, i: int) -> bool:
        """Could unit ``i`` be part of a person's name? (capitalised, not a stop/calendar/title word)."""
        known = self._nameish[i]
        if known is None:
            known = self._nameish[i] = self._nameish_uncached(i)
        return known

    def _nameish_uncached(self, i: int) -> bool:
        k = self.keys[i]
        if REGNAL.fullmatch(k) and i > self.lo[i] and self.keys[i - 1] in self.lex.given_names \
                and not (len(k) == 1 and i + 1 < self.hi[i] and self.keys[i + 1] == "."):
            return True  # "Benedict XVI": a regnal number is part of the name (not the initial of "Vladimir V. Putin")
        return (
            k[:1].isupper()
            and (not k.isupper() if k.isascii() else any(c.islower() for c in k))  # has a lower-case letter (ASCII: in C)
            and (k.lower() not in self.lex.stopwords or k in self.cues["name_like_stopword"] and stopword_as_name(self, i))  # "Don Kestrel", "Ma Ying"
            and k not in self.not_a_name
            and not self._calendar(i)
            and ((k,) not in self.lex.titles or self._title_as_surname(i))
            and i not in self.portfolio
            and k.rpartition("'")[2] not in _CONTRACTION_TAILS  # "I've", "We're", "Don't": never a name
            and not k.endswith("-year-old")  # "Five-year-old Ana Ruiz": an age, not a given name
        )

    def states_named(self) -> frozenset[str]:
        """The US states whose name is a place (``us_states.csv``) that the text names, found in one pass.

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> sorted(reader_for("Ruiz won Ohio and New Hampshire, not Georgia.").states_named())
            ['New Hampshire', 'Ohio']
        """
        if self._states_named is None:
            names = sorted(self.lex.us_states, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
            self._states_named = frozenset(pattern.findall(self.article.text)) if names else frozenset()
        return self._states_named

    def _given_name(self, key: str) -> bool:
        """Is ``key`` a given name: a gendered one (``given_names.csv``) or one common for both (``unisex_given_name``)?"""
        return key in self.lex.given_names or key in self.cues["unisex_given_name"]

    def _title_as_surname(self, i: int) -> bool:
        """Is the title word at unit ``i`` a surname, right after a given name (or, for a title of three letters or fewer
        written without its point, any name word: "Dorv Sen said") and before no other name ("Ana King said", "Rep. Tom
        Duke of Kent"; not "Prince Tom", "the Duke of Kent", "Sen. Ana Ruiz")?"""
        nxt = self.keys[i + 1] if i + 1 < self.hi[i] else ""
        before = self.keys[i - 1] if i > self.lo[i] else ""
        short = len(self.keys[i]) <= 3 and nxt != "." and before.isalpha() and before[:1].isupper() and before.lower() not in self.lex.stopwords
        if not (self._given_name(before) or short or self._third_name_word(i)):
            return False  # "Dorv Sen," after a name word: a short title written without its point is a name's part
        return not (nxt[:1].isupper() and nxt.lower() not in self.lex.stopwords)

    def _third_name_word(self, i: int) -> bool:
        """Does the title word at unit ``i`` follow a name word that follows a given name or a title, the two words
        before it being no title of their own ("Martin Luther King", "General Tom Kestrel Sultan"; not "Deputy Prime
        Minister", "Major General")?"""
        if i - 2 < self.lo[i] or i + 1 < self.hi[i] and self.keys[i + 1] == ".":
            return False  # "Navy Capt. Jeff Davis": an abbreviated title
        before, first = self.keys[i - 1], self.keys[i - 2]
        if not (before.isalpha() and before[:1].isupper() and (before,) not in self.lex.titles and before not in self.heads and (before,) not in self.table.names) \
                or self.title(i - 2).length > 1 or self.title(i - 1).length > 1:
            return False  # not "Republican House Speaker": "House" heads an organisation's name
        return self._given_name(first) or first[:1].isupper() and (first,) in self.lex.titles and self.lex.titles[(first,)].kind != "party"

    def _calendar(self, i: int) -> bool:
        """A month or weekday: full names always, abbreviations ("Sun", "Jan") before "." or a number; not a
        weekday that opens a newspaper's name ("the Sunday Times": a ``publication_head`` after it)."""
        k = self.keys[i].lower()
        if k not in self.lex.calendar:
            return False
        nxt = self.keys[i + 1] if i + 1 < self.hi[i] else ""
        if k not in self.lex.months and nxt in self.cues["publication_head"]:
            return False
        if len(k) > 4 or k in self.lex.months:
            return True
        return nxt == "." or nxt[:1].isdigit()

    def nonperson_at(self, i: int) -> bool:
        n, entries = self.match(i)
        return bool(n) and not any(self._type(e) == "PERSON" for e in entries)

    def entries_for(self, key: tuple[str, ...]) -> tuple[Entry, ...]:
        """Every entry of alias ``key``: the tables' and those found in this article."""
        return self.table.names.get(key, ()) + tuple(self.extra.get(key, ()))

    def _type(self, entry: Entry) -> str:
        if entry.form == "PLACE":
            return "PLACE"
        aid = entry.actor_id
        if aid in self.actors:
            return self.actors[aid].type
        return "PERSON" if aid in self.office_people else self.table.actors[aid].type

    def _is_person(self, aid: str) -> bool:
        return self.actor(aid).type == "PERSON"

    def _plural(self, key: tuple[str, ...]) -> bool:
        last = key[-1]
        return last.endswith("s") and (*key[:-1], last[:-1]) in self.lex.role_nouns

    def text_of(self, i: int, j: int) -> str:
        return self.article.text[self.starts[i] : self.ends[j - 1]]


def stopword_as_name(units, i: int) -> bool:
    """Is the name-like stop word at unit ``i`` ("Will", "Don") a given name: not the verb opening a question ("Will
    Kestrel agree?", '"Will Ruiz stand again?" the paper asked', "The question is: Will Ruiz back it?"), nor a
    headline's word after another name word ("Kestrel Will Appeal Ruling"; a title before it is fine: "Minister Don
    Kestrel", and so is a body's "George Will")?"""
    opens = units.firsts[i] or i > units.lo[i] and units.keys[i - 1] in QUOTE_OPENERS
    before = units.keys[i - 1] if i > units.lo[i] else ""
    headline = units.sent_section[units.sents[i]] in TITLE_SECTIONS and before[:1].isupper() and (before,) not in units.lex.titles
    return not (opens and "?" in units.keys[i : units.hi[i]]) and not headline
