"""Render the result of :func:`helpers.analyze` as Markdown (for notes) or one HTML file.

The HTML report is self-contained: figures are embedded as PNG data URIs, styles are
inline, and nothing is fetched when it opens.

Example:
    >>> from helpers import analyze, article_from_text
    >>> art = article_from_text("Talks resume\\n\\nThe envoy spoke on Monday.", published="2022-02-01")
    >>> markdown_report(art, analyze(art)).splitlines()[0]
    '# Talks resume'
"""

from __future__ import annotations

import base64
import html as html_lib
import io
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from .article import Article
from .highlight import Layer, highlight_html

__all__ = ["markdown_report", "html_report", "figures"]

_MAX_CELL = 120


def _short(text: str, limit: int = _MAX_CELL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "_none found_\n"
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [_short(row.get(c, "")).replace("|", "\\|") for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _names(result: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in result.get("actors", [])}


def _statement_rows(result: dict[str, Any]) -> list[dict]:
    names = _names(result)
    return [
        {
            "speaker": names.get(s.get("speaker_id"), "(unknown)") if s.get("speaker_id") else "(unknown)",
            "kind": s["kind"],
            "cue": s.get("cue", ""),
            "compound": f"{s['compound']:+.2f}" if "compound" in s else "",
            "statement": s["text"],
        }
        for s in result.get("statements", [])
    ]


def markdown_report(article: Article, result: dict[str, Any]) -> str:
    """A Markdown summary: timeline, actors, statements (tables), for pasting into notes."""
    doc = result["document"]
    parts = [
        f"# {doc['headline'] or doc['source']}",
        "",
        f"Source: `{doc['source']}` · published {doc['publication_date']} · "
        f"{len(result.get('sentences', []))} sentences · {len(article.text.split())} words",
        "",
        "## Timeline",
        "",
        _table([{"date": e["date"], "event": e["label"]} for e in result.get("events", [])], ["date", "event"]),
        "## Time expressions",
        "",
        _table([{k: str(t[k]) for k in ("text", "type", "value")} for t in result.get("timexes", [])], ["text", "type", "value"]),
        "## Actors",
        "",
        _table(
            [{"actor": a["name"], "type": a["type"], "mentions": str(a["count"])} for a in result.get("actors", [])],
            ["actor", "type", "mentions"],
        ),
        "## Statements",
        "",
        _table(_statement_rows(result), ["speaker", "kind", "cue", "compound", "statement"]),
        "_Made with News as Data (`python -m helpers analyze`). Scores are VADER compound scores (-1 to +1)._",
        "",
    ]
    return "\n".join(parts)


def _png_data_uri(fig: Figure) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def figures(article: Article, result: dict[str, Any]) -> list[tuple[str, Figure]]:
    """The report's figures as ``(alt text, Figure)`` pairs: timeline, actors, statements.

    They are drawn from the ``result`` of :func:`helpers.analyze` alone, so the report shows
    exactly the data the JSON holds. The actor chart uses a bare
    :class:`matplotlib.figure.Figure` (no pyplot); the timeline's broken axis needs its own
    figure, which is closed after use so nothing leaks into an interactive session.
    """
    from .plots import bar_chart, statement_scores_chart, timeline_chart
    from .timeline import granularity, interval

    found = []
    dated = [(e, interval(e["date"])) for e in result.get("events", [])]
    rows = [
        {"date": e["date"], "granularity": granularity(e["date"]), "interval_start": span[0], "interval_end": span[1], "label": e["label"]}
        for e, span in dated
        if span is not None
    ]
    if rows:
        ax = timeline_chart(pd.DataFrame(rows), title="What happened when, in the article")
        found.append(("Timeline of the dated events in the article, one row per event.", ax.figure))
    actors = pd.Series({a["name"]: a["count"] for a in result.get("actors", [])[:12]}, dtype="int64")
    if len(actors):
        fig = Figure(figsize=(7, max(2.5, 0.35 * len(actors) + 1)))
        bar_chart(actors, title="Who appears most", xlabel="mentions", ylabel="actor", ax=fig.subplots())
        found.append(("Bar chart of the actors mentioned most often in the article.", fig))
    if result.get("statements"):
        scored = pd.DataFrame(result["statements"])
        fig = Figure(figsize=(9, max(2.5, 0.45 * scored["speaker_id"].nunique(dropna=False) + 1.5)))
        statement_scores_chart(scored, ax=fig.subplots(), names=_names(result))
        found.append(("Every statement's VADER compound score, one row per speaker.", fig))
    return found


def _html_table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "<p><em>none found</em></p>"
    head = "".join(f"<th>{html_lib.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html_lib.escape(str(r.get(c, '')))}</td>" for c in columns) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_report(article: Article, result: dict[str, Any]) -> str:
    """One self-contained HTML page: figures, tables and the article with highlights."""
    doc = result["document"]
    names = _names(result)
    layers = []
    if result.get("statements"):
        spans = pd.DataFrame(result["statements"])
        spans["speaker"] = [names.get(s, "(unknown)") if isinstance(s, str) else "(unknown)" for s in spans["speaker_id"]]
        layers.append(Layer("statement", spans, "speaker", "background"))
    if result.get("mentions"):
        spans = pd.DataFrame(result["mentions"])
        spans["actor"] = [names.get(a, a) for a in spans["actor_id"]]
        layers.append(Layer("actor", spans, "actor", "underline"))
    if result.get("timexes"):
        layers.append(Layer("time", pd.DataFrame(result["timexes"]), "type", "bold"))
    images = "".join(
        f'<figure><img src="{_png_data_uri(fig)}" alt="{html_lib.escape(alt, quote=True)}"></figure>'
        for alt, fig in figures(article, result)
    )
    title = html_lib.escape(doc["headline"] or doc["source"])
    style = (
        "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:4px 8px;"
        "text-align:left;vertical-align:top}img{max-width:100%}"
    )
    sections = [
        f"<h1>{title}</h1>",
        f"<p>Source: <code>{html_lib.escape(doc['source'])}</code> · published {doc['publication_date']}</p>",
        images,
        "<h2>Timeline</h2>",
        _html_table([{"date": e["date"], "event": e["label"]} for e in result.get("events", [])], ["date", "event"]),
        "<h2>Actors</h2>",
        _html_table([{"actor": a["name"], "type": a["type"], "mentions": a["count"]} for a in result.get("actors", [])], ["actor", "type", "mentions"]),
        "<h2>Statements</h2>",
        _html_table(_statement_rows(result), ["speaker", "kind", "cue", "compound", "statement"]),
        "<h2>The article, highlighted</h2>",
        highlight_html(article.text, layers) if layers else f"<pre>{html_lib.escape(article.text)}</pre>",
        "<p><small>Made with News as Data (python -m helpers analyze).</small></p>",
    ]
    return f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>{style}</style></head><body>{"".join(sections)}</body></html>\n'
