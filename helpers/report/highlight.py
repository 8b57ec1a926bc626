"""Show spans on the article's own text as HTML, several layers at once.

Each layer is a DataFrame of spans (``start``, ``end``) plus a column that picks the colour
(a speaker, an actor, a kind). Characters are grouped into runs that share the same set of
spans, so nested and overlapping spans (a name inside a quote) render correctly. Everything
is HTML-escaped; line breaks are kept with ``white-space: pre-wrap``.

Example:
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"start": [4], "end": [9], "speaker": ["Putin"]})
    >>> html = highlight_html("Yes quote here", [Layer("statement", quotes, "speaker", style="background")])
    >>> 'title="statement: Putin"' in html and "quote" in html
    True
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..plots.palette import colour_for

__all__ = ["Layer", "highlight_html"]


@dataclass(frozen=True)
class Layer:
    """One kind of span to show.

    Attributes:
        name: what the spans are ("statement", "actor", "time").
        spans: a DataFrame with ``start`` and ``end``.
        label: the column naming each span's category (one colour per category).
        style: ``"background"`` (a tinted box), ``"underline"`` (a coloured underline),
            ``"outline"`` (a dashed frame) or ``"bold"`` (bold text in the colour).
    """

    name: str
    spans: pd.DataFrame
    label: str
    style: str = "background"


def _css(style: str, colour: str) -> str:
    if style == "background":
        return f"background:{colour}33;border-bottom:2px solid {colour}"
    if style == "underline":
        return f"text-decoration:underline 2px {colour};text-underline-offset:3px"
    if style == "outline":
        return f"outline:1px dashed {colour};outline-offset:1px"
    return f"font-weight:bold;color:{colour}"


def highlight_html(text: str, layers: Sequence[Layer], legend: bool = True) -> str:
    """The text as an HTML fragment with every layer's spans marked and a colour legend.

    Args:
        text: the article's text (offsets index it).
        layers: what to mark; later layers are drawn inside earlier ones.
        legend: add a legend of the categories and their colours above the text.
    """
    colours: dict[tuple[str, str], str] = {}
    marks: list[list[tuple[int, str, str]]] = [[] for _ in range(len(text) + 1)]
    for depth, layer in enumerate(layers):
        categories = sorted({str(v) for v in layer.spans[layer.label].fillna("(unknown)")})
        for index, category in enumerate(categories):
            colours[(layer.name, category)] = colour_for(index + depth * 3)
        for row in layer.spans.itertuples(index=False):
            category = str(getattr(row, layer.label)) if pd.notna(getattr(row, layer.label)) else "(unknown)"
            for position in range(max(0, row.start), min(len(text), row.end)):
                marks[position].append((depth, layer.name, category))
    pieces = []
    run_start = 0
    for position in range(1, len(text) + 1):
        if position == len(text) or marks[position] != marks[run_start]:
            chunk = html_lib.escape(text[run_start:position])
            for depth, name, category in reversed(marks[run_start]):
                style = _css(layers[depth].style, colours[(name, category)])
                title = html_lib.escape(f"{name}: {category}", quote=True)
                chunk = f'<span style="{style}" title="{title}">{chunk}</span>'
            pieces.append(chunk)
            run_start = position
    body = '<div style="white-space:pre-wrap;line-height:1.7;font-family:Georgia,serif">' + "".join(pieces) + "</div>"
    if not legend:
        return body
    style_of = {layer.name: layer.style for layer in layers}
    keys = " ".join(
        f'<span style="{_css(style_of[name], colour)};padding:0 4px">'
        f"{html_lib.escape(name)}: {html_lib.escape(category)}</span>"
        for (name, category), colour in colours.items()
    )
    return f'<div style="margin-bottom:8px;font-family:sans-serif;font-size:90%">{keys}</div>{body}'
