"""Read a TimeML file (TimeBank, AQUAINT, TempEval-3) into the article text and gold time expressions.

The article text is exactly the character content of the ``TEXT`` element (markup removed,
XML entities decoded, line breaks untouched); each ``TIMEX3`` inside it becomes a gold span with
offsets into that text. The ``DCT`` (document creation time) is the publication date.

Example:
    >>> doc = parse_timeml(
    ...     '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>'
    ...     '<TEXT>Talks resumed <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>'
    ...     '</TimeML>', name="demo.tml")
    >>> doc.text, doc.published
    ('Talks resumed yesterday.', '1998-01-08')
    >>> doc.gold["timexes"][["start", "end", "text", "type", "value"]].values.tolist()
    [[14, 23, 'yesterday', 'DATE', '1998-01-07']]
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..resources import HelpersError

__all__ = ["TimemlDocument", "parse_timeml", "read_timeml"]

TIMEX_COLUMNS = ["start", "end", "text", "type", "value"]


@dataclass(frozen=True)
class TimemlDocument:
    """One TimeML article: its text, publication date and gold layers.

    Attributes:
        name: the file name (e.g. ``ABC19980108.1830.0711.tml``).
        text: the ``TEXT`` element's characters, as the offsets count them.
        published: the DCT as ``YYYY-MM-DD``.
        gold: the gold layers in the form :func:`helpers.evaluate.read_gold_json` returns:
            ``meta``, ``timexes`` (``start, end, text, type, value``) and empty ``mentions``,
            ``actors`` and ``statements``.
    """

    name: str
    text: str
    published: str
    gold: dict = field(repr=False)


def parse_timeml(markup: str, name: str = "<timeml>") -> TimemlDocument:
    """Parse TimeML markup (a whole ``.tml`` file as a string) into a :class:`TimemlDocument`.

    Raises:
        HelpersError: the markup is not XML, or has no ``TEXT`` element or no dated ``DCT``.
    """
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as err:
        raise HelpersError(f"{name} is not valid TimeML XML ({err}): check the file is a TimeML .tml file.") from None
    body = root.find(".//TEXT")
    if body is None:
        raise HelpersError(f"{name} has no <TEXT> element: a TimeML file holds its article in <TEXT>…</TEXT>.")
    chunks: list[str] = []
    rows: list[dict] = []
    _collect(body, chunks, rows, is_root=True)
    text = "".join(chunks)
    published = _dct(root, name)
    timexes = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    timexes = timexes.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    empty = pd.DataFrame()
    gold = {
        "meta": {"source": name, "publication_date": published},
        "timexes": timexes,
        "mentions": empty,
        "actors": empty,
        "statements": empty,
    }
    return TimemlDocument(name=name, text=text, published=published, gold=gold)


def _collect(element: ET.Element, chunks: list[str], rows: list[dict], is_root: bool = False) -> None:
    """Append the element's characters to ``chunks`` (and its TIMEX3 spans to ``rows``), tail excluded."""
    start = sum(len(c) for c in chunks)
    chunks.append(element.text or "")
    for child in element:
        _collect(child, chunks, rows)
        chunks.append(child.tail or "")
    if not is_root and element.tag == "TIMEX3":
        end = sum(len(c) for c in chunks)
        rows.append({
            "start": start,
            "end": end,
            "text": "".join(element.itertext()),
            "type": element.get("type", ""),
            "value": element.get("value", ""),
        })


def _dct(root: ET.Element, name: str) -> str:
    timex = root.find(".//DCT/TIMEX3")
    value = (timex.get("value") or "")[:10] if timex is not None else ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HelpersError(
            f"{name} has no dated <DCT> (document creation time) TIMEX3: add one with value='YYYY-MM-DD'."
        ) from None


def read_timeml(path: str | Path) -> TimemlDocument:
    """Read a ``.tml`` file (UTF-8) into a :class:`TimemlDocument`.

    Raises:
        HelpersError: the file cannot be read or is not TimeML (the message says which).
    """
    path = Path(path)
    try:
        markup = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise HelpersError(f"Cannot read the TimeML file {path} ({err}): check the path and that it is UTF-8.") from None
    return parse_timeml(markup, name=path.name)
