"""The figures the notebooks show. Every function draws on an ``Axes`` and returns it.

One module per figure family: :mod:`~helpers.plots.bars` (counts),
:mod:`~helpers.plots.timeline_chart` (dated events), :mod:`~helpers.plots.actor_charts`
(who appears with whom, and where), :mod:`~helpers.plots.statement_chart` (each statement's
score), :mod:`~helpers.plots.score_chart` (how often the helpers are right). Colours come from
:mod:`~helpers.plots.palette` (Okabe–Ito, colour-blind safe). Every figure has a title and
labelled axes. matplotlib is imported on the first figure drawn, not by ``import helpers.plots``.

Example:
    >>> import pandas as pd
    >>> ax = bar_chart(pd.Series({"Nato": 7, "Russia": 12}), title="Counts", xlabel="mentions")
    >>> ax.get_title(), ax.get_xlabel()
    ('Counts', 'mentions')
"""

from .actor_charts import cooccurrence_heatmap, mention_strip
from .axes import label_axes, new_axes
from .bars import bar_chart
from .palette import PALETTE, STRIP_COLOURS, colour_for
from .score_chart import scores_chart
from .statement_chart import statement_scores_chart
from .timeline_chart import TIMELINE_STYLES, timeline_chart

__all__ = [
    "PALETTE",
    "STRIP_COLOURS",
    "colour_for",
    "label_axes",
    "new_axes",
    "bar_chart",
    "timeline_chart",
    "TIMELINE_STYLES",
    "statement_scores_chart",
    "cooccurrence_heatmap",
    "mention_strip",
    "scores_chart",
]
