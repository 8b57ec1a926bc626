"""The timeline figure: dated events on a time axis, broken where years are far apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .axes import new_axes, plain
from .palette import colour_for

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["timeline_chart", "TIMELINE_STYLES"]


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
    figure: Figure | None = None,
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
        figure: draw the panels into this (empty) figure, e.g. a bare
            :class:`matplotlib.figure.Figure` that pyplot never sees; a new pyplot figure when None.

    Returns:
        The first (leftmost) panel's Axes; ``ax.figure.axes`` holds every panel.
    """
    frame = events.reset_index(drop=True)
    starts = pd.to_datetime(frame["interval_start"])
    ends = pd.to_datetime(frame["interval_end"])
    clusters = _clusters(starts, ends, gap_days)
    if ax is not None or len(clusters) <= 1:
        clusters = [list(frame.index)] if len(frame) else [[]]
    axes = _panels(clusters, (10, 0.42 * len(frame) + 1.6), ax, figure)
    rows = {i: n for n, i in enumerate(starts.sort_values(kind="stable").index)}
    for panel, members in zip(axes, clusters):
        _draw_events(panel, frame, starts, ends, rows)
        _date_axis(panel, starts[members], ends[members], maxticks=4 if len(axes) > 1 else 7)
    first = axes[0]
    first.set_yticks(range(len(frame)))
    first.set_yticklabels([plain(f"{frame.at[i, 'label']}  ({frame.at[i, 'date']})") for i in sorted(rows, key=rows.get)])
    first.set_ylim(len(frame) - 0.5, -0.5)
    _break_marks(axes)
    _legend(first, frame["granularity"])
    first.set_title(title)
    first.title.set_x(0.0)  # left-aligned over the panels (get_title() still returns it)
    first.title.set_horizontalalignment("left")
    first.set_ylabel("event")
    return first


def _clusters(starts: pd.Series, ends: pd.Series, gap_days: int) -> list[list[int]]:
    """The events' row numbers in date order, split wherever ``gap_days`` pass with no event."""
    clusters: list[list[int]] = []
    for i in starts.sort_values(kind="stable").index:
        if clusters and starts[i] - max(ends[j] for j in clusters[-1]) <= pd.Timedelta(days=gap_days):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    return clusters


def _draw_events(panel: Axes, frame: pd.DataFrame, starts: pd.Series, ends: pd.Series, rows: dict[int, int]) -> None:
    """Every event on ``panel``: a dot for a day, a bar over a week or month, a paler bar for longer."""
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


def _date_axis(panel: Axes, starts: pd.Series, ends: pd.Series, maxticks: int) -> None:
    """Fit ``panel``'s x axis to its events (``starts``/``ends``) with concise date ticks."""
    import matplotlib.dates as mdates

    if len(starts):
        low, high = min(starts), max(ends)
        pad = max((high - low) * 0.06, pd.Timedelta(days=2))
        panel.set_xlim(low - pad, high + pad)
    locator = mdates.AutoDateLocator(maxticks=maxticks)
    panel.xaxis.set_major_locator(locator)
    panel.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    panel.grid(axis="x", alpha=0.3)
    panel.set_xlabel("date")


def _break_marks(axes: list[Axes]) -> None:
    """The // marks of a broken axis between neighbouring panels."""
    for left, right in zip(axes, axes[1:]):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(left=False)
        for panel, x in ((left, 1), (right, 0)):
            panel.plot([x - 0.012, x + 0.012], [-0.02, 0.02], transform=panel.transAxes, color="black", clip_on=False, lw=1)
            panel.plot([x - 0.012, x + 0.012], [0.98, 1.02], transform=panel.transAxes, color="black", clip_on=False, lw=1)


def _legend(first: Axes, granularities: pd.Series) -> None:
    """One legend entry per kind of mark the figure uses, below the panels."""
    from matplotlib.lines import Line2D

    seen = {}
    for style, colour, text in TIMELINE_STYLES.values():
        if text not in seen and any(TIMELINE_STYLES.get(g, ("", -1, ""))[2] == text for g in granularities):
            marker = "o" if style == "dot" else "s"
            seen[text] = Line2D([], [], marker=marker, linestyle="", color=colour_for(colour), markersize=8, label=text)
    if seen:
        first.figure.legend(
            handles=list(seen.values()), loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(seen), frameon=False
        )


def _panels(clusters: list[list[int]], figsize: tuple[float, float], ax: Axes | None, figure: Figure | None) -> list[Axes]:
    """One Axes per cluster of events, side by side with a shared y axis (``ax`` alone when given)."""
    if ax is not None:
        return [ax]
    if len(clusters) <= 1:
        return [figure.subplots() if figure is not None else new_axes(figsize)]
    layout = {
        "sharey": True,
        "squeeze": False,
        # busier stretches get more room
        "gridspec_kw": {"width_ratios": [min(4, max(1, len(c))) for c in clusters], "wspace": 0.06},
    }
    if figure is None:
        import matplotlib.pyplot as plt

        figure = plt.figure(figsize=figsize)
    return list(figure.subplots(1, len(clusters), **layout)[0])
