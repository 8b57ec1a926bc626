"""The tense around a time expression: which way "Monday" or "in March" points.

Cues are words from ``data/timeline/tense_cues.csv`` ("will", "said" …) and lower-case words
in -ed. The cues of a sentence are found once (:class:`SentenceCues`); each expression then
weighs only the cues near it (within :data:`WINDOW` characters), so a sentence holding
thousands of dates costs time in proportion to its length.

Example:
    >>> text = "She said on Tuesday that talks would resume on Friday."
    >>> cues = SentenceCues(text, 0, len(text))
    >>> cues.tense(12, 19), cues.tense(47, 53)
    ('past', 'future')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .rules import tables

__all__ = ["Cue", "SentenceCues", "WINDOW", "lead", "possessive"]

#: how far (in characters) a cue may stand from the expression it dates
WINDOW = 1000

#: a word: letters not right after a letter, digit or dot (the class comes first, the check of
#: the character before second, so that re skips quickly from one letter to the next candidate)
_WORD = re.compile(r"[A-Za-z](?<![\w.][A-Za-z])[A-Za-z]*(?:['’][a-z]+)?")
_CLAUSE_MARK = re.compile(
    r",(?=\s)|[;:“”\"—–()]|``|''|\b(?:that|and|after|before|because|although|though|while|whereas|unless|once)\b"
)
#: a parenthesis, which is no clause mark between a cue and its date ("began at 8pm (1700 GMT) on Sunday")
PARENTHESES = re.compile(r"\([^()]*\)")
#: "has", "have" or "'ve" (an adverb may follow) right before a past participle: a present perfect
_PERFECT = re.compile(
    r"(?:\b(?:has|have|having)|['’]ve)(?:\s+(?:not|never|already|now|just|also|since|\w+ly))?\s+$", re.IGNORECASE
)
#: "had" (with "not", "never" or an adverb, and "been") right before a cue: a past perfect ("had
#: been due to expire Friday", "had been scheduled for Monday"), whose day is gone by
_PLUPERFECT = re.compile(r"\bhad(?:\s+(?:not|never|already|just|\w+ly))?(?:\s+been)?\s+$", re.IGNORECASE)
#: "be", "being", "is", "are" or "am" (an adverb may follow) right before a past participle: a
#: passive whose tense is the auxiliary's ("will be held", "is being rolled out", "is held annually")
_PASSIVE_INFINITIVE = re.compile(r"\b(?:be|being|is|are|am)(?:\s+\w+ly)?\s+$", re.IGNORECASE)
#: "did" or "didn't" (and "not") right before a verb: the auxiliary carries the tense ("didn't need")
_DID = re.compile(r"\b(?:did(?:n['’]t)?)(?:\s+not)?\s+$", re.IGNORECASE)
#: a determiner (and an adverb) right before a cue makes it a noun or an adjective ("the plan",
#: "its preferred shares", "a still unspecified date")
_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our)\s+(?:(?:\w+ly|still|very|most|more|less|much|well|newly)\s+)?$", re.IGNORECASE
)
#: the one or two words right before an expression ("payable", "ahead of")
_LEAD = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b([A-Za-z]+)[^\S\r\n]+$")
#: "to" after "next": a place ("next to the embassy"), no future
_NEXT_TO = re.compile(r"[^\S\r\n]+to\b", re.IGNORECASE)
#: "to" or "for" after "set": a plan ("set to resume Monday", "set for Friday"); any other "set" is
#: a verb in the past or a noun ("set aside vacation plans", "set Friday as the deadline")
_SET_FOR = re.compile(r"[^\S\r\n]+(?:to|for)\b", re.IGNORECASE)
#: an infinitive's "to" between a verb and its date ("asked him to return on Monday")
_TO = re.compile(r"\bto\b", re.IGNORECASE)
#: a verb in -ing right after "been" (an adverb may come between): a perfect progressive
_ING_AFTER = re.compile(r"[^\S\r\n]+(?:\w+ly[^\S\r\n]+)?[a-z]+ing\b")
#: quote marks and spaces that may open a sentence before a fronted lead word or date
OPENING = " \t\r\n\"'`“‘("
#: what may open a sentence before a fronted date: quotes, "On", "In" or "At", "the night of" …
_FRONT = re.compile(
    "[" + re.escape(OPENING) + r"]*(?:(?:on|in|at|early|late)\s+)?(?:the\s+(?:night|morning|afternoon|evening|eve|weekend)\s+of\s+)?",
    re.IGNORECASE,
)
#: a possessive right after a weekday ("Friday's vote")
_POSSESSIVE = re.compile(r"['’]s\b")


#: the tense of a word in -ed listed as no cue: an adjective ("its Series B preferred shares")
NO_TENSE = "none"
#: the endings that make a word a cue by themselves (see :func:`_word_tense`)
_CUE_ENDINGS = ("ed", "'ll", "'d")


@dataclass(frozen=True)
class Cue:
    """A word that gives a tense: its offsets in the text and the tense (past, future, perfect, present)."""

    start: int
    end: int
    tense: str


def _word_tense(word: str, cues: dict[str, str]) -> str | None:
    """The tense ``word`` gives, from the cue words ``cues`` (``tables().tense``) or its ending;
    None for a word listed with the tense ``none`` (an adjective in -ed: "preferred")."""
    low = word.lower()
    if "’" in low:
        low = low.replace("’", "'")
    tense = cues.get(low)
    if tense is not None:
        return None if tense == NO_TENSE else tense
    if low.endswith(("'ll", "'d")):
        return "future"
    if low.endswith("ed") and len(low) > 4 and word[0].islower() and not low.endswith("eed"):
        return "past"
    return None


def _future_adjective(word: str, tense: str) -> bool:
    """A future cue in -ed or -ing keeps its sense after a determiner ("the planned vote", "the
    upcoming talks"); any other cue there is a noun or an adjective ("the plan", "its preferred shares")."""
    return tense == "future" and word.lower().endswith(("ed", "ing"))


class SentenceCues:
    """The tense cues of one sentence ``text[start:end]``, found once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.cues: list[Cue] = []
        words = tables().tense
        for match in _WORD.finditer(text[start:end]):
            word = match.group()
            low = word.lower()
            # speed: only a cue word, a word with ’ or one ending in -ed, 'll or 'd can give a tense
            if low not in words and "’" not in low and not low.endswith(_CUE_ENDINGS):
                continue
            tense = _word_tense(word, words)
            if tense is None:
                continue
            s, e = match.start() + start, match.end() + start
            if low == "next" and _NEXT_TO.match(text, e) or low == "set" and not _SET_FOR.match(text, e):
                continue
            if _DETERMINER.search(text[max(start, s - 24) : s]) and not _future_adjective(match.group(), tense):
                continue
            if tense == "past" and _PASSIVE_INFINITIVE.search(text[max(start, s - 20) : s]):
                continue  # "will be held", "is held": the auxiliary before carries the tense
            if tense == "present" and _DID.search(text[max(start, s - 16) : s]):
                continue  # "didn't need": "didn't" carries the tense
            if tense == "past" and _PERFECT.search(text[max(start, s - 30) : s]):
                if low == "been" and _ING_AFTER.match(text, e):
                    continue  # "has been raising money, including on Thursday": runs up to now, no way ahead
                tense = "perfect"
            elif _PLUPERFECT.search(text[max(start, s - 30) : s]):
                tense = "pluperfect"
            self.cues.append(Cue(s, e, tense))
        self.starts = [c.start for c in self.cues]

    def tense(self, start: int, end: int, after: bool = False) -> str | None:
        """"past", "future", "perfect" or None: the tense of the nearest cue to ``[start, end)``
        (only cues after it when ``after``).

        Nearest means fewest clause marks (commas, quotes, "that", a subordinating "after",
        "because" …) in between, then a cue before the expression in the same clause over one
        after it (English puts the verb before its time adverbial), then fewest characters; a
        parenthesis in between is no clause mark. A cue right after a determiner is a
        noun ("the plan") and no cue. A past cue right after "has" or "have" is a present perfect
        ("has organised a march on Saturday"): the day is ahead.
        """
        best = self.nearest(start, end, after)
        if best is None:
            return None
        return {"present": "future", "pluperfect": "past"}.get(best.tense, best.tense)

    def plain_past(self, start: int, end: int) -> bool:
        """Is the nearest cue a verb in the past right before the expression, in its clause and
        with no infinitive between ("walked out on 12 December", not "subpoenaed him to testify
        on Feb. 10")?

        Example:
            >>> text = "He walked out on Friday and was asked to return on Monday."
            >>> cues = SentenceCues(text, 0, len(text))
            >>> cues.plain_past(17, 23), cues.plain_past(51, 57)
            (True, False)
        """
        cue = self.nearest(start, end)
        if cue is None or cue.tense != "past" or cue.end > start:
            return False
        between = PARENTHESES.sub(" ", self.text[cue.end : start])
        return not _CLAUSE_MARK.search(between) and not _TO.search(between)

    def fronted_past(self, start: int, end: int) -> bool:
        """Does the expression open its sentence ("On 12 March, police arrested …", "On the night of
        12 March troops moved") with a verb in the past as the first cue after it, in its clause?

        Example:
            >>> past, ahead = "On 12 March, police arrested him.", "On 12 March, police will act."
            >>> SentenceCues(past, 0, len(past)).fronted_past(3, 11), SentenceCues(ahead, 0, len(ahead)).fronted_past(3, 11)
            (True, False)
        """
        if not _FRONT.fullmatch(self.text[self.start : start]):
            return False
        at = bisect.bisect_left(self.starts, end)
        cue = self.cues[at] if at < len(self.cues) else None
        if cue is None or cue.tense != "past" or self.text[cue.start : cue.end].lower() == "had":
            return False  # "On Nov. 6, the offer had been set to expire" may lie days ahead: "had" is no plain past
        between = PARENTHESES.sub(" ", self.text[end : cue.start])
        return len(_CLAUSE_MARK.findall(between)) <= 1

    def nearest(self, start: int, end: int, after: bool = False) -> Cue | None:
        """The cue nearest to ``[start, end)`` as :meth:`tense` weighs them, or None."""
        first = bisect.bisect_left(self.starts, end if after else start - WINDOW)
        last = bisect.bisect_right(self.starts, end + WINDOW)
        best: Cue | None = None
        best_score = (0, 0, 0)
        for cue in self.cues[first:last]:
            if start <= cue.start < end:
                continue
            between = self.text[cue.end : start] if cue.end <= start else self.text[end : cue.start]
            marks = len(_CLAUSE_MARK.findall(PARENTHESES.sub(" ", between)))  # "(1700 GMT)" is no clause
            score = (marks, int(cue.end > start or marks > 0), len(between))  # compared in this order
            if best is None or score < best_score:
                best, best_score = cue, score
        return best


def lead(text: str, start: int) -> tuple[str, str] | None:
    """The words right before ``start`` that say which way a date points and their direction
    (``lead_words.csv``), or None.

    Example:
        >>> text = "Talks resume by Friday."
        >>> lead(text, text.index("Friday"))
        ('by', 'future')
    """
    match = _LEAD.search(text, max(0, start - 40), start)
    if match is None:
        return None
    leads = tables().leads
    two = f"{match.group(1)} {match.group(2)}".lower() if match.group(1) else ""
    for words in (two, match.group(2).lower()):
        if words in leads:
            return words, leads[words]
    return None


def possessive(text: str, end: int) -> bool:
    """Is the expression ending at ``end`` a possessive ("Friday's vote")?

    Example:
        >>> possessive("Friday's vote", 6), possessive("Friday vote", 6)
        (True, False)
    """
    return _POSSESSIVE.match(text, end) is not None
