"""Plain VADER, exactly NLTK's numbers, with a faster word split.

NLTK's :class:`~nltk.sentiment.vader.SentiText` finds the words of a text by building, for
every text, a table of each word glued to each of 17 punctuation marks (``_words_plus_punc``:
34 strings per word), then looking each token up in it. :class:`FastSentiText` gives the same
words by looking at each token once: a token is a word with one leading *or* trailing run of
ASCII punctuation, and that run is one of VADER's punctuation marks.

:class:`FastAnalyzer` also skips work whose result is known: a word of the lexicon with no
negation, booster, "never", "so", "this", "least" or idiom word around it keeps its valence
(NLTK's steps would add 0 and multiply by nothing); idioms are looked up only near an idiom's
words; "but" is looked for only in a text that holds it; words that all count 0 get the neutral
scores. The negation check and "but" are written out with NLTK's arithmetic, without lists or
generators. The rest of VADER (its lexicon, boosters, idioms, "least", punctuation emphasis, the
sums) is NLTK's own code, so the numbers are NLTK's (NLTK 3.8 to 3.10 share that code); tests
compare the two on every statement of the course, on random text and on random VADER phrases.

Example:
    >>> FastSentiText("Good, very good!!", VaderConstants.PUNC_LIST, None).words_and_emoticons
    ['Good', 'very', 'good']
    >>> polarity(["good", "not good"])
    [{'compound': 0.4404, 'neg': 0.0, 'neu': 0.0, 'pos': 1.0}, {'compound': -0.3412, 'neg': 0.706, 'neu': 0.294, 'pos': 0.0}]
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from ..resources import data_cache, vader_analyzer

__all__ = ["SCORE_COLUMNS", "FastSentiText", "FastAnalyzer", "default_analyzer", "polarity", "vader_words"]

#: the columns :func:`polarity` returns, in the order :func:`helpers.sentiment.score` adds them
SCORE_COLUMNS = ["compound", "neg", "neu", "pos"]

_PUNCTUATION = frozenset(string.punctuation)  # what NLTK's REGEX_REMOVE_PUNCTUATION removes


def _strip_punctuation_run(token: str) -> str | None:
    """The word inside ``token`` if it is one VADER punctuation mark plus a bare word, else None."""
    start = 0
    while start < len(token) and token[start] in _PUNCTUATION:
        start += 1
    end = len(token)
    while end > start and token[end - 1] in _PUNCTUATION:
        end -= 1
    if start and end < len(token):  # punctuation on both sides: NLTK keeps the token
        return None
    core = token[start:end]
    if len(core) < 2 or not _PUNCTUATION.isdisjoint(core):
        return None
    mark = token[:start] or token[end:]
    return core if mark in _MARKS else None


_MARKS = frozenset(VaderConstants.PUNC_LIST)


class FastSentiText(SentiText):
    """NLTK's ``SentiText`` with an equivalent word split that builds no punctuation table.

    NLTK maps a token to its word when the token is ``mark + word`` or ``word + mark``, with
    ``mark`` in VADER's punctuation list and ``word`` a punctuation-free word of 2+ characters
    of the same text: exactly what :func:`_strip_punctuation_run` checks, token by token.

    Example:
        >>> FastSentiText("'Yes!' he said,", VaderConstants.PUNC_LIST, None).words_and_emoticons
        ["'Yes!'", 'he', 'said']
    """

    def _words_and_emoticons(self) -> list[str]:
        words = []
        for token in self.text.split():
            if len(token) > 1:
                if token[0] in _PUNCTUATION or token[-1] in _PUNCTUATION:  # else the token is its word
                    token = _strip_punctuation_run(token) or token
                words.append(token)
        return words

    def allcap_differential(self, words: list[str]) -> bool:
        """NLTK's test (some but not all words in capitals), counted at C speed.

        Example:
            >>> FastSentiText("GOOD news", VaderConstants.PUNC_LIST, None).is_cap_diff
            True
        """
        capitals = list(map(str.isupper, words)).count(True)
        return 0 < len(words) - capitals < len(words)


class FastAnalyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyser on a given lexicon, scoring with :class:`FastSentiText`.

    ``polarity_scores`` gives NLTK's numbers; it builds a :class:`FastSentiText` and skips NLTK's
    steps where they cannot change a word's value (tests check it against NLTK's own analyser).

    Args:
        lexicon: ``{word: valence}``, e.g. the ``lexicon`` of :func:`helpers.resources.vader_analyzer`.

    Example:
        >>> FastAnalyzer({"good": 1.9}).polarity_scores("good")["compound"]
        0.4404
    """

    def __init__(self, lexicon: Mapping[str, float]) -> None:  # no file: the lexicon is given
        self.lexicon = dict(lexicon)
        self.constants = VaderConstants()
        # every two words that open or continue an idiom or a two-word booster ("kind of"):
        # a word with none of them around it is no part of one
        phrases = [key.split() for key in (*self.constants.SPECIAL_CASE_IDIOMS, *self.constants.BOOSTER_DICT)]
        self._idiom_pairs = frozenset(pair for words in phrases for pair in zip(words, words[1:]))
        # the words (lower case) that can change the valence of a word up to three places after
        # them, besides the negations: boosters and dampeners, "never so", "so", "this", "least"
        self._modifiers = frozenset(self.constants.BOOSTER_DICT) | {"never", "so", "this", "least"}

    def sentitext(self, text: str) -> SentiText:
        """The words of ``text`` as VADER sees them (a :class:`FastSentiText`)."""
        return FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)

    def word_sentiments(self, sentitext: SentiText) -> list[float]:
        """VADER's valence of each word after its rules (NLTK's loop, before "but" and summing).

        Example:
            >>> analyzer = default_analyzer()
            >>> [round(v, 3) for v in analyzer.word_sentiments(analyzer.sentitext("not very good"))]
            [0, 0, -1.623]
        """
        sentiments: list[float] = []
        words = sentitext.words_and_emoticons
        first_index: dict[str, int] | None = None  # built at the first word of the lexicon, if any
        boosters, lexicon = self.constants.BOOSTER_DICT, self.lexicon
        for item, lower in zip(words, map(str.lower, words)):
            if lower not in lexicon:  # NLTK's sentiment_valence gives such a word 0 as well
                sentiments.append(0)
                continue
            if first_index is None:  # NLTK reads each word at its first position (reversed: the last write wins)
                first_index = dict(zip(reversed(words), range(len(words) - 1, -1, -1)))
            i = first_index[item]
            kind_of = i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of"
            if kind_of or lower in boosters:
                sentiments.append(0)
                continue
            if self._alone(words, i) and not (item.isupper() and sentitext.is_cap_diff) and lexicon[lower]:
                sentiments.append(lexicon[lower])  # nothing around it to change it: NLTK's steps keep the value
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        return sentiments

    def _alone(self, words: list[str], i: int) -> bool:
        """True when none of VADER's rules can change the valence of word ``i``: no negation,
        booster, "never", "so", "this" or "least" in the three words before it, and no two
        neighbouring words that could belong to an idiom (NLTK's sentiment_valence would then add
        0 three times and multiply by nothing).

        Example:
            >>> words = "they are not good and truly good".split()
            >>> default_analyzer()._alone(words, 3), default_analyzer()._alone(words, 6)
            (False, True)
        """
        modifiers = self._modifiers
        if any(word.lower() in modifiers or self._negation(word) for word in words[max(0, i - 3) : i]):
            return False
        return not self._near_idiom(words, max(0, i - 3), min(i + 1, len(words) - 1))

    def _near_idiom(self, words: list[str], first: int, last: int) -> bool:
        """Could two neighbouring words starting at ``first`` … ``last - 1`` belong to an idiom or a
        two-word booster ("kind of")?

        Example:
            >>> default_analyzer()._near_idiom("it is kind of good".split(), 0, 4)
            True
        """
        pairs = self._idiom_pairs
        return any((words[k], words[k + 1]) in pairs for k in range(first, last))

    def _never_check(self, valence: float, words_and_emoticons: list[str], start_i: int, i: int) -> float:
        """NLTK's ``_never_check`` (a negation or "never so" 1-3 words before a word), step for
        step, asking :meth:`_negation` about one word instead of building a list for ``negated``."""
        words = words_and_emoticons
        if start_i == 0:
            if self._negation(words[i - 1]):
                valence = valence * self.constants.N_SCALAR
        if start_i == 1:
            if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                valence = valence * 1.5
            elif self._negation(words[i - (start_i + 1)]):
                valence = valence * self.constants.N_SCALAR
        if start_i == 2:
            if words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this") or (
                words[i - 1] == "so" or words[i - 1] == "this"
            ):
                valence = valence * 1.25
            elif self._negation(words[i - (start_i + 1)]):
                valence = valence * self.constants.N_SCALAR
        return valence

    def _idioms_check(self, valence: float, words_and_emoticons: list[str], i: int) -> float:
        """NLTK's ``_idioms_check``, skipped when no two neighbouring words around word ``i`` could
        belong to an idiom or a two-word booster (NLTK would build seven strings to find none)."""
        words = words_and_emoticons
        if not self._near_idiom(words, i - 3, min(i + 1, len(words) - 1)):
            return valence
        return super()._idioms_check(valence, words, i)

    def _negation(self, word: str) -> bool:
        """``constants.negated([word])`` for one word: in ``NEGATE``, or holding "n't".

        Example:
            >>> default_analyzer()._negation("Isn't"), default_analyzer()._negation("least")
            (True, False)
        """
        lower = word.lower()
        return lower in self.constants.NEGATE or "n't" in lower

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        """NLTK's ``score_valence``; for words that all count 0, its answer without the arithmetic
        (no sum to push by "!" or "?", every word neutral)."""
        if sentiments and not any(sentiments):
            return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
        return super().score_valence(sentiments, text)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg, neu, pos, compound`` for ``text`` (NLTK's numbers)."""
        sentitext = self.sentitext(text)
        sentiments = self.word_sentiments(sentitext)
        if "but" in sentitext.text.lower():  # (its words come from its text: without "but", no word is "but")
            sentiments = self._but_check(sentitext.words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


@data_cache
def default_analyzer() -> FastAnalyzer:
    """The shared plain VADER analyser: NLTK's rules and numbers on the vaderSentiment lexicon.

    Built once (reading the lexicon takes ~50 ms) in the one data cache; do not change its
    lexicon (use :func:`helpers.sentiment.with_overlay` for a copy with other words).

    Example:
        >>> default_analyzer() is default_analyzer(), default_analyzer().lexicon["war"]
        (True, -2.9)
    """
    return FastAnalyzer(vader_analyzer().lexicon)


def polarity(texts: Iterable[str], analyzer=None, reported: list[bool] | None = None) -> list[dict[str, float]]:
    """VADER's ``compound, neg, neu, pos`` for each text, rounded to 4 places.

    ``reported``: for the course's scorer only, whether each text is reported speech (see
    :meth:`helpers.sentiment.scorer.CourseScorer.course_total`); None reads every text as quoted words.

    Example:
        >>> polarity(["bad news"])
        [{'compound': -0.5423, 'neg': 0.778, 'neu': 0.222, 'pos': 0.0}]
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    if reported is None:
        values = [analyzer.polarity_scores(text) for text in texts]
    else:
        values = [analyzer.polarity_scores(text, flag) for text, flag in zip(texts, reported)]
    return [{column: round(float(v[column]), 4) for column in SCORE_COLUMNS} for v in values]


def vader_words(text: str) -> list[str]:
    """The words VADER looks up in its lexicon, lower-cased, in order.

    Single characters are dropped, one punctuation mark is stripped from a word's edge, and
    anything else stays attached: a curly quote is not in VADER's list, so ``“remarkable`` is
    not ``remarkable`` to VADER.

    Example:
        >>> vader_words("Peace, “at last”!")
        ['peace', '“at', 'last”']
    """
    return [word.lower() for word in FastSentiText(str(text), VaderConstants.PUNC_LIST, None).words_and_emoticons]
