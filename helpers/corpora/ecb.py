r"""Read a news text of ECB+ (the EventCorefBank extended, CROMER XML) back into article text.

ECB+'s ``ecbplus`` texts are news pages of 2005 to 2013 that its authors found with Google Search, one XML file
each: the page's address as the first sentence, then the headline, date lines and the story, one token per
``<token>`` element with its sentence number. The corpus keeps no paragraphs, so a text is rebuilt as the CoNLL
reader rebuilds Reuters (:func:`helpers.corpora.conll.rebuild_text`): the headline first, then one paragraph per
sentence, a quotation over several sentences kept together. Hyphens, decimal points, the slashes and colons of
dates and clock times and the commas of thousands are joined to the words beside them ("Al-Masry", "5.9",
"11/27/2005", "7:21", "6,000"). The date is the first one a date line gives, else the page address's.

ECB+ keeps no spacing, so a dash between spaces that stood between two words is read as a hyphen ("Lawrence - Liam"
becomes "Lawrence-Liam"), and a comma before three digits as a thousands comma. The annotations in
``data/annotations/ecb_mentions.csv`` are offsets into this very text: change the rebuilding only with them.

Only the topics of ECB+'s development splits (1 to 35) may be read; the test topics (36 to 45) are reserved for
the independent evaluation and never read. The older ``ecb`` texts have no address, headline or date and are not
read either.

Example:
    >>> xml = '<Document doc_name="3_1ecbplus.xml">' + "".join(
    ...     f'<token t_id="{i}" sentence="{s}" number="{i}">{w}</token>' for i, (s, w) in enumerate([
    ...     (0, "http"), (0, ":"), (0, "/"), (0, "/"), (0, "news"), (0, "."), (0, "com"),
    ...     (1, "May"), (1, "03"), (1, ","), (1, "2013"), (2, "Kestrel"), (2, "wins"),
    ...     (3, "Al"), (3, "-"), (3, "Ruiz"), (3, "won"), (3, "5"), (3, "."), (3, "9"), (3, "points"), (3, ".")]))
    >>> article = read_ecb_document(xml, "3_1ecbplus.xml")
    >>> article.name, article.published
    ('ecb_3_1', '2013-05-03')
    >>> print(article.text)
    Kestrel wins
    <BLANKLINE>
    May 03, 2013
    <BLANKLINE>
    Al-Ruiz won 5.9 points.
    <BLANKLINE>
"""

from __future__ import annotations

import html
import re

from helpers.corpora.article import RebuiltArticle
from helpers.corpora.conll import rebuild_text
from helpers.dates import parse_date_phrase

#: ECB+'s topics that may be read for development (its usual train and dev topics).
ECB_DEVELOPMENT_TOPICS = range(1, 36)
#: ECB+'s test topics, reserved for an independent evaluation: never listed, read or scored.
ECB_TEST_TOPICS = range(36, 46)

_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+"\s*>([^<]*)</token>')
_NAME = re.compile(r"^(\d+)_(\d+)ecbplus\.xml$")
#: a sentence that is only a date line ("May 03, 2013", "Posted 11/27/2005 7:21 AM", "Updated …")
_DATE_LINE = re.compile(r"^(?:(?:Posted|Updated|Published|Last updated)\b.*|(?:\w+day,? )?\w+\.? \d{1,2},? \d{4}.*|\d{1,2}/\d{1,2}/\d{2,4}.*)$", re.I)
_URL_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d)[/-](?P<d>\d\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<mon>[a-z]{3})[a-z]*/(?P<d>\d\d?)/", re.I),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


class ReservedTopicError(ValueError):
    """An ECB+ text of a test topic (36 to 45) was asked for: those are never read."""


def ecb_topic(file_name: str) -> int | None:
    """The topic of an ``ecbplus`` file name ("3_1ecbplus.xml" → 3), or None for any other name.

    Example:
        >>> ecb_topic("3_1ecbplus.xml"), ecb_topic("3_1ecb.xml")
        (3, None)
    """
    match = _NAME.match(file_name)
    return int(match.group(1)) if match else None


def read_ecb_document(xml: str, file_name: str) -> RebuiltArticle | None:
    """The article text and date of one ECB+ ``ecbplus`` XML text (see the module's example), or None when
    neither a date line nor its address gives a date.

    Raises:
        ReservedTopicError: the file is of a test topic (36 to 45).
        ValueError: the name is no ``ecbplus`` file's, or the XML has no token.
    """
    topic = ecb_topic(file_name)
    if topic is None:
        raise ValueError(f"{file_name} is no ECB+ 'ecbplus' text (named like 3_1ecbplus.xml).")
    if topic not in ECB_DEVELOPMENT_TOPICS:
        raise ReservedTopicError(f"{file_name} is of ECB+'s test topic {topic}: only topics 1 to 35 are read.")
    sentences: dict[int, list[str]] = {}
    for number, token in _TOKEN.findall(xml):
        sentences.setdefault(int(number), []).append(html.unescape(token))
    if not sentences:
        raise ValueError(f"{file_name} has no <token> element: it is no ECB+ XML text.")
    ordered = [joined_tokens(tokens) for _, tokens in sorted(sentences.items())]
    address = "".join(ordered[0]) if ordered[0] and ordered[0][0].lower().startswith("http") else ""
    body = ordered[1:] if address else ordered
    date_lines = [tokens for tokens in body[:4] if _DATE_LINE.match(" ".join(tokens).replace(" ,", ","))]
    from_address = _date_of_address(address)
    published = next((d for d in (_date_of_line(line, from_address) for line in date_lines) if d), None) or from_address
    if not published or not body:
        return None
    headline = next((tokens for tokens in body if not any(tokens is line for line in date_lines)), body[0])
    rest = [tokens for tokens in body if tokens is not headline]
    name = "ecb_" + file_name[: -len("ecbplus.xml")]
    return RebuiltArticle(name, published, rebuild_text([headline, *rest]))


def joined_tokens(tokens: list[str]) -> list[str]:
    """The tokens with hyphens joined to the words beside them ("Al", "-", "Masry" → "Al-Masry") and decimal
    points, slashes and colons joined between digits ("5", ".", "9" → "5.9"; "7", ":", "21" → "7:21"), and a comma
    between digits when three follow ("1", ",", "500" → "1,500").

    Example:
        >>> joined_tokens(["Al", "-", "Masry", "said", "5", ".", "9", "on", "11", "/", "27", "-", "-", "yes"])
        ['Al-Masry', 'said', '5.9', 'on', '11/27', '-', '-', 'yes']
        >>> joined_tokens(["11", "/", "27", "/", "2005", "7", ":", "21", "AM"])
        ['11/27/2005', '7:21', 'AM']
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        joins = out and i + 1 < len(tokens) and (
            token == "-" and out[-1][-1:].isalnum() and tokens[i + 1][:1].isalnum()
            or token in {".", "/", ":", ","} and out[-1][-1:].isdigit() and tokens[i + 1].isdigit() and (token != "," or len(tokens[i + 1]) == 3))
        if joins:
            out[-1] += token + tokens[i + 1]
            i += 2
        else:
            out.append(token)
            i += 1
    return out


_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _date_of_line(tokens: list[str], from_address: str | None = None) -> str | None:
    """The date a date line writes: in words ("May 03, 2013"), or in figures ("11/27/2005"): day first when the
    first number is over 12, month first when the second is; when both can be months, the address's date if it is
    one of the two readings, else month first (most of ECB+'s pages are American).

    Example:
        >>> _date_of_line(["Posted", "27/11/2005"]), _date_of_line(["05/03/2013"]), _date_of_line(["05/03/2013"], "2013-03-05")
        ('2005-11-27', '2013-05-03', '2013-03-05')
    """
    line = " ".join(tokens).replace(" ,", ",")
    found = parse_date_phrase(line)
    if found:
        return found[0].isoformat()
    match = _NUMERIC_DATE.search(line)
    if not match:
        return None
    first, second, year = (int(g) for g in match.groups())
    readings = [f"{year:04d}-{m:02d}-{d:02d}" for m, d in ((first, second), (second, first)) if 1 <= m <= 12 and 1 <= d <= 31]
    return from_address if from_address in readings else (readings[0] if readings else None)


def _date_of_address(address: str) -> str | None:
    for pattern in _URL_DATES:
        match = pattern.search(address)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else _MONTHS.get(parts["mon"][:3].lower())
        year, day = int(parts["y"]), int(parts["d"])
        if month and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None
