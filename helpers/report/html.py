"""The HTML report: one self-contained page with figures, tables and the highlighted article.

Figures are embedded as PNG data URIs, styles are inline, and nothing is fetched when the page
opens. Every piece of text from the article or an actors table is HTML-escaped. matplotlib is
imported only when there is a figure to draw, and draws with its Agg backend (no screen).

Example:
    >>> from helpers import analyze, article_from_text
    >>> art = article_from_text("<b>Talks</b> resume\\n\\nThe envoy spoke.", published="2022-02-01")
    >>> page = html_report(art, analyze(art))
    >>> "<title>&lt;b&gt;Talks&lt;/b&gt; resume</title>" in page and "<b>" not in page
    True
"""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

from ..statements.splits import quoted_pieces
from .escape import html_text
from .highlight import Layer, highlight_html
from .rows import actor_names, actor_rows, event_rows, statement_rows

if TYPE_CHECKING:  # pragma: no cover - type hints only
    from matplotlib.figure import Figure

    from ..article import Article

__all__ = ["html_report", "figures", "html_table"]

_STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:4px 8px;"
    "text-align:left;vertical-align:top}img{max-width:100%}"
)


def _png_data_uri(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")  # a bare Figure saves with Agg
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def figures(article: Article, result: dict[str, Any]) -> list[tuple[str, Figure]]:
    """The report's figures as ``(alt text, Figure)`` pairs: timeline, actors, statements.

    They are drawn from the ``result`` of :func:`helpers.analyze` alone, so the report shows
    exactly the data the JSON holds. Each is a bare :class:`matplotlib.figure.Figure` drawn
    with the Agg backend: nothing is registered with pyplot, so nothing leaks into an
    interactive session and no screen is needed.
    """
    found = []
    rows = _dated_events(result)
    if rows or result.get("actors") or result.get("statements"):
        import pandas as pd
        from matplotlib.figure import Figure

        from ..plots import bar_chart, statement_scores_chart, timeline_chart
    if rows:
        fig = Figure(figsize=(10, 0.42 * len(rows) + 1.6))
        ax = timeline_chart(pd.DataFrame(rows), title="What happened when, in the article", figure=fig)
        found.append(("Timeline of the dated events in the article, one row per event.", ax.figure))
    actors = {a["name"]: a["count"] for a in result.get("actors", [])[:12]}
    if actors:
        fig = Figure(figsize=(7, max(2.5, 0.35 * len(actors) + 1)))
        counts = pd.Series(actors, dtype="int64")
        bar_chart(counts, title="Who appears most", xlabel="mentions", ylabel="actor", ax=fig.subplots())
        found.append(("Bar chart of the actors mentioned most often in the article.", fig))
    if result.get("statements"):
        scored = pd.DataFrame(result["statements"])
        fig = Figure(figsize=(9, max(2.5, 0.45 * scored["speaker_id"].nunique(dropna=False) + 1.5)))
        statement_scores_chart(scored, ax=fig.subplots(), names=actor_names(result))
        found.append(("Every statement's VADER compound score, one row per speaker.", fig))
    return found


def _dated_events(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The events whose date is a calendar interval, as rows for :func:`helpers.plots.timeline_chart`."""
    from ..timeline import granularity, interval

    rows = []
    for event in result.get("events", []):
        span = interval(event["date"])
        if span is not None:
            rows.append(
                {"date": event["date"], "granularity": granularity(event["date"]), "interval_start": span[0],
                 "interval_end": span[1], "label": event["label"], "when": event.get("when", event["date"])}
            )
    return rows


def html_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """An HTML table of ``rows`` with every cell escaped, or "none found".

    Example:
        >>> html_table([{"a": "<i>x</i>"}], ["a"])
        '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>&lt;i&gt;x&lt;/i&gt;</td></tr></tbody></table>'
    """
    if not rows:
        return "<p><em>none found</em></p>"
    head = "".join(f"<th>{html_text(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html_text(r.get(c, ''))}</td>" for c in columns) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _layers(result: dict[str, Any]) -> list[Layer]:
    """The highlight layers: statements by speaker, their frames (the speaker and cue spans that
    name who said it and how), mentions by actor, time expressions by type."""
    import pandas as pd

    names = actor_names(result)
    layers = []
    if result.get("statements"):
        spans = pd.DataFrame(
            [
                {"start": start, "end": end, "speaker": names.get(s["speaker_id"], "(unknown)") if isinstance(s["speaker_id"], str) else "(unknown)"}
                for s in result["statements"]
                for start, end in quoted_pieces(s)
            ]
        )
        layers.append(Layer("statement", spans, "speaker", "background"))
        frames = [
            {"start": s[f"{part}_start"], "end": s[f"{part}_end"], "part": part}
            for s in result["statements"]
            for part in ("speaker", "cue")
            if s.get(f"{part}_start") is not None and s.get(f"{part}_end") is not None
        ]
        if frames:
            layers.append(Layer("frame", pd.DataFrame(frames), "part", "outline"))
    if result.get("mentions"):
        spans = pd.DataFrame(result["mentions"])
        spans["actor"] = [names.get(a, a) for a in spans["actor_id"]]
        layers.append(Layer("actor", spans, "actor", "underline"))
    if result.get("timexes"):
        layers.append(Layer("time", pd.DataFrame(result["timexes"]), "type", "bold"))
    return layers


def html_report(article: Article, result: dict[str, Any]) -> str:
    """One self-contained HTML page: figures, tables and the article with highlights."""
    doc = result["document"]
    layers = _layers(result)
    images = "".join(
        f'<figure><img src="{_png_data_uri(fig)}" alt="{html_text(alt)}"></figure>' for alt, fig in figures(article, result)
    )
    title = html_text(doc["headline"] or doc["source"])
    sections = [
        f"<h1>{title}</h1>",
        f"<p>Source: <code>{html_text(doc['source'])}</code> · published {html_text(doc['publication_date'])}</p>",
        images,
        "<h2>Timeline</h2>",
        html_table(event_rows(result), ["date", "event"]),
        "<h2>Actors</h2>",
        html_table(actor_rows(result), ["actor", "type", "mentions"]),
        "<h2>Statements</h2>",
        html_table(statement_rows(result), ["speaker", "kind", "cue", "compound", "statement"]),
        "<h2>The article, highlighted</h2>",
        highlight_html(article.text, layers) if layers else f"<pre>{html_text(article.text)}</pre>",
        "<p><small>Made with News as Data (python -m helpers analyze).</small></p>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<style>{_STYLE}</style></head><body>{"".join(sections)}</body></html>\n'
    )
