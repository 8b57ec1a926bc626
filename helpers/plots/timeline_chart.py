"""The timeline figure: dated events on a time axis, broken where the largest stretches of nothing are.

Example:
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"date": ["2014", "2022-01-31", "2022-02"], "granularity": ["year", "day", "month"],
    ...     "interval_start": pd.to_datetime(["2014-01-01", "2022-01-31", "2022-02-01"]),
    ...     "interval_end": pd.to_datetime(["2015-01-01", "2022-02-01", "2022-03-01"]),
    ...     "label": ["Russia: annexed Crimea", "UN: met", "Russia: presides"]})
    >>> ax = timeline_chart(rows, title="When")
    >>> len(ax.figure.axes), ax.get_title()
    (2, 'When')
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

import pandas as pd

from .axes import new_axes, plain
from .palette import colour_for

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["timeline_chart", "TIMELINE_STYLES", "BREAK_COST"]

#: what one break of the axis costs, in units of :func:`_squash` (a tenfold squash of one event is 1)
BREAK_COST = 2.0
#: the most breaks a timeline's axis gets (so at most MAX_BREAKS + 1 panels)
MAX_BREAKS = 3
#: granularities drawn as pale bars, which a break may cut through
PALE = ("season", "year", "decade", "century")


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
    gap_days: int = 30,
    ax: Axes | None = None,
    figure: Figure | None = None,
) -> Axes:
    """Draw dated events on a time axis, one row per event, broken where long stretches pass without one.

    Each event is a row labelled with its label and date (``when`` when the frame has it, "31 Jan
    2022", else the TIMEX3 ``date``), so labels never overlap. A day is a dot; a week or month is a
    bar over its stretch; a season or year is a paler, wider bar. The axis is broken (panels side
    by side, at most four) where leaving out stretches with no event start or end makes the
    events most readable, so 2014 and 2022 do not squash the 2022 days into one point; a pale bar
    that runs across a break is drawn in each panel it crosses.

    Args:
        events: the frame :func:`helpers.timeline.events` returns (``date``, ``granularity``,
            ``interval_start``, ``interval_end``, ``label``; ``when`` if present).
        title: the figure's title.
        gap_days: the shortest stretch, in days, that the axis may leave out.
        ax: draw into this Axes (one panel, no break); a new figure when None.
        figure: draw the panels into this (empty) figure, e.g. a bare
            :class:`matplotlib.figure.Figure` that pyplot never sees; a new pyplot figure when None.

    Returns:
        The first (leftmost) panel's Axes; ``ax.figure.axes`` holds every panel.
    """
    frame = events.reset_index(drop=True)
    starts = pd.to_datetime(frame["interval_start"])
    ends = pd.to_datetime(frame["interval_end"])
    pale = frame["granularity"].isin(PALE).to_numpy()
    spans = [] if ax is not None or not len(frame) else _panel_spans(starts, ends, gap_days, pale)
    spans = spans if len(spans) > 1 else [(min(starts), max(ends))] if len(frame) else [None]
    # busier stretches get more room
    widths = [min(4, max(1, sum(span[0] <= t <= span[1] for t in starts))) if span else 1 for span in spans]
    axes = _panels(widths, (10, 0.42 * len(frame) + 1.6), ax, figure)
    rows = {i: n for n, i in enumerate(starts.sort_values(kind="stable").index)}
    for panel, span, width in zip(axes, spans, widths):
        _draw_events(panel, frame, starts, ends, rows, span)
        _date_axis(panel, span, maxticks=1 + width if len(axes) > 1 else 7)
    first = axes[0]
    dates = frame["when"] if "when" in frame.columns else frame["date"]
    first.set_yticks(range(len(frame)))
    first.set_yticklabels([plain(f"{frame.at[i, 'label']}  ({dates[i]})") for i in sorted(rows, key=rows.get)])
    first.set_ylim(len(frame) - 0.5, -0.5)
    _break_marks(axes)
    _legend(first, frame["granularity"])
    first.set_title(title, pad=10)
    first.title.set_x(0.0)  # left-aligned over the panels (get_title() still returns it)
    first.title.set_horizontalalignment("left")
    first.set_ylabel("event")
    return first


def _squash(starts: pd.Series, ends: pd.Series, spans: list[tuple[pd.Timestamp, pd.Timestamp]]) -> float:
    """How squashed the events look in these panels: the sum of log(panel length / event length)."""
    total = 0.0
    for start, end in zip(starts, ends):
        low, high = next((s for s in spans if s[0] <= start <= s[1]), spans[-1])
        length = max((high - low).days, 1)
        total += math.log10(length / max(min((end - start).days, length), 1))
    return total


def _panel_spans(starts: pd.Series, ends: pd.Series, gap_days: int, pale: object) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The stretches of time to draw: at most :data:`MAX_BREAKS` stretches left out, so the events look least squashed.

    A stretch may be left out when it lasts ``gap_days`` or more, no event starts or ends in it,
    only pale bars (a season, a year or longer: ``pale``) run across it, and it is longer than the
    shorter panel beside it; each break must pay for itself (a gain of :data:`BREAK_COST` in
    :func:`_squash`).
    """
    anchors = sorted(set(starts) | set(ends))
    sharp = ~pale
    gaps = [
        k for k in range(len(anchors) - 1)
        if (anchors[k + 1] - anchors[k]).days >= gap_days
        and not ((starts[sharp] <= anchors[k]) & (ends[sharp] >= anchors[k + 1])).any()
    ]

    def spans_for(cuts: tuple[int, ...]) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
        edges = [0] + [c for k in cuts for c in (k, k + 1)] + [len(anchors) - 1]
        return [(anchors[edges[i]], anchors[edges[i + 1]]) for i in range(0, len(edges), 2)]

    def allowed(spans: list[tuple[pd.Timestamp, pd.Timestamp]]) -> bool:
        return all(right[0] - left[1] > min(left[1] - left[0], right[1] - right[0]) for left, right in zip(spans, spans[1:]))

    best, best_score = spans_for(()), _squash(starts, ends, spans_for(()))
    for cuts in itertools.chain.from_iterable(itertools.combinations(gaps, n) for n in range(1, MAX_BREAKS + 1)):
        spans = spans_for(cuts)
        score = _squash(starts, ends, spans) + BREAK_COST * len(cuts)
        if allowed(spans) and score < best_score:
            best, best_score = spans, score
    return best


def _draw_events(panel: Axes, frame: pd.DataFrame, starts: pd.Series, ends: pd.Series, rows: dict[int, int], span: tuple | None) -> None:
    """The events of ``span`` on ``panel``: a dot for a day, a bar over a week or month, a paler bar for longer."""
    for i in frame.index:
        style, colour, _ = TIMELINE_STYLES.get(frame.at[i, "granularity"], ("bar", 7, ""))
        y = rows[i]
        middle = starts[i] + (ends[i] - starts[i]) / 2
        if span is not None and (ends[i] <= span[0] or starts[i] >= span[1] or (style == "dot" and not span[0] <= middle <= span[1])):
            continue  # another panel's event (a pale bar across a break is drawn in every panel it crosses)
        if style == "dot":
            panel.plot([middle], [y], "o", color=colour_for(colour), markersize=8, zorder=3)
        else:
            pale = frame.at[i, "granularity"] in PALE
            panel.barh(
                y, ends[i] - starts[i], left=starts[i], height=0.5 if not pale else 0.7,
                color=colour_for(colour), alpha=0.45 if pale else 0.9, edgecolor="black", linewidth=0.5,
            )


def _date_axis(panel: Axes, span: tuple[pd.Timestamp, pd.Timestamp] | None, maxticks: int) -> None:
    """Fit ``panel``'s x axis to ``span`` with one tick format: years, "Mar 2022" or "31 Jan"."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    locator = mdates.AutoDateLocator(maxticks=maxticks, minticks=2)
    panel.xaxis.set_major_locator(locator)
    xlabel = "date"
    if span is not None:
        low, high = span
        pad = max((high - low) * 0.06, pd.Timedelta(days=2))
        panel.set_xlim(low - pad, high + pad)
        days = (high - low).days
        if days > 330:
            locator = mdates.YearLocator(base=max(1, math.ceil(days / 365 / maxticks)))
            panel.xaxis.set_major_locator(locator)
            fmt = "{d.year}"
        elif days > 80:
            fmt = "{d:%b} {d.year}"
        else:
            fmt = "{d.day} {d:%b}"
            years = sorted({low.year, (high - pd.Timedelta(days=1)).year})
            xlabel = f"date ({'–'.join(map(str, years))})"
        panel.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: fmt.format(d=mdates.num2date(x))))
    panel.grid(axis="x", alpha=0.3)
    panel.set_xlabel(xlabel)


def _break_marks(axes: list[Axes]) -> None:
    """The // marks of a broken axis between neighbouring panels, on the date axis (below the events)."""
    for panel in axes:
        panel.spines["top"].set_visible(False)
    for left, right in zip(axes, axes[1:]):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(left=False)
        for panel, x in ((left, 1), (right, 0)):
            panel.plot([x - 0.012, x + 0.012], [-0.02, 0.02], transform=panel.transAxes, color="black", clip_on=False, lw=1)


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


def _panels(widths: list[int], figsize: tuple[float, float], ax: Axes | None, figure: Figure | None) -> list[Axes]:
    """One Axes per stretch of time, side by side with a shared y axis (``ax`` alone when given)."""
    if ax is not None:
        return [ax]
    if len(widths) <= 1:
        return [figure.subplots() if figure is not None else new_axes(figsize)]
    layout = {
        "sharey": True,
        "squeeze": False,
        "gridspec_kw": {"width_ratios": widths, "wspace": 0.25},
    }
    if figure is None:
        import matplotlib.pyplot as plt

        figure = plt.figure(figsize=figsize)
    return list(figure.subplots(1, len(widths), **layout)[0])
