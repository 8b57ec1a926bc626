"""Kept so that ``from helpers.highlight import Layer, highlight_html`` still works.

The highlighter lives in :mod:`helpers.report.highlight` with the rest of the presentation.

Example:
    >>> from helpers.highlight import highlight_html as same
    >>> from helpers.report.highlight import highlight_html
    >>> same is highlight_html
    True
"""

from .report.highlight import Layer, highlight_html

__all__ = ["Layer", "highlight_html"]
