"""The presentation of one article's result: a Markdown report, an HTML page, highlighted text.

* :mod:`~helpers.report.markdown` — :func:`markdown_report`, tables for notes (no matplotlib);
* :mod:`~helpers.report.html` — :func:`html_report`, one self-contained page with figures;
* :mod:`~helpers.report.highlight` — :func:`highlight_html`, spans marked on the article's text;
* :mod:`~helpers.report.escape` — what keeps an article's HTML or Markdown from becoming markup.

Importing this package does not import matplotlib; the HTML report loads it when it draws.

Example:
    >>> from helpers import analyze, article_from_text
    >>> art = article_from_text("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01")
    >>> markdown_report(art, analyze(art)).splitlines()[0]
    '# Talks resume'
"""

from .escape import html_text, markdown_text
from .highlight import Layer, highlight_html
from .html import figures, html_report
from .markdown import markdown_report

__all__ = ["markdown_report", "html_report", "figures", "highlight_html", "Layer", "html_text", "markdown_text"]
