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


__all__ += ["timeline_chart", "TIMELINE_STYLES"]

#: How each granularity of a date is drawn on a timeline: (style, palette index, legend text).
TIMELINE_STYLES = {
    "time": ("dot", 0, "a day (or a time on it)"),
    "day": ("dot", 0, "a day (or a time on it)"),
    "week": ("bar", 4, "a week"),
    "month": ("bar", 1, "a month"),
    "season": ("bar", 3, "a season or year"),
    "year": ("bar", 3, "a season or year"),
    "decade": ("bar", 7, "a decade or century"),
    "century": ("bar", 7, "a decade or century"),
}


def timeline_chart(
    events: pd.DataFrame,
    title: str = "Timeline of the article",
    gap_days: int = 730,
    ax: Axes | None = None,
) -> Axes:
    """Draw dated events on a time axis, one row per event, broken where years are far apart.

    Each event is a row labelled with its label and date, so labels never overlap. A day is a
    dot; a week or month is a bar over its stretch; a season or year is a paler, wider bar.
    Events more than ``gap_days`` apart go into separate panels side by side (a broken axis),
    so 2014 and 2022 do not squash the 2022 days into one point.

    Args:
        events: the frame :func:`helpers.timeline.events` returns (``date``, ``granularity``,
            ``interval_start``, ``interval_end``, ``label``).
        title: the figure's title.
        gap_days: the smallest gap, in days, that splits the axis.
        ax: draw into this Axes (one panel, no break); a new figure when None.

    Returns:
        The first (leftmost) panel's Axes; ``ax.figure.axes`` holds every panel.
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    frame = events.reset_index(drop=True)
    starts = pd.to_datetime(frame["interval_start"])
    ends = pd.to_datetime(frame["interval_end"])
    clusters: list[list[int]] = []
    for i in starts.sort_values(kind="stable").index:
        if clusters and starts[i] - max(ends[j] for j in clusters[-1]) <= pd.Timedelta(days=gap_days):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    if ax is not None or len(clusters) <= 1:
        clusters = [list(frame.index)] if len(frame) else [[]]
        if ax is None:
            _, ax = plt.subplots(figsize=(10, 0.42 * len(frame) + 1.6))
        axes = [ax]
    else:
        ratios = [min(4, max(1, len(c))) for c in clusters]  # busier stretches get more room
        _, axes = plt.subplots(
            1, len(clusters), sharey=True, figsize=(10, 0.42 * len(frame) + 1.6),
            gridspec_kw={"width_ratios": ratios, "wspace": 0.06},
        )
        axes = list(axes)
    rows = {i: n for n, i in enumerate(starts.sort_values(kind="stable").index)}
    for panel, members in zip(axes, clusters):
        for i in frame.index:
            style, colour, _ = TIMELINE_STYLES.get(frame.at[i, "granularity"], ("bar", 7, ""))
            y = rows[i]
            if style == "dot":
                middle = starts[i] + (ends[i] - starts[i]) / 2
                panel.plot([middle], [y], "o", color=colour_for(colour), markersize=8, zorder=3)
            else:
                pale = frame.at[i, "granularity"] in ("season", "year", "decade", "century")
                panel.barh(
                    y, ends[i] - starts[i], left=starts[i], height=0.5 if not pale else 0.7,
                    color=colour_for(colour), alpha=0.45 if pale else 0.9, edgecolor="black", linewidth=0.5,
                )
        if members:
            low, high = min(starts[members]), max(ends[members])
            pad = max((high - low) * 0.06, pd.Timedelta(days=2))
            panel.set_xlim(low - pad, high + pad)
        locator = mdates.AutoDateLocator(maxticks=4 if len(axes) > 1 else 7)
        panel.xaxis.set_major_locator(locator)
        panel.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        panel.grid(axis="x", alpha=0.3)
        panel.set_xlabel("date")
    first = axes[0]
    first.set_yticks(range(len(frame)))
    first.set_yticklabels([f"{frame.at[i, 'label']}  ({frame.at[i, 'date']})" for i in sorted(rows, key=rows.get)])
    first.set_ylim(len(frame) - 0.5, -0.5)
    for left, right in zip(axes, axes[1:]):  # the break marks between panels
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(left=False)
        for panel, x in ((left, 1), (right, 0)):
            panel.plot([x - 0.012, x + 0.012], [-0.02, 0.02], transform=panel.transAxes, color="black", clip_on=False, lw=1)
            panel.plot([x - 0.012, x + 0.012], [0.98, 1.02], transform=panel.transAxes, color="black", clip_on=False, lw=1)
    seen = {}
    for style, colour, text in TIMELINE_STYLES.values():
        if text not in seen and any(TIMELINE_STYLES.get(g, ("", -1, ""))[2] == text for g in frame["granularity"]):
            marker = "o" if style == "dot" else "s"
            seen[text] = Line2D([], [], marker=marker, linestyle="", color=colour_for(colour), markersize=8, label=text)
    if seen:
        first.figure.legend(
            handles=list(seen.values()), loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(seen), frameon=False
        )
    first.set_title(title)
    first.title.set_x(0.0)  # left-aligned over the panels (get_title() still returns it)
    first.title.set_horizontalalignment("left")
    first.set_ylabel("event")
    return first


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
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(order) + 1.2)))
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
    labels = [f"{(names or {}).get(name, name)} ({n})" for name, n in zip(order.index, order["size"])]
    ax.set_yticks(range(len(order)), labels)
    ax.set_xlim(-1.05, 1.05)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, "VADER compound score (−1 negative … +1 positive)", "speaker (statements)")


__all__ += ["cooccurrence_heatmap", "mention_strip"]

#: thin ticks need contrast on white: the palette without its yellow
_STRIP_COLOURS = tuple(c for c in PALETTE if c != "#F0E442")


def cooccurrence_heatmap(matrix: pd.DataFrame, title: str, ax: Axes | None = None, label: str = "sentences together") -> Axes:
    """A heatmap of who appears with whom (e.g. :func:`helpers.actors.cooccurrence`), counts written in the cells.

    Args:
        matrix: a square DataFrame of counts, the same labels on both axes.
        title: the figure's title.
        ax: where to draw; a new figure when None.
        label: what a cell counts (the colour bar's label).

    Example:
        >>> m = pd.DataFrame([[2, 1], [1, 1]], index=["RUS", "UKR"], columns=["RUS", "UKR"])
        >>> cooccurrence_heatmap(m, title="Together").get_title()
        'Together'
    """
    from matplotlib.colors import LinearSegmentedColormap

    if ax is None:
        size = max(3.5, 0.55 * len(matrix) + 1.5)
        _, ax = plt.subplots(figsize=(size + 1, size))
    cmap = LinearSegmentedColormap.from_list("okabe_blue", ["#FFFFFF", PALETTE[4], PALETTE[0]])
    image = ax.imshow(matrix.values, cmap=cmap, vmin=0)
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index])
    top = matrix.values.max() if matrix.size else 0
    for (r, c), value in pd.DataFrame(matrix.values).stack().items():
        ax.text(c, r, str(value), ha="center", va="center", fontsize=8, color="white" if value > top * 0.6 else "black")
    ax.figure.colorbar(image, ax=ax, shrink=0.8, label=label)
    return label_axes(ax, title, "actor", "actor")


def mention_strip(mentions: pd.DataFrame, text_length: int, title: str, order: list[str] | None = None, ax: Axes | None = None) -> Axes:
    """Where in the article each actor is mentioned: one row per actor, one tick per mention.

    Args:
        mentions: a DataFrame with ``start`` and ``actor_id`` (e.g. :func:`helpers.actors.find_mentions`).
        text_length: the article's length in characters (the x axis runs from 0 to it).
        title: the figure's title.
        order: the actors to show, top row first (default: all, most mentioned first).
        ax: where to draw; a new figure when None.

    Example:
        >>> m = pd.DataFrame({"start": [0, 40, 90], "actor_id": ["RUS", "UKR", "RUS"]})
        >>> mention_strip(m, 100, title="Where").get_yticklabels()[0].get_text()
        'RUS'
    """
    if order is None:
        order = mentions["actor_id"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.4 * len(order) + 1)))
    for row, actor in enumerate(order):
        starts = mentions.loc[mentions["actor_id"] == actor, "start"]
        ax.scatter(starts, [row] * len(starts), marker="|", s=250, linewidths=2, color=_STRIP_COLOURS[row % len(_STRIP_COLOURS)])
    ax.set_yticks(range(len(order)), [str(a) for a in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, text_length)
    ax.spines[["top", "right"]].set_visible(False)
    return label_axes(ax, title, "position in the article (characters from the start)", "actor")


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
        _, ax = plt.subplots(figsize=(8, 0.55 * len(scores) + 1.5))
    labels = [f"{t} · {s}" for t, s in zip(scores["task"], scores["subset"])]
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
