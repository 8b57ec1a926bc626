"""Sentences and word tokens with character offsets, using NLTK without any download.

Sentences come from NLTK's :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` given
hand-made :class:`~nltk.tokenize.punkt.PunktParameters` (abbreviations from
``data/text/abbreviations.txt`` plus single-letter initials such as "U. N."), so no trained
model is needed. It runs on each paragraph separately (a headline is its own sentence), and
a sentence that starts in lower case after a quoted question or exclamation
(``“Are you sure?” she asked.``) is joined back to the one before.

Tokens come from one news-aware regular expression, :data:`TOKEN_PATTERN`: ``U.S.`` and
``build-up`` stay whole, a possessive ``’s`` is its own token, numbers keep their commas and
points, and every other punctuation mark is a token. It is the pattern NLTK's
:class:`~nltk.tokenize.RegexpTokenizer` would take, run with Python's ``re.finditer`` directly:
the tokenizer adds nothing for a fixed pattern but a timeout wrapper around every token (a
guard against hostile patterns; this one is linear), which cost a third of the tokenising time.
(NLTK's Treebank tokenizer rewrites quote marks and needs sentence-split input, so it is not used.)

Example:
    >>> from helpers.article import article_from_text
    >>> art = article_from_text("Talks\\n\\nMr Putin spoke. “Why?” he asked. It ended.\\n")
    >>> [s.text for s in sentences(art)]
    ['Talks', 'Mr Putin spoke.', '“Why?” he asked.', 'It ended.']
    >>> [t.text for t in tokens("Ukraine’s U.S.-backed build-up")]
    ['Ukraine', '’s', 'U.S.-backed', 'build-up']
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from string import ascii_lowercase
from typing import TYPE_CHECKING

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from .article import Article
from .resources import data_cache, read_word_list
from .spans import Span

if TYPE_CHECKING:  # pandas is imported by the two *_frame functions only (the command never needs it)
    import pandas as pd

__all__ = ["Sentence", "Token", "paragraph_sentence_spans", "paused_cycle_collection", "sentences", "sentences_frame", "sentence_tokens", "token_spans", "tokens", "tokens_frame", "words", "stopwords"]

#: The token pattern (verbose regex, order matters: first alternative that matches wins).
TOKEN_PATTERN = r"""
    (?:[A-Za-z]\.){2,}(?:-\w+)*           # U.S.  U.K.  U.S.-backed
  | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?   # 100,000  3.5  8:59  31st  1990s  5%
  | \w+(?:[-‐–]\w+)*(?:['’](?![sS]\b)\w+)*  # words: build-up, Russia-backed, don't, O'Brien
  | ['’][sS]\b                             # possessive or contracted 's
  | \S                                     # any other single non-space character
"""


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence, with the section of the paragraph it sits in."""

    section: str
    paragraph: int


@dataclass(frozen=True)
class Token(Span):
    """A token, with the index of its sentence (-1 when tokenising bare text)."""

    sentence: int


class NewsLanguageVars(PunktLanguageVars):
    """Punkt's language variables with curly quotes and guillemets treated like straight quotes.

    A backport of the change in NLTK 3.9.2, so that ``“We are ready.” He left.`` splits the
    same way on the older NLTK that Colab may have preinstalled.
    """

    re_boundary_realignment = re.compile(r"[\"')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)", re.MULTILINE)

    @property
    def _re_non_word_chars(self) -> str:
        other_ends = re.escape("".join(sorted(set(self.sent_end_chars) - {"."})))
        return r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb" + other_ends + "])"


@data_cache
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    abbreviations = set(read_word_list("text", "abbreviations.txt"))
    abbreviations |= set(ascii_lowercase)  # initials: "John F. Kennedy", "U. N."
    abbreviations |= {f"{a}.{b}" for a in ascii_lowercase for b in ascii_lowercase}  # two: "U.S.", "Tom H.W. Ruiz"
    params.abbrev_types = abbreviations
    return PunktSentenceTokenizer(params, lang_vars=NewsLanguageVars())


_TOKEN = re.compile(TOKEN_PATTERN, flags=re.VERBOSE | re.UNICODE)


_CONTINUES = re.compile(r"^[a-z]")
_ENDS_WITH_QUOTED_QUESTION = re.compile(r"[?!][\"'”’]\s*$")


def _has_no_inner_end(body: str) -> bool:
    """Is there no ".", "?" or "!" in ``body`` but maybe its last character (where Punkt could split)?"""
    inner = body[:-1]
    return "." not in inner and "?" not in inner and "!" not in inner


def paragraph_sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]`` (one paragraph), as offsets into ``text``.

    The same rules as :func:`sentences`, for callers that split a variant of the text (for
    instance with quoted passages masked) but need offsets into it.

    Example:
        >>> list(paragraph_sentence_spans("xx Mr Smith left. He won.", 3, 25))
        [(3, 17), (18, 25)]
    """
    chunk = text[start:end]
    body = chunk.rstrip()
    if _has_no_inner_end(body):
        # Speed: Punkt breaks only after a ".", "?" or "!" that something other than white space
        # follows, so a paragraph with none before its last character is one sentence, which is
        # what Punkt would say, without its cost (about half the paragraphs of a news article).
        if body:
            yield start, start + len(body)
        return
    pieces: list[list[int]] = []
    for s, e in _sentence_tokenizer().span_tokenize(chunk):
        if pieces and _CONTINUES.match(chunk[s:e]) and _ENDS_WITH_QUOTED_QUESTION.search(chunk[pieces[-1][0] : pieces[-1][1]]):
            pieces[-1][1] = e
        else:
            pieces.append([s, e])
    for s, e in pieces:
        yield start + s, start + e


def sentences(article: Article) -> list[Sentence]:
    """The article's sentences in order, each within one paragraph.

    Args:
        article: a loaded :class:`~helpers.article.Article`.

    Returns:
        A list of :class:`Sentence` with offsets into ``article.text``.
    """
    text = article.text
    found = []
    new = object.__new__
    for number, para in enumerate(article.paragraphs):
        for s, e in paragraph_sentence_spans(text, para.start, para.end):
            # the fields straight into __dict__, as for tokens (see _tokens_in): the text is the slice
            sentence = new(Sentence)
            sentence.__dict__.update(start=s, end=e, text=text[s:e], section=para.section, paragraph=number)
            found.append(sentence)
    return found


def sentences_frame(article: Article) -> pd.DataFrame:
    """:func:`sentences` as a DataFrame (``start, end, text, section, paragraph``)."""
    from .spans import frame_from_spans

    return frame_from_spans(sentences(article), columns=["start", "end", "text", "section", "paragraph"])


def tokens(text_or_article: str | Article) -> list[Token]:
    """Word and punctuation tokens with offsets.

    Given an :class:`~helpers.article.Article`, tokens carry their sentence number; given a
    string, the whole string is tokenised and ``sentence`` is -1.
    """
    if isinstance(text_or_article, str):
        return list(_tokens_in(text_or_article, 0, len(text_or_article), -1))
    return sentence_tokens(text_or_article.text, sentences(text_or_article))


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each token of ``text``: :func:`tokens` as plain tuples, for callers
    that only read them (no :class:`Token` is made, which is quicker for the many short aliases of
    the actor tables).

    Example:
        >>> token_spans("U.S.-backed talks")
        [(0, 11, 'U.S.-backed'), (12, 17, 'talks')]
    """
    return [(*match.span(), match.group()) for match in _TOKEN.finditer(text)]


def sentence_tokens(text: str, sentences: Sequence[Span]) -> list[Token]:
    """The tokens of each sentence of ``text`` in turn, numbered by sentence (``doc.tokens`` uses it).

    Example:
        >>> [(t.text, t.sentence) for t in sentence_tokens("Hi. Go on.", [Span(0, 3, "Hi."), Span(4, 10, "Go on.")])]
        [('Hi', 0), ('.', 0), ('Go', 1), ('on', 1), ('.', 1)]
    """
    found: list[Token] = []
    append, new, finditer = found.append, object.__new__, _TOKEN.finditer
    with paused_cycle_collection():
        for number, sent in enumerate(sentences):
            for match in finditer(text, sent.start, sent.end):  # _tokens_in, inlined: no generator to resume per token
                token = new(Token)
                fields = token.__dict__
                fields["start"], fields["end"] = match.span()
                fields["text"] = match.group()
                fields["sentence"] = number
                append(token)
    return found


@contextmanager
def paused_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while many objects without cycles are made, then restore it.

    Tokens (and the actor stage's units and candidates) hold no reference cycles; left on, the
    collector would walk every live object again and again as a long article's objects pile up,
    so a 40,000-word article would cost about twice as much per token as a 1,000-word one.

    Example:
        >>> import gc
        >>> with paused_cycle_collection():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _tokens_in(text: str, start: int, end: int, sentence: int) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, offsets into ``text``.

    A token's text is the slice its offsets cut, so the checks of :class:`Span` cannot fail
    here: each token's fields are written straight into its ``__dict__`` (what the dataclass's own
    ``__init__`` ends with, minus those checks and the frozen dataclass's ``object.__setattr__``
    per field), because tokens are the most numerous objects of a document.
    """
    new = object.__new__
    for match in _TOKEN.finditer(text, start, end):
        token = new(Token)
        fields = token.__dict__
        fields["start"], fields["end"] = match.span()
        fields["text"] = match.group()
        fields["sentence"] = sentence
        yield token


def tokens_frame(text_or_article: str | Article) -> pd.DataFrame:
    """:func:`tokens` as a DataFrame with ``is_word`` (has a letter) and ``lower`` columns."""
    from .spans import frame_from_spans

    frame = frame_from_spans(tokens(text_or_article), columns=["start", "end", "text", "sentence"])
    frame["is_word"] = frame["text"].str.contains(r"[^\W\d_]", regex=True).astype(bool)
    frame["lower"] = frame["text"].str.lower()
    return frame


def words(text_or_article: str | Article) -> list[str]:
    """The word tokens (those with a letter), as written; a possessive ``’s`` token is dropped.

    Example:
        >>> words("Putin’s 2 talks, in 2022, as US officials said.")
        ['Putin', 'talks', 'in', 'as', 'US', 'officials', 'said']
    """
    return [t.text for t in tokens(text_or_article) if _LETTER.search(t.text) and not _POSSESSIVE.fullmatch(t.text)]


_LETTER = re.compile(r"[^\W\d_]")
_POSSESSIVE = re.compile(r"['’][sS]")


def stopwords() -> frozenset[str]:
    """English stop words shipped in ``data/lexicons/stopwords.txt`` (NLTK's needs a download)."""
    return read_word_list("lexicons", "stopwords.txt")
