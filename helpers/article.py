"""Load a news article from a text file and find its structure.

The article's text is kept exactly as decoded from the file: UTF-8, a byte-order mark
dropped, line endings untouched (CRLF files keep their ``\\r``). Every offset in this
package indexes that string, so ``article.text[start:end]`` is always the span.

Structure comes from general rules for news pages exported as text, never from the
offsets of one article:

* a paragraph is a non-blank line (hard-wrapped lines that continue in lower case are joined);
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

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .dates import DATELINE_LABELS, parse_date_phrase
from .resources import HelpersError
from .spans import Span, frame_from_spans

__all__ = ["Paragraph", "Article", "load_article", "article_from_text", "as_article", "parse_published", "SECTIONS"]

SECTIONS = ("headline", "standfirst", "body", "caption", "meta")

# Tunable rules for page structure (one place, each with its reason).
#: a line "ends like prose" when it closes with . ! ? (optionally followed by quotes/brackets)
_ENDS_LIKE_PROSE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
#: photo credits as news sites print them: "(AP Photo / Richard Drew)", "Photo: Reuters", "Getty Images"
_PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:Photo|Photograph|Picture|Image|Pool)\b[^()]*)\)\s*$"
    r"|^(?:Photo|Photograph|Picture|Image)s?\s*(?:credit)?\s*:"
    r"|\b(?:Getty Images|AFP via Getty|EPA-EFE|Shutterstock)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
_DATELINE = re.compile(r"^\s*(?:" + "|".join(DATELINE_LABELS) + r")\b\s*:?", re.IGNORECASE)
#: a title-like line before the body is meta only when it is this short (in words)
_SHORT_TITLE_WORDS = 14
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
    """

    text: str
    paragraphs: tuple[Paragraph, ...]
    published: dt.date | None = None
    published_time: dt.time | None = None
    source: str = "<text>"
    metadata: Mapping[str, Any] = field(default_factory=dict)

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
        HelpersError: the path is missing or a folder, or the file is empty, binary or not
            UTF-8; the message names the file and the fix.

    Example:
        >>> art = load_article("data/article.txt")   # doctest: +SKIP
        >>> art.published, art.headline[:5]          # doctest: +SKIP
        (datetime.date(2022, 2, 1), 'Putin')
    """
    path = Path(path)
    text = read_article_text(path)
    metadata = _read_metadata(path.with_suffix(".json"))
    return article_from_text(
        text,
        published=published if published is not None else metadata.get("published"),
        source=path.name,
        metadata=metadata,
        published_time=metadata.get("published_time"),
    )


def read_article_text(path: Path) -> str:
    """The text of ``path`` decoded as UTF-8 with a BOM dropped; clear errors otherwise."""
    if not path.exists():
        raise HelpersError(f"There is no file at {path}: check the spelling and the folder you run from.")
    if path.is_dir():
        raise HelpersError(f"{path} is a folder, not a file: give the path of the article's .txt file.")
    raw = path.read_bytes()
    if not raw.strip():
        raise HelpersError(f"{path} is empty: paste the article's text into it and save it as UTF-8.")
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


def _read_metadata(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HelpersError(f"{path} is not valid JSON ({err}): fix it or remove it.") from None
    if not isinstance(data, dict):
        raise HelpersError(f"{path} should hold one JSON object with the article's metadata.")
    return data


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
        HelpersError: the text is empty, or ``published`` is not ``YYYY-MM-DD``.
    """
    if not isinstance(text, str):
        raise HelpersError(f"The article must be text (str), not {type(text).__name__}.")
    if not text.strip():
        raise HelpersError("The article is empty: give it the text of a news article.")
    paragraphs = split_paragraphs(text)
    date = parse_published(published)
    time = dt.time.fromisoformat(published_time) if isinstance(published_time, str) else published_time
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
        if published is None:
            return text_or_article
        return Article(
            text=text_or_article.text,
            paragraphs=text_or_article.paragraphs,
            published=parse_published(published),
            published_time=None,
            source=text_or_article.source,
            metadata=text_or_article.metadata,
        )
    if isinstance(text_or_article, str):
        return article_from_text(text_or_article, published=published)
    what = "a path" if isinstance(text_or_article, Path) else type(text_or_article).__name__
    raise HelpersError(
        f"{caller} takes an Article (from load_article) or the article's text, not {what}: "
        "for a file, use load_article(path) first."
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trailing whitespace (and ``\\r``) excluded."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into paragraphs and give each its section (rules in the module docstring)."""
    blocks: list[list[int]] = []
    previous_end = None
    for start, end in _lines(text):
        gap = text[previous_end:start] if previous_end is not None else ""
        joins = (
            blocks
            and gap.count("\n") == 1
            and not _ENDS_LIKE_PROSE.search(text[blocks[-1][0] : blocks[-1][1]])
            and text[start].islower()
        )
        if joins:
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
        previous_end = end
    texts = [text[s:e] for s, e in blocks]
    sections = _sections(texts)
    return tuple(Paragraph(s, e, t, sec) for (s, e), t, sec in zip(blocks, texts, sections))


def _title_like(line: str) -> bool:
    return not _ENDS_LIKE_PROSE.search(line)


def _sections(texts: list[str]) -> list[str]:
    sections = [""] * len(texts)
    seen: set[str] = set()
    for i, line in enumerate(texts):
        if _DATELINE.match(line) and parse_date_phrase(line) or _BYLINE.match(line):
            sections[i] = "meta"
        elif _PHOTO_CREDIT.search(line):
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
