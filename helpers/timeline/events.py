"""Dated events: each calendar date of the story, labelled by who did what, and written as people write dates.

An event is a DATE or TIME expression with a calendar value (not a duration, a set or a vague
``PAST_REF``) outside the page's meta lines (datelines such as "Updated: …"). Its label names
the actor who is the subject of the date's clause (an actor mention of ``doc.mentions``, a
pronoun replaced by its actor's name) and what the actor did: the clause's verb and a short
object, with the date and its preposition left out ("Russia: vetoed a US-drafted resolution").
A clause without an actor keeps the clause itself as its label. ``when`` writes the TIMEX3
value as a reader would ("31 Jan 2022", "March 2014", "week 5 of 2022"). The clause breaks of
a sentence are found once and looked up by bisection.

Example:
    >>> label("Mr Blinken and Mr Lavrov met for talks in Geneva last month.", 49, 59)
    'Mr Blinken and Mr Lavrov met for talks in Geneva'
    >>> [when(v) for v in ["2022-01-31", "2014-03", "2022-W05", "2024-SP", "2024-03-07TEV", "199X"]]
    ['31 Jan 2022', 'March 2014', 'week 5 of 2022', 'spring 2024', 'evening of 7 Mar 2024', 'the 1990s']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ..resources import data_cache, read_table
from ..spans import Span
from .rules import tables
from .tagger import Timex
from .tense import NO_TENSE
from .values import day_interval, first_day, granularity

if TYPE_CHECKING:  # the document module imports this one on first use
    from ..document import Document

__all__ = ["Event", "event_records", "label", "actor_label", "when", "LABEL_MAX", "EVENT_SKIP_SECTIONS"]

#: The longest event label, in characters (a longer clause is cut at a word and ends in "…").
LABEL_MAX = 60
#: Sections whose dates are not events of the story (datelines such as "Updated: …").
EVENT_SKIP_SECTIONS = ("meta",)
#: How much of a clause on each side of the date a label reads (a label keeps at most LABEL_MAX).
_READ = 20 * LABEL_MAX
#: How many actor mentions on each side of a date are tried as the subject of its clause.
SUBJECT_REACH = 12

#: A comma before a word that starts a clause.
_COMMA_CLAUSE = (
    r",\s+(?=(?:and|but|while|which|who|whom|whose|although|though|as|"
    r"after|before|when|where|whereas|because|despite|since|until|ending|having|saying|according|"
    r"notably|including|[a-z]+ing)\b)"
)
#: A clause break is a semicolon, colon or dash before a space, a spaced dash, a quote mark, the space
#: after a closing single quote or apostrophe, a comma before a clause's first word (the plain
#: pattern is in tests/test_timeline_events.py, which checks these against it).
#: The breaks found fast: a pattern with alternatives that start at a space is tried at every
#: space of the text, so the space after a quote is found from its quote mark (``[’'](?=\s)``, moved one
#: character on by :class:`ClauseBreaks`; not before a spaced dash, which is found from its space),
#: and the spaced dash is looked for only in sentences with a dash. Tests check both find the same.
_CLAUSE_BREAK_FAST = re.compile(r"[;:—–]\s|[“”\"]|[’'](?=\s)|" + _COMMA_CLAUSE)
_CLAUSE_BREAK_FAST_DASHES = re.compile(r"[;:—–]\s|\s[—–]\s|[“”\"]|[’'](?=\s)(?!\s[—–]\s)|" + _COMMA_CLAUSE)
_LEAD_WORDS = re.compile(
    r"^(?:(?:and|but|or|so|then|however|meanwhile|still|also|yet|while|which|who|as|notably|that)\b[,]?\s*)+",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:on|in|at|by|since|for|during|until|till|from|of|before|after|through|over|within|between|around|as of)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Event(Span):
    """A dated event: the time expression (offsets, text) with its date, a short label and the date as people write it.

    ``label`` is "actor: what the actor did" when the clause has an actor (``actor_id`` names
    it; "" when the label is the clause itself); ``when`` is ``date`` written for a reader.
    """

    date: str
    granularity: str
    interval_start: dt.datetime
    interval_end: dt.datetime
    label: str
    sentence: str
    when: str = ""
    actor_id: str = ""


class ClauseBreaks:
    """The clause breaks of one sentence, to find the clause around a date by bisection."""

    def __init__(self, sentence_text: str) -> None:
        self.text = sentence_text
        dashes = "—" in sentence_text or "–" in sentence_text
        self.starts, self.ends = [], []
        for found in (_CLAUSE_BREAK_FAST_DASHES if dashes else _CLAUSE_BREAK_FAST).finditer(sentence_text):
            start, end = found.span()
            if sentence_text[start] in "’'":  # the break is the space after the quote mark
                start, end = start + 1, end + 1
            self.starts.append(start)
            self.ends.append(end)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)`` (offsets within the sentence)."""
        before = bisect.bisect_right(self.ends, start)
        after = bisect.bisect_left(self.starts, end)
        left = self.ends[before - 1] if before else 0
        right = self.starts[after] if after < len(self.starts) else len(self.text)
        return left, right


def _before(text: str) -> str:
    """What comes before the date, its preposition left out; a long stretch keeps only its start."""
    if len(text) > _READ:
        return text[:_READ].rsplit(None, 1)[0]
    return _without_preposition(text.rstrip())


#: _PREPOSITION and _GOVERNED match a word at the very end of a text, and none of their words is
#: longer than this: a search for them may start this far from the end (re would try every character)
_TAIL = 10


def _without_preposition(text: str) -> str:
    """``text`` (no space at its end) without the preposition it ends with ("met on" → "met ")."""
    found = _PREPOSITION.search(text, max(0, len(text) - _TAIL))
    return text[: found.start()] + text[found.end() :] if found else text


def _ends_governed(text: str) -> bool:
    """Does ``text`` end with a word that governs a noun ("on", "with" …, :data:`_GOVERNED`)?"""
    return _GOVERNED.search(text, max(0, len(text) - _TAIL)) is not None


def _after(text: str) -> str:
    return text[:_READ].rsplit(None, 1)[0] if len(text) > _READ else text


def label(sentence_text: str, start: int, end: int, breaks: ClauseBreaks | None = None) -> str:
    """A short readable label from the clause that carries the date (≤ LABEL_MAX characters)."""
    breaks = breaks or ClauseBreaks(sentence_text)
    left, right = breaks.clause(start, end)
    before = _before(sentence_text[left:start])
    after = _POSSESSIVE_S.sub("", _after(sentence_text[end:right]))
    text = (before.rstrip(" ,") + " " + after.lstrip(" ,")).strip()
    if len(text.split()) < 3:  # the clause is only the date: use the whole sentence
        before = _before(sentence_text[:start])
        text = (before.rstrip(" ,") + " " + _after(sentence_text[end:]).lstrip(" ,")).strip()
    text = _LEAD_WORDS.sub("", " ".join(text.split())).strip(" ,.;:“”\"'‘’()")
    text = text[:1].upper() + text[1:]
    if len(text) > LABEL_MAX:
        cut = text[: LABEL_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
        text = cut + "…"
    return text


_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_ANY_WORD = re.compile(r"\w+")
_POSSESSIVE_S = re.compile(r"^['’]s\b")
_THE = re.compile(r"(?i)(?:the)?")
_VERB_THAT = re.compile(r"^(\w+) that\b")
#: mention kinds written with the actor's name in a label (a pronoun, or a title the name makes long)
_NAMED_KINDS = ("PRONOUN", "TITLE_NAME")
#: a preposition that governs the noun after it (not "after" or "since", which also start clauses)
_GOVERNED = re.compile(r"\b(?:on|in|at|by|for|during|from|of|through|over|within|between|around|with|to|against)$", re.IGNORECASE)
#: an apposition or relative clause between a subject and its verb ("Karen Doyle, who flew …, said")
_APPOSITION = re.compile(r",\s+(?:who|which|whose|a|an|the|one)\b[^,;“”\"]{0,150},\s+(?=[a-z])")
#: mention kinds that stand before a noun ("Russian diplomats"): the noun joins the subject
_MODIFIER_KINDS = ("ADJECTIVE",)


@dataclass(frozen=True)
class LabelWords:
    """The words that tell a label where a predicate starts: verbs (strong cues) and adverbs."""

    verbs: frozenset[str]
    adverbs: frozenset[str]


@data_cache
def label_words() -> LabelWords:
    """The verbs of ``tense_cues.csv``, ``reporting_verbs.csv`` and the words of ``label_words.csv``.

    Example:
        >>> words = label_words()
        >>> "said" in words.verbs, "may" in words.verbs, "also" in words.adverbs
        (True, True, True)
    """
    rows = read_table("timeline", "label_words.csv")
    verbs = {word for word, tense in tables().tense.items() if tense != NO_TENSE} | {r["surface"] for r in rows if r["kind"] == "auxiliary"}
    for row in read_table("lexicons", "reporting_verbs.csv"):
        verbs.update(row["forms"].split("|"))
    return LabelWords(frozenset(verbs), frozenset(r["surface"] for r in rows if r["kind"] == "adverb"))


def _verb_kind(word: str) -> str:
    """"strong" for a listed verb or a past form in -ed, "weak" for a present form in -s, else ""."""
    if not word[:1].islower():
        return ""
    if word in label_words().verbs or (word.endswith("ed") and len(word) > 4 and not word.endswith("eed")):
        return "strong"
    return "weak" if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is")) else ""


@dataclass(frozen=True)
class Subject:
    """The subject of a clause: its first and last mention, the verb's offset and its words as written."""

    first: object
    last: object
    verb_start: int
    head: str  # a noun that joins the subject ("diplomats" in "Russian diplomats"), or ""


def _without_article(text: str) -> str:
    """``text`` (no space at its end) without the article it ends with and the spaces before it
    (what ``re.sub(r"(?i)\\s*\\b(?:the|a|an)$", "", text)`` gives, without trying it at every character).

    Example:
        >>> _without_article("talks with the"), _without_article("bathe"), _without_article("An")
        ('talks with', 'bathe', '')
    """
    for article in ("the", "an", "a"):  # at most one of them ends the text (their last letters differ)
        start = len(text) - len(article)
        if start >= 0 and text[start:].lower() == article:
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                return text  # no word boundary before it ("bathe")
            return text[:start].rstrip()  # str.rstrip strips what ``\s`` matches
    return text


def _subject_at(text: str, mention: object, clause: tuple[int, int]) -> Subject | None:
    """The subject that ``mention`` starts when a verb follows it (inside ``clause``), else None.

    A listed verb or a form in -ed may follow any mention; a present form in -s ("addresses") only
    a mention that starts its clause and is not followed by a preposition ("officials in").
    """
    before = text[clause[0] : mention.start]
    governed = _without_article(before[-30:].rstrip())
    if text[mention.end : mention.end + 2] in ("'s", "’s") or _ends_governed(governed):
        return None
    apposition = _APPOSITION.match(text, mention.end, clause[1])
    after = apposition.end() if apposition else mention.end
    words = [(m.start(), m.group()) for m in islice(_WORD.finditer(text, after, min(clause[1], after + 80)), 5)]
    if not words or text[after : words[0][0]].strip():
        return None
    head = []
    while (mention.kind in _MODIFIER_KINDS and len(words) > 1 and len(head) < 2 and words[0][1].islower()
           and _verb_kind(words[0][1]) != "strong" and not _LEAD_WORDS.match(words[0][1])):
        head, words = head + [words[0][1]], words[1:]
    while len(words) > 1 and words[0][1] in label_words().adverbs:
        words = words[1:]
    kind = _verb_kind(words[0][1]) if words else ""
    if kind == "weak":
        starts = _THE.fullmatch(_LEAD_WORDS.sub("", before.strip(" ,“”\"'‘’")).strip()) is not None
        following = words[1][1] if len(words) > 1 else ""
        kind = "weak" if starts and not head and not _PREPOSITION.match(following + " ") and _verb_kind(following) != "strong" else ""
    if kind:
        return Subject(mention, mention, words[0][0], " ".join(head))
    return None


def _coordinated(text: str, subject: Subject, before: list) -> Subject:
    """Extend ``subject`` back over "X and" ("Mr Blinken and Mr Lavrov met")."""
    first = subject.first
    for earlier in reversed(before):
        if earlier.end <= first.start and text[earlier.end : first.start].strip() in ("and", ","):
            first = earlier
        else:
            break
    return Subject(first, subject.last, subject.verb_start, subject.head) if first is not subject.first else subject


@dataclass(frozen=True)
class Mentions:
    """A document's actor mentions in text order, with their start offsets for bisection."""

    items: list
    starts: list[int]

    @classmethod
    def of(cls, mentions: Iterable) -> Mentions:
        items = list(mentions)
        return cls(items, [m.start for m in items])

    def index(self, offset: int) -> int:
        """The number of mentions that start before ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def between(self, start: int, end: int) -> list:
        """The mentions that start in ``[start, end)``."""
        return self.items[self.index(start) : self.index(end)]


def find_subject(text: str, mentions: Mentions, clause: tuple[int, int], date: tuple[int, int]) -> Subject | None:
    """The subject of the date's clause: the nearest actor before the date that a verb follows, else the first after it.

    At most :data:`SUBJECT_REACH` mentions are tried on each side, so a sentence with thousands of
    dates and names costs time in proportion to its length.

    Example:
        >>> from helpers.article import article_from_text
        >>> from helpers.document import Document
        >>> doc = Document(article_from_text("Talks\\n\\nOn Monday Mr Berg and Ms Lund met in Oslo.", published="2022-02-01"))
        >>> date = doc.text.index("Monday")
        >>> found = find_subject(doc.text, Mentions.of(doc.mentions), (0, len(doc.text)), (date, date + 6))
        >>> found.first.text, found.last.text, doc.text[found.verb_start:found.verb_start + 3]
        ('Mr Berg', 'Ms Lund', 'met')
    """
    low, high = mentions.index(clause[0]), mentions.index(clause[1])
    before, after = mentions.index(date[0]), mentions.index(date[1])
    tries = [*range(min(before, high) - 1, max(low, before - SUBJECT_REACH) - 1, -1),
             *range(max(after, low), min(high, after + SUBJECT_REACH))]
    for k in tries:
        mention = mentions.items[k]
        if mention.end > clause[1] or mention.start < date[1] and mention.end > date[0]:
            continue
        subject = _subject_at(text, mention, clause)
        if subject is not None:
            return _coordinated(text, subject, mentions.items[max(low, k - SUBJECT_REACH) : k])
    return None


def _actor_name(mention: object, actors: dict) -> str:
    actor = actors.get(mention.actor_id)
    return " ".join(actor.name.split()) if actor is not None and actor.name else " ".join(mention.text.split())


def _written(text: str, start: int, end: int, mentions: Mentions, actors: dict) -> str:
    """``text[start:end]`` (at most :data:`_READ` characters) with its pronouns and titled names written as their actors' names."""
    end = min(end, start + _READ)
    parts, at = [], start
    for mention in mentions.between(start, end):
        if start <= mention.start and mention.end <= end and mention.kind in _NAMED_KINDS:
            parts += [text[at : mention.start], _actor_name(mention, actors)]
            at = mention.end
    return " ".join(("".join(parts) + text[at:end]).split())


def _subject_name(text: str, subject: Subject, mentions: Mentions, actors: dict) -> str:
    if subject.head:
        return " ".join(f"{subject.last.text} {subject.head}".split())
    if subject.first is subject.last:
        return _actor_name(subject.last, actors)
    return _written(text, subject.first.start, subject.last.end, mentions, actors)


def actor_label(text: str, subject: Subject, clause: tuple[int, int], date: tuple[int, int], context: tuple[int, Mentions], actors: dict) -> str:
    """"Actor: verb and object" for ``subject``, the date and its preposition left out (≤ LABEL_MAX).

    A bare verb ("X said in Geneva on Monday") takes the words before its subject as its object:
    in news, what was said. ``context`` is the sentence's start offset and its mentions.
    """
    opening, mentions = context
    if subject.verb_start < date[0] < clause[1]:
        before = _without_preposition(text[subject.verb_start : date[0]].rstrip())
        predicate = _written(text, subject.verb_start, subject.verb_start + len(before), mentions, actors)
        predicate += " " + _written(text, date[1], clause[1], mentions, actors).lstrip(" ,")
    else:
        predicate = _written(text, subject.verb_start, clause[1], mentions, actors)
    predicate = _VERB_THAT.sub(r"\1", _POSSESSIVE_S.sub("", predicate.strip()))
    predicate = predicate.strip(" ,.;:“”\"'‘’()")
    if len(_ANY_WORD.findall(predicate)) <= 1 or _ends_governed(" ".join(predicate.split()[1:2])):
        said = _written(text, opening, subject.first.start, mentions, actors).strip(" ,.;:“”\"'‘’()")
        if len(said.split()) >= 3:
            predicate = f"{predicate.split()[0] if predicate else ''} “{said}”"
    result = _subject_name(text, subject, mentions, actors) + ": " + predicate.strip()
    if len(result) > LABEL_MAX:
        result = result[: LABEL_MAX - 2].rsplit(" ", 1)[0].rstrip(" ,;:“") + "…" + ("”" if result.count("“") > result[: LABEL_MAX - 2].rsplit(" ", 1)[0].count("”") else "")
    return result


def when(value: str) -> str:
    """A TIMEX3 value written as people write dates ("31 Jan 2022", "March 2014", "spring 2024").

    Example:
        >>> when("2022-02-01T20:59"), when("2022-W05"), when("PXW")
        ('20:59, 1 Feb 2022', 'week 5 of 2022', 'PXW')
    """
    kind, day = granularity(value), first_day(value)
    if day is None:
        return f"the {value[:3]}0s" if kind == "decade" else (_century(int(value) + 1) if kind == "century" else value)
    if kind == "day":  # the usual kinds first, each written only when it is the one (formatting dates is slow)
        return f"{day.day} {day:%b} {day.year}"
    if kind == "month":
        return f"{day:%B} {day.year}"
    if kind == "year":
        return str(day.year)
    if kind == "week":
        number = int(value[6:8])
        return f"weekend of week {number} of {day.year}" if value.endswith("WE") else f"week {number} of {value[:4]}"
    if kind == "season":
        names = {r["value"]: r["surface"] for r in reversed(read_table("timeline", "seasons.csv"))}
        return f"{names.get(value[5:], value[5:])} {value[:4]}"
    if kind == "time":
        return _time_of_day(value, f"{day.day} {day:%b} {day.year}")
    if kind == "quarter":
        return f"Q{value[-1]} {day.year}"
    if kind == "half":
        return f"{'first' if value[-1] == '1' else 'second'} half of {day.year}"
    if kind == "decade":
        return f"the {day.year}s"
    if kind == "century":
        return _century(int(value[:2]) + 1)
    return value


def _century(number: int) -> str:
    """ "the 19th century" for 19 (TIMEX3 writes it ``18``: the hundreds of its years)."""
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"the {number}{suffix} century"


def _time_of_day(value: str, date_text: str) -> str:
    """"evening of 7 Mar 2024" for a part of the day, "20:59, 1 Feb 2022" for a clock time."""
    clock = value.split("T", 1)[1]
    parts = {r["value"]: r["surface"] for r in read_table("timeline", "parts_of_day.csv")}
    if clock in parts:
        return f"{parts[clock]} of {date_text}"
    return f"midnight, {date_text}" if clock[:5] == "24:00" else f"{clock[:5]}, {date_text}"


def event_records(doc: Document, timexes: Iterable[Timex] | None = None) -> list[Event]:
    """The events of a :class:`~helpers.document.Document`, sorted by interval start then position.

    Args:
        doc: the document; its ``sentences`` give the clauses and its ``mentions`` the actors.
        timexes: the time expressions to use; the document's own (``doc.timexes``) by default.
    """
    sentences = doc.sentences
    breaks: dict[int, ClauseBreaks] = {}
    rows, mentions = [], None
    for timex in doc.timexes if timexes is None else timexes:
        if timex.type not in ("DATE", "TIME") or not sentences:
            continue
        span = day_interval(timex.value)  # asked only of dates and times (durations and sets have none)
        if span is None:
            continue
        sentence = sentences[timex.sentence]
        if sentence.section in EVENT_SKIP_SECTIONS:
            continue
        if timex.sentence not in breaks:
            breaks[timex.sentence] = ClauseBreaks(sentence.text)
        mentions = Mentions.of(doc.mentions) if mentions is None else mentions
        text, actor_id = _event_label(doc, sentence, timex, breaks[timex.sentence], mentions)
        rows.append(_event(
            start=timex.start, end=timex.end, text=timex.text, date=timex.value, granularity=timex.granularity,
            interval_start=span[0], interval_end=span[1], label=text, sentence=sentence.text,
            when=when(timex.value), actor_id=actor_id,
        ))
    return sorted(rows, key=lambda e: (e.interval_start, e.start, e.end))


def _event(**fields: object) -> Event:
    """An :class:`Event` with these fields, written straight into its ``__dict__`` (what the frozen
    dataclass's ``__init__`` ends with, without ``object.__setattr__`` per field and the checks of
    :class:`~helpers.spans.Span`, which cannot fail: the offsets and text are the time expression's own), for speed.
    """
    event = object.__new__(Event)
    event.__dict__.update(fields)
    return event


def _event_label(doc: Document, sentence: object, timex: Timex, breaks: ClauseBreaks, mentions: Mentions) -> tuple[str, str]:
    """The label of the event at ``timex`` and its actor's id ("" when the label is the clause itself)."""
    left, right = breaks.clause(timex.start - sentence.start, timex.end - sentence.start)
    date = (timex.start, timex.end)
    clause = (sentence.start + left, sentence.start + right)
    subject = find_subject(doc.text, mentions, clause, date)
    whole = subject if clause == (sentence.start, sentence.end) else find_subject(doc.text, mentions, (sentence.start, sentence.end), date)
    if subject is None or (whole is not None and subject.last.start > date[1] and clause[0] <= whole.verb_start < subject.first.start):
        subject = whole  # the sentence's actor: the clause has none before the date, or is that actor's predicate
        if subject is not None:
            verb_at = subject.verb_start - sentence.start
            clause = (sentence.start, sentence.start + breaks.clause(verb_at, verb_at)[1])
    if subject is None:
        return label(sentence.text, timex.start - sentence.start, timex.end - sentence.start, breaks), ""
    return actor_label(doc.text, subject, clause, date, (sentence.start, mentions), doc.actors), subject.last.actor_id
