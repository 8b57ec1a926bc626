"""Every figure the notebooks show has a title and labelled axes, and uses the colour-blind-safe palette."""

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from conftest import DATA
from helpers import events, find_mentions
from helpers.actors import cooccurrence, count_actors
from helpers.plots import (
    PALETTE,
    bar_chart,
    cooccurrence_heatmap,
    mention_strip,
    statement_scores_chart,
    timeline_chart,
)
from helpers.sentiment import score
from helpers.statements import find_statements


@pytest.fixture(scope="module")
def mentions(article):
    return find_mentions(article, DATA / "actors.csv")


def figures(article, mentions):
    yield "bar", lambda: bar_chart(count_actors(mentions).head(5), title="Who", xlabel="mentions", ylabel="actor")
    yield "timeline", lambda: timeline_chart(events(article))
    yield "heatmap", lambda: cooccurrence_heatmap(cooccurrence(mentions, top=5), title="Together")
    yield "strip", lambda: mention_strip(mentions, len(article.text), title="Where", order=list(count_actors(mentions).index[:5]))
    yield "scores", lambda: statement_scores_chart(score(find_statements(article, mentions=mentions)))


def test_every_figure_has_title_and_axis_labels(article, mentions):
    for name, draw in figures(article, mentions):
        ax = draw()
        assert ax.get_title(), name
        assert ax.get_xlabel() and ax.get_ylabel(), name
        plt.close(ax.figure)


def test_timeline_breaks_its_axis_between_2014_and_2022(article):
    ax = timeline_chart(events(article))
    assert len(ax.figure.axes) >= 2  # two panels: 2014 and 2022
    plt.close(ax.figure)


def test_bars_use_the_palette():
    ax = bar_chart(pd.Series({"a": 1, "b": 2}), title="t", xlabel="x", ylabel="y")
    colours = {mcolors.to_hex(p.get_facecolor()).upper() for p in ax.patches}
    assert colours <= {c.upper() for c in PALETTE}
    plt.close(ax.figure)


def test_dollar_signs_from_an_article_are_printed_not_typeset():
    ax = bar_chart(pd.Series({"costs $5bn, not $3bn": 2, "a $\\frac{ b$": 1}), title="t", xlabel="x", ylabel="y")
    ax.figure.canvas.draw()  # mathtext would fail here on "\frac{"
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert "costs \\$5bn, not \\$3bn" in labels
    plt.close(ax.figure)


def test_the_strip_gives_eight_actors_eight_colours_and_their_names(article, mentions):
    order = list(count_actors(mentions).index[:8])
    names = {"RUS": "Russia", "NATO": "Nato"}
    ax = mention_strip(mentions, len(article.text), title="Where", order=order, names=names)
    colours = [mcolors.to_hex(c.get_facecolor()[0]) for c in ax.collections]
    assert len(set(colours)) == len(order) == 8
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert "Russia" in labels and "RUS" not in labels
    plt.close(ax.figure)


def test_the_heatmap_shows_names_not_ids(mentions):
    ax = cooccurrence_heatmap(cooccurrence(mentions, top=3), title="Together", names={"RUS": "Russia"})
    assert "Russia" in [label.get_text() for label in ax.get_xticklabels()]
    plt.close(ax.figure)


def test_the_timeline_gives_a_busy_week_its_own_panel():
    rows = pd.DataFrame({
        "date": ["2019", "2024", "2024-03-05", "2024-03-06", "2024-03-07", "2028"],
        "granularity": ["year", "year", "day", "day", "day", "year"],
        "label": list("abcdef"),
    })
    spans = [("2019-01-01", "2020-01-01"), ("2024-01-01", "2025-01-01"), ("2024-03-05", "2024-03-06"),
             ("2024-03-06", "2024-03-07"), ("2024-03-07", "2024-03-08"), ("2028-01-01", "2029-01-01")]
    rows["interval_start"] = pd.to_datetime([s for s, _ in spans])
    rows["interval_end"] = pd.to_datetime([e for _, e in spans])
    ax = timeline_chart(rows, title="Busy week")
    narrowest = min(panel.get_xlim()[1] - panel.get_xlim()[0] for panel in ax.figure.axes)
    assert len(ax.figure.axes) >= 3 and narrowest < 60  # the three days get a panel of weeks, not years
    assert not ax.figure.axes[0].spines["top"].get_visible()  # break marks sit on the date axis, below the title
    plt.close(ax.figure)
