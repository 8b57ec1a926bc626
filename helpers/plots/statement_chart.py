"""The statements figure: each statement's VADER score, one row per speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .axes import label_axes, new_axes, plain
from .palette import PALETTE

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes

__all__ = ["statement_scores_chart"]


def statement_scores_chart(
    scored: pd.DataFrame,
    speaker: str = "speaker_id",
    title: str = "Every statement's VADER compound score, by speaker",
    ax: Axes | None = None,
    column: str = "compound",
    names: dict[str, str] | None = None,
) -> Axes:
    """One row per speaker, one dot per statement (filled = direct, hollow = indirect), a bar for the mean.

    Args:
        scored: statements with ``compound`` (see :func:`helpers.sentiment.score`).
        speaker: the column naming the speaker (None → "(unknown)").
        column: the score to plot (``compound``, or e.g. ``compound_overlay``).
        names: readable labels for speaker ids (e.g. from ``actor_frame``: id → name).

    Example:
        >>> t = pd.DataFrame({"speaker_id": ["A", "A", "B"], "compound": [0.5, -0.2, 0.1],
        ...                   "kind": ["direct", "indirect", "direct"]})
        >>> statement_scores_chart(t).get_xlabel()
        'VADER compound score (−1 negative … +1 positive)'
    """
    who = scored[speaker].where(scored[speaker].notna() & (scored[speaker] != ""), "(unknown)")
    data = scored.assign(_who=who.astype(str))
    order = data.groupby("_who")[column].agg(["size", "mean"]).sort_values(["size", "mean"], ascending=[True, True], kind="stable")
    if ax is None:
        ax = new_axes((8, max(2.5, 0.45 * len(order) + 1.2)))
    rows = {name: i for i, name in enumerate(order.index)}
    ax.axvline(0, color="#999999", linewidth=0.8, zorder=0)
    for kind, filled in (("direct", True), ("indirect", False)):
        part = data[data.get("kind", pd.Series("direct", index=data.index)) == kind]
        if part.empty:
            continue
        offsets = part.groupby("_who").cumcount() % 3 * 0.12 - 0.12
        ys = part["_who"].map(rows) + offsets.to_numpy()
        ax.scatter(
            part[column], ys, s=46, label=f"{kind} statement",
            facecolors=PALETTE[0] if filled else "white", edgecolors=PALETTE[0], linewidths=1.4, zorder=3,
        )
    ax.scatter(order["mean"], range(len(order)), marker="|", s=420, color=PALETTE[5], linewidths=2.5, label="mean", zorder=2)
    labels = [plain(f"{(names or {}).get(name, name)} ({n})") for name, n in zip(order.index, order["size"])]
    ax.set_yticks(range(len(order)), labels)
    ax.set_xlim(-1.05, 1.05)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, "VADER compound score (−1 negative … +1 positive)", "speaker (statements)")
