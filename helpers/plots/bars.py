"""Bar charts of counts (who appears most, the most frequent words).

Example:
    >>> ax = bar_chart(pd.Series({"Nato": 7, "Russia": 12}), title="Counts", xlabel="mentions")
    >>> ax.get_title(), ax.get_xlabel()
    ('Counts', 'mentions')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .axes import label_axes, new_axes, plain
from .palette import PALETTE

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes

__all__ = ["bar_chart"]


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
        ax = new_axes((7, max(2.5, 0.35 * len(counts) + 1)))
    ordered = counts.sort_values(ascending=False, kind="stable").iloc[::-1]  # ties keep their order on every pandas
    bars = ax.barh([plain(i) for i in ordered.index], ordered.values, color=colour)
    ax.bar_label(bars, padding=3)
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, xlabel, ylabel)
