"""The rows both reports show, read from the result of :func:`helpers.analyze` alone.

Example:
    >>> result = {"actors": [{"id": "lee", "name": "Ms Lee", "type": "PERSON", "count": 2}],
    ...           "statements": [{"text": "Yes.", "kind": "direct", "speaker_id": "lee", "cue": "said", "compound": 0.4}]}
    >>> statement_rows(result)[0]["speaker"], statement_rows(result)[0]["compound"]
    ('Ms Lee', '+0.40')
"""

from __future__ import annotations

from typing import Any

__all__ = ["actor_names", "statement_rows", "event_rows", "timex_rows", "actor_rows"]


def actor_names(result: dict[str, Any]) -> dict[str, str]:
    """Each actor id of the result mapped to the actor's name."""
    return {a["id"]: a["name"] for a in result.get("actors", [])}


def statement_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """One row per statement: speaker's name, kind, cue, compound score, text."""
    names = actor_names(result)
    return [
        {
            "speaker": names.get(s.get("speaker_id"), "(unknown)") if s.get("speaker_id") else "(unknown)",
            "kind": s["kind"],
            "cue": s.get("cue") or "",
            "compound": f"{s['compound']:+.2f}" if "compound" in s else "",
            "statement": s["text"],
        }
        for s in result.get("statements", [])
    ]


def event_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """One row per dated event: date, label."""
    return [{"date": str(e.get("when") or e["date"]), "event": e["label"]} for e in result.get("events", [])]


def timex_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """One row per time expression: text, type, value."""
    return [{k: str(t[k]) for k in ("text", "type", "value")} for t in result.get("timexes", [])]


def actor_rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """One row per actor: name, type, number of mentions."""
    return [{"actor": a["name"], "type": a["type"], "mentions": str(a["count"])} for a in result.get("actors", [])]
