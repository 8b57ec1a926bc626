"""The evaluation figure: how often the helpers are right, task by task."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .axes import label_axes, new_axes, plain
from .palette import PALETTE

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes

__all__ = ["scores_chart"]


def scores_chart(scores: pd.DataFrame, title: str = "How often the helpers are right", ax: Axes | None = None) -> Axes:
    """Grouped horizontal bars: span F1 ("found") and F1 with the right value/actor/speaker, per row.

    Args:
        scores: the ``scores`` table of :func:`helpers.evaluate.evaluate_article` (or
            :func:`~helpers.evaluate.evaluate_collection`): ``task``, ``subset``, ``f1``,
            ``attribute_f1``, ``measure``.
        title: the figure's title.
        ax: where to draw; a new figure when None.

    Example:
        >>> s = pd.DataFrame({"task": ["statements"], "subset": ["all"], "f1": [0.9], "attribute_f1": [0.8], "measure": ["speaker"]})
        >>> scores_chart(s).get_xlabel()
        'F1 (0 = never right, 1 = always right)'
    """
    if ax is None:
        ax = new_axes((8, 0.55 * len(scores) + 1.5))
    labels = [plain(f"{t} · {s}") for t, s in zip(scores["task"], scores["subset"])]
    rows = range(len(scores))[::-1]
    height = 0.38
    found = ax.barh([r + height / 2 for r in rows], scores["f1"], height, color=PALETTE[0], label="found (span F1)")
    right = ax.barh(
        [r - height / 2 for r in rows], scores["attribute_f1"].astype(float), height, color=PALETTE[1],
        label="found and right value / actor / speaker (F1)",
    )
    ax.bar_label(found, fmt="%.2f", padding=2, fontsize="small")
    ax.bar_label(right, fmt="%.2f", padding=2, fontsize="small")
    ax.set_yticks(list(rows), labels)
    ax.set_xlim(0, 1.12)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, "F1 (0 = never right, 1 = always right)", "task · subset")
