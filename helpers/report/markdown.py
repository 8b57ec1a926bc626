"""The Markdown report: timeline, time expressions, actors and statements as tables, for notes.

Everything taken from the article or an actors table is escaped (see
:mod:`helpers.report.escape`), so no HTML or Markdown link in an article becomes markup.
This module imports neither matplotlib nor pandas.

Example:
    >>> from helpers import analyze, article_from_text
    >>> art = article_from_text("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01")
    >>> markdown_report(art, analyze(art)).splitlines()[0]
    '# Talks resume'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .escape import markdown_text, one_line
from .rows import actor_rows, event_rows, statement_rows, timex_rows

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from ..article import Article

__all__ = ["markdown_report", "markdown_table"]

#: a table cell longer than this is cut with "…"
MAX_CELL = 120


def markdown_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """A Markdown table of ``rows`` (each cell one escaped line), or "_none found_".

    Example:
        >>> print(markdown_table([{"a": "x|y"}], ["a"]), end="")
        | a |
        |---|
        | x\\|y |
    """
    if not rows:
        return "_none found_\n"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [markdown_text(one_line(row.get(c, ""), MAX_CELL)) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def markdown_report(article: Article, result: dict[str, Any]) -> str:
    """A Markdown summary: timeline, actors, statements (tables), for pasting into notes."""
    doc = result["document"]
    parts = [
        f"# {markdown_text(doc['headline'] or doc['source'])}",
        "",
        f"Source: {markdown_text(doc['source'])} · published {markdown_text(doc['publication_date'])} · "
        f"{len(result.get('sentences', []))} sentences · {len(article.text.split())} words",
        "",
        "## Timeline",
        "",
        markdown_table(event_rows(result), ["date", "event"]),
        "## Time expressions",
        "",
        markdown_table(timex_rows(result), ["text", "type", "value"]),
        "## Actors",
        "",
        markdown_table(actor_rows(result), ["actor", "type", "mentions"]),
        "## Statements",
        "",
        markdown_table(statement_rows(result), ["speaker", "kind", "cue", "compound", "statement"]),
        "_Made with News as Data (`python -m helpers analyze`). Scores are VADER compound scores (-1 to +1)._",
        "",
    ]
    return "\n".join(parts)
