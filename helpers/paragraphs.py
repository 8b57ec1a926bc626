"""Split an article's text into paragraphs, whether blank lines or single line breaks separate them.

Text copied from a web page comes in one of two conventions, and either may be hard-wrapped:

* **blank line**: a blank line ends a paragraph (the course article, most exports);
* **single line**: every line is a paragraph (what pasting from many web pages gives).

The rule, decided from the whole text and then applied to every line break:

1. A blank line always ends a paragraph ("blank lines win where present").
2. The text is **hard-wrapped** when its lines share a wrap width: its longest line ``W`` is between
   30 and 100 characters, and at least half (and at least three) of the lines followed by a single
   line break are *full* — the next line's first word would not have fitted after them within ``W``.
3. The convention is **single line** when line breaks right after a sentence end (``.``, ``?``,
   ``!``, ``…``, maybe followed by a closing quote or bracket) outnumber the blank lines: those
   breaks are paragraph ends the writer made without a blank line (a full line of a hard-wrapped
   text is a wrap and does not count). Otherwise it is **blank line**.
4. In a single-line text a line ends its paragraph when it ends a sentence or is *title-like*: a
   date line ("Updated: …"), a byline, a photo credit, or the first line (the headline) unless
   the text is hard-wrapped. A hard-wrapped text whose paragraphs start with an indented line
   (at least three lines sit further right than the line before) marks its paragraphs by that
   indent, so there a sentence end does not end a paragraph.
5. Otherwise a single line break joins two lines into one paragraph when

   * the first line does not end a sentence and the next starts in lower case, or
   * the text is hard-wrapped, the first line is full and not a date line, byline or photo
     credit, and the next line is not indented further.

   Every other single line break ends a paragraph.

In a blank-line text the first bullet of rule 5 is the rule the helpers always had, so texts
with blank lines and no hard wrapping split exactly as before, and a hard-wrapped paragraph is
never cut at a line that happens to end a sentence. A single-spaced hard-wrapped text has only
line lengths to show where a paragraph ends, and a full line that ends a sentence may end one
or not; rule 4 ends the paragraph there, which cuts a few paragraphs in two rather than run
paragraphs (and their quotes) together.
Paragraphs are spans: ``text[start:end]``, line endings (``\\r\\n`` too) left as they are.

Example:
    >>> text = "Talks resume\\nThe talks resumed. They ended.\\n“We are glad,” he said.\\n"
    >>> layout = paragraph_layout(text)
    >>> layout.breaks, layout.texts(text)
    ('single line', ['Talks resume', 'The talks resumed. They ended.', '“We are glad,” he said.'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATELINE_LABELS
from .resources import data_cache, read_table

__all__ = ["BLANK_LINE", "SINGLE_LINE", "ParagraphLayout", "paragraph_layout", "fold_case", "is_photo_credit"]

BLANK_LINE = "blank line"
SINGLE_LINE = "single line"

# Tunable rules for page lines (one place, each with its reason).
#: a line "ends like prose" when it closes with . ! ? … (optionally followed by quotes/brackets)
ENDS_LIKE_PROSE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BYLINE_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
#: "By Ana Ruiz", "By staff writer Ana Ruiz", "By Ana Ruiz and Li Wei", "By Ana Ruiz, Li Wei": up to four names
BYLINE = re.compile(r"^By\s+(?:(?:[A-Z][\w-]+\s+){0,2}(?:[a-z]+\s+){1,2})?" + _BYLINE_NAME + r"(?:\s*(?:,|\band\b|&)\s*" + _BYLINE_NAME + r"){0,3}\s*$")
DATELINE = re.compile(r"^\s*(?:" + "|".join(DATELINE_LABELS) + r")\b\s*:?", re.IGNORECASE)
#: hard-wrap widths people and tools use lie in this range (columns); outside it, lines are paragraphs
_WRAP_WIDTHS = range(30, 101)
#: a text is hard-wrapped when at least this share of its single-break lines are full …
_FULL_SHARE = 0.5
#: … and at least this many (two or three full lines can happen by chance)
_MIN_FULL_LINES = 3
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Line:
    """One non-blank line: its stripped span, its column width and what separates it from the one before."""

    start: int
    end: int
    width: int
    breaks_before: int
    indent: int


@dataclass(frozen=True)
class _Style:
    """What the whole text says about its line breaks: the convention, the wrap width, indented first lines."""

    breaks: str
    wrap_width: int | None
    indented: bool


@dataclass(frozen=True)
class ParagraphLayout:
    """How a text lays out its paragraphs: the convention, the wrap width and the paragraph spans.

    Attributes:
        breaks: ``"blank line"`` or ``"single line"`` (see the module docstring for the rule).
        wrap_width: the hard-wrap width in columns (the longest line), or None when the text is not
            hard-wrapped.
        spans: ``(start, end)`` of every paragraph, stripped of surrounding whitespace.
    """

    breaks: str
    wrap_width: int | None
    spans: tuple[tuple[int, int], ...]

    def texts(self, text: str) -> list[str]:
        """The paragraphs' texts, sliced from ``text``.

        Example:
            >>> paragraph_layout("A\\n\\nB").texts("A\\n\\nB")
            ['A', 'B']
        """
        return [text[start:end] for start, end in self.spans]


def paragraph_layout(text: str) -> ParagraphLayout:
    """Find the paragraph convention of ``text``, whether it is hard-wrapped, and its paragraphs.

    Example:
        >>> wrapped = "Talks resume in Geneva\\n\\n" + "The talks resumed on Monday after a break of two weeks. " * 3
        >>> import textwrap
        >>> layout = paragraph_layout(textwrap.fill(wrapped, 40, replace_whitespace=False))
        >>> layout.breaks, layout.wrap_width, len(layout.spans)
        ('blank line', 40, 2)
    """
    lines = _lines(text)
    wrap_width = _wrap_width(text, lines)
    breaks = _convention(text, lines, wrap_width)
    style = _Style(breaks, wrap_width, indented=wrap_width is not None and _indents_paragraphs(lines))
    spans: list[list[int]] = []
    for number, line in enumerate(lines):
        if spans and line.breaks_before == 1 and _joins(text, lines, number, style):
            spans[-1][1] = line.end
        else:
            spans.append([line.start, line.end])
    return ParagraphLayout(breaks, wrap_width, tuple((start, end) for start, end in spans))


def _lines(text: str) -> list[Line]:
    """Every non-blank line, without its surrounding whitespace (and ``\\r``), with the breaks before it.

    Example:
        >>> [(line.start, line.end, line.breaks_before) for line in _lines("Head\\r\\n\\r\\n  Body.\\r\\n")]
        [(0, 4, 0), (10, 15, 2)]
    """
    found = []
    previous_end = 0
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        start, end = match.start() + indent, match.start() + len(line.rstrip())
        breaks = len(_LINE_BREAK.findall(text, previous_end, match.start())) if found else 0
        found.append(Line(start, end, end - match.start(), breaks, indent))
        previous_end = end
    return found


def _ends_sentence(text: str, line: Line) -> bool:
    return bool(ENDS_LIKE_PROSE.search(text, line.start, line.end))


def _convention(text: str, lines: list[Line], wrap_width: int | None) -> str:
    """``"single line"`` when breaks after a sentence end outnumber blank lines, else ``"blank line"``.

    In a hard-wrapped text a full line that ends a sentence is a wrap, so it does not count.

    Example:
        >>> _convention("Head\\nOne. Two.\\nThree.\\n", _lines("Head\\nOne. Two.\\nThree.\\n"), None)
        'single line'
    """
    blank = sum(line.breaks_before >= 2 for line in lines)
    after_sentence = sum(
        line.breaks_before == 1
        and _ends_sentence(text, before)
        and not (wrap_width and _is_full(text, before, line, wrap_width))
        for before, line in zip(lines, lines[1:])
    )
    single_breaks = any(line.breaks_before == 1 for line in lines)
    if blank == 0:
        return SINGLE_LINE if single_breaks else BLANK_LINE
    return SINGLE_LINE if after_sentence > blank else BLANK_LINE


def _first_word_width(text: str, line: Line) -> int:
    return len(text[line.start : line.end].split(maxsplit=1)[0])


def _is_full(text: str, before: Line, after: Line, width: int) -> bool:
    """True when the first word of ``after`` would not have fitted after ``before`` within ``width``."""
    return before.width + 1 + _first_word_width(text, after) > width


def _wrap_width(text: str, lines: list[Line]) -> int | None:
    """The width the text is hard-wrapped at (its longest line), or None when it is not hard-wrapped.

    Example:
        >>> _wrap_width("Short\\nlines\\n", _lines("Short\\nlines\\n")) is None
        True
    """
    if not lines:
        return None
    width = max(line.width for line in lines)
    if width not in _WRAP_WIDTHS:
        return None
    pairs = [(before, line) for before, line in zip(lines, lines[1:]) if line.breaks_before == 1]
    full = sum(_is_full(text, before, after, width) for before, after in pairs)
    if full >= _MIN_FULL_LINES and full >= _FULL_SHARE * len(pairs):
        return width
    return None


#: case-folding that keeps ``re.IGNORECASE`` matches findable in lower case: the regex engine
#: also equates "ı" and "İ" with "i" and "ſ" with "s" (``str.lower`` alone does not)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FOLDED = ("\u0130", "\u0131", "\u017f")


def fold_case(text: str) -> str:
    """``text`` in lower case, with the letters ``re.IGNORECASE`` equates with "i" and "s"
    folded to them: offsets into it are offsets into ``text``, and a case-insensitive regex of
    ASCII letters matches ``text`` where its lower-case form matches ``fold_case(text)``.

    Example:
        >>> fold_case("İstanbul, ſeason")
        'istanbul, season'
    """
    folded = text.translate(_FOLD) if any(c in text for c in _FOLDED) else text  # translate is slow
    return folded.lower()


@dataclass(frozen=True)
class PhotoCredits:
    """How photo credits look (``data/text/photo_credits.csv``): the pattern, and its words in lower
    case for the quick tests before it."""

    pattern: re.Pattern[str]
    labels: tuple[str, ...]
    agencies: tuple[str, ...]


@data_cache
def photo_credits() -> PhotoCredits:
    """The photo credit pattern built from ``data/text/photo_credits.csv``: "(AP Photo / Jane Doe)",
    "Photo: Reuters", a line naming a picture agency.

    Example:
        >>> bool(photo_credits().pattern.search("Photo: Jane Doe")), photo_credits().agencies[0]
        (True, 'getty images')
    """
    rows = read_table("text", "photo_credits.csv")
    labels = [r["word"] for r in rows if r["kind"] == "label"]
    agencies = [r["word"] for r in rows if r["kind"] == "agency"]
    pattern = re.compile(
        r"\((?:[^()]*\b(?:" + "|".join(map(re.escape, labels)) + r"|Pool)\b[^()]*)\)\s*$"
        r"|^(?:" + "|".join(map(re.escape, labels)) + r")s?\s*(?:credit)?\s*:"
        r"|\b(?:" + "|".join(map(re.escape, agencies)) + r")\b",
        re.IGNORECASE,
    )
    return PhotoCredits(pattern, tuple(w.lower() for w in labels), tuple(w.lower() for w in agencies))


def is_photo_credit(line: str) -> bool:
    """Does ``line`` hold a photo credit (:func:`photo_credits`)?

    The same answer as ``photo_credits().pattern.search(line)``, faster: a credit holds "(", begins
    with "Photo" … or names an agency, which plain substring tests rule out for most lines before the
    regex (which tries its agency names at every character, in any case) runs.

    Example:
        >>> is_photo_credit("Rescuers at work. (AP Photo/Jane Doe)"), is_photo_credit("Rescuers at work.")
        (True, False)
    """
    credits = photo_credits()
    if "(" not in line:
        folded = fold_case(line)
        if not folded.startswith(credits.labels) and not any(agency in folded for agency in credits.agencies):
            return False
    return credits.pattern.search(line) is not None


def _meta_line(text: str, line: Line) -> bool:
    """A date line ("Updated: …"), a byline or a photo credit: a line of its own in any layout."""
    words = text[line.start : line.end]
    return bool(DATELINE.match(words) or BYLINE.match(words) or is_photo_credit(words))


def _indents_paragraphs(lines: list[Line]) -> bool:
    """True when first lines are indented: enough lines sit further right than the line before them.

    Example:
        >>> _indents_paragraphs(_lines("  One\\ntwo\\n  Three\\nfour\\n  Five\\nsix\\n  Seven\\n"))
        True
    """
    pairs = zip(lines, lines[1:])
    return sum(line.breaks_before == 1 and line.indent > before.indent for before, line in pairs) >= _MIN_FULL_LINES


def _joins(text: str, lines: list[Line], number: int, style: _Style) -> bool:
    """True when line ``number`` continues the paragraph of the line before it (a single break between)."""
    before, line = lines[number - 1], lines[number]
    if style.breaks == SINGLE_LINE:
        headline = number == 1 and style.wrap_width is None
        sentence_end = _ends_sentence(text, before) and not style.indented
        if headline or sentence_end or _meta_line(text, before):
            return False
    if not _ends_sentence(text, before) and text[line.start].islower():
        return True
    wrap_width = style.wrap_width
    return (
        wrap_width is not None
        and _is_full(text, before, line, wrap_width)
        and line.indent <= before.indent
        and not _meta_line(text, before)
    )
