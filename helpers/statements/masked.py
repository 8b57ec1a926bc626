"""The masked text frames are searched on, and the small word-level tools the frame rules share.

Quote contents are masked (letters become ``x``) so that a verb *inside* a quote is never a
cue; offsets stay those of the article.

Example:
    >>> last_word("Mr Ivanov, the envoy,", 0, 21)
    (',', 20)
    >>> last_word("officials also said", 0, 14)
    ('also', 10)
"""

from __future__ import annotations

import re

from nltk.tokenize.punkt import PunktLanguageVars

from ..text import paragraph_sentence_spans
from .lexicon import adjunct_pattern, frame_words
from .quotes import QuoteMark

__all__ = ["MASK", "CLOSERS", "OPENERS", "ANY_QUOTE", "NON_SPACE_RUN", "MAX_SUBJECT_WORDS", "DATELINE", "AMOUNT", "mask_quotes", "last_word",
           "strip_gap", "strip_gap_word", "gap_ok", "sentence_spans", "unbreakable_paragraph", "is_title"]

CLOSERS = "\"”’'»"
OPENERS = "\"“‘'«"
#: a double or curly quote mark anywhere (a plain apostrophe is left out: it is mostly one)
ANY_QUOTE = re.compile("[“”\"‘’]")
#: a word with its punctuation: a run of non-spaces
NON_SPACE_RUN = re.compile(r"\S+")
# the marks that close a quote inside a quote
_INNER_CLOSERS = "’'\""
#: a frame's subject (before the cue) has at most this many words
MAX_SUBJECT_WORDS = 9
#: the masking character that hides a quote's words while frames are searched
MASK = "x"
#: a wire dateline opening a paragraph: a city in capitals, maybe a date, maybe the agency, a dash
DATELINE = re.compile(r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+)*(?:,\s*[^,()\n—–]{1,30}?)?\s*(?:\([A-Za-z][\w .&-]{0,30}\)\s*)?(?:—|–|--|-)\s+")
#: an amount of money or a percentage (a figure, as object of "reported", is not speech)
AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,\u00b7]*\s?(?:%|per\s?cent\b|(?:million|billion|trillion|bn|m)\b)")
WORD = re.compile(r"[\w’'.-]*\w|[^\w\s]")
#: a sentence piece that ends with an initialism ("B.C.", "U.S.")
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_WORD_CHARS = "’'-"
# "4,000": the comma first (not the digit before it), so the regex engine jumps from comma to comma
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3})")
_PARENTHESES = re.compile(r"\([^()]*\)")
#: the marks punkt may end a sentence with (NLTK's, which helpers.text keeps)
_SENTENCE_END = re.compile("[" + re.escape("".join(PunktLanguageVars.sent_end_chars)) + "]")


def mask_quotes(text: str, segments: list[QuoteMark]) -> str:
    """``text`` with each quote's words masked (its closing punctuation kept, with an inner quote's
    closing mark after it), 4,000 one number, and an opening mark typed where a quote closes
    (“We won,“ she said) read as the closing mark.

    Example:
        >>> seg = QuoteMark(4, 13, "no, never", 3, 13, 0)
        >>> mask_quotes("He “no, never” paid 4,000", [seg])
        'He “xxx xxxxx” paid 4·000'
    """
    pieces, done = [], 0
    for seg in sorted(segments, key=lambda seg: seg.start):  # each quote masked in one piece
        keep = _closing_punctuation(seg.text)
        lo, hi = max(seg.start, done), seg.end - keep
        if hi > lo:
            pieces.append(text[done:lo])
            pieces.append("".join([char if char.isspace() else MASK for char in text[lo:hi]]))
            done = hi
    pieces.append(text[done:])
    masked = _THOUSANDS.sub("\u00b7", "".join(pieces))
    turned = [seg.close for seg in segments if seg.close >= 0 and text[seg.close] == "“"]
    if turned:  # “We won,“ she said: an opening mark typed where the quote closes reads as the closing mark
        chars = list(masked)
        for pos in turned:
            chars[pos] = "”"
        masked = "".join(chars)
    return masked


def _closing_punctuation(quoted: str) -> int:
    """How many characters end a quote's words and stay unmasked: its closing punctuation, and an
    inner quote's closing mark after it (“It feels like, ‘Not today,’” keeps ``,’``).

    Example:
        >>> _closing_punctuation("It feels like, ‘Not today,’"), _closing_punctuation("We won."), _closing_punctuation("the Smiths’")
        (2, 1, 0)
        >>> _closing_punctuation("'We won,'")  # two apostrophes as quote marks: ''We won,''
        0
    """
    keep = len(quoted) - len(quoted.rstrip(".?!,…"))
    if keep == 0 and quoted[-1:] in _INNER_CLOSERS and quoted[:1] not in OPENERS:  # (''…'' is one quote, not two)
        inner = len(quoted) - 1 - len(quoted[:-1].rstrip(".?!,…"))
        keep = inner + 1 if inner else 0
    return keep


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or char in _WORD_CHARS


def last_word(masked: str, lo: int, hi: int) -> tuple[str, int]:
    """The last token of ``masked[lo:hi]`` and its start (``("", hi)`` if none).

    A token is a run of word characters (with ’ ' -) or one other mark; found by walking back
    from ``hi``, so a long text before it costs nothing.
    """
    end = hi
    while end > lo and masked[end - 1].isspace():
        end -= 1
    if end == lo:
        return "", hi
    if not _is_word_char(masked[end - 1]):
        return masked[end - 1], end - 1
    start = end - 1
    while start > lo:  # _is_word_char, written out: this loop runs for every letter of a word
        char = masked[start - 1]
        if not (char.isalnum() or char == "_" or char in _WORD_CHARS):
            break
        start -= 1
    return masked[start:end], start


def strip_gap(masked: str, lo: int, hi: int) -> int:
    """Move ``hi`` left over gap words (also, has, repeatedly …) and spaces."""
    return strip_gap_word(masked, lo, hi)[0]


def strip_gap_word(masked: str, lo: int, hi: int) -> tuple[int, str, int]:
    """:func:`strip_gap`'s end, and the last word before it with its start (as :func:`last_word`
    of the stripped stretch would find them).

    Example:
        >>> strip_gap_word("Mr Lee also ", 0, 12)
        (6, 'Lee', 3)
    """
    gap = frame_words()["gap"]
    while True:
        word, pos = last_word(masked, lo, hi)
        if word and word.lower() in gap:
            hi = pos
        elif not word:
            return lo, "", lo
        else:
            while hi > lo and masked[hi - 1].isspace():
                hi -= 1
            return hi, word, pos


def gap_ok(masked: str, lo: int, hi: int) -> bool:
    """True when ``masked[lo:hi]`` may stand between a subject and its cue."""
    gap = _PARENTHESES.sub(" ", masked[lo:hi]).strip()
    if not gap:
        return True
    if gap.startswith(",") and gap.endswith(","):
        return True  # apposition or relative clause: "Mr Orban, who …, stressed"
    if "," not in gap:
        gap = adjunct_pattern().sub(" ", gap)  # "Beijing on Monday described …"
    allowed = frame_words()["gap"]
    return all(w.lower() in allowed for w in WORD.findall(gap))


def sentence_spans(masked: str, lo: int, hi: int, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The sentences of one paragraph (``spans``, else split here), with the splits after an
    initialism undone: "that B.C. alone spent" (a lower-case word follows) and a paragraph
    opening "B.C. Forests Minister …" (the initialism alone is no sentence) are one sentence each,
    as is "Rep. Ann Lee (D-Wis.) said" (an abbreviation in parentheses, then a lower-case word)."""
    out: list[tuple[int, int]] = []
    for s0, s1 in paragraph_sentence_spans(masked, lo, hi) if spans is None else spans:
        if out:
            p0, p1 = out[-1]
            piece = masked[p0:p1].rstrip()
            # (the pattern needs "X." at the very end: a cheap test before the search)
            if piece[-1:] == "." and "A" <= piece[-2:-1] <= "Z" and _INITIALISM_END.search(piece) and (masked[s0:s0 + 1].islower() or _INITIALISM_END.fullmatch(piece)):
                out[-1] = (p0, s1)
                continue
            if piece[-2:] == ".)" and masked[s0 : s0 + 1].islower():
                out[-1] = (p0, s1)  # "Rep. Ann Lee (D-Wis.) said": an abbreviation in parentheses ends no sentence
                continue
        out.append((s0, s1))
    return out


def unbreakable_paragraph(masked: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """``masked[lo:hi]`` as its one sentence when no sentence splitter could break it, else None.

    Punkt breaks only after a sentence-ending mark that has a token after it; when the only such
    mark of the paragraph is its last character (or there is none), the paragraph is one
    sentence ending at its last non-space character, and punkt need not run.

    Example:
        >>> unbreakable_paragraph("“xx xxxx,” Ms Lee said.  ", 0, 25)
        [(0, 23)]
        >>> unbreakable_paragraph("He left. “xx.”", 0, 14) is None
        True
    """
    chunk = masked[lo:hi].rstrip()
    first = _SENTENCE_END.search(chunk)
    if first is not None and first.start() < len(chunk) - 1:
        return None
    return [(lo, lo + len(chunk))] if chunk else []


def is_title(quoted: str) -> bool:
    """True when a quote inside reported speech is a title, not words said: two to eight words,
    every major word capitalised, no closing punctuation (“Shelf Life”, “The Lord of the Rings”)."""
    words = quoted.split()
    if not 2 <= len(words) <= 8 or quoted.rstrip()[-1:] in ".,!?;:…":
        return False
    small = frame_words()["title_small"]
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in small for w in words)
