"""The statement stage's data: quote marks, frame words, cue verbs and the patterns built from them.

Every table is read from ``data/`` through :func:`helpers.resources.data_cache`, so
``helpers.reload_data()`` makes an edit take effect.

Example:
    >>> cue_pattern().search("Mr Putin argued it is possible").group("cue")
    'argued'
    >>> "said" in cue_forms(), frame_words()["modal"] >= {"will"}
    (True, True)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..resources import data_cache, read_table

__all__ = ["CueForm", "cue_forms", "quoted_lemmas", "cue_pattern", "frame_words", "word_groups", "quote_mark_roles", "quote_mark_pattern", "cue_start_pattern", "cue_starts", "find_cues", "listener_pattern", "verb_frames", "role_words",
           "adjunct_pattern", "background_as", "addressee_verbs", "clause_stop_pattern", "source_pattern"]


@dataclass(frozen=True)
class CueForm:
    """One written form of a reporting verb: its lemma and kind (``speech``, ``prep`` …)."""

    lemma: str
    kind: str


@data_cache
def quote_mark_roles() -> dict[str, tuple[str, str]]:
    """``{mark: (family, role)}`` from ``data/statements/quote_marks.csv``."""
    return {row["char"]: (row["family"], row["role"]) for row in read_table("statements", "quote_marks.csv")}


@data_cache
def quote_mark_pattern() -> re.Pattern[str]:
    """One character class of every quote mark in ``quote_marks.csv``.

    Pairing looks only at the marks, so a C-speed search for them skips the other characters
    instead of testing each one in Python.

    Example:
        >>> [m.start() for m in quote_mark_pattern().finditer("He said “no” and ‘yes’.")]
        [8, 11, 17, 21]
    """
    return re.compile("[" + "".join(re.escape(char) for char in quote_mark_roles()) + "]")


@data_cache
def frame_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/statements/frame_words.csv``, by role (``gap``, ``modal`` …)."""
    roles: dict[str, set[str]] = {}
    for row in read_table("statements", "frame_words.csv"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@data_cache
def word_groups() -> dict[str, frozenset[str]]:
    """Unions of the :func:`frame_words` roles that the frame rules test together, built once
    (not at every cue), each with the few grammar words the rules add.

    Example:
        >>> word_groups()["finite"] >= frame_words()["be"] | {"has", "did"}
        True
    """
    words = frame_words()
    have = {"has", "have", "had"}
    finite = words["be"] | words["modal"] | have | {"did", "does"}
    return {
        "not_after_cue": words["blocked_after"] | words["modal"] | words["be"] | have,  # "demands for", "states had"
        "not_subject": words["determiner"] | words["preposition"] | words["be"],
        "name_not_start": words["determiner"] | words["person_pronoun"] | words["thing_pronoun"],
        "auxiliary_or_that": words["be"] | words["modal"] | have | {"that"},
        "finite": finite,
        "finite_or_do": finite | {"do"},
        "finite_or_that": finite | {"that"},
        "clause_word": words["modal"] | words["be"] | words["coordinator"] | {"than", "that"},
        "subject_word": words["person_pronoun"] | words["thing_pronoun"] | words["subject_pronoun"] | words["org_head"],
        "verb_or_link": words["be"] | words["modal"] | words["coordinator"] | have | {"did", "does"},
        "not_listener": words["preposition"] | {"to", "that", "not", "about"},
        "sentence_link": words["coordinator"] | words["subordinator"] | words["be"],
        "opening_link": words["preposition"] | words["subordinator"],  # "In …, X did", "Although …, X did"
        # what may open a setting after "A, Lee said, …" (not more of what was said)
        "setting_start": words["preposition"] | (words["subordinator"] - words["coordinator"]) | {"amid", "during", "following"},
        "body_or_spokesperson": words["org_head"] | words["spokesperson"],
    }


@data_cache
def cue_forms() -> dict[str, CueForm]:
    """Every form of ``data/lexicons/reporting_verbs.csv`` with its lemma and kind, and of
    ``data/statements/quote_verbs.csv`` with kind ``quoted`` (a cue only when it quotes).

    Example:
        >>> cue_forms()["said"], cue_forms()["shot back"]
        (CueForm(lemma='say', kind='speech'), CueForm(lemma='shoot back', kind='quoted'))
    """
    forms: dict[str, CueForm] = {}
    for row in read_table("lexicons", "reporting_verbs.csv"):
        for form in row["forms"].split("|"):
            forms[form] = CueForm(row["lemma"], row["kind"])
    for row in read_table("statements", "quote_verbs.csv"):
        for form in row["forms"].split("|"):
            forms.setdefault(form, CueForm(row["lemma"], "quoted"))  # (a verb of both lists keeps its first kind)
    return forms


@data_cache
def quoted_lemmas() -> frozenset[str]:
    """The lemmas of ``data/statements/quote_verbs.csv``: cues only when their content quotes."""
    return frozenset(cue.lemma for cue in cue_forms().values() if cue.kind == "quoted")


@data_cache
def role_words() -> frozenset[str]:
    """The last words of the role nouns of ``data/lexicons/role_nouns.csv`` ("economist", "head", "spokesman"): after
    an inverted subject, "…, said Ana Ruiz, an economist at Kestrel Bank." describes the speaker, it says nothing.

    Example:
        >>> {"economist", "head", "spokesman"} <= role_words()
        True
    """
    return frozenset(row["noun"].split()[-1].lower() for row in read_table("lexicons", "role_nouns.csv"))


@data_cache
def verb_frames() -> dict[str, str]:
    """``{lemma: frame}`` from ``data/statements/verb_frames.csv`` (addressee, clause, naming …)."""
    return {r["lemma"]: r["frame"] for r in read_table("statements", "verb_frames.csv")}


@data_cache
def addressee_verbs() -> frozenset[str]:
    """The lemmas that take a listener before their content (tell, ask, warn …)."""
    return frozenset(lemma for lemma, frame in verb_frames().items() if frame == "addressee")


def _alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of ``words``, longest first (so that "news conference" beats "news")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@data_cache
def cue_pattern() -> re.Pattern[str]:
    """The regex that finds cue forms (lower case; "According to" in any case), as data says.

    The look-behind needs one character only, so a cue is tried at word starts and never
    re-scans a long word.

    Example:
        >>> cue_pattern().search("Read more") is None
        True
    """
    alternatives = []
    for form, cue in sorted(cue_forms().items(), key=lambda item: -len(item[0])):
        body = r"\s+".join(re.escape(part) for part in form.split())
        alternatives.append(f"(?i:{body})" if cue.kind == "prep" else body)
    return re.compile(r"(?<![\w'’-])(?P<cue>" + "|".join(alternatives) + r")(?![\w-])")


def _trie(words: set[str]) -> str:
    """A regex alternation of ``words`` factored by their letters ("sa(?:id|y(?:s)?)"), so that
    the regex engine tests one letter per step instead of every word in turn.

    Example:
        >>> _trie({"said", "says", "say", "tell"})
        'sa(?:id|y(?:s)?)|tell'
    """
    return "|".join(_trie_alternatives(words))


def _trie_alternatives(words: set[str]) -> list[str]:
    alternatives = []
    for first in sorted({word[0] for word in words}):
        rest = {word[1:] for word in words if word[0] == first}
        longer = rest - {""}
        tail = _trie_alternatives(longer) if longer else []
        if len(tail) > 1 or (tail and "" in rest):
            tail = ["(?:" + "|".join(tail) + ")" + ("?" if "" in rest else "")]
        alternatives.append(re.escape(first) + "".join(tail))
    return alternatives


@data_cache
def cue_start_pattern() -> re.Pattern[str]:
    """The first word of some cue form (or its first letters), at a word start: the only places
    :func:`cue_pattern` can match. Nothing is asked of what follows, so a text (or any stretch of
    it) without a match holds no cue.

    Example:
        >>> [m.group() for m in cue_start_pattern().finditer("He said, ACCORDING to the sayings")]
        ['said', 'ACCORDING', 'saying']
    """
    plain = {form.split()[0] for form, cue in cue_forms().items() if cue.kind != "prep"}
    any_case = {form.split()[0].lower() for form, cue in cue_forms().items() if cue.kind == "prep"}
    alternatives = [_trie(plain)] + ([f"(?i:{_trie(any_case)})"] if any_case else [])
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")")


def cue_starts(masked: str, lo: int, hi: int) -> list[int]:
    """Where :func:`cue_start_pattern` matches in ``masked[lo:hi]``: every place a cue of any
    stretch inside ``lo:hi`` (a sentence of a paragraph) can start.

    Example:
        >>> cue_starts("They said it, according to him.", 0, 31)
        [5, 14]
    """
    return [start.start() for start in cue_start_pattern().finditer(masked, lo, hi)]


def find_cues(masked: str, lo: int, hi: int, starts: list[int] | None = None) -> list[re.Match[str]]:
    """The matches of :func:`cue_pattern` in ``masked[lo:hi]``: the same as its ``finditer``, faster.

    A cue starts at a word start with the first word of a form, so the full pattern is tried
    only where :func:`cue_start_pattern` finds one (a few words a sentence) instead of at every
    word with all its alternatives. ``starts`` may give those places for a stretch around
    ``lo:hi`` (:func:`cue_starts` of the paragraph), found once for all its sentences.

    Example:
        >>> [m.group("cue") for m in find_cues("They said it, according to him.", 0, 31)]
        ['said', 'according to']
    """
    if starts is None:
        starts = cue_starts(masked, lo, hi)
    pattern, end, found = cue_pattern(), lo, []
    for start in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
        if start < end:
            continue  # inside the cue found before (finditer goes on after a match)
        cue = pattern.match(masked, start, hi)
        if cue:
            end = cue.end()
            found.append(cue)
    return found


@data_cache
def listener_pattern() -> re.Pattern[str]:
    """A listener after a cue ("told him", "told the BBC"): an object pronoun or audience word of
    ``frame_words.csv`` (role ``listener``), or up to four capitalised words, maybe after "the".

    Example:
        >>> listener_pattern().match(" the BBC the union had").group()
        ' the BBC '
    """
    return re.compile(
        rf"\s+(?:{_alternation(frame_words()['listener'])}|"
        r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+")


def _calendar_words(table: str, shortest: int) -> list[str]:
    names = {r["surface"].rstrip(".") for r in read_table("timeline", table) if len(r["surface"]) > shortest}
    return sorted(names, key=len, reverse=True)


#: the topic of a quote between its cue and the quote: "said of the plan, “…”", "wrote about her rival, ‘…’"
TOPIC_BEFORE_QUOTE = r"(?:of|about)\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+(?=\s*,\s*[“\"‘'])"


@data_cache
def adjunct_pattern() -> re.Pattern[str]:
    """Time, place and setting phrases that may sit between a cue and its content or end."""
    words = frame_words()
    day = "(?:" + "|".join(w.capitalize() for w in _calendar_words("weekdays.csv", 4)) + r")(?![\w-])"
    month = "(?:" + "|".join(m.capitalize() for m in _calendar_words("months.csv", 3)) + r")\.?(?![\w-])"
    setting = _alternation(words["setting"])
    platforms = "|".join(sorted(words["platform"], key=len, reverse=True))
    audience = _alternation(words["audience"])
    parts = [
        rf"(?:on\s+)?{day}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+{month}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?",
        rf"(?:on\s+)?(?:{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month})(?:,?\s+\d{{4}})?",
        rf"(?:last|this|next|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|{day})",
        r"(?:earlier|later)\s+(?:on\s+)?(?:today|this\s+\w+)|yesterday|today|tonight|on\s+condition\s+of\s+anonymity",
        r"(?:(?:earlier|later)\s+)?that\s+(?:day|week|month|year|morning|afternoon|evening|night)",
        rf"(?:in|at|on|during|to|via|through|after|before)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{setting})(?:\s+(?:{setting}))*\b",
        rf"to\s+(?:{audience})",
        r"(?:in|at|to|from|outside|inside)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*",
        # a clock time: "shortly after 9 p.m.", "at 10:30 a.m.", "just before midnight"
        r"(?:(?:shortly|soon|just|right|minutes|hours|moments|late|early)\s+)?(?:after|before|at|around|by|until)\s+"
        r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)|midnight|noon|dawn|dusk)",
        rf"on\s+(?:{platforms})(?![\w-])",
        # the topic of a quote: "said of the plan, “…”", "wrote about her rival, ‘…’" (only before a comma and a quote)
        TOPIC_BEFORE_QUOTE,
        # an event as a time: "said after the ceremony.", "told reporters before the vote," (up to a break)
        r"(?:(?:shortly|soon|just|right|immediately|long)\s+)?(?:after|before|during|following|ahead\s+of)\s+"
        r"(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+(?=\s*(?:[.,;:!?]|$)|\s+that\s)",
    ]
    return re.compile(r"(?:\s*,?\s*(?:" + "|".join(parts) + r"))(?![\w’'-])")


@data_cache
def background_as() -> re.Pattern[str]:
    """An "as" clause right after a time word ("… until Friday as aid agencies struggle to …"):
    the writer's background, not part of what a cue before it reported."""
    words = frame_words()
    names = {r["surface"].rstrip(".") for table in ("weekdays.csv", "months.csv") for r in read_table("timeline", table)}
    times = sorted({n.capitalize() for n in names if len(n) > 3} | words["time_word"], key=len, reverse=True)
    not_clause = "|".join(sorted(words["as_not_clause"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{'|'.join(times)}|\d{{4}})(?P<cut>\s*,?\s+as\s+)(?!(?:{not_clause})\b)(?=(?:[\w’'-]+\s+){{2,}}[\w’'-]+)"
    )


@data_cache
def clause_stop_pattern() -> re.Pattern[str]:
    """Where a subject's clause may start: a comma, colon or semicolon, "that" or a subordinator."""
    stops = "|".join(sorted(frame_words()["subordinator"]))
    return re.compile(rf"[,;:]|\b(?:that|{stops})\b")


@data_cache
def source_pattern(role: str) -> re.Pattern[str]:
    """"a spokesman for X" (``role="spokesperson"``) or "a statement from X" (``role="document"``)."""
    heads = "|".join(sorted(frame_words()[role], key=len, reverse=True))
    links = r"(?:for|of|at|from|with)" if role == "spokesperson" else r"(?:(?:issued|released|published|signed)\s+)?(?:from|by|of)"
    return re.compile(rf"\s*(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?(?:{heads})\s+{links}\s+", re.I)
