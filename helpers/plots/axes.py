"""What every figure shares: a new Axes when none is given, and a title with labelled axes.

matplotlib's pyplot is imported here, on the first figure drawn, not when :mod:`helpers.plots`
is imported: the JSON and Markdown reports never load matplotlib.

Example:
    >>> ax = label_axes(new_axes((4, 3)), "Counts", "mentions", "actor")
    >>> ax.get_title(), ax.get_ylabel()
    ('Counts', 'actor')
    >>> print(plain("costs $5bn, not $3bn"))
    costs \\$5bn, not \\$3bn
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.axes import Axes

__all__ = ["new_axes", "label_axes", "plain"]


def new_axes(figsize: tuple[float, float]) -> Axes:
    """A new pyplot figure of ``figsize`` inches with one Axes (shown inline by notebooks)."""
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def label_axes(ax: Axes, title: str, xlabel: str, ylabel: str) -> Axes:
    """Give ``ax`` its title and axis labels; return it."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def plain(text: object) -> str:
    """``text`` as a label matplotlib prints as it is: a ``$`` does not start mathtext.

    Two dollar signs in a label from an article ("$5bn … $3bn") would otherwise be typeset
    as mathematics, and a stray ``\\frac{`` between them stops the figure with an error.
    """
    return str(text).replace("$", r"\$")
