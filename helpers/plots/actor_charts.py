"""The actor figures: who appears with whom (a heatmap) and where each actor is mentioned (a strip)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .axes import label_axes, new_axes, plain
from .palette import PALETTE, STRIP_COLOURS

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes

__all__ = ["cooccurrence_heatmap", "mention_strip"]


def cooccurrence_heatmap(
    matrix: pd.DataFrame, title: str, ax: Axes | None = None, label: str = "sentences together", names: dict[str, str] | None = None
) -> Axes:
    """A heatmap of who appears with whom (e.g. :func:`helpers.actors.cooccurrence`), counts written in the cells.

    Args:
        matrix: a square DataFrame of counts, the same labels on both axes.
        title: the figure's title.
        ax: where to draw; a new figure when None.
        label: what a cell counts (the colour bar's label).
        names: display names for the actor ids (id → name, e.g. from ``actor_frame``); ids without one show as they are.

    Example:
        >>> m = pd.DataFrame([[2, 1], [1, 1]], index=["RUS", "UKR"], columns=["RUS", "UKR"])
        >>> ax = cooccurrence_heatmap(m, title="Together", names={"RUS": "Russia", "UKR": "Ukraine"})
        >>> ax.get_title(), ax.get_yticklabels()[0].get_text()
        ('Together', 'Russia')
    """
    names = names or {}
    from matplotlib.colors import LinearSegmentedColormap

    if ax is None:
        size = max(3.5, 0.55 * len(matrix) + 1.5)
        ax = new_axes((size + 1, size))
    cmap = LinearSegmentedColormap.from_list("okabe_blue", ["#FFFFFF", PALETTE[4], PALETTE[0]])
    image = ax.imshow(matrix.values, cmap=cmap, vmin=0)
    ax.set_xticks(range(len(matrix.columns)), [plain(names.get(c, c)) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(len(matrix.index)), [plain(names.get(i, i)) for i in matrix.index])
    top = matrix.values.max() if matrix.size else 0
    for (r, c), value in pd.DataFrame(matrix.values).stack().items():
        ax.text(c, r, str(value), ha="center", va="center", fontsize=8, color="white" if value > top * 0.6 else "black")
    ax.figure.colorbar(image, ax=ax, shrink=0.8, label=label)
    return label_axes(ax, title, "actor", "actor")


def mention_strip(
    mentions: pd.DataFrame,
    text_length: int,
    title: str,
    order: list[str] | None = None,
    ax: Axes | None = None,
    names: dict[str, str] | None = None,
) -> Axes:
    """Where in the article each actor is mentioned: one row per actor, one tick per mention.

    Colours follow the rows' rank in the figure (the first row gets the palette's first colour),
    so the eight rows shown together never share a colour; a ninth row and beyond repeat the
    colours with a different mark.

    Args:
        mentions: a DataFrame with ``start`` and ``actor_id`` (e.g. :func:`helpers.actors.find_mentions`).
        text_length: the article's length in characters (the x axis runs from 0 to it).
        title: the figure's title.
        order: the actors to show, top row first (default: all, most mentioned first).
        ax: where to draw; a new figure when None.
        names: display names for the actor ids (id → name); ids without one show as they are.

    Example:
        >>> m = pd.DataFrame({"start": [0, 40, 90], "actor_id": ["RUS", "UKR", "RUS"]})
        >>> mention_strip(m, 100, title="Where", names={"RUS": "Russia"}).get_yticklabels()[0].get_text()
        'Russia'
    """
    names = names or {}
    if order is None:
        order = mentions["actor_id"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    if ax is None:
        ax = new_axes((8, max(2.5, 0.4 * len(order) + 1)))
    for row, actor in enumerate(order):
        starts = mentions.loc[mentions["actor_id"] == actor, "start"]
        marker = "|" if row < len(STRIP_COLOURS) else "x"
        ax.scatter(starts, [row] * len(starts), marker=marker, s=250 if marker == "|" else 60, linewidths=2,
                   color=STRIP_COLOURS[row % len(STRIP_COLOURS)])
    ax.set_yticks(range(len(order)), [plain(names.get(a, a)) for a in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, text_length)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, "position in the article (characters from the start)", "actor")
