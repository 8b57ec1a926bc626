"""Plain VADER, exactly NLTK's numbers, with a faster word split.

NLTK's :class:`~nltk.sentiment.vader.SentiText` finds the words of a text by building, for
every text, a table of each word glued to each of 17 punctuation marks (``_words_plus_punc``:
34 strings per word), then looking each token up in it. :class:`FastSentiText` gives the same
words by looking at each token once: a token is a word with one leading *or* trailing run of
ASCII punctuation, and that run is one of VADER's punctuation marks. :class:`FastConstants`
answers VADER's "is this word a negation?" the same way without generators. The rest of VADER
(its lexicon, negation window, boosters, "but", capitals, punctuation emphasis) is NLTK's own
code, so the numbers are NLTK's; tests compare the two on every statement of the course and on
random text.

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

__all__ = ["SCORE_COLUMNS", "FastSentiText", "FastConstants", "FastAnalyzer", "default_analyzer", "polarity", "vader_words"]

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


class FastConstants(VaderConstants):
    """NLTK's VADER constants with its negation test written without generators.

    VADER asks "is this word a negation?" up to three times for every word of the lexicon it
    scores; NLTK answers with two generators and ``pairwise`` each time. The answer is the same:
    a word of ``NEGATE``, a word holding "n't", or "least" after a word other than "at".

    Example:
        >>> FastConstants().negated(["isn't"]), FastConstants().negated(["at", "least"])
        (True, False)
    """

    def negated(self, input_words, include_nt: bool = True) -> bool:
        lowers = [word.lower() for word in input_words]
        negations = self.NEGATE
        for lower in lowers:
            if lower in negations:
                return True
        if include_nt:
            for lower in lowers:
                if "n't" in lower:
                    return True
        for first, second in zip(lowers, lowers[1:]):
            if second == "least" and first != "at":
                return True
        return False


class FastAnalyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyser on a given lexicon, scoring with :class:`FastSentiText`.

    ``polarity_scores`` is NLTK's method with one change: the ``SentiText`` it builds.

    Args:
        lexicon: ``{word: valence}``, e.g. the ``lexicon`` of :func:`helpers.resources.vader_analyzer`.

    Example:
        >>> FastAnalyzer({"good": 1.9}).polarity_scores("good")["compound"]
        0.4404
    """

    def __init__(self, lexicon: Mapping[str, float]) -> None:  # no file: the lexicon is given
        self.lexicon = dict(lexicon)
        self.constants = FastConstants()

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
        # NLTK reads each word at its first position: reversed, the last write of a word is its first
        first_index = dict(zip(reversed(words), range(len(words) - 1, -1, -1)))
        boosters, lexicon = self.constants.BOOSTER_DICT, self.lexicon
        for item, lower in zip(words, map(str.lower, words)):
            if lower not in lexicon:  # NLTK's sentiment_valence gives such a word 0 as well
                sentiments.append(0)
                continue
            i = first_index[item]
            kind_of = i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of"
            if kind_of or lower in boosters:
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        return sentiments

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg, neu, pos, compound`` for ``text`` (NLTK's numbers)."""
        sentitext = self.sentitext(text)
        sentiments = self.word_sentiments(sentitext)
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


def polarity(texts: Iterable[str], analyzer=None) -> list[dict[str, float]]:
    """VADER's ``compound, neg, neu, pos`` for each text, rounded to 4 places.

    Example:
        >>> polarity(["bad news"])
        [{'compound': -0.5423, 'neg': 0.778, 'neu': 0.222, 'pos': 0.0}]
    """
    analyzer = default_analyzer() if analyzer is None else analyzer
    values = [analyzer.polarity_scores(text) for text in texts]
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
