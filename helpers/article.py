"""Load a news article from a text file and find its structure.

The article's text is kept exactly as decoded from the file: UTF-8, a byte-order mark
dropped, line endings untouched (CRLF files keep their ``\\r``). Every offset in this
package indexes that string, so ``article.text[start:end]`` is always the span.

Structure comes from general rules for news pages exported as text, never from the
offsets of one article:

* paragraphs are separated by blank lines or by single line breaks; the text's convention is
  detected and said in ``Article.paragraph_breaks`` (``"blank line"`` or ``"single line"``), and
  hard-wrapped lines are joined (the rule is in :mod:`helpers.paragraphs`);
* the first paragraph is the **headline**; the next one is the **standfirst** when it reads
  like one (no closing full stop, or a single sentence);
* **meta**: date lines ("Updated: …", "Published: …"), bylines, and short title-like lines
  before the first body paragraph (video titles, "Powered by automated translation");
* **caption**: a line with a photo credit ("(AP Photo / …)", "Photo: …", "Getty Images"), and
  a title-like line just before it;
* everything else is **body**.

Example:
    >>> art = article_from_text("Headline here\\n\\nA standfirst\\n\\nBody text. More.\\n", published="2022-02-01")
    >>> [(p.section, p.text) for p in art.paragraphs]
    [('headline', 'Headline here'), ('standfirst', 'A standfirst'), ('body', 'Body text. More.')]
    >>> art.published
    datetime.date(2022, 2, 1)
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import json
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from .dates import parse_date_phrase
from .paragraphs import BYLINE as _BYLINE
from .paragraphs import DATELINE as _DATELINE
from .paragraphs import ENDS_LIKE_PROSE as _ENDS_LIKE_PROSE
from .paragraphs import ParagraphLayout, is_photo_credit, paragraph_layout
from .resources import HelpersError
from .spans import Span, frame_from_spans

__all__ = [
    "Paragraph",
    "Article",
    "load_article",
    "article_from_text",
    "as_article",
    "parse_published",
    "SECTIONS",
    "MAX_ARTICLE_BYTES",
]

SECTIONS = ("headline", "standfirst", "body", "caption", "meta")

# Tunable rules for page structure (one place, each with its reason; the line patterns live in
# helpers.paragraphs, which needs them to tell a date line or a byline from a wrapped line).
#: a title-like line before the body is meta only when it is this short (in words)
_SHORT_TITLE_WORDS = 14
#: the largest article file (bytes) or text (characters) the helpers take: 5 MB is about 800,000
#: words, twenty times a long report; anything larger is not one news article
MAX_ARTICLE_BYTES = 5_000_000
#: a lone surrogate (half of a UTF-16 pair) is not text: it cannot be written as UTF-8
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: a standfirst without a title's missing full stop is one sentence of at most this many words
_STANDFIRST_MAX_WORDS = 45


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph of the article with the section it belongs to."""

    section: str


@dataclass(frozen=True)
class Article:
    """A news article: its exact text, its paragraphs by section, and its publication date.

    Attributes:
        text: the text as decoded from the file (BOM dropped, line endings untouched).
        paragraphs: the non-blank paragraphs in order, each with ``section``.
        published: the publication date, or None when nothing said it.
        published_time: the publication time when a date line printed one.
        source: where the text came from (a file name, or ``"<text>"``).
        metadata: what the sibling JSON file said (empty when there was none).
        paragraph_breaks: ``"blank line"`` when blank lines separate the paragraphs, ``"single line"``
            when line breaks do (each line a paragraph, hard-wrapped lines joined).
    """

    text: str
    paragraphs: tuple[Paragraph, ...]
    published: dt.date | None = None
    published_time: dt.time | None = None
    source: str = "<text>"
    metadata: Mapping[str, Any] = field(default_factory=dict)
    paragraph_breaks: str = "blank line"

    @property
    def headline(self) -> str:
        """The headline's text ("" when the article has none)."""
        return next((p.text for p in self.paragraphs if p.section == "headline"), "")

    @property
    def standfirst(self) -> str:
        """The standfirst's text ("" when the article has none)."""
        return next((p.text for p in self.paragraphs if p.section == "standfirst"), "")

    def section_at(self, offset: int) -> str:
        """The section of the paragraph holding ``offset`` ("" between paragraphs)."""
        for para in self.paragraphs:
            if para.start <= offset < para.end:
                return para.section
        return ""

    def paragraphs_frame(self) -> pd.DataFrame:
        """The paragraphs as a DataFrame: ``start, end, text, section`` and a word count."""
        frame = frame_from_spans(self.paragraphs, columns=["start", "end", "text", "section"])
        frame["words"] = frame["text"].str.split().str.len().astype("int64")
        return frame


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Read a publication date given as ``YYYY-MM-DD`` (or a ``date``).

    Raises:
        HelpersError: for anything else, saying the expected form.

    Example:
        >>> parse_published("2022-02-01")
        datetime.date(2022, 2, 1)
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise HelpersError(
            f"The publication date {value!r} is not a date in the form YYYY-MM-DD: "
            "write it like 2022-02-01."
        ) from None


def load_article(path: str | Path, published: str | dt.date | None = None) -> Article:
    """Load an article from a UTF-8 text file.

    The publication date is, in order: the ``published`` argument; ``published`` in a
    JSON file beside the article with the same name (``article.txt`` → ``article.json``);
    a date line in the text ("Updated: February 01, 2022, 8:59 PM"); otherwise None.

    Args:
        path: the article's ``.txt`` file.
        published: the publication date as ``YYYY-MM-DD``, overriding what the files say.

    Returns:
        An :class:`Article`. Offsets index ``article.text``: the file decoded as UTF-8
        with a byte-order mark dropped and line endings left exactly as they are.

    Raises:
        HelpersError: the path is missing, a folder or not a regular file, may not be read, is
            larger than :data:`MAX_ARTICLE_BYTES`, or is empty, binary, UTF-16 or not UTF-8; the
            JSON beside it is not valid or has a bad date; the message names the file and the fix.

    Example:
        >>> art = load_article("data/article.txt")   # doctest: +SKIP
        >>> art.published, art.headline[:5]          # doctest: +SKIP
        (datetime.date(2022, 2, 1), 'Putin')
    """
    path = Path(path)
    text = read_article_text(path)
    metadata_path = path.with_suffix(".json")
    metadata = _read_metadata(metadata_path)
    date, time = _metadata_date(metadata_path, metadata)
    return article_from_text(
        text,
        published=published if published is not None else date,
        source=path.name,
        metadata=metadata,
        published_time=time,
    )


def read_article_text(path: Path) -> str:
    """The text of ``path`` decoded as UTF-8 with a BOM dropped; one clear sentence otherwise.

    Only a regular file is read (a FIFO or a device would block or never end), and at most
    :data:`MAX_ARTICLE_BYTES` of it.

    Example:
        >>> read_article_text(Path("no/such/file.txt"))
        Traceback (most recent call last):
        helpers.resources.HelpersError: There is no file at no/such/file.txt: check the spelling and the folder you run from.
    """
    raw = _read_regular_file(path, what="the article's .txt file")
    if not raw.strip():
        raise HelpersError(f"{path} is empty: paste the article's text into it and save it as UTF-8.")
    if _looks_like_utf16(raw):
        raise HelpersError(
            f"{path} is UTF-16 text: save it as UTF-8 (in your editor, Save As… and choose the encoding UTF-8)."
        )
    if b"\x00" in raw:
        raise HelpersError(
            f"{path} looks like a binary file (it holds NUL bytes), not plain text: "
            "export the article as a UTF-8 .txt file."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise HelpersError(
            f"{path} is not UTF-8 text (byte 0x{raw[err.start]:02x} at position {err.start}): "
            "re-save it with the encoding UTF-8."
        ) from None
    if not text.strip():
        raise HelpersError(f"{path} is empty: paste the article's text into it and save it as UTF-8.")
    return text


def _read_regular_file(path: Path, what: str) -> bytes:
    """The bytes of ``path`` (at most :data:`MAX_ARTICLE_BYTES`) if it is a regular file we may read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise HelpersError(f"There is no file at {path}: check the spelling and the folder you run from.") from None
    except OSError as err:
        raise HelpersError(f"Cannot look at {path} ({err.strerror or err}): check the path and your permissions.") from None
    if stat.S_ISDIR(info.st_mode):
        raise HelpersError(f"{path} is a folder, not a file: give the path of {what}.")
    if not stat.S_ISREG(info.st_mode):
        raise HelpersError(f"{path} is not a regular file (a pipe, socket or device): give the path of {what}.")
    if info.st_size > MAX_ARTICLE_BYTES:
        raise HelpersError(_too_large(path, info.st_size))
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except PermissionError:
        raise HelpersError(f"You may not read {path}: change its permissions or copy it somewhere you can read it.") from None
    except OSError as err:
        raise HelpersError(f"Cannot read {path} ({err.strerror or err}): check the file and try again.") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise HelpersError(_too_large(path, len(raw)))
    return raw


def _too_large(what: object, size: int) -> str:
    return (
        f"{what} is {size / 1e6:.1f} MB, larger than any news article (the limit is "
        f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB): split it into one file per article and analyse each."
    )


def _looks_like_utf16(raw: bytes) -> bool:
    """True for UTF-16 text: a UTF-16 byte-order mark, or NUL bytes in every other position.

    Example:
        >>> _looks_like_utf16("News".encode("utf-16-le")), _looks_like_utf16(b"News")
        (True, False)
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not raw.startswith(codecs.BOM_UTF32_LE):
        return True
    sample = raw[:4000]
    pairs = len(sample) // 2
    if pairs == 0:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) >= 0.6 * pairs and min(even, odd) <= 0.05 * pairs


def _read_metadata(path: Path) -> dict[str, Any]:
    """The JSON object beside the article (``{}`` when there is none); clear errors otherwise."""
    if not path.is_file():
        return {}
    raw = _read_regular_file(path, what="the article's .json metadata")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HelpersError(f"{path} is not valid JSON ({err}): fix it or remove it.") from None
    if not isinstance(data, dict):
        raise HelpersError(f"{path} should hold one JSON object with the article's metadata.")
    return data


def _metadata_date(path: Path, metadata: Mapping[str, Any]) -> tuple[dt.date | None, dt.time | None]:
    """``published`` and ``published_time`` of the metadata, or an error naming the file and the field."""
    date_value, time_value = metadata.get("published"), metadata.get("published_time")
    try:
        date = parse_published(date_value) if isinstance(date_value, str) or date_value is None else None
    except HelpersError:
        date = None
    if date_value is not None and date is None:
        raise HelpersError(
            f'{path}: "published" is {date_value!r}, not a date in the form YYYY-MM-DD: '
            'write it like "2022-02-01" or remove it.'
        )
    time = _parse_time(time_value) if isinstance(time_value, str) else None
    if time_value is not None and time is None:
        raise HelpersError(
            f'{path}: "published_time" is {time_value!r}, not a time in the form HH:MM: '
            'write it like "20:59" or remove it.'
        )
    return date, time


def _parse_time(value: str) -> dt.time | None:
    """An ISO clock time ("20:59", "20:59:00"), or None for anything else."""
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        return None


def article_from_text(
    text: str,
    published: str | dt.date | None = None,
    source: str = "<text>",
    metadata: Mapping[str, Any] | None = None,
    published_time: str | dt.time | None = None,
) -> Article:
    """Build an :class:`Article` from text already in memory.

    A BOM at the start is the caller's to drop (``load_article`` does); nothing else in
    ``text`` is changed. With no ``published`` given, a date line in the text is used.

    Raises:
        HelpersError: the text is empty, longer than :data:`MAX_ARTICLE_BYTES` characters or
            holds a lone surrogate, or ``published`` is not ``YYYY-MM-DD``.
    """
    if not isinstance(text, str):
        raise HelpersError(f"The article must be text (str), not {type(text).__name__}.")
    if not text.strip():
        raise HelpersError("The article is empty: give it the text of a news article.")
    if len(text) > MAX_ARTICLE_BYTES:
        raise HelpersError(_too_large(f"The text ({len(text):,} characters)", len(text.encode("utf-8", "surrogatepass"))))
    _refuse_lone_surrogates(text)
    layout = paragraph_layout(text)
    paragraphs = paragraphs_with_sections(text, layout)
    date = parse_published(published)
    time = published_time
    if isinstance(published_time, str):
        time = _parse_time(published_time)
        if time is None:
            raise HelpersError(f"The publication time {published_time!r} is not in the form HH:MM: write it like 20:59.")
    if date is None:
        for para in paragraphs:
            if para.section == "meta" and _DATELINE.match(para.text):
                parsed = parse_date_phrase(para.text)
                if parsed:
                    date, time = parsed
                    break
    return Article(
        text=text,
        paragraphs=paragraphs,
        published=date,
        published_time=time,
        source=source,
        metadata=dict(metadata or {}),
        paragraph_breaks=layout.breaks,
    )


def _refuse_lone_surrogates(text: str) -> None:
    """Stop with one sentence when ``text`` holds half of a UTF-16 pair (it cannot be written as UTF-8).

    Example:
        >>> _refuse_lone_surrogates("ok \\ud800")
        Traceback (most recent call last):
        helpers.resources.HelpersError: The text holds a lone surrogate (U+D800 at position 3), which is not a character: remove it, or read the file as UTF-8 without errors='surrogateescape'.
    """
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate:
        raise HelpersError(
            f"The text holds a lone surrogate (U+{ord(surrogate.group()):04X} at position {surrogate.start()}), "
            "which is not a character: remove it, or read the file as UTF-8 without errors='surrogateescape'."
        )


def as_article(
    text_or_article: str | Article, published: str | dt.date | None = None, caller: str = "This helper"
) -> Article:
    """The :class:`Article` every finder works on, from an Article or the article's text.

    Args:
        text_or_article: an Article (from :func:`load_article`) or the article's text.
        published: a publication date ``YYYY-MM-DD`` that overrides the article's own.
        caller: the function's name, for the error message.

    Raises:
        HelpersError: anything else (a path, bytes …), saying to use :func:`load_article`.

    Example:
        >>> as_article("Talks\\n\\nThey met.", published="2022-02-01").published
        datetime.date(2022, 2, 1)
    """
    if isinstance(text_or_article, Article):
        _refuse_lone_surrogates(text_or_article.text)
        if published is None:
            return text_or_article
        return dataclasses.replace(text_or_article, published=parse_published(published), published_time=None)
    if isinstance(text_or_article, str):
        return article_from_text(text_or_article, published=published)
    what = "a path" if isinstance(text_or_article, Path) else type(text_or_article).__name__
    raise HelpersError(
        f"{caller} takes an Article (from load_article) or the article's text, not {what}: "
        "for a file, use load_article(path) first."
    )


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into paragraphs and give each its section (rules in the module docstring).

    Example:
        >>> [p.section for p in split_paragraphs("Talks resume\\nThe talks resumed.\\nThey ended.\\n")]
        ['headline', 'standfirst', 'body']
    """
    return paragraphs_with_sections(text, paragraph_layout(text))


def paragraphs_with_sections(text: str, layout: ParagraphLayout) -> tuple[Paragraph, ...]:
    """The paragraphs of ``layout`` (spans into ``text``), each with its section."""
    texts = layout.texts(text)
    sections = _sections(texts)
    return tuple(Paragraph(s, e, t, sec) for (s, e), t, sec in zip(layout.spans, texts, sections))


def _title_like(line: str) -> bool:
    return not _ENDS_LIKE_PROSE.search(line)


def _sections(texts: list[str]) -> list[str]:
    sections = [""] * len(texts)
    seen: set[str] = set()
    for i, line in enumerate(texts):
        if _DATELINE.match(line) and parse_date_phrase(line) or _BYLINE.match(line):
            sections[i] = "meta"
        elif is_photo_credit(line):
            sections[i] = "caption"
            if i > 0 and not sections[i - 1] and _title_like(texts[i - 1]):
                sections[i - 1] = "caption"
    order = [i for i in range(len(texts)) if not sections[i]]
    body_started = False
    for rank, i in enumerate(order):
        line = texts[i]
        if rank == 0:
            sections[i] = "headline"
        elif rank == 1 and (_title_like(line) or _one_sentence(line)) and len(order) > 2:
            sections[i] = "standfirst"
        elif not body_started and (line in seen or _title_like(line) and len(line.split()) <= _SHORT_TITLE_WORDS):
            sections[i] = "meta"
        else:
            sections[i] = "body"
            body_started = True
        seen.add(line)
    return sections


def _one_sentence(line: str) -> bool:
    inner = line.rstrip(".!?\"'”’) ")
    return len(line.split()) <= _STANDFIRST_MAX_WORDS and not re.search(r"[.!?][\"'”’]?\s+[A-Z“\"‘]", inner)
