"""Who said what: direct quotes, mixed quotes and reported speech, each with its speaker.

The method is a small rule system in the spirit of the quote extractors used in news research
(Pouliquen, Steinberger & Best 2007; Krestel, Bergler & Witte 2008; the SFU Gender Gap
Tracker, Asr et al. 2021), with every word list kept as data:

1. **Quote marks on raw characters** (:func:`quotes`). Curly marks say which way they face;
   a straight ``"`` or ``'`` is decided by the characters around it, and a single mark
   between two letters is an apostrophe (``Russia's``). Marks pair by family (double, single)
   with a stack, so ``“… ‘x’ …”`` nests. A paragraph that opens a quote and does not close it
   continues into the next paragraph when that one opens with a mark (the news convention for
   long quotes). Marks that cannot be paired are skipped and listed by :func:`quote_problems`.
2. **Frames around cue verbs** (``data/lexicons/reporting_verbs.csv``), found on the text with
   the quotes' contents masked, so a verb *inside* a quote is never a cue:
   ``X said (that) …``, ``…, X said.``, ``“…,” said X.``, ``However, X said, …``,
   ``X told reporters that …`` (or ``told the BBC the union had …``), ``…, saying …``,
   ``according to X``, ``…, X reported Y as saying``, the headline forms ``X: …`` and
   ``Label: ‘…’, says X``, a quote split around its cue (``“We will,” she said, “but not
   yet.”``) and a quote after a subject and a colon or dash (``X was blunt: “…”``). The content
   runs to the end of its clause; a wire dateline is not part of it, and "reported a loss of
   $2m" (a figure, not a clause) is no statement. Settings (``on Monday``, ``shortly after
   9 p.m.``, ``on X``) are skipped around the cue; a quote ending in "?" joins the frame after
   it (``“May we?” the chair asked``); an "as" clause after a time word ends the content of a
   cue before it (``says X stays until Friday as agencies struggle …``); a quoted title
   (``“Shelf Life”``, or any quote after "titled") does not make reported speech a mixed quote;
   an event after the cue is a time (``“…,” she said after the ceremony``); "deny" and "write"
   need a clause; words on display (``a placard read: “…”``) have no speaker.
3. **Nesting**: when a frame's content holds another frame, the innermost speaker gets the
   statement (``an official said Mr Blinken told …`` → Blinken); a frame that follows
   "after", "and", "but" … ends the content before it instead.
4. **Speakers** come from a mentions table (``helpers.actors.find_mentions`` by default): the
   nearest mention before the cue that is not the object of a preposition, skipping
   appositions (``Mr Orban, who …, stressed``). Pronouns carry their resolved person; a bare
   "he"/"she" falls back on the most recent person speaker; "a statement read" on the source
   of the frame before it; "…, it said" on the organisation the reported clause opens with;
   "a spokeswoman for X" or "a statement from X" on X; "Norway's energy ministry" on its owner;
   a description with no resolved mention ("the trust", "police", "the judge") on the last speaker
   or mention holding its head word (a body's never on a person). In "Rovers coach Dermot Keane
   said" the club modifies the speaker: the head (the last mention) speaks. A frame that reports
   nothing ("asked Ottawa for $500m", "announced the buyback") never hides the clause around it.
   Quotes with no frame of their own (a quote-only sentence or
   paragraph) belong to the speaker before them. No speaker found → ``speaker_id`` is None.

A statement's span is its **content**, never its frame: for a pure quote the text between
the marks; for reported speech the reported clause (or the object of "urged", "blasted" …).
``kind`` is ``direct`` when quote marks delimit the content, mixed quotes included.

Example:
    >>> import pandas as pd
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("Talks\\n\\n“We are ready,” Mr Ivanov said. He added that talks would resume.\\n")
    >>> art.text[23:32], art.text[39:41]
    ('Mr Ivanov', 'He')
    >>> ment = pd.DataFrame({"start": [23, 39], "end": [32, 41], "text": ["Mr Ivanov", "He"],
    ...                      "actor_id": ["ivanov", "ivanov"], "kind": ["TITLE_NAME", "PRONOUN"]})
    >>> found = find_statements(art, mentions=ment)
    >>> found[["text", "kind", "speaker_id", "cue"]].values.tolist()
    [['We are ready,', 'direct', 'ivanov', 'said'], ['talks would resume', 'indirect', 'ivanov', 'added']]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .article import Article, as_article
from .evaluate import Comparison
from .evaluate import compare as evaluate_compare
from .resources import HelpersError, read_table
from .spans import Span, frame_from_spans
from .text import paragraph_sentence_spans, sentences

__all__ = [
    "Statement",
    "QuoteMark",
    "COLUMNS",
    "quotes",
    "quote_problems",
    "find_statements",
    "cue_pattern",
    "highlight_html",
    "compare",
]

#: the columns of :func:`find_statements`, in order
COLUMNS = [
    "start", "end", "text", "kind", "speaker_id", "speaker_text",
    "cue", "cue_start", "cue_end", "section", "sentence",
]
_MENTION_COLUMNS = ["start", "end", "text", "actor_id", "kind"]
_CLOSERS = "\"”’'»"
_OPENERS = "\"“‘'«"
#: a frame's subject (before the cue) has at most this many words
_MAX_SUBJECT_WORDS = 9
#: the masking character that hides a quote's words while frames are searched
_MASK = "x"


@dataclass(frozen=True)
class Statement(Span):
    """A statement: its content span, kind, speaker and cue (offsets into the article)."""

    kind: str
    speaker_id: str | None
    speaker_text: str
    cue: str
    cue_start: int
    cue_end: int
    section: str
    sentence: int


@dataclass(frozen=True)
class QuoteMark(Span):
    """A quote segment (``start:end`` is its content) or an unpairable mark (``problem``)."""

    open: int
    close: int
    paragraph: int
    continues: bool = False
    problem: str = ""


# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _marks() -> dict[str, tuple[str, str]]:
    return {row["char"]: (row["family"], row["role"]) for row in read_table("statements", "quote_marks.csv")}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for row in read_table("statements", "frame_words.csv"):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str]] = {}
    for row in read_table("lexicons", "reporting_verbs.csv"):
        for form in row["forms"].split("|"):
            forms[form] = (row["lemma"], row["kind"])
    return forms


@lru_cache(maxsize=1)
def _verb_frames() -> dict[str, str]:
    return {r["lemma"]: r["frame"] for r in read_table("statements", "verb_frames.csv")}


def _addressee_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, frame in _verb_frames().items() if frame == "addressee")


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    """The regex that finds cue forms (lower case; "According to" in any case), as data says.

    Example:
        >>> cue_pattern().search("Mr Putin argued it is possible").group("cue")
        'argued'
        >>> cue_pattern().search("Read more") is None
        True
    """
    alternatives = []
    for form, (_, kind) in sorted(_cue_forms().items(), key=lambda item: -len(item[0])):
        body = r"\s+".join(re.escape(part) for part in form.split())
        alternatives.append(f"(?i:{body})" if kind == "prep" else body)
    return re.compile(r"(?<![\w'’-])(?P<cue>" + "|".join(alternatives) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _adjunct_pattern() -> re.Pattern[str]:
    """Time, place and setting phrases that may sit between a cue and its content or end."""
    weekdays = sorted({r["surface"].rstrip(".") for r in read_table("timeline", "weekdays.csv") if len(r["surface"]) > 4})
    months = sorted({r["surface"].rstrip(".") for r in read_table("timeline", "months.csv") if len(r["surface"]) > 3})
    day = "(?:" + "|".join(w.capitalize() for w in sorted(weekdays, key=len, reverse=True)) + r")(?![\w-])"
    month = "(?:" + "|".join(m.capitalize() for m in sorted(months, key=len, reverse=True)) + r")\.?(?![\w-])"
    setting = (
        r"statement|interview|briefing|news conference|press conference|conference|speech|address|post|"
        r"video|message|letter|call|meeting|summit|hearing|session|broadcast|sidelines|note|tweet|email|"
        r"radio interview|television interview|phone call|rally|debate|podcast|report"
    )
    platforms = "|".join(sorted(_words()["platform"], key=len, reverse=True))
    audience = r"reporters|journalists|listeners|viewers|the media|the press|lawmakers|legislators|supporters|parliament|the crowd|the audience|delegates"
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
        # an event as a time: "said after the ceremony.", "told reporters before the vote," (up to a break)
        r"(?:(?:shortly|soon|just|right|immediately|long)\s+)?(?:after|before|during|following|ahead\s+of)\s+"
        r"(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+(?=\s*(?:[.,;:!?]|$)|\s+that\s)",
    ]
    return re.compile(r"(?:\s*,?\s*(?:" + "|".join(parts) + r"))(?![\w’'-])")


@lru_cache(maxsize=1)
def _background_as() -> re.Pattern[str]:
    """An "as" clause right after a time word ("… until Friday as aid agencies struggle to …"):
    the writer's background, not part of what a cue before it reported."""
    names = {r["surface"].rstrip(".") for table in ("weekdays.csv", "months.csv") for r in read_table("timeline", table)}
    times = sorted({n.capitalize() for n in names if len(n) > 3} | _words()["time_word"], key=len, reverse=True)
    not_clause = "|".join(sorted(_words()["as_not_clause"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{'|'.join(times)}|\d{{4}})(?P<cut>\s*,?\s+as\s+)(?!(?:{not_clause})\b)(?=(?:[\w’'-]+\s+){{2,}}[\w’'-]+)"
    )


# --------------------------------------------------------------------------- quote marks


def _role(text: str, i: int, lo: int, hi: int, char: str, family: str, role: str, open_families: list[str]) -> str | None:
    """``open``, ``close`` or None (an apostrophe) for the mark at ``i`` in paragraph ``lo:hi``."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    before_open = prev.isspace() or prev in "([{—–-/“‘\"'«„"
    after_close = nxt.isspace() or nxt in ".,;:!?)]}—–-”’\"'»"
    if family == "single":
        if prev.isalnum() and nxt.isalnum():
            return None  # Russia's, don’t
        if char == "‘":
            return None if nxt.isdigit() else "open"
        if before_open and not nxt.isspace() and not nxt.isdigit() and char == "'":
            return "open"
        if "single" in open_families and not prev.isspace():
            return "close" if after_close or not nxt.isalnum() else None
        return None  # countries’ leaders, ’90s
    if role != "either":
        return role
    if before_open and not nxt.isspace():
        return "open"
    if not prev.isspace() and after_close:
        return "close"
    return "close" if "double" in open_families else "open"


def _opens_paragraph(text: str, lo: int, hi: int, family: str) -> bool:
    if hi - lo < 2 or text[lo] not in _marks():
        return False
    mark_family, role = _marks()[text[lo]]
    return mark_family == family and role in ("open", "either") and not text[lo + 1].isspace()


def _scan(article: Article) -> tuple[tuple[QuoteMark, ...], tuple[QuoteMark, ...]]:
    """(top-level quote segments, unpairable marks) for the whole article."""
    return _scan_text(article.text, article.paragraphs)


@lru_cache(maxsize=8)
def _scan_text(text: str, paragraphs: tuple) -> tuple[tuple[QuoteMark, ...], tuple[QuoteMark, ...]]:
    marks = _marks()
    segments: list[QuoteMark] = []
    problems: list[QuoteMark] = []
    for number, para in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for i in range(para.start, para.end):
            char = text[i]
            if char not in marks:
                continue
            family, role = marks[char]
            kind = _role(text, i, para.start, para.end, char, family, role, [f for f, _ in stack])
            if kind == "open":
                stack.append((family, i))
            elif kind == "close":
                index = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == family), None)
                if index is None:
                    problems.append(QuoteMark(i, i + 1, char, i, -1, number, problem="closing mark with no opening mark"))
                    continue
                for _, pos in stack[index + 1 :]:
                    problems.append(QuoteMark(pos, pos + 1, text[pos], pos, -1, number, problem="opening mark never closed"))
                pairs.append((stack[index][1], i))
                del stack[index:]
        continuing = None
        if stack:
            nxt = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            family, pos = stack[0]
            if nxt is not None and _opens_paragraph(text, nxt.start, nxt.end, family):
                continuing = pos
                stack = stack[1:]
            for _, pos in stack:
                problems.append(QuoteMark(pos, pos + 1, text[pos], pos, -1, number, problem="opening mark never closed"))
        spans = [(o, c) for o, c in pairs]
        if continuing is not None:
            spans.append((continuing, para.end))
        spans.sort()
        last_end = -1
        for o, c in spans:
            if o < last_end:
                continue  # nested inside the previous top-level quote
            last_end = c
            lo, hi = o + 1, c
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if hi > lo:
                closed = c < para.end or (continuing != o)
                segments.append(QuoteMark(lo, hi, text[lo:hi], o, c if closed else -1, number, continues=not closed))
    problems.sort(key=lambda p: p.start)
    return tuple(segments), tuple(problems)


def quotes(article: Article | str) -> pd.DataFrame:
    """The top-level quotes of the article, found on raw characters.

    Args:
        article: an :class:`~helpers.article.Article` or the article's text.

    Returns:
        A DataFrame ``start, end, text`` (the words between the marks), ``open`` and ``close``
        (offsets of the marks; ``close`` is -1 when the quote runs on into the next paragraph),
        ``paragraph`` and ``continues``. Quotes nested inside another quote are part of it.

    Example:
        >>> from helpers.article import article_from_text
        >>> art = article_from_text("T\\n\\n“We said ‘no’,” he said. “Then we left.\\n\\n“Back home.”")
        >>> quotes(art)[["text", "continues"]].values.tolist()
        [['We said ‘no’,', False], ['Then we left.', True], ['Back home.', False]]
    """
    segments, _ = _scan(as_article(article))
    frame = frame_from_spans(segments, columns=["start", "end", "text", "open", "close", "paragraph", "continues", "problem"])
    return frame.drop(columns="problem")


def quote_problems(article: Article | str) -> pd.DataFrame:
    """Quote marks that could not be paired (skipped by :func:`find_statements`, never fatal).

    Returns:
        A DataFrame ``start, end, text`` (the mark), ``paragraph`` and ``problem``.

    Example:
        >>> quote_problems("Title\\n\\nHe said “yes and left.")[["text", "problem"]].values.tolist()
        [['“', 'opening mark never closed']]
    """
    _, problems = _scan(as_article(article))
    frame = frame_from_spans(problems, columns=["start", "end", "text", "open", "close", "paragraph", "continues", "problem"])
    return frame[["start", "end", "text", "paragraph", "problem"]]


# --------------------------------------------------------------------------- frames


@dataclass
class _Frame:
    cue: str
    c0: int
    c1: int
    form: str  # pre | post | coord | part | head | acc
    lemma: str = ""
    s0: int = -1  # start of the sentence the cue is in
    k0: int = -1
    k1: int = -1
    speaker: str | None = None
    speaker_text: str = ""
    cut_at: int | None = None  # where an enclosing content must end when this frame is inside it
    sep: int | None = None  # start of a post-posed frame (its separator)
    dropped: bool = False
    pending_coord: bool = False
    clause: bool = False  # the content is a that-less clause after a listener
    coord_subject: tuple | None = None
    notes: list[str] = field(default_factory=list)


#: a wire dateline opening a paragraph: a city in capitals, maybe a date, maybe the agency, a dash
_DATELINE = re.compile(r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+)*(?:,\s*[^,()\n—–]{1,30}?)?\s*(?:\([A-Za-z][\w .&-]{0,30}\)\s*)?(?:—|–|--|-)\s+")
#: an amount of money or a percentage (a figure, as object of "reported", is not speech)
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,\u00b7]*\s?(?:%|per\s?cent\b|(?:million|billion|trillion|bn|m)\b)")
_WORD = re.compile(r"[\w’'.-]*\w|[^\w\s]")


#: small words a title in Title Case may keep in lower case
_TITLE_SMALL = frozenset("a an the and or of in on at to for with by from nor but as".split())


def _is_title(quoted: str) -> bool:
    """True when a quote inside reported speech is a title, not words said: two to eight words,
    every major word capitalised, no closing punctuation (“Shelf Life”, “The Lord of the Rings”)."""
    words = quoted.split()
    if not 2 <= len(words) <= 8 or quoted.rstrip()[-1:] in ".,!?;:…":
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


def _last_word(masked: str, lo: int, hi: int) -> tuple[str, int]:
    """The last token of ``masked[lo:hi]`` and its start (``("", hi)`` if none)."""
    match = re.search(r"([\w’'-]+|[^\w\s])\s*$", masked[lo:hi])
    if not match:
        return "", hi
    return match.group(1), lo + match.start(1)


def _strip_gap(masked: str, lo: int, hi: int) -> int:
    """Move ``hi`` left over gap words (also, has, repeatedly …) and spaces."""
    gap = _words()["gap"]
    while True:
        word, pos = _last_word(masked, lo, hi)
        if word and word.lower() in gap:
            hi = pos
        else:
            return len(masked[:hi].rstrip()) if masked[lo:hi].strip() else lo


class _Mentions:
    """The mentions of an article, indexed for the questions attribution asks."""

    def __init__(self, frame: pd.DataFrame, text: str, masked: str):
        self.all_rows = [
            (int(start), int(end), str(words), None if pd.isna(actor) or actor == "" else str(actor), str(kind))
            for start, end, words, actor, kind in zip(frame["start"], frame["end"], frame["text"], frame["actor_id"], frame["kind"])
        ]
        self.rows = [r for r in self.all_rows if masked[r[0] : r[1]] == text[r[0] : r[1]]]  # not inside a quote
        self.starts = [r[0] for r in self.rows]
        self.masked = masked
        person_kinds = {"TITLE_NAME", "PRONOUN"}
        self.people = {r[3] for r in self.rows if r[3] and (r[4] in person_kinds or r[3] == r[3].lower())}
        self.persons = {r[3] for r in self.all_rows if r[3] and (r[4] == "TITLE_NAME" or r[2].lower() in _words()["person_pronoun"])}

    def within(self, lo: int, hi: int) -> list[tuple]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.rows) and self.rows[i][0] < hi:
            if self.rows[i][1] <= hi:
                out.append(self.rows[i])
            i += 1
        return out

    def eligible(self, row: tuple, lo: int) -> bool:
        """A mention that can be a subject: not an adjective, a possessive or a prepositional object."""
        start, end, text, _, kind = row
        if kind == "ADJECTIVE" or text.lower() in {"his", "her", "its", "their", "him", "them"}:
            return False
        if self.masked[end : end + 2] in ("'s", "’s"):
            return False
        words = _words()
        pos = start
        while True:
            word, wpos = _last_word(self.masked, lo, pos)
            if word.lower() in words["determiner"] and wpos < pos:
                pos = wpos
                continue
            return word.lower() not in words["preposition"]


def _gap_ok(masked: str, lo: int, hi: int) -> bool:
    """True when ``masked[lo:hi]`` may stand between a subject and its cue."""
    gap = re.sub(r"\([^()]*\)", " ", masked[lo:hi]).strip()
    if not gap:
        return True
    if gap.startswith(",") and gap.endswith(","):
        return True  # apposition or relative clause: "Mr Orban, who …, stressed"
    if "," not in gap:
        gap = _adjunct_pattern().sub(" ", gap)  # "Beijing on Monday described …"
    allowed = _words()["gap"]
    return all(w.lower() in allowed for w in _WORD.findall(gap))


#: a sentence piece that ends with an initialism ("B.C.", "U.S.")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _sentence_spans(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph, with the splits after an initialism undone: "that B.C.
    alone spent" (a lower-case word follows) and a paragraph opening "B.C. Forests Minister …"
    (the initialism alone is no sentence) are one sentence each."""
    out: list[tuple[int, int]] = []
    for s0, s1 in paragraph_sentence_spans(masked, lo, hi):
        if out:
            p0, p1 = out[-1]
            piece = masked[p0:p1].rstrip()
            if _INITIALISM_END.search(piece) and (masked[s0:s0 + 1].islower() or _INITIALISM_END.fullmatch(piece)):
                out[-1] = (p0, s1)
                continue
        out.append((s0, s1))
    return out


def _speaker_from_rows(rows: list[tuple], mentions: _Mentions, lo: int) -> tuple | None:
    """The first eligible mention, or the head it modifies: in "Rovers coach Dermot Keane" the
    club is a modifier and the person (the last mention, a few plain words on) is the speaker."""
    eligible = [row for row in rows if mentions.eligible(row, lo)]
    if not eligible:
        return None
    head = eligible[0]
    for row in eligible[1:]:
        gap = mentions.masked[head[1] : row[0]]
        words = gap.split()
        if not re.fullmatch(r"[\w\s.’'-]*", gap) or len(words) > 3 or {w.lower() for w in words} & {"and", "or", "but", "with", "of"}:
            break
        head = row
    return head


class _Attributor:
    """Runs the frame rules over one article."""

    def __init__(self, article: Article, mentions: pd.DataFrame):
        self.article = article
        self.text = article.text
        self.segments, _ = _scan(article)
        self.masked = self._mask()
        self.mentions = _Mentions(mentions, self.text, self.masked)
        self.history: list[tuple[int, str | None, str]] = []  # (cue position, speaker id, speaker text)
        self.statements: list[dict[str, Any]] = []
        self.words = _words()

    def _mask(self) -> str:
        chars = list(self.text)
        for seg in self.segments:
            keep = len(seg.text) - len(seg.text.rstrip(".?!,…"))
            for i in range(seg.start, seg.end - keep):
                if not chars[i].isspace():
                    chars[i] = _MASK
        return re.sub(r"(?<=\d),(?=\d{3})", "\u00b7", "".join(chars))  # 4,000 is one number, not a clause break

    # ---- speakers -------------------------------------------------------------------

    def _fallback(self, phrase: str, before: int, content: int | None = None) -> str | None:
        """A speaker for a subject with no mention: "he" → last person, "a statement" → last source,
        "it" → the organisation the content (starting at ``content``) opens with, else the last one named."""
        words = [w for w in phrase.lower().split() if w not in self.words["gap"]]  # "Later he"
        if not words:
            return None
        if words == ["it"] or (len(words) == 1 and words[0] in self.words["thing_pronoun"]):
            return self._organisation(before, content)
        if words[-1] in self.words["person_pronoun"] and len(words) == 1:
            starts = [para.start for para in self.article.paragraphs]
            para_start = starts[max(0, bisect.bisect_right(starts, before) - 1)] if starts else 0
            for position, speaker, said_by in reversed(self.history):
                if speaker in self.mentions.people:
                    return speaker
                first = (said_by.split() or [""])[0]
                if speaker is None and position >= para_start and first[:1].isupper() and first.lower() not in self.words["determiner"] | self.words["person_pronoun"] | self.words["thing_pronoun"]:
                    return None  # "Park said … she said": an unknown name just before, not an older speaker
            people = [r for r in self.mentions.all_rows if r[1] <= before and r[3] in self.mentions.people]
            return people[-1][3] if people else None
        document = words[-1] in self.words["document"]
        if not document and len(words) > 2 and words[0] in self.words["determiner"] and words[1] in self.words["document"]:
            document = True  # "a statement released before the market opened"
            if content is not None:
                return self._organisation(before, content, nearest=False)
        if document:
            for _, speaker, _ in reversed(self.history):
                if speaker:
                    return speaker
            return None
        return self._described(words, before)

    def _described(self, words: list[str], before: int) -> str | None:
        """The referent of a definite description with no mention of its own ("the coach", "the
        corporation", bare "police"): the last speaker named with the same head word ("Rovers coach
        Dermot Keane"), else the last mention holding the head word ("the Delhi Transport
        Corporation"), else (for a body) the first one after it ("police said …" before "the South
        African Police Service"). A body's description never goes to a person, and a person's
        description goes to a mention only when it names a person."""
        if len(words) > 2 and re.fullmatch(r"[a-z]+['’]s", words[1]):
            words = [words[0], *words[2:]]  # "the mine's main union" → "the main union"
        if any(not w.isalpha() for w in words[1:]):
            return None
        bodies = self.words["org_head"]
        if not ((words[0] == "the" and 2 <= len(words) <= 4) or (len(words) == 1 and words[0] in bodies)):
            return None
        head = words[-1]

        def holds(text: str) -> bool:
            return head.rstrip("s") in {w.rstrip("s") for w in re.findall(r"[\w’'-]+", text.lower())}

        body = head in bodies
        for position, speaker, said_by in reversed(self.history):
            if position < before and speaker and holds(said_by) and not (body and speaker in self.mentions.persons):
                return speaker
        rows = [r for r in self.mentions.all_rows if r[3] and holds(r[2]) and (r[3] not in self.mentions.persons if body else r[3] in self.mentions.people)]
        earlier = [r for r in rows if r[1] <= before]
        if earlier:
            return earlier[-1][3]
        later = [r for r in rows if r[0] > before] if body else []
        return later[0][3] if later else None

    def _possessor(self, lo: int, hi: int) -> str | None:
        """The body or country that owns a body or spokesperson: "Norway's energy ministry",
        "the club's spokesman" → the mention before the "'s"."""
        heads = self.words["org_head"] | self.words["spokesperson"]
        for row in self.mentions.within(lo, hi):
            tail = self.masked[row[1] : hi]
            if row[3] and tail[:2] in ("'s", "’s"):
                words = tail[2:].split()
                if 1 <= len(words) <= 3 and words[-1].lower() in heads:
                    return row[3]
        return None

    def _organisation(self, before: int, content: int | None, nearest: bool = True) -> str | None:
        """The referent of "it" before a cue: the content's opening mention, else (when ``nearest``)
        the nearest named body in this paragraph or the one before."""
        if content is not None:
            lo = self._content(content, max(before, content))[0]
            for row in self.mentions.within(lo, len(self.text)):
                if self.masked[lo : row[0]].strip().lower() in ("", "the") and row[3] and row[3] not in self.mentions.persons:
                    if self.mentions.eligible(row, lo):
                        return row[3]  # "Kestrel (KST.OL) … will cut jobs, it said"
                break
        if not nearest:
            return None
        starts = [para.start for para in self.article.paragraphs]
        window = starts[max(0, bisect.bisect_right(starts, before) - 2)] if starts else 0  # this paragraph and the one before
        for row in reversed(self.mentions.within(window, before)):
            if row[3] and row[3] not in self.mentions.persons and row[4] not in ("ADJECTIVE", "PRONOUN"):
                if self.mentions.eligible(row, window):
                    return row[3]
        return None

    def _body_of_spokesperson(self, lo: int, hi: int, role: str = "spokesperson") -> tuple | None:
        """The body an unnamed spokesperson in ``masked[lo:hi]`` speaks for ("a spokesman for X" → X);
        with ``role="document"``, the body a document comes from ("a statement from X" → X)."""
        heads = "|".join(sorted(self.words[role], key=len, reverse=True))
        links = r"(?:for|of|at|from|with)" if role == "spokesperson" else r"(?:(?:issued|released|published|signed)\s+)?(?:from|by|of)"
        match = re.match(rf"\s*(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?(?:{heads})\s+{links}\s+", self.masked[lo:hi], re.I)
        if not match:
            return None
        for row in self.mentions.within(lo + match.end(), hi):
            if self.masked[lo + match.end() : row[0]].strip().lower() in ("", "the") and row[3]:
                return row
            break
        return None

    def _subject_phrase(self, lo: int, hi: int) -> tuple[int, int]:
        """Where the subject with no mention is: the clause's last words before the cue."""
        chunk = self.masked[lo:hi].rstrip()
        apposition = re.search(r",[^,]*,\s*$", chunk)
        if apposition:
            chunk = chunk[: apposition.start()]  # "French officials, who …, said"
        stops = "|".join(sorted(self.words["subordinator"]))
        starts = [m.end() for m in re.finditer(rf"[,;:]|\b(?:that|{stops})\b", chunk)]
        begin = starts[-1] if starts else 0
        words = list(re.finditer(r"\S+", chunk[begin:]))[-_MAX_SUBJECT_WORDS:]
        if not words:
            return hi, hi
        return lo + begin + words[0].start(), lo + begin + words[-1].end()

    def _pre_subject(self, frame: _Frame, s0: int) -> bool:
        """Find the subject of a cue that precedes its content; False when the cue is not a verb."""
        words = self.words
        end = _strip_gap(self.masked, s0, frame.c0)
        word, wpos = _last_word(self.masked, s0, end)
        low = word.lower()
        if not word or low in words["determiner"] | words["preposition"] | words["be"] or word in words["modal"]:
            return False
        if low in words["coordinator"]:
            frame.form = "coord"
            frame.pending_coord = True
            comma = self.masked[s0:wpos].rstrip()
            frame.cut_at = s0 + len(comma) - 1 if comma.endswith(",") else wpos
            # without a reporting frame before it, the subject of the coordinated clause:
            # the nearest mention whose gap starts with a verb ("Blinken spoke with … and urged")
            for row in reversed(self.mentions.within(s0, wpos)):
                if self.mentions.eligible(row, s0):
                    gap = self.masked[row[1] : wpos].strip()
                    if gap[:1].islower() and "," not in gap:
                        frame.coord_subject = row
                    break
            return True
        if self.masked[wpos - 2 : wpos] in ("'s", "’s") or word in ("'s", "’s"):
            return False
        apposition = self.masked[s0:end].endswith(",")
        for row in reversed(self.mentions.within(s0, end)):
            if not self.mentions.eligible(row, s0) or self.masked[row[0] - 1 : row[0]] == "(":
                continue  # "(WHO)" repeats the name before it
            if _gap_ok(self.masked, row[1], end):
                if self.masked[row[1] : end].strip() == ",":
                    row = self._apposition_head(row, s0)  # "Sen. Tom Hale, a Minnesota Republican, said"
                frame.speaker, frame.speaker_text = row[3] or self._described(row[2].lower().split(), frame.c0), row[2]
                self._set_cut(frame, row[0], s0)
                return True
            if not apposition:
                break  # "Mr Orban, who …, putting Hungary in …, stressed": keep looking left
        p0, p1 = self._subject_phrase(s0, end)
        phrase = self.text[p0:p1]
        if not phrase or phrase[-1] in "“\"‘'(”’»":
            return False
        last = phrase.split()[-1]
        introduces = self.text[frame.c1 : frame.c1 + 3].lstrip()[:1] in (":",) + tuple(_OPENERS)
        if frame.cue == frame.lemma and last.islower() and last not in {"i", "you", "we", "they"} and not last.endswith("s") and not introduces:
            return False  # a noun, not a verb: "weak demand in Europe" ("officials demand", "they say" stay)
        frame.speaker_text = phrase
        if set(phrase.lower().split()) & self.words["inscription"]:
            frame.speaker = None  # "a sign read: …" (words on display, no speaker)
            self._set_cut(frame, p0, s0)
            return True
        source = self._body_of_spokesperson(p0, p1, "document")  # "a statement from X said"
        frame.speaker = source[3] if source is not None else self._fallback(phrase, frame.c0)
        body = self._body_of_spokesperson(p0, p1)
        if frame.speaker is None and body is not None:
            frame.speaker = body[3]  # "A spokeswoman for the Alliance …, which …, said"
        if frame.speaker is None:
            frame.speaker = self._possessor(p0, p1)  # "Norway's energy ministry said"
        for row in self.mentions.within(p0, p1):
            if row[4] == "ADJECTIVE" and row[3] and len(self.masked[row[1] : p1].split()) <= 2:
                frame.speaker = row[3]  # "Chinese officials say" → the country
                break
        self._set_cut(frame, p0, s0)
        return True

    def _apposition_head(self, row: tuple, s0: int) -> tuple:
        """The mention an apposition describes, when ``row`` is the apposition itself."""
        match = re.search(r"([^,\s][^,]*),\s*(?:(?:a|an|the)\s+)?$", self.masked[s0 : row[0]])
        if not match:
            return row
        for head in reversed(self.mentions.within(s0, s0 + match.end(1))):
            if head[1] == s0 + match.end(1) and self.mentions.eligible(head, s0):
                return head
        return row

    def _set_cut(self, frame: _Frame, subject_start: int, s0: int) -> None:
        """When a subordinator or coordinator precedes the subject, enclosing content ends there."""
        pos = subject_start
        while True:
            word, wpos = _last_word(self.masked, s0, pos)
            if word.lower() in self.words["determiner"] and wpos < pos:
                pos = wpos
                continue
            break
        if word.lower() in self.words["subordinator"]:
            comma = self.masked[s0:wpos].rstrip()
            frame.cut_at = s0 + len(comma) - 1 if comma.endswith(",") else wpos

    def _speaker_in(self, frame: _Frame, lo: int, hi: int, content: int | None = None) -> None:
        row = _speaker_from_rows(self.mentions.within(lo, hi), self.mentions, lo)
        if row is not None:
            frame.speaker, frame.speaker_text = row[3] or self._described(row[2].lower().split(), frame.c0), row[2]
            return  # an unresolved description ("police" with no actor) is resolved like one with no mention
        phrase = " ".join(self.masked[lo:hi].split()[:_MAX_SUBJECT_WORDS]).strip(" ,")
        frame.speaker_text = phrase
        source = self._body_of_spokesperson(lo, hi, "document")  # "according to a statement from X"
        frame.speaker = source[3] if source is not None else self._fallback(phrase, frame.c0, content)
        body = self._body_of_spokesperson(lo, hi)
        if frame.speaker is None and body is not None:
            frame.speaker = body[3]
        if frame.speaker is None:
            frame.speaker = self._possessor(lo, hi)

    # ---- frames -----------------------------------------------------------------------

    def _after_cue(self, frame: _Frame, lemma: str, s1: int) -> int:
        """Skip adjuncts (and an addressee) after the cue; return where the rest begins."""
        pos = frame.c1
        rest = self.masked[pos:s1]
        if lemma in _addressee_verbs():
            match = re.match(r"\s+(?!that\b)[^,;:“”\"‘]{1,60}?(?<!\band)(?<!\bbut)(?<!\bor)\s+that\b", rest)
            if match:
                return pos + match.end()
            clause = self._clause_after_addressee(pos, s1)
            if clause is not None:
                frame.clause = True
                return clause  # "told the BBC the union had offered …" (no "that")
            match = re.match(r"\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?=\s*(?:[,.;]|$|\s(?:on|in|at|during|after|before|last|this|yesterday|today)\b))", rest)
            if match:
                after = self._skip_adjuncts(pos + match.end(), s1)
                if re.match(r"\s*(?:[,.;!?]|$)", self.masked[after:s1]):
                    return after  # "told reporters on Monday."
        adjunct = _adjunct_pattern()
        while True:
            match = adjunct.match(self.masked, pos, s1)
            if not match or match.end() == pos:
                break
            pos = match.end()
        match = re.compile(r"\s*,?\s*that\b").match(self.masked, pos, s1)
        if match:
            return match.end()
        return pos

    def _clause_after_addressee(self, pos: int, s1: int) -> int | None:
        """Where a that-less clause starts after a listener ("told the BBC the union had …"), or None.

        The listener is an object pronoun, an audience word or a name (capitalised words, maybe
        after "the"); the clause opens with a subject and has a finite auxiliary in its first words.
        """
        words = self.words
        listener = re.match(
            r"\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|legislators|investors|analysts|"
            r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+", self.masked[pos:s1])
        if not listener:
            # a listener in lower case ("told council members the branch was …", "told the court the
            # firm had …"): the clause
            # must open with a determiner, a subject pronoun or a name
            listener = re.match(
                r"\s+(?:(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*s|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+"
                r"(?=(?:the|a|an|his|her|its|their|this|these|those|"
                r"it|he|she|they|we|i|[A-Z][\w’'-]*)\s)", self.masked[pos:s1])
        if not listener:
            return None
        start = pos + listener.end()
        following = [w.lower().strip(".,;:") for w in self.masked[start:s1].split()[:8]]
        if not following or following[0] in words["preposition"] | {"to", "that", "not", "about"}:
            return None  # "told him to leave", "told reporters about …"
        if set(following[1:]) & (words["be"] | words["modal"] | {"has", "have", "had", "did", "does"}):
            return start
        return None

    def _content(self, lo: int, hi: int) -> tuple[int, int]:
        """Trim a content span: spaces, a leading ':'/',' and trailing punctuation outside quotes."""
        text = self.masked
        while lo < hi and (text[lo].isspace() or text[lo] in ",:;—–-"):
            lo += 1
        if lo == 0 or text[lo - 1] == "\n":
            dateline = _DATELINE.match(text, lo, hi)
            lo = dateline.end() if dateline else lo  # "OSLO, Oct 24 (Reuters) - " is not said
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".,;:!?—–-"):
            if text[hi - 1] in ".,!?" and hi - 2 >= lo and text[hi - 2] in _CLOSERS and self._is_close(hi - 2):
                hi -= 1
                continue
            hi -= 1
        return lo, hi

    def _is_close(self, pos: int) -> bool:
        return any(seg.close == pos for seg in self.segments)

    def _frames_in_sentence(self, s0: int, s1: int) -> list[_Frame]:
        frames: list[_Frame] = []
        forms = _cue_forms()
        words = self.words
        for match in cue_pattern().finditer(self.masked, s0, s1):
            form = match.group("cue")
            c0, c1 = match.span()
            lemma, verb_kind = forms.get(form, ("according to", "prep"))
            frame = _Frame(form, c0, c1, "pre", lemma)
            if verb_kind == "prep":
                if self._according(frame, s0, s1):
                    frames.append(frame)
                continue
            word, _ = _last_word(self.masked, s0, c0)
            low = word.lower()
            after = re.match(r"\s*([\w’'-]*)", self.masked[c1:s1]).group(1)
            if after in words["blocked_after"] | words["modal"] | words["be"] | {"has", "have", "had"}:
                continue  # a noun: "demands for guarantees", "Sokoto states had been"
            if low in words["determiner"] or word in words["modal"] or low == "to":
                continue  # "the report", "will say" ("May says" is a name)
            if re.search(r"\w(?:['’]s|s['’])\s*$", self.masked[s0:c0]) or (word.endswith("ing") and word.islower() and word not in words["gap"]):
                continue  # "the leader's remarks", "comparing notes"
            if form.endswith("en") and low not in {"has", "have", "had"}:
                continue  # a participle used as an adjective: "written comments"
            if form.endswith("ing"):
                if low in words["be"]:
                    word_end = _last_word(self.masked, s0, c0)[1]
                    if not self._pre(frame, lemma, s0, s1, subject_end=word_end):
                        continue
                elif word == ",":
                    frame.form = "part"
                    frame.cut_at = _last_word(self.masked, s0, c0)[1]
                    row = next((r for r in self.mentions.within(s0, c0) if self.mentions.eligible(r, s0)), None)
                    if row is not None:
                        frame.speaker, frame.speaker_text = row[3], row[2]
                    frame.k0, frame.k1 = self._after_cue(frame, lemma, s1), s1
                else:
                    continue
            elif low in words["be"]:
                continue
            elif not self._post(frame, lemma, s0, s1) and not self._pre(frame, lemma, s0, s1):
                continue
            frames.append(frame)
        return frames

    def _pre(self, frame: _Frame, lemma: str, s0: int, s1: int, subject_end: int | None = None) -> bool:
        saved = frame.c0
        if subject_end is not None:
            frame.c0 = subject_end
        ok = self._pre_subject(frame, s0)
        frame.c0 = saved
        if not ok:
            return False
        frame.k0, frame.k1 = self._after_cue(frame, lemma, s1), s1
        if frame.form == "pre":
            frame.form = "pre"
        return True

    def _post(self, frame: _Frame, lemma: str, s0: int, s1: int) -> bool:
        """``…, X said.`` / ``“…,” said X.`` / ``However, X said, …`` / ``…, X reported Y as saying``."""
        left = self.masked[s0 : frame.c0]
        seps = list(re.finditer(r",[" + _CLOSERS + r"]?|[?!.…][" + _CLOSERS + r"]|[" + _CLOSERS + r"],", left))
        if not seps:
            return False
        sep = seps[-1]
        subject_lo, subject_hi = s0 + sep.end(), frame.c0
        if len(seps) > 2 and not left[sep.end() :].strip() and sep.group() == ",":
            # "…, Gen. X, who commands the region, told reporters": the subject is before the apposition
            apposition = re.search(r",\s*(?:who|whose|which|(?:a|an|the)\s|(?P<name>[A-Z]))[^,]*,\s*$", left)
            if apposition and seps[-2].start() == apposition.start():
                head = seps[-3]
                described = left[head.end() : apposition.start()].split()
                if 0 < len(described) <= _MAX_SUBJECT_WORDS - 3 and (not apposition.group("name") or described[0].islower()):
                    sep = head
                    subject_lo, subject_hi = s0 + sep.end(), s0 + apposition.start()
                    if apposition.group("name"):  # "‘…,’ the museum's director, Ana Lopes, said": the name speaks
                        subject_lo, subject_hi = s0 + apposition.start() + 1, s0 + len(left.rstrip()) - 1
        content_hi = s0 + sep.start()
        closer = re.search("[" + _CLOSERS + "]", sep.group())
        if closer:
            content_hi = s0 + sep.start() + closer.start() + 1
            if not self._is_close(content_hi - 1):
                return False
        if not self.masked[s0:content_hi].strip(" ,"):
            return False
        subject = self.masked[subject_lo:subject_hi]
        words = self.words
        subject_words = set(subject.split())
        if re.search("[“”\"‘’]", subject) or len(subject.split()) > _MAX_SUBJECT_WORDS - 3:
            return False
        if subject_words & (words["modal"] | words["be"] | words["coordinator"] | {"than", "that"}):
            return False  # "…, but the city will borrow more than it promised"
        if not closer and re.search(r",\s+(?:(?:who|whose|which|[a-z]+ing)\b[^,]*|(?:a|an|the)\s+(?:[^\s,]+\s+){0,7}[^\s,]+)$", self.masked[s0:content_hi]):
            return False  # an apposition of the subject: "Karen Doyle, who flew …, said"
        rest_at = frame.c1
        inverted = not subject.strip()
        if inverted:
            at = self._skip_adjuncts(frame.c1, s1)
            # the subject may hold abbreviations: "said Dr. Ann Lee, …", "said U.S. envoy Tom Hale"
            match = re.match(
                r"\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|two|his|her|their|its|another)\s)(?:[^,.;:!?]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.(?=\s+[A-Z])){0,60})",
                self.masked[at:s1])
            if not match and closer and self.article.section_at(s0) != "body":
                # a bare noun ending a headline: "‘…’, says crane operator"
                match = re.match(r"\s+(?P<np>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})(?=\s*[.!?]?\s*$)", self.masked[at:s1])
            np_words = set(match.group("np").split()) if match else set()
            if not match or np_words & (words["be"] | words["modal"] | {"that", "has", "have", "had"}):
                return False  # "…, said the vote had been stolen" is not an inverted subject
            subject_lo = at + match.start("np")
            subject_hi = subject_lo + len(match.group("np").rstrip())
            rest_at = subject_hi
        else:
            stripped = _strip_gap(self.masked, subject_lo, subject_hi)
            last = (self.masked[subject_lo:stripped].split() or [""])[-1]
            if last.lower() in words["determiner"] | words["preposition"] | words["be"] or last in words["modal"]:
                return False
            subject_hi = stripped
        as_saying = re.match(r"\s+(?P<who>[^,;:]{1,60}?)\s+as\s+(?:saying|telling|stating|writing)\b", self.masked[frame.c1 : s1])
        if as_saying:
            subject_lo, subject_hi = frame.c1 + as_saying.start("who"), frame.c1 + as_saying.end("who")
            rest_at = frame.c1 + as_saying.end()
        saved = frame.c1
        frame.c1 = rest_at
        after = self._after_cue(frame, lemma, s1) if not inverted else self._skip_adjuncts(rest_at, s1)
        frame.c1 = saved
        rest = self.masked[after:s1].strip()
        if rest and not rest.startswith(",") and rest not in (".", "!", "?"):
            return False
        self._speaker_in(frame, subject_lo, subject_hi, content=s0)
        frame.form = "post"
        frame.sep = content_hi if closer else s0 + sep.start()
        before_words = self.masked[s0:content_hi].split()
        if rest.startswith(",") and len(before_words) <= 2 and not closer:
            frame.k0, frame.k1 = self.masked.index(",", after) + 1, s1  # However, the official said, "…"
            frame.sep = None
        else:
            frame.k0, frame.k1 = s0, content_hi
            quoted = next((seg for seg in self.segments if closer and seg.close == content_hi - 1), None)
            if quoted is not None and re.search(r"(?::|—|–|\s-|--)\s*$", self.masked[s0 : quoted.open]):
                frame.k0 = quoted.open  # "Port strike: ‘…’, says X": the content is the quote
        return True

    def _skip_adjuncts(self, pos: int, s1: int) -> int:
        adjunct = _adjunct_pattern()
        while True:
            match = adjunct.match(self.masked, pos, s1)
            if not match or match.end() == pos:
                return pos
            pos = match.end()

    def _according(self, frame: _Frame, s0: int, s1: int) -> bool:
        """``According to X, …`` and ``…, according to X.``"""
        left = self.masked[s0 : frame.c0].rstrip()
        source = re.match(r"\s+([^,;]{1,80})", self.masked[frame.c1 : s1])
        if not source:
            return False
        lo, hi = frame.c1 + source.start(1), frame.c1 + source.end(1)
        hi = lo + len(self.masked[lo:hi].rstrip(" .!?"))
        frame.form = "acc"
        if not left:
            comma = self.masked.find(",", hi, s1)
            if comma < 0:
                return False
            frame.k0, frame.k1 = comma + 1, s1
        elif left.endswith(","):
            frame.k0, frame.k1 = s0, s0 + len(left) - 1
            frame.sep = s0 + len(left) - 1
        else:
            return False
        self._speaker_in(frame, lo, hi, content=frame.k0)
        return True

    def _headline(self, para_index: int) -> _Frame | None:
        """``Speaker: content`` in a headline, standfirst, video title or caption."""
        para = self.article.paragraphs[para_index]
        if para.section == "body":
            return None
        match = re.match(r"(?P<who>[^:“”\"‘]{1,80}?)\s*:\s+(?=\S)", self.masked[para.start : para.end])
        if not match or not self.masked[para.start : para.start + 1].isupper():
            return None
        who = match.group("who")
        if who.split()[0].lower().strip(".") in self.words["label"] or len(who.split()) > _MAX_SUBJECT_WORDS:
            return None
        colon = para.start + match.end("who") + self.masked[para.start + match.end("who") :].index(":")
        frame = _Frame(":", colon, colon + 1, "head")
        lo, hi = para.start, para.start + match.end("who")
        row = _speaker_from_rows(self.mentions.within(lo, hi), self.mentions, lo)
        content_lo = para.start + match.end()
        is_quote = any(seg.open == content_lo for seg in self.segments)
        if row is None and not is_quote:
            return None
        if row is not None:
            frame.speaker, frame.speaker_text = row[3], row[2]
        else:
            frame.speaker_text = who.strip()
        frame.k0, frame.k1 = content_lo, para.end
        return frame

    # ---- one paragraph ----------------------------------------------------------------

    def _cut(self, frames: list[_Frame]) -> list[_Frame]:
        """End each content where another frame starts; drop empty frames; innermost wins.

        Cuts are computed twice: a noun misread as a cue ("security demands, but …") has no
        content after the first pass, and must not cut the others in the second.
        """
        original = {id(f): f.k1 for f in frames}
        kept = frames
        for _ in range(2):
            for frame in frames:
                frame.k1 = original[id(frame)]
                self._cut_one(frame, kept)
            kept = [f for f in kept if self._content(f.k0, f.k1)[1] > self._content(f.k0, f.k1)[0]]
        reporting = [f for f in kept if self._emission(f) is not None]  # "asked X for …" reports nothing
        for frame in kept:
            for other in reporting:
                if other is not frame and not other.dropped and frame.k0 <= other.c0 < frame.k1:
                    frame.dropped = True
                    other.notes.append(f"outer source: {frame.speaker_text}")
                    break
        return kept

    def _cut_one(self, frame: _Frame, others: list[_Frame]) -> None:
        for other in others:
            if other is frame:
                continue
            for pos in (other.sep, other.cut_at):
                if pos is not None and frame.c0 < pos and frame.k0 <= pos < frame.k1:
                    frame.k1 = pos
        if frame.form in ("pre", "coord"):
            background = _background_as().search(self.masked, frame.k0, frame.k1)
            if background:
                frame.k1 = background.start("cut")  # "says X stays until Friday as agencies struggle to …"
        for match in re.finditer(r",\s+([a-z]+)\b", self.masked[frame.k0 : frame.k1]):
            word = match.group(1)
            if word in self.words["clause_break"] or (word.endswith("ing") and word not in {"including", "according", "excluding"}):
                frame.k1 = frame.k0 + match.start()
                break

    def _statement(self, frame: _Frame, lo: int, hi: int, kind: str) -> None:
        self.statements.append(
            {
                "start": lo,
                "end": hi,
                "text": self.text[lo:hi],
                "kind": kind,
                "speaker_id": frame.speaker,
                "speaker_text": frame.speaker_text,
                "cue": self.text[frame.c0 : frame.c1] if frame.form != "head" else ":",
                "cue_start": frame.c0,
                "cue_end": frame.c1,
            }
        )

    def _emit(self, frame: _Frame) -> None:
        emission = self._emission(frame)
        if emission is not None:
            self._statement(frame, *emission)

    def _emission(self, frame: _Frame) -> tuple[int, int, str] | None:
        """``(start, end, kind)`` of the statement a frame reports, or None when it reports none
        ("warns EU over probe", "threatened a strike", "asked Ottawa for $500m")."""
        lo, hi = self._content(frame.k0, frame.k1)
        if hi <= lo or re.match(r"(?:not\s+)?to\s", self.masked[lo:hi] + " "):
            return None
        inside = [seg for seg in self.segments if lo <= seg.open and (seg.close < hi + 1 if seg.close >= 0 else seg.end <= max(hi, frame.k1))]
        verb_frame = _verb_frames().get(frame.lemma, "")
        if frame.form in ("pre", "coord") and verb_frame:
            introduced = re.search(r"\bthat\s*$|:\s*$", self.masked[frame.c1 : lo]) or any(seg.open == lo for seg in inside) or frame.clause
            if verb_frame == "naming":
                last = inside[-1] if inside else None
                if last is None or (last.close + 1 if last.close >= 0 else last.end) != hi:
                    return None
                return last.start, last.end, "direct"
            if verb_frame in ("figure", "finite"):
                if not introduced and (self._is_figure(lo, hi) or self._is_gerund(lo, hi)):
                    return None  # "reported an operating loss of …", "reported feeling better"
                if not introduced and verb_frame == "finite" and not self._is_clause(lo, hi):
                    return None  # "announced the buyback" (an act, not what was said)
            elif not introduced:
                return None  # "warns EU over probe", "threatened a general strike"
        if len(inside) == 1 and inside[0].open == lo and (inside[0].close + 1 == hi or (inside[0].close < 0 and inside[0].end >= hi)):
            return inside[0].start, inside[0].end, "direct"
        spoken = [seg for seg in inside if not _is_title(seg.text) and not self._named_work(seg)]
        return lo, hi, "direct" if spoken else "indirect"

    def _named_work(self, seg: QuoteMark) -> bool:
        """True when a quote names a work: it follows "titled", "entitled" … ("a piece titled ‘Undertow’")."""
        word, _ = _last_word(self.masked, max(0, seg.open - 30), seg.open)
        return word.lower() in self.words["title_cue"] and len(seg.text.split()) <= 8 and seg.text[:1].isupper()

    def _is_gerund(self, lo: int, hi: int) -> bool:
        """True when the content opens with an -ing form and shows no finite verb: "feeling less anxious"."""
        lows = [w.lower().strip(".,;:()") for w in self.masked[lo:hi].split()[:6]]
        if not lows or not (lows[0].endswith("ing") and len(lows[0]) > 5 and self.masked[lo:lo + 1].islower()):
            return False
        return not set(lows) & (self.words["be"] | self.words["modal"] | {"has", "have", "had", "that"})

    def _is_clause(self, lo: int, hi: int) -> bool:
        """True when the content reads as a clause: a subject pronoun first, or a finite
        auxiliary or modal in its first words ("it would close", "the plant will close")."""
        lows = [w.lower().strip(".,;:()") for w in self.masked[lo:hi].split()[:6]]
        if not lows:
            return False
        if lows[0] in self.words["subject_pronoun"]:
            return True
        return bool(set(lows[1:]) & (self.words["be"] | self.words["modal"] | {"has", "have", "had", "did", "does", "do"}))

    def _is_figure(self, lo: int, hi: int) -> bool:
        """True when the content is a figure, not a clause: "an operating loss of $2m", "5% growth"."""
        words = self.masked[lo:hi].split()[:6]
        lows = [w.lower().strip(".,;:()") for w in words]
        if set(lows) & (self.words["be"] | self.words["modal"] | {"has", "have", "had", "that"}):
            return False  # a clause that happens to hold a figure: "sales had fallen"
        return bool(set(lows) & self.words["figure"]) or bool(_AMOUNT.search(" ".join(words)))

    def paragraph(self, number: int) -> None:
        para = self.article.paragraphs[number]
        frames: list[_Frame] = []
        head = self._headline(number)
        sentence_spans = self._join_question_frames(_sentence_spans(self.masked, para.start, para.end))
        known = len(self.history)
        for s0, s1 in sentence_spans:
            found = self._frames_in_sentence(s0, s1)
            for frame in found:
                frame.s0 = s0
                self.history.append((frame.c0, frame.speaker, frame.speaker_text))  # for "he"/"she" later on
            if head is not None and head.k0 <= s0 < head.k1:
                found = [f for f in found if f.c0 >= head.k0]
            frames.extend(found)
        if head is not None:
            frames.insert(0, head)
        frames = self._cut(frames)
        if head is not None and any(f.form == "post" and f.c0 > head.k0 and not f.dropped for f in frames if f is not head):
            head.dropped = True  # "Port strike: ‘…’, says X": the speaker follows the quote
        for index, frame in enumerate(frames):
            main = [f for f in frames[:index] if f.s0 == frame.s0 and f.c0 < frame.c0 and f.form != "head"]
            if frame.form == "part" and main:
                frame.speaker, frame.speaker_text = main[-1].speaker, main[-1].speaker_text  # "…, X said, adding …"
            if frame.pending_coord:
                previous = frames[index - 1] if index and frame.form != "head" else None
                if previous is not None and previous.c0 < frame.c0 and previous.s0 == frame.s0:
                    frame.speaker, frame.speaker_text = previous.speaker, previous.speaker_text
                elif frame.coord_subject is not None:
                    frame.speaker, frame.speaker_text = frame.coord_subject[3], frame.coord_subject[2]
        del self.history[known:]  # the final speakers, now that shared subjects are settled
        by_position = sorted(frames, key=lambda f: f.c0)
        for frame in by_position:
            self.history.append((frame.c0, frame.speaker, frame.speaker_text))
        for frame in frames:
            if not frame.dropped:
                self._emit(frame)
        self._floating(number, sentence_spans, [f for f in frames if not f.dropped])

    def _join_question_frames(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join a sentence that is a quote ending in "?" or "!" to the frame after it:
        ``“May we speak?” the chair asked at 9 p.m.`` is one sentence, not two."""
        out: list[tuple[int, int]] = []
        for s0, s1 in spans:
            if out:
                p0, p1 = out[-1]
                quote = next((q for q in self.segments if q.open == p0 and q.close >= 0), None)
                if (
                    quote is not None
                    and not self.masked[quote.close + 1 : p1].strip()
                    and self.text[quote.close - 1] in "?!"
                    and self._starts_with_frame(s0, s1)
                ):
                    out[-1] = (p0, s1)
                    continue
            out.append((s0, s1))
        return out

    def _starts_with_frame(self, s0: int, s1: int) -> bool:
        """True when the sentence opens with a short subject and a cue verb ("the chair asked")."""
        stops = self.words["coordinator"] | self.words["subordinator"] | self.words["be"]
        for index, match in enumerate(list(re.finditer(r"\S+", self.masked[s0:s1]))[: _MAX_SUBJECT_WORDS - 2]):
            word = match.group()
            if _cue_forms().get(word.rstrip(".!?"), ("", "prep"))[1] != "prep":  # "Ms Lee asked."
                rest = self.masked[self._skip_adjuncts(s0 + match.end(), s1) : s1].strip()
                return index == 0 or not rest or rest[0] in ",.!?"  # "asked Ms Lee", "Ms Lee asked at 9 p.m."
            if word.endswith(",") or word.lower() in stops or word in self.words["modal"]:  # "May Lindqvist" is a name
                return False
        return False

    def _floating(self, number: int, sentence_spans: list[tuple[int, int]], frames: list[_Frame]) -> None:
        """Quotes with no frame: a quote-only sentence or paragraph goes to the speaker before it."""
        para = self.article.paragraphs[number]
        covered = [(s["start"], s["end"]) for s in self.statements]
        for seg in self.segments:
            if seg.paragraph != number or any(a <= seg.start and seg.end <= b for a, b in covered):
                continue
            sentence = next(((a, b) for a, b in sentence_spans if a <= seg.open < b), (para.start, para.end))
            seg_end = seg.close + 1 if seg.close >= 0 else seg.end
            alone = not self.masked[sentence[0] : seg.open].strip() and not self.masked[seg_end : sentence[1]].strip(" .,;")
            source_row = None if alone else self._introduced(seg, seg_end, sentence, frames)
            if source_row is not None:
                speaker, text_, cue, c0, c1 = source_row
                self.statements.append(
                    {"start": seg.start, "end": seg.end, "text": seg.text, "kind": "direct", "speaker_id": speaker,
                     "speaker_text": text_, "cue": cue, "cue_start": c0, "cue_end": c1}
                )
                covered.append((seg.start, seg.end))
                continue
            if not alone:
                continue  # a scare quote or a title inside the writer's own sentence
            earlier = [f for f in frames if f.c0 < seg.open]
            later = [f for f in frames if f.c0 > seg_end]
            if earlier:
                source = earlier[-1]
                speaker, text_, cue, c0, c1 = source.speaker, source.speaker_text, source.cue, source.c0, source.c1
            elif later and seg.open > para.start:
                source = later[0]
                speaker, text_, cue, c0, c1 = source.speaker, source.speaker_text, source.cue, source.c0, source.c1
            elif self.statements:
                last = max(self.statements, key=lambda s: s["start"])
                speaker, text_, cue, c0, c1 = last["speaker_id"], last["speaker_text"], last["cue"], last["cue_start"], last["cue_end"]
            else:
                speaker, text_, cue, c0, c1 = None, "", "", -1, -1
            self.statements.append(
                {"start": seg.start, "end": seg.end, "text": seg.text, "kind": "direct", "speaker_id": speaker,
                 "speaker_text": text_, "cue": cue, "cue_start": c0, "cue_end": c1}
            )
            covered.append((seg.start, seg.end))


    def _introduced(self, seg: QuoteMark, seg_end: int, sentence: tuple[int, int], frames: list[_Frame]) -> tuple | None:
        """(speaker, speaker text, cue, cue start, cue end) for a quote that ends its sentence after a
        split-quote frame (“We will,” she said, “but not yet.”) or after a subject and a colon or
        dash ("Mr Vos was blunt: “…”", "X has one message — ‘…’"); None for any other quote."""
        if self.masked[seg_end : sentence[1]].strip(" .,;!?…"):
            return None  # words follow: a scare quote or a title
        in_sentence = [f for f in frames if sentence[0] <= f.c0 < seg.open]
        previous = [q for q in self.segments if sentence[0] <= q.open and 0 <= q.close < seg.open]
        if in_sentence:
            if not previous:
                return None
            prev = previous[-1]
            between = self.masked[prev.close + 1 : seg.open].strip()
            for frame in in_sentence:
                if frame.form == "post" and prev.close < frame.c0 and frame.sep is not None and frame.sep >= prev.close:
                    if between.endswith(","):
                        return frame.speaker, frame.speaker_text, frame.cue, frame.c0, frame.c1
            return None
        lead = self.masked[sentence[0] : seg.open].rstrip()
        mark = re.search(r"(?::|—|–|--|(?<=\s)-)$", lead)
        if not mark or previous or re.search("[“”\"‘’]", lead[: mark.start()]) or len(lead.split()) > 25:
            return None
        c0 = sentence[0] + mark.start()
        lo = sentence[0]
        clause = re.search(r",\s*(?=[^,]*$)", lead[: mark.start()])
        if clause and len(lead[: clause.start()].split()) > 6:
            lo += clause.end()  # "Asked whether …, Ms Lee was brief: “…”": the subject follows the comma
        rows = [r for r in self.mentions.within(lo, c0) if self.mentions.eligible(r, lo)]
        for row in rows:
            before = self.masked[lo : row[0]]
            if before.strip() and not re.fullmatch(r"\s*(?:[\w’'.-]+\s+){0,5}[\w’'.-]+\s*,\s*", before):
                break  # the mention is not the sentence's subject
            if row[3] is not None:
                return row[3], row[2], mark.group(), c0, c0 + len(mark.group())
        first = (lead.split() or [""])[0]
        if first.lower() in self.words["person_pronoun"]:
            return self._fallback(first, c0), first, mark.group(), c0, c0 + len(mark.group())
        return None


def _mentions_frame(mentions: pd.DataFrame | None, article: Article, actors: str | Path | None) -> pd.DataFrame:
    if mentions is None:
        from . import actors as actors_module

        mentions = actors_module.find_mentions(article, actors)
    if not isinstance(mentions, pd.DataFrame):
        raise HelpersError(
            f"mentions must be a DataFrame with columns {', '.join(_MENTION_COLUMNS)} (as find_mentions returns), "
            f"not {type(mentions).__name__}."
        )
    missing = [c for c in _MENTION_COLUMNS if c not in mentions.columns]
    if missing:
        raise HelpersError(
            f"The mentions table lacks the column(s) {', '.join(missing)}: pass the DataFrame that "
            "helpers.actors.find_mentions returns (start, end, text, actor_id, kind)."
        )
    return mentions.sort_values(["start", "end"], kind="stable")[_MENTION_COLUMNS]


def find_statements(
    article: Article | str, mentions: pd.DataFrame | None = None, actors: str | Path | None = None
) -> pd.DataFrame:
    """The article's statements (direct, mixed and reported speech) with speaker and cue.

    Args:
        article: an :class:`~helpers.article.Article` (or the article's text).
        mentions: the actor mentions to attribute with (columns ``start, end, text, actor_id,
            kind``); None runs ``helpers.actors.find_mentions(article, actors)``.
        actors: passed to ``find_mentions`` when ``mentions`` is None (a CSV path or None).

    Returns:
        A DataFrame with :data:`COLUMNS`: the content span, ``kind`` (``direct`` when quote
        marks delimit the content, mixed quotes included; else ``indirect``), ``speaker_id``
        (None when no speaker was found), ``speaker_text`` (the words naming the speaker),
        ``cue`` with ``cue_start``/``cue_end`` (":" for "X: …" headlines; a floating quote
        repeats the cue of the statement it continues), ``section`` and ``sentence`` (index
        into :func:`helpers.text.sentences`). Unpaired quote marks are skipped; see
        :func:`quote_problems`.

    Raises:
        HelpersError: ``mentions`` is not a DataFrame with the needed columns.

    Example:
        >>> import pandas as pd
        >>> empty = pd.DataFrame(columns=["start", "end", "text", "actor_id", "kind"])
        >>> found = find_statements("Talks\\n\\nThe envoy said talks would resume.", mentions=empty)
        >>> found[["text", "speaker_id", "speaker_text", "cue"]].values.tolist()
        [['talks would resume', None, 'The envoy', 'said']]
    """
    article = as_article(article)
    frame = _mentions_frame(mentions, article, actors)
    run = _Attributor(article, frame)
    for number in range(len(article.paragraphs)):
        run.paragraph(number)
    rows = sorted(run.statements, key=lambda s: (s["start"], s["end"]))
    starts = [s.start for s in sentences(article)]
    unique: dict[tuple[int, int], dict[str, Any]] = {}
    for row in rows:
        unique.setdefault((row["start"], row["end"]), row)
    records = []
    for row in unique.values():
        records.append(
            Statement(
                **row,
                section=article.section_at(row["start"]),
                sentence=max(0, bisect.bisect_right(starts, row["start"]) - 1),
            )
        )
    result = frame_from_spans(records, columns=COLUMNS)
    result["speaker_id"] = result["speaker_id"].astype(object).where(result["speaker_id"].notna(), None)
    for column in ("cue_start", "cue_end", "sentence"):
        result[column] = result[column].astype("int64")
    return result


# --------------------------------------------------------------------------- showing and checking


def highlight_html(
    article: Article | str,
    statements: pd.DataFrame,
    label: str = "speaker_text",
    start: int = 0,
    end: int | None = None,
) -> str:
    """The article (or ``article.text[start:end]``) as HTML with statements coloured by speaker.

    Args:
        article: the article the statements came from.
        statements: a :func:`find_statements` table.
        label: the column that picks the colour (``speaker_text`` or ``speaker_id``).
        start, end: show only this stretch of the text (whole paragraphs read best).

    Returns:
        An HTML fragment (escaped text, a legend, one colour per speaker; "(unknown)" for
        statements with no speaker), ready for ``IPython.display.HTML``.

    Example:
        >>> import pandas as pd
        >>> st = pd.DataFrame({"start": [4], "end": [8], "speaker_text": ["<Mr X>"]})
        >>> "&lt;Mr X&gt;" in highlight_html("Hi “yes” <b>", st)
        True
    """
    from .highlight import Layer
    from .highlight import highlight_html as render

    text = as_article(article).text
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise HelpersError(f"start and end must satisfy 0 <= start <= end <= {len(text)}, got {start} and {end}.")
    if label not in statements.columns:
        raise HelpersError(f"The statements table has no column {label!r}: use 'speaker_text' or 'speaker_id'.")
    shown = statements[(statements["start"] >= start) & (statements["end"] <= end)].copy()
    shown["start"] -= start
    shown["end"] -= start
    shown[label] = shown[label].where(shown[label].notna() & (shown[label] != ""), "(unknown)")
    shown = shown.rename(columns={label: "speaker"})
    return render(text[start:end], [Layer("statement", shown[["start", "end", "speaker"]], "speaker")])


def compare(predicted: pd.DataFrame, gold: pd.DataFrame, kind: str | None = None, mode: str = "strict") -> Comparison:
    """Score statements against a hand annotation: finding spans, then attributing them.

    A thin wrapper over :func:`helpers.evaluate.compare` that can keep one kind on each side.

    Args:
        predicted: a :func:`find_statements` table.
        gold: the annotation (``start, end, kind, speaker_id``), e.g.
            ``read_annotation("article_statements")``.
        kind: ``"direct"`` or ``"indirect"`` to score one kind (chosen on each side), or None.
        mode: span matching, ``"strict"`` (same offsets) or ``"relaxed"`` (overlap).

    Returns:
        A :class:`~helpers.evaluate.Comparison`: ``found`` (span scores), ``attribute_accuracy``
        (the share of found statements whose speaker is right), ``attribute`` (scores counting a
        statement only when span and speaker are both right) and ``errors``.

    Example:
        >>> g = pd.DataFrame({"start": [0], "end": [3], "text": ["abc"], "kind": ["direct"], "speaker_id": ["a"]})
        >>> p = g.assign(speaker_id=["b"])
        >>> r = compare(p, g)
        >>> r.found.f1, r.attribute_accuracy
        (1.0, 0.0)
    """
    if kind is not None:
        predicted = predicted[predicted["kind"] == kind]
        gold = gold[gold["kind"] == kind]
    predicted, gold = predicted.reset_index(drop=True), gold.reset_index(drop=True)
    for frame in (predicted, gold):
        if "text" not in frame:
            frame["text"] = ""
    return evaluate_compare(predicted, gold, attribute="speaker_id", mode=mode)
