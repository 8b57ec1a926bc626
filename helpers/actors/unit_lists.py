"""Building an article's units as per-unit lists, from the document's tokens in one pass.

A unit is one token of ``doc.tokens`` with its apostrophes made straight and spaced initials
joined ("U. N." is one unit ``U.N.``, as :func:`helpers.actors.tables.token_units` joins them in
each sentence). :class:`UnitLists` (a mixin of :class:`helpers.actors.units.ArticleUnits`) keeps
each unit's fields in lists (``starts``, ``ends``, ``keys``, ``lower``, ``sents``, ``paras``,
``firsts``, and the sentence window ``lo[i]:hi[i]``), not in one object per unit.

For speed (on short news articles the stage's fixed cost per article matters as much as its cost
per word), the lists are made with ``map`` over the tokens (loops in C); only the rare places
that need a closer look are visited in Python: single capital letters before a full stop (initials),
quotation marks (a quotation's first word) and each sentence's first word.
``tests/test_actors_fast_paths.py`` checks the lists against a unit-by-unit reading of every sentence.

Example:
    >>> from helpers.document import Document
    >>> from helpers.article import article_from_text
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("The U. N. met. “we agree,” said Mr Ruiz’s aide.")
    >>> r.keys[1:5], [r.keys[i] for i in range(len(r.keys)) if r.firsts[i]], [w for w in ("met", "we", "agree") if w in r.common]
    (['The', 'U.N.', 'met', '.'], ['Headline', 'The', 'we'], ['met', 'agree'])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Set
from itertools import compress, count
from operator import attrgetter, itemgetter
from typing import Any

from .model import Unit
from .tables import token_units

__all__ = ["UnitLists", "TITLE_CASE_SHARE", "TITLE_SECTIONS", "QUOTE_OPENERS", "CURLY_OPENERS"]

_LETTER = re.compile(r"[^\W\d_]")
_TOKEN_START, _TOKEN_END, _TOKEN_TEXT, _TOKEN_SENTENCE = attrgetter("start"), attrgetter("end"), attrgetter("text"), attrgetter("sentence")
_FIRST_CHARACTER = itemgetter(0)
#: A single capital letter: it may start spaced initials ("U. N.").
_CAPITAL_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

#: A headline is in Title Case (no discovery there) when this share of its words is capitalised
#: (0.8: a one-sentence standfirst full of names, "On Monday the Kestrel Daily said the Harbour Pilots
#: Association (HPA) poses a threat to the U.S.", is 60% capitals but written in sentence case).
TITLE_CASE_SHARE = 0.8
#: Sections whose sentences may be written in Title Case.
TITLE_SECTIONS = ("headline", "standfirst", "meta")
#: Marks after which the next word starts a sentence or a quotation.
QUOTE_OPENERS = ("“", '"', "‘", "'", "(", ":")
CURLY_OPENERS = ("“", "‘")


def indexes(words: Set[str], keys: list[str]) -> list[int]:
    """The indexes of ``keys`` that are in ``words``, in order (the test runs in C: ``compress`` over ``map``).

    Example:
        >>> indexes({"a", "c"}, ["a", "b", "c", "a"])
        [0, 2, 3]
    """
    return list(compress(count(), map(words.__contains__, keys)))


def is_word(key: str) -> bool:
    """Does a unit's key hold a letter ("3D" and "U.N." do, "54" and "," do not)?

    Example:
        >>> is_word("3D"), is_word("54")
        (True, False)
    """
    return key.isalpha() or _LETTER.search(key) is not None


def join_initials(starts: list[int], ends: list[int], keys: list[str], sents: list[int], at: list[int]) -> None:
    """Join spaced initials ("U", ".", "N", "." → "U.N.") in the sentences of the units ``at``, in place.

    Each such sentence is read by :func:`~helpers.actors.tables.token_units` (the one definition of a
    unit); the other sentences are left as they are (``sents`` is in order, so a sentence's units are a slice).

    Example:
        >>> starts, ends, keys, sents = [0, 1, 3, 4, 6], [1, 2, 4, 5, 9], ["U", ".", "N", ".", "met"], [0] * 5
        >>> join_initials(starts, ends, keys, sents, [0])
        >>> starts, ends, keys, sents
        ([0, 6], [5, 9], ['U.N.', 'met'], [0, 0])
    """
    for sentence in sorted({sents[i] for i in at}, reverse=True):  # from the end: earlier slices keep their place
        lo, hi = bisect_left(sents, sentence), bisect_right(sents, sentence)
        units = token_units(list(zip(starts[lo:hi], ends[lo:hi], keys[lo:hi])))
        starts[lo:hi] = map(itemgetter(0), units)
        ends[lo:hi] = map(itemgetter(1), units)
        keys[lo:hi] = map(itemgetter(2), units)
        sents[lo:hi] = [sentence] * len(units)


class CommonWords:
    """The lower-case words (all letters) an article writes at least once where no sentence or quotation
    starts ("turkey"), asked word by word: ``word in common`` (the steps ask about a few words: for speed, the
    set of all of them is not made).

    Example:
        >>> common = CommonWords(["We", "agree", ".", "we", "left"], [True, False, False, True, False], {"We", "agree", ".", "we", "left"})
        >>> "agree" in common, "we" in common, "left" in common, "Left" in common
        (True, False, True, False)
    """

    def __init__(self, keys: list[str], firsts: list[bool], key_set: Set[str]) -> None:
        self._keys, self._firsts, self._key_set = keys, firsts, key_set
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._common(word)
        return known

    def _common(self, word: str) -> bool:
        if not (word.isalpha() and word.islower() and word in self._key_set):
            return False
        keys, firsts, i = self._keys, self._firsts, -1
        while True:  # its units, found with ``list.index`` (a scan in C)
            try:
                i = keys.index(word, i + 1)
            except ValueError:
                return False
            if not firsts[i]:
                return True


class UnitLists:
    """Builds an article's units as per-unit lists (mixin of :class:`helpers.actors.units.ArticleUnits`,
    which gives the ``article``, ``lex`` and ``phrase_words`` it reads)."""

    article: Any
    lex: Any
    phrase_words: Any
    cues: Mapping[str, frozenset[str]]

    def _build_units(self, doc: Any) -> None:
        """Units of every sentence, with their sentence window, keys and Title Case headlines."""
        tokens, sentences = doc.tokens, doc.sentences
        sents = list(map(_TOKEN_SENTENCE, tokens))  # in order: Document.tokens runs sentence by sentence
        self.starts: list[int] = list(map(_TOKEN_START, tokens))
        self.ends: list[int] = list(map(_TOKEN_END, tokens))
        self.keys: list[str] = list(map(_TOKEN_TEXT, tokens))
        keys = self.keys
        initials = [i for i in indexes(_CAPITAL_LETTERS, keys) if i + 1 < len(keys) and keys[i + 1] == "."]
        if initials:
            join_initials(self.starts, self.ends, keys, sents, initials)
        # apostrophes made straight in one pass in C (a token never holds a space)
        joined = " ".join(keys)
        if "’" in joined or "‘" in joined:
            keys[:] = joined.replace("’", "'").replace("‘", "'").split(" ")
        #: the sentence and paragraph of each unit
        self.sents: list[int] = sents
        windows = self._sentence_windows(sentences)
        #: the first unit of each sentence (with units)
        self.sentence_starts = [lo for lo, _ in windows]
        #: whether each unit is the first word of its sentence (or quotation)
        self.firsts = self._firsts(sentences, windows)
        self.lower = list(map(str.lower, keys))
        #: every key of the article, once
        self.key_set = set(keys)
        #: words the article writes in lower case mid-sentence ("turkey"): their capitalised
        #: sentence-initial form is then the common noun, not a name ("Turkey remains the centrepiece")
        self.common = CommonWords(keys, self.firsts, self.key_set)
        #: the units whose key starts with a capital (where names start), in order
        self.capitalised = list(compress(count(), map(str.isupper, map(_FIRST_CHARACTER, keys))))
        self._memo = [None] * len(keys)
        #: the last unit of each sentence (keyed by the sentence's end) that may start a role or collective
        #: noun: no description starts after it (a quick test for :meth:`~helpers.actors.descriptions.Descriptions._descriptions`)
        self.last_noun = self._last_of(self.phrase_words.noun_starts)
        #: the same for the nouns of an apposition with a country ("Nato member Hungary"), rarer
        self.last_apposition = self._last_of(self.cues["apposition"])

    def _sentence_windows(self, sentences: list[Any]) -> list[tuple[int, int]]:
        """Each unit's sentence window ``lo[i]:hi[i]`` and paragraph; each sentence's section; the first
        unit of each paragraph; the headlines written in Title Case. Gives the windows of the sentences with units."""
        sents = self.sents
        self.sent_section: list[str] = []
        #: the first unit of each paragraph
        self.para_starts: list[int] = []
        self.title_case: set[int] = set()
        sentence_lo, sentence_hi = [], []
        previous_para, hi = -1, 0
        for number, sent in enumerate(sentences):
            lo, hi = hi, bisect_right(sents, number, hi)
            sentence_lo.append(lo)
            sentence_hi.append(hi)
            self.sent_section.append(sent.section)
            if lo < hi and sent.paragraph != previous_para:
                self.para_starts.append(lo)
            previous_para = sent.paragraph
            sentence = sent.section == "standfirst" and self.keys[hi - 1] == "."  # a standfirst that ends like a sentence
            if (sent.section in TITLE_SECTIONS or self._capitalised_stopword(lo, hi)) and self._in_title_case(lo, hi, 0 if sentence else 1):
                self.title_case.add(number)
        self._para_first = set(self.para_starts)
        self.lo: list[int] = list(map(sentence_lo.__getitem__, sents))
        self.hi: list[int] = list(map(sentence_hi.__getitem__, sents))
        self.paras: list[int] = list(map([s.paragraph for s in sentences].__getitem__, sents))
        return [(lo, hi) for lo, hi in zip(sentence_lo, sentence_hi) if lo < hi]

    def _firsts(self, sentences: list[Any], windows: list[tuple[int, int]]) -> list[bool]:
        """Whether each unit is the first word of its sentence or of a quotation: the first unit with a
        letter in its sentence's window or after an opening mark ("“", or '"', "'", "(", ":" with no
        letter in the three characters before it)."""
        keys, starts, sents, hi, text = self.keys, self.starts, self.sents, self.hi, self.article.text
        firsts = [False] * len(keys)
        openers = [
            i for i in indexes(frozenset(QUOTE_OPENERS), keys)
            if keys[i] in CURLY_OPENERS or not any(c.isalpha() for c in text[max(sentences[sents[i]].start, starts[i] - 3) : starts[i]])
        ]
        for i, end in [*windows, *((i + 1, hi[i]) for i in openers)]:
            while i < end and not is_word(keys[i]):
                i += 1
            if i < end:
                firsts[i] = True
        return firsts

    @property
    def units(self) -> list[Unit]:
        """The units as :class:`~helpers.actors.model.Unit` records (made when asked: the steps read the lists)."""
        para_first = [i in self._para_first for i in range(len(self.keys))]
        return list(map(Unit, self.starts, self.ends, self.keys, self.sents, self.paras, self.firsts, para_first))

    def _last_of(self, words: Set[str]) -> dict[int, int]:
        """The last unit of each sentence whose lower-case key is one of ``words``, keyed by the sentence's end."""
        found = indexes(words, self.lower)
        return dict(zip(map(self.hi.__getitem__, found), found))  # a later unit of a sentence overwrites an earlier

    def _capitalised_stopword(self, lo: int, hi: int) -> bool:
        """Does a stop word other than the first word start with a capital ("Ana Ruiz Scores Direct Hit On
        Tom Reyes")? Then a body line is written in Title Case, as related-story links and subheads are. Not one that
        opens a quotation ('Ana Ruiz has left "The Kestrel Games."'), a title's or a quoted sentence's first word, nor
        a stop word that is also a name (cue ``name_like_stopword``: "Tom will meet Don Kestrel", "Minister Don
        Kestrel"), unless another name word comes right before it ("Kestrel Will Appeal Ruling, Says Ruiz")."""
        keys, names = self.keys, self.lex.cue("name_like_stopword")  # "Don", "Won", "Ma": names, not small words
        return any(keys[x][:1].isupper() and keys[x].lower() in self.lex.stopwords and keys[x] != "I" and keys[x - 1] not in QUOTE_OPENERS
                   and (keys[x] not in names or keys[x - 1][:1].isupper() and (keys[x - 1],) not in self.lex.titles) for x in range(lo + 1, hi))

    def _in_title_case(self, lo: int, hi: int, lower_allowed: int = 1) -> bool:
        """Are four words or more, and most of them, capitalised, with at most ``lower_allowed`` longer words in lower
        case ("Tom Lee named Ana Ruiz and Eva Lopez as Attorney General and Public Security Minister" is a sentence full
        of names, not Title Case; a standfirst that ends in a full stop may have none: "Ruiz named Ana Lee as Interior
        Minister.")?

        Example:
            >>> from helpers.actors.reader import reader_for
            >>> r = reader_for("Kestrel Names Ana Ruiz Foreign Minister. Tom Lee named Ana Ruiz as Foreign Minister after talks.")
            >>> r._in_title_case(r.lo[1], r.hi[1]), r._in_title_case(r.lo[r.keys.index("named")], r.hi[r.keys.index("named")])
            (True, False)
        """
        words = [k for k in self.keys[lo:hi] if k.isalpha() and k.lower() not in self.lex.stopwords]
        if sum(w[0].islower() and len(w) > 3 for w in words) > lower_allowed:
            return False  # a line with two longer words in lower case is a sentence
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
