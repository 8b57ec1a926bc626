"""Make text from an article or a user's table safe to show in a report.

An article is data nobody on the course controls: its headline, quotes and names may hold
HTML (``<script>``, ``<img onerror=…>``) or Markdown (``[link](javascript:…)``,
``![image](…)``). JupyterLab trusts the output of cells the student runs, so a report shows
such text as text, never as markup. The JSON result keeps the text exactly (offsets still slice
it); only the Markdown and HTML reports escape.

Example:
    >>> print(markdown_text('<img src=x onerror="alert(1)"> [click](javascript:alert(1)) costs $5'))
    &lt;img src=x onerror="alert\\(1\\)"&gt; \\[click\\]\\(javascript:alert\\(1\\)\\) costs \\$5
    >>> html_text("<b>Fish & chips</b>")
    '&lt;b&gt;Fish &amp; chips&lt;/b&gt;'
"""

from __future__ import annotations

import html
import re

__all__ = ["html_text", "markdown_text", "one_line"]

#: ASCII punctuation with a meaning in Markdown inline text: links and images ``[ ] ( ) !``,
#: emphasis ``* _``, code, tables ``|``, strike-through ``~``, and ``$`` (JupyterLab typesets
#: ``$…$`` as LaTeX). CommonMark shows each literally after a backslash. Marks that matter
#: only at the start of a line (``#``, ``-``, ``>``) need nothing: a report's text never starts one.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()!|~$])")


def one_line(text: object, limit: int | None = None) -> str:
    """``text`` as one line (runs of whitespace become one space), cut to ``limit`` characters with "…".

    Example:
        >>> one_line("a\\n  b", limit=None), one_line("abcdef", limit=4)
        ('a b', 'abc…')
    """
    flat = " ".join(str(text).split())
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1] + "…"


def html_text(text: object) -> str:
    """``text`` escaped for HTML element content and attribute values (``& < > " '``)."""
    return html.escape(str(text), quote=True)


def markdown_text(text: object) -> str:
    """``text`` shown literally by a Markdown renderer: ``& < >`` as entities, Markdown punctuation backslashed.

    The result is one line (a table cell or a heading cannot hold a line break). With ``<``
    escaped no tag can open, so quotes stay as they are.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(one_line(text), quote=False))
