"""The course's tone scorer: VADER's rules, domain valences and phrase rules, all as data.

Shown beside plain VADER, never instead of it. Seven changes to VADER, each one explainable:

1. **Words**: curly quotes are read as straight ones and every edge punctuation mark is
   stripped, so ``“remarkable`` is the word ``remarkable`` (plain VADER does not find it).
2. **Domain valences** from ``data/sentiment/diplomacy_overlay.csv`` ("invasion" −2.5,
   "de-escalation" +1.8; "security" and "parties" 0, topics in news rather than feelings).
3. **VADER's rules** (negation within three words, boosters, "but", capitals) run unchanged,
   except that "despite" is not a negation (``word_classes.csv``, class ``not_negation``).
4. **Phrase rules** (``data/sentiment/phrase_rules.csv``): a denied conflict is a reassurance
   ("no one wants a war" → positive), threats and hedges are negative ("could face
   consequences", "will pay a price").
5. **Two steps on the words** (:meth:`CourseScorer.word_steps`): a positive word of VADER's own
   lexicon loses :data:`POSITIVE_DISCOUNT` of its value (VADER rated "want", "help" and "support"
   for social media; in news they mostly name aims and plans, not praise), and a word that names
   what happened ("died", "crash", "terrorism": class ``event`` of ``word_classes.csv``) keeps
   :data:`EVENT_WEIGHT` of its value, since the tone is the speaker's, not the event's.
6. **Two steps on the sum** (:meth:`CourseScorer.course_total`): a statement is not more
   positive or negative because it is longer, so the sum of its word values is divided by the
   square root of how many words carry one; and a question in a statement is read as a
   challenge (the tone guideline's rule 4: "Should we trust them?"), which moves the sum by
   :data:`QUESTION_VALENCE`.
7. **Reported speech** (:meth:`CourseScorer.course_total` with ``reported``; :func:`tones` and
   :func:`helpers.sentiment.score` read it off each statement's ``kind``): a statement the article
   reports in its own words (``indirect``, no quote marks) keeps :data:`REPORTED_WEIGHT` of its sum,
   since readers judge a reporter's paraphrase milder than the speaker's own quoted words.

Example:
    >>> scorer = course_analyzer()
    >>> scorer.polarity_scores("nobody wants a war")["compound"] > 0
    True
    >>> default_analyzer().polarity_scores("nobody wants a war")["compound"]
    -0.5994
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from nltk.sentiment.vader import SentiText

from ..resources import HelpersError, data_cache
from .overlay import read_overlay
from .rules import PhraseRule, event_words, not_negations, phrase_rules
from .vader import FastAnalyzer, FastSentiText, default_analyzer, polarity

__all__ = [
    "CourseScorer",
    "course_analyzer",
    "course_words",
    "tones",
    "reported_flags",
    "explain_records",
    "Word",
    "QUESTION_VALENCE",
    "POSITIVE_DISCOUNT",
    "EVENT_WEIGHT",
    "REPORTED_WEIGHT",
    "REPORTED_KIND",
]

#: What a question adds to a statement's sum (VADER's scale): in news a quoted question is
#: mostly a challenge ("Why should anyone believe them?"), rarely a neutral request. Round 4
#: measured −1.5 against −1.0 on six sets of judged real news (data/sentiment/README.md).
QUESTION_VALENCE = -1.5

#: How much a positive word of VADER's own lexicon loses (never below 0): readers of news do not
#: hear praise in "want" (+0.3, which drops to 0), "help" (+1.7) or "support" (+1.7), words that
#: mostly name aims and plans; criticism is the marked case. The overlay's words
#: (``diplomacy_overlay.csv``) were valued for news already and keep their valence.
POSITIVE_DISCOUNT = 0.75

#: The share of its value that a word naming what happened keeps ("died", "crash", "terrorism":
#: class ``event`` of ``word_classes.csv``): a report of a death is not an angry statement, and
#: the tone judged is the speaker's (guideline: judge the speaker's own words, not the event).
EVENT_WEIGHT = 0.25

#: The share of its sum that a reported statement keeps: readers of real news judge a statement the
#: article gives in its own words ("she said the plan had failed") milder than one in the speaker's
#: quoted words. On eight judged sets the readers' spread of tones on reported statements is 0.64 to
#: 0.84 of that on quoted ones, the course's scorer's 0.79 to 0.89 before this step: 0.85 makes up the
#: difference, pooled (round 5, data/sentiment/README.md).
REPORTED_WEIGHT = 0.85

#: The statement ``kind`` (as :func:`helpers.statements.find_statements` gives it) that is reported speech.
REPORTED_KIND = "indirect"

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})
_EDGE = string.punctuation + "–—…"
_EDGE_SET = frozenset(_EDGE)
_CURLY = re.compile("[" + "".join(chr(code) for code in _STRAIGHT) + "]")
_CLAUSE_END = frozenset(",;:")
_SENTENCE_END = frozenset(".?!")


@dataclass(frozen=True, slots=True)
class Word:
    """A word as the course's scorer reads it, and the boundary after it.

    ``boundary`` is ``"."`` when the word ends a sentence (``. ? !``), ``","`` when it ends a
    clause (``, ; :``), else ``""``.

    Example:
        >>> course_words("war.")[0]
        Word(text='war', boundary='.')
    """

    text: str
    boundary: str


def course_words(text: str) -> list[Word]:
    """The words of ``text`` for the course's scorer: straight quotes, edge punctuation stripped.

    As in VADER, tokens are split on spaces and one-character tokens are dropped.

    Example:
        >>> [(w.text, w.boundary) for w in course_words("“Remarkable discipline”, he said.")]
        [('Remarkable', ''), ('discipline', ','), ('he', ''), ('said', '.')]
    """
    texts, boundaries = _straight_words(str(text).translate(_STRAIGHT))
    return [Word(word, boundary) for word, boundary in zip(texts, boundaries)]


def _straight_words(text: str) -> tuple[list[str], list[str]]:
    """The words of a text whose quotes are straight, and the boundary after each (two lists:
    the scorer reads them for every statement, so no :class:`Word` is built)."""
    words, boundaries = [], []
    for token in text.split():
        if len(token) > 1:
            if token[0] not in _EDGE_SET and token[-1] not in _EDGE_SET:
                words.append(token)  # nothing to strip, and no boundary mark after it
                boundaries.append("")
                continue
            core = token.strip(_EDGE)
            if core:
                last = token.rstrip("\"')]")[-1:]
                words.append(core)
                boundaries.append("." if last in _SENTENCE_END else "," if last in _CLAUSE_END else "")
    return words, boundaries


class _CourseSentiText(FastSentiText):
    """A ``SentiText`` on the course's words (see :func:`course_words`)."""

    def __init__(self, text: str, constants) -> None:
        self.texts, self.boundaries = _straight_words(text)  # the text's quotes are already straight
        super().__init__(text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)

    def _words_and_emoticons(self) -> list[str]:
        return list(self.texts)


def _joined(lowers: list[str], boundaries: list[str]) -> tuple[str, list[int]]:
    """The words lower-cased, one space apart, each followed by its boundary mark; and each start.

    Example:
        >>> _joined(["no", "war"], ["", "."])
        ('no war.', [0, 3])
    """
    pieces = list(map(operator.add, lowers, boundaries))
    starts = list(itertools.accumulate([len(piece) + 1 for piece in pieces], initial=0))  # each start, one space apart
    return " ".join(pieces), starts[:-1]


_RUN = re.compile(r"\w+")
_PIECE = re.compile(r"[\w']+")


def _pieces(lowers: list[str]) -> set[str]:
    """Every stretch of a word that a pattern's ``\\b``-bounded first word could match.

    A plain word is itself; a word with inner marks ("no.not", "don't") also gives each stretch
    from the start of one run of letters to the end of another made of letters and apostrophes.

    Example:
        >>> sorted(_pieces(["no.not", "war"]))
        ['no', 'no.not', 'not', 'war']
    """
    found = set(lowers)
    if "".join(lowers).isalnum():
        return found  # every word is one run of letters (most statements): each word is itself
    for text in lowers:
        if text.isalnum() or _RUN.fullmatch(text):
            continue  # one run of letters: the word itself
        runs = list(_RUN.finditer(text))
        for i, first in enumerate(runs):
            for last in runs[i:]:
                piece = text[first.start() : last.end()]
                if _PIECE.fullmatch(piece):
                    found.add(piece)
    return found


def _matches(rule: PhraseRule, text: str, present: set[str]) -> list[re.Match[str]]:
    """``rule.pattern.finditer(text)``, trying the pattern only where one of its first words
    (those of ``present``) begins, since every match starts with one.

    Example:
        >>> rule = {r.id: r for r in phrase_rules()}["bare_negation"]
        >>> [m.group() for m in _matches(rule, "no, not now", {"no", "not", "now"})]
        ['no', 'not']
    """
    if rule.triggers is None:
        return list(rule.pattern.finditer(text))
    places = set()
    for word in present & rule.triggers:
        at = text.find(word)
        while at >= 0:
            places.add(at)
            at = text.find(word, at + 1)
    found, end = [], 0
    for at in sorted(places):
        match = rule.pattern.match(text, at) if at >= end else None  # (finditer goes on after a match)
        if match:
            found.append(match)
            end = match.end()
    return found


def _covered(starts: list[int], words: list[str], start: int, end: int) -> range:
    """The indices of the words that overlap ``start:end`` of the joined text (by bisection).

    Example:
        >>> _covered([0, 3, 8], ["no", "more", "war"], 3, 11)
        range(1, 3)
    """
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    if first < len(words) and starts[first] + len(words[first]) <= start:
        first += 1
    return range(first, bisect.bisect_left(starts, end))


class CourseScorer(FastAnalyzer):
    """VADER with the course's words, valences and phrase rules (see the module docstring).

    Args:
        lexicon: VADER's lexicon with the overlay applied.
        rules: the phrase rules, in the order they are tried.
        not_negation: words removed from VADER's negation list.
        news_words: words whose valence was set for news (the overlay's): no positive discount.
        event_words: words that name what happened, counted at :data:`EVENT_WEIGHT`.

    Example:
        >>> scorer = CourseScorer({"war": -2.9}, phrase_rules(), frozenset())
        >>> scorer.polarity_scores("there will be no war")["compound"]
        0.4847
    """

    def __init__(
        self,
        lexicon: Mapping[str, float],
        rules: Iterable[PhraseRule],
        not_negation: frozenset[str],
        news_words: frozenset[str] = frozenset(),
        event_words: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(lexicon)
        self.news_words = frozenset(news_words)
        self.event_words = frozenset(event_words)
        self.rules = tuple(rules)
        # which rules each first word can start (a rule with no plain first words is always tried)
        self._always = tuple(index for index, rule in enumerate(self.rules) if rule.triggers is None)
        self._by_trigger: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for word in rule.triggers or ():
                self._by_trigger.setdefault(word, []).append(index)
        self._triggers = frozenset(self._by_trigger)
        self.constants.NEGATE = set(self.constants.NEGATE) - set(not_negation)  # this instance only

    def sentitext(self, text: str) -> SentiText:
        """The course's words of ``text`` (curly quotes read as straight ones)."""
        text = str(text)
        if _CURLY.search(text):  # most statements have no curly quote to straighten
            text = text.translate(_STRAIGHT)
        return _CourseSentiText(text, self.constants)

    def rule_sentiments(self, sentitext: SentiText, sentiments: list[float]) -> tuple[list[float], list[str]]:
        """Apply the phrase rules to VADER's word sentiments; also the rule id that set each word.

        Example:
            >>> scorer = course_analyzer()
            >>> words = scorer.sentitext("nobody wants war")
            >>> scorer.word_sentiments(words), scorer.rule_sentiments(words, scorer.word_sentiments(words))[1]
            ([0, 0, -2.9], ['negated_conflict', 'negated_conflict', 'negated_conflict'])
        """
        words = sentitext.texts
        lowers = list(map(str.lower, words))
        values, fired = list(sentiments), [""] * len(sentiments)
        present = _pieces(lowers)
        # only the rules that can match (one of the words they start with is here), in file order;
        # most statements have none
        candidates = set(self._always)
        for piece in present & self._triggers:
            candidates.update(self._by_trigger[piece])
        if not candidates:
            return values, fired
        text, starts = _joined(lowers, sentitext.boundaries)
        for rule in (self.rules[index] for index in sorted(candidates)):
            for match in _matches(rule, text, present):
                covered = _covered(starts, words, match.start(), match.end())
                if not covered or any(fired[i] for i in covered):
                    continue  # an earlier rule has these words
                head = covered[-1]
                for i in covered:
                    values[i] = 0.0
                if rule.valence is None:  # flip: the most negative word turns positive
                    valences = {i: self.lexicon.get(lowers[i], 0.0) for i in covered}
                    head = min(covered, key=lambda i: valences[i])
                    values[head] = -self.constants.N_SCALAR * abs(valences[head])
                else:
                    values[head] = rule.valence
                for i in covered:
                    fired[i] = rule.id
        return values, fired

    def word_steps(self, words: list[str], values: list[float], fired: list[str]) -> list[float]:
        """The course's two steps on the words, after VADER's rules and the phrase rules.

        A word whose value a phrase rule set keeps it. Otherwise a positive value loses
        :data:`POSITIVE_DISCOUNT` (not below 0) unless the word is one of ``news_words``, and
        the value of one of ``event_words`` is multiplied by :data:`EVENT_WEIGHT`.

        Example:
            >>> scorer = CourseScorer({}, (), frozenset(), news_words=frozenset({"ceasefire"}), event_words=frozenset({"died"}))
            >>> scorer.word_steps(["help", "ceasefire", "died", "no"], [1.7, 1.5, -2.6, -0.5], ["", "", "", "bare_negation"])
            [0.95, 1.5, -0.65, -0.5]
        """
        stepped = list(values)
        for i, value in enumerate(values):
            if not value or fired[i]:
                continue  # no value, or a phrase rule set it
            lower = words[i].lower()
            if value > 0 and lower not in self.news_words:
                value = max(value - POSITIVE_DISCOUNT, 0.0)
            if lower in self.event_words:
                value *= EVENT_WEIGHT
            stepped[i] = value
        return stepped

    def polarity_scores(self, text: str, reported: bool = False) -> dict[str, float]:
        """``neg, neu, pos, compound`` for ``text`` by the course's scorer.

        ``neg, neu, pos`` are VADER's shares of the word values; ``compound`` is :meth:`compound`
        (``reported``: the statement is reported speech, see :meth:`course_total`).
        """
        sentitext = self.sentitext(text)
        sentiments = self._sentiments(sentitext)
        scores = self.score_valence(sentiments, sentitext.text)
        scores["compound"] = self._compound(sentiments, sentitext.text, reported)
        return scores

    def course_values(self, sentitext: SentiText) -> tuple[list[float], list[str]]:
        """Each word's value after VADER's rules, the phrase rules and the word steps, and the phrase rule
        that set it ("" for none): what :meth:`polarity_scores` sums and :func:`explain_records` shows.

        Example:
            >>> scorer = course_analyzer()
            >>> scorer.course_values(scorer.sentitext("no war"))
            ([0.0, 2.146], ['negated_conflict', 'negated_conflict'])
        """
        values, fired = self.rule_sentiments(sentitext, self.word_sentiments(sentitext))
        return self.word_steps(sentitext.texts, values, fired), fired

    def _sentiments(self, sentitext: SentiText) -> list[float]:
        sentiments, _ = self.course_values(sentitext)
        if "but" in sentitext.text.lower():  # (its words come from its text: without "but", no word is "but")
            sentiments = self._but_check(sentitext.words_and_emoticons, sentiments)
        return sentiments

    def course_total(self, sentiments: list[float], text: str, reported: bool = False) -> float:
        """The sum the course's compound normalises: VADER's sum with the course's steps on it.

        The sum of the word values is divided by the square root of how many words carry a
        value (so a long statement of many mild words stays mild), keeps :data:`REPORTED_WEIGHT`
        of itself when the statement is ``reported`` speech (the article's words, not the
        speaker's), is pushed away from 0 by "!" and "?" as VADER does, and moved by
        :data:`QUESTION_VALENCE` when the text asks a question.

        Example:
            >>> scorer = course_analyzer()
            >>> scorer.course_total([2.0, 0.0, 2.0], "good and good"), scorer.course_total([0.0], "why?")
            (2.8284, -1.5)
            >>> scorer.course_total([2.0, 0.0, 2.0], "good and good", reported=True)
            2.4042
        """
        carrying = sum(1 for value in sentiments if value)
        total = float(sum(sentiments))
        if carrying > 1:
            total /= carrying**0.5
        if reported:
            total *= REPORTED_WEIGHT
        emphasis = self._punctuation_emphasis(total, text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        if "?" in text:
            total += QUESTION_VALENCE
        return round(total, 4)

    def _compound(self, sentiments: list[float], text: str, reported: bool = False) -> float:
        if not sentiments:
            return 0.0
        return round(self.constants.normalize(self.course_total(sentiments, text, reported)), 4)

    def compound(self, text: str, reported: bool = False) -> float:
        """``polarity_scores(text, reported)["compound"]``, without the shares the course does not show.

        VADER's compound (the sum of the word values, pushed away from 0 by "!" and "?", then
        normalised, as NLTK's ``score_valence``) with the course's steps on the sum
        (:meth:`course_total`); ``reported``: the statement is reported speech.

        Example:
            >>> scorer = course_analyzer()
            >>> scorer.compound("no war!") == scorer.polarity_scores("no war!")["compound"]
            True
            >>> scorer.compound("the plan failed"), scorer.compound("the plan failed", reported=True)
            (-0.5106, -0.4506)
        """
        sentitext = self.sentitext(text)
        return self._compound(self._sentiments(sentitext), sentitext.text, reported)


@data_cache
def course_analyzer() -> CourseScorer:
    """The course's scorer, built once: VADER's lexicon + the overlay, the phrase rules, the word steps.

    Example:
        >>> course_analyzer().polarity_scores("they could face consequences")["compound"]
        -0.4588
    """
    lexicon = dict(default_analyzer().lexicon)
    overlay = read_overlay()
    lexicon.update(overlay)
    return CourseScorer(lexicon, phrase_rules(), not_negations(), news_words=frozenset(overlay), event_words=event_words())


def reported_flags(kinds: Iterable[object] | None, count: int) -> list[bool]:
    """For each of ``count`` statements, whether its ``kind`` is reported speech (:data:`REPORTED_KIND`).

    ``kinds`` None: no statement is reported (the kind is not known). A clear error when the
    number of kinds is not ``count``.

    Example:
        >>> reported_flags(["direct", "indirect"], 2), reported_flags(None, 2)
        ([False, True], [False, False])
    """
    if kinds is None:
        return [False] * count
    flags = [kind == REPORTED_KIND for kind in kinds]
    if len(flags) != count:
        raise HelpersError(f"Got {count} statements and {len(flags)} kinds: give one kind per statement (or none).")
    return flags


def tones(texts: Iterable[str], kinds: Iterable[str] | None = None) -> list[dict[str, float]]:
    """Plain VADER's ``compound, neg, neu, pos`` and the course's ``overlay_compound`` per text.

    ``kinds``: each statement's ``kind`` (``direct``, ``indirect``, as the statements carry it),
    so that the course's scorer keeps :data:`REPORTED_WEIGHT` of a reported statement's sum;
    None when the kinds are not known (every statement is read as the speaker's own words).
    Plain VADER never uses the kind.

    Example:
        >>> tones(["There is no war"])
        [{'compound': -0.7269, 'neg': 0.753, 'neu': 0.247, 'pos': 0.0, 'overlay_compound': 0.4847}]
        >>> [t["overlay_compound"] for t in tones(["There is no war"] * 2, kinds=["direct", "indirect"])]
        [0.4847, 0.4261]
    """
    texts = [str(t) for t in texts]
    reported = reported_flags(kinds, len(texts))
    course = course_analyzer()
    return [
        {**plain, "overlay_compound": round(float(course.compound(text, flag)), 4)}
        for plain, text, flag in zip(polarity(texts), texts, reported)
    ]


def explain_records(text: str) -> list[dict[str, object]]:
    """Each word the course's scorer reads: VADER's valence, the course's, the value after rules.

    ``vader`` is the plain lexicon's valence, ``course`` the valence with the overlay, ``score``
    the word's value after VADER's rules, the phrase rules and the word steps (before "but" and
    summing; see :meth:`CourseScorer.word_steps`), and ``rule`` the phrase rule that set it.

    Example:
        >>> [(r["word"], r["vader"], r["score"], r["rule"]) for r in explain_records("no war")]
        [('no', -1.2, 0.0, 'negated_conflict'), ('war', -2.9, 2.146, 'negated_conflict')]
    """
    scorer, plain = course_analyzer(), default_analyzer().lexicon
    sentitext = scorer.sentitext(text)
    values, fired = scorer.course_values(sentitext)
    return [
        {
            "word": word.lower(),
            "vader": plain.get(word.lower()),
            "course": scorer.lexicon.get(word.lower()),
            "score": round(float(value), 4),
            "rule": rule,
        }
        for word, value, rule in zip(sentitext.texts, values, fired)
    ]

