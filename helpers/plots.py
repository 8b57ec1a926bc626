"""The figures the notebooks show. Every function draws on an ``Axes`` and returns it.

Colours come from the Okabe–Ito palette, which stays distinguishable for the common
forms of colour-blindness (Okabe & Ito 2008, "Color Universal Design"). Every figure
has a title and labelled axes.

Example:
    >>> import pandas as pd
    >>> ax = bar_chart(pd.Series({"Nato": 7, "Russia": 12}), title="Counts", xlabel="mentions")
    >>> ax.get_title(), ax.get_xlabel()
    ('Counts', 'mentions')
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

__all__ = ["PALETTE", "colour_for", "bar_chart", "label_axes"]

#: Okabe–Ito colours, most distinct first (black is kept for text and outlines).
PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#999999",  # grey (for "other")
)


def colour_for(index: int) -> str:
    """The palette colour for the ``index``-th category (cycling after eight)."""
    return PALETTE[index % len(PALETTE)]


def label_axes(ax: Axes, title: str, xlabel: str, ylabel: str) -> Axes:
    """Give ``ax`` its title and axis labels; return it."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def bar_chart(
    counts: pd.Series,
    title: str,
    xlabel: str = "count",
    ylabel: str = "",
    ax: Axes | None = None,
    colour: str = PALETTE[0],
) -> Axes:
    """A horizontal bar chart of ``counts``, largest at the top, each bar labelled with its value.

    Args:
        counts: values indexed by label (e.g. ``Counter`` turned into a Series).
        title, xlabel, ylabel: the figure's words.
        ax: where to draw; a new figure when None.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7, max(2.5, 0.35 * len(counts) + 1)))
    ordered = counts.sort_values(ascending=True)
    bars = ax.barh([str(i) for i in ordered.index], ordered.values, color=colour)
    ax.bar_label(bars, padding=3)
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, xlabel, ylabel)
