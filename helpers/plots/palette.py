"""The course's colours: the Okabe–Ito palette, safe for the common forms of colour-blindness.

Okabe & Ito 2008, "Color Universal Design". This module draws nothing and does not import
matplotlib, so the HTML highlighter can colour spans without loading it.

Example:
    >>> colour_for(0), colour_for(8)
    ('#0072B2', '#0072B2')
"""

from __future__ import annotations

__all__ = ["PALETTE", "STRIP_COLOURS", "colour_for"]

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

#: thin ticks need contrast on white: the palette without its yellow, with Okabe–Ito's black last,
#: so that eight rows shown together get eight different colours
STRIP_COLOURS = tuple(c for c in PALETTE if c != "#F0E442") + ("#000000",)


def colour_for(index: int) -> str:
    """The palette colour for the ``index``-th category (cycling after eight)."""
    return PALETTE[index % len(PALETTE)]
